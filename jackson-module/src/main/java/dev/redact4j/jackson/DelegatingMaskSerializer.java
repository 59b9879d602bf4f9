package dev.redact4j.jackson;

import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.redact4j.jackson.internal.RedactionSettings;
import org.jspecify.annotations.Nullable;

/**
 * A serializer wrapped around Jackson's own one for the same type, which it hands values to (masked
 * copies when they need masking). Contextualizing or resolving it does the same to the wrapped one,
 * so the wrapper keeps whatever the property or the mapper configured.
 *
 * @param <T> the serialized type
 */
@SuppressWarnings("serial") // Holds the settings; mappers carrying this module are not Java-serialized.
abstract class DelegatingMaskSerializer<T> extends StdSerializer<T> implements ContextualSerializer,
    ResolvableSerializer {
  final JsonSerializer<Object> delegate;
  final RedactionSettings settings;

  @SuppressWarnings("unchecked")
  DelegatingMaskSerializer(Class<?> type, JsonSerializer<?> delegate, RedactionSettings settings) {
    super(type, false);
    this.delegate = (JsonSerializer<Object>) delegate;
    this.settings = settings;
  }

  /** The same wrapper around another delegate. */
  abstract JsonSerializer<?> around(JsonSerializer<?> other);

  @Override
  public JsonSerializer<?> createContextual(SerializerProvider prov, @Nullable BeanProperty property)
      throws JsonMappingException {
    if (delegate instanceof ContextualSerializer contextual) {
      JsonSerializer<?> d = contextual.createContextual(prov, property);
      return d == delegate ? this : around(d);
    }
    return this;
  }

  @Override
  public void resolve(SerializerProvider prov) throws JsonMappingException {
    if (delegate instanceof ResolvableSerializer resolvable) {
      resolvable.resolve(prov);
    }
  }

  @Override
  public boolean isEmpty(SerializerProvider prov, T value) {
    return delegate.isEmpty(prov, value);
  }
}
