package dev.redact4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.io.IOException;

/**
 * Wraps Jackson's {@code @JsonValue} serializer when the accessor is marked {@code @Redacted}: a
 * non-null value is written as the mask, whatever its type, without a type id; as a map key (written
 * through the {@code @JsonKey} accessor when the type has one, then marked), the key is the mask (so
 * two such keys in one map give the same name twice, as {@code SecretString} keys do). Null values
 * and revealing writers go to Jackson's serializer, so they come out as without this module.
 */
@SuppressWarnings("serial") // Holds the settings; mappers carrying this module are not Java-serialized.
final class MaskingJsonValueSerializer extends DelegatingMaskSerializer<Object> {
  private final AnnotatedMember accessor;
  /** Whether this writes map keys (field names) rather than values. */
  private final boolean asKey;

  MaskingJsonValueSerializer(JsonSerializer<?> delegate, AnnotatedMember accessor, boolean asKey, RedactionSettings settings) {
    super(delegate.handledType(), delegate, settings);
    this.accessor = accessor;
    this.asKey = asKey;
  }

  @Override
  JsonSerializer<?> around(JsonSerializer<?> other) {
    return new MaskingJsonValueSerializer(other, accessor, asKey, settings);
  }

  @Override
  public void serialize(Object bean, JsonGenerator gen, SerializerProvider prov) throws IOException {
    if (!masks(bean, prov)) {
      delegate.serialize(bean, gen, prov);
    } else if (asKey) {
      gen.writeFieldName(RedactionSettings.MASK);
    } else {
      gen.writeString(RedactionSettings.MASK);
    }
  }

  @Override
  public void serializeWithType(Object bean, JsonGenerator gen, SerializerProvider prov, TypeSerializer typeSer)
      throws IOException {
    if (masks(bean, prov)) {
      gen.writeString(RedactionSettings.MASK);
    } else {
      delegate.serializeWithType(bean, gen, prov, typeSer);
    }
  }

  /** Reads the value once more only to tell null, which stays null, from a value to hide. */
  private boolean masks(Object bean, SerializerProvider prov) {
    return !RedactionSettings.reveals(prov.getAttribute(RedactionSettings.REVEAL)) && accessor.getValue(bean) != null;
  }
}
