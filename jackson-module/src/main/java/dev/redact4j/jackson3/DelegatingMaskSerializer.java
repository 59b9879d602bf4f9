package dev.redact4j.jackson3;

import dev.redact4j.jackson.internal.RedactionSettings;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A serializer wrapped around Jackson's own one for the same type, which it hands values to (masked
 * copies when they need masking). Contextualizing or resolving it does the same to the wrapped one,
 * so the wrapper keeps whatever the property or the mapper configured.
 *
 * @param <T> the serialized type
 */
abstract class DelegatingMaskSerializer<T> extends StdSerializer<T> {
  final ValueSerializer<Object> delegate;
  final RedactionSettings settings;

  @SuppressWarnings("unchecked")
  DelegatingMaskSerializer(Class<?> type, ValueSerializer<?> delegate, RedactionSettings settings) {
    super(type);
    this.delegate = (ValueSerializer<Object>) delegate;
    this.settings = settings;
  }

  /** The same wrapper around another delegate. */
  abstract ValueSerializer<?> around(ValueSerializer<?> other);

  @Override
  public ValueSerializer<?> createContextual(SerializationContext ctxt, @Nullable BeanProperty property) {
    ValueSerializer<?> d = delegate.createContextual(ctxt, property);
    return d == delegate ? this : around(d);
  }

  @Override
  public void resolve(SerializationContext ctxt) {
    delegate.resolve(ctxt);
  }

  @Override
  public boolean isEmpty(SerializationContext ctxt, T value) {
    return delegate.isEmpty(ctxt, value);
  }
}
