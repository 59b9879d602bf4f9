package dev.redact4j.jackson3;

import dev.redact4j.jackson.internal.RedactionSettings;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.BeanPropertyWriter;

/**
 * A bean property whose non-null value is written as the mask, whatever its type. Inclusion rules
 * ({@code @JsonInclude}) are applied to the real value first; nulls and empty {@code Optional}s are
 * written as Jackson would. A revealing writer gets the plain property.
 */
final class MaskingPropertyWriter extends BeanPropertyWriter {
  MaskingPropertyWriter(BeanPropertyWriter base) {
    super(base);
  }

  private MaskingPropertyWriter(BeanPropertyWriter base, PropertyName name) {
    super(base, name);
  }

  @Override
  protected BeanPropertyWriter _new(PropertyName newName) {
    // Renaming (e.g. @JsonUnwrapped prefixes) must keep the masking.
    return new MaskingPropertyWriter(this, newName);
  }

  @Override
  public void serializeAsProperty(Object bean, JsonGenerator g, SerializationContext ctxt) throws Exception {
    Object value = SecretSerializers.reveals(ctxt) ? null : get(bean);
    if (value == null || isEmptyOptional(value)) {
      super.serializeAsProperty(bean, g, ctxt);
      return;
    }
    if (suppressed(value, ctxt)) {
      return;
    }
    g.writeName(_name);
    g.writeString(RedactionSettings.MASK);
  }

  @Override
  public void serializeAsElement(Object bean, JsonGenerator g, SerializationContext ctxt) throws Exception {
    Object value = SecretSerializers.reveals(ctxt) ? null : get(bean);
    if (value == null || isEmptyOptional(value)) {
      super.serializeAsElement(bean, g, ctxt);
      return;
    }
    if (suppressed(value, ctxt)) {
      serializeAsOmittedElement(bean, g, ctxt);
      return;
    }
    g.writeString(RedactionSettings.MASK);
  }

  private boolean suppressed(Object value, SerializationContext ctxt) {
    if (_suppressableValue == null) {
      return false;
    }
    if (_suppressableValue == MARKER_FOR_EMPTY) {
      ValueSerializer<Object> ser =
          _serializer != null ? _serializer : ctxt.findPrimaryPropertySerializer(value.getClass(), this);
      return ser.isEmpty(ctxt, value);
    }
    return _suppressableValue.equals(value);
  }

  private static boolean isEmptyOptional(Object value) {
    return (value instanceof Optional<?> o && o.isEmpty())
        || (value instanceof OptionalInt i && i.isEmpty())
        || (value instanceof OptionalLong l && l.isEmpty())
        || (value instanceof OptionalDouble d && d.isEmpty());
  }
}
