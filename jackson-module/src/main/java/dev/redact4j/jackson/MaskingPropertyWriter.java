package dev.redact4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A bean property whose non-null value is written as the mask, whatever its type. Inclusion rules
 * ({@code @JsonInclude}) are applied to the real value first, so a suppressed property stays
 * suppressed; nulls and empty {@code Optional}s are written as Jackson would. A revealing writer
 * gets the plain property.
 */
@SuppressWarnings("serial") // BeanPropertyWriter is Serializable; nothing is added here.
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
  public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
    Object value = reveals(prov) ? null : get(bean);
    if (value == null || isEmptyOptional(value)) {
      super.serializeAsField(bean, gen, prov);
      return;
    }
    if (suppressed(value, prov)) {
      return;
    }
    gen.writeFieldName(_name);
    gen.writeString(RedactionSettings.MASK);
  }

  @Override
  public void serializeAsElement(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
    Object value = reveals(prov) ? null : get(bean);
    if (value == null || isEmptyOptional(value)) {
      super.serializeAsElement(bean, gen, prov);
      return;
    }
    if (suppressed(value, prov)) {
      serializeAsPlaceholder(bean, gen, prov);
      return;
    }
    gen.writeString(RedactionSettings.MASK);
  }

  private boolean suppressed(Object value, SerializerProvider prov) throws Exception {
    if (_suppressableValue == null) {
      return false;
    }
    if (_suppressableValue == MARKER_FOR_EMPTY) {
      JsonSerializer<Object> ser = _serializer != null ? _serializer : prov.findValueSerializer(value.getClass(), this);
      return ser.isEmpty(prov, value);
    }
    return _suppressableValue.equals(value);
  }

  private static boolean reveals(SerializerProvider prov) {
    return RedactionSettings.reveals(prov.getAttribute(RedactionSettings.REVEAL));
  }

  private static boolean isEmptyOptional(Object value) {
    return (value instanceof Optional<?> o && o.isEmpty())
        || (value instanceof OptionalInt i && i.isEmpty())
        || (value instanceof OptionalLong l && l.isEmpty())
        || (value instanceof OptionalDouble d && d.isEmpty());
  }
}
