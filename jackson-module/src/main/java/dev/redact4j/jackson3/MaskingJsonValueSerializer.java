package dev.redact4j.jackson3;

import dev.redact4j.jackson.internal.RedactionSettings;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * Wraps Jackson's {@code @JsonValue} serializer when the accessor is marked {@code @Redacted}: a
 * non-null value is written as the mask, whatever its type, without a type id; as a map key (written
 * through the {@code @JsonKey} accessor when the type has one, then marked), the key is the mask (so
 * two such keys in one map give the same name twice, as {@code SecretString} keys do). Null values
 * and revealing writers go to Jackson's serializer, so they come out as without this module.
 */
final class MaskingJsonValueSerializer extends DelegatingMaskSerializer<Object> {
  private final AnnotatedMember accessor;
  /** Whether this writes map keys (field names) rather than values. */
  private final boolean asKey;

  MaskingJsonValueSerializer(ValueSerializer<?> delegate, AnnotatedMember accessor, boolean asKey, RedactionSettings settings) {
    super(delegate.handledType(), delegate, settings);
    this.accessor = accessor;
    this.asKey = asKey;
  }

  @Override
  ValueSerializer<?> around(ValueSerializer<?> other) {
    return new MaskingJsonValueSerializer(other, accessor, asKey, settings);
  }

  @Override
  public void serialize(Object bean, JsonGenerator gen, SerializationContext ctxt) {
    if (!masks(bean, ctxt)) {
      delegate.serialize(bean, gen, ctxt);
    } else if (asKey) {
      gen.writeName(RedactionSettings.MASK);
    } else {
      gen.writeString(RedactionSettings.MASK);
    }
  }

  @Override
  public void serializeWithType(Object bean, JsonGenerator gen, SerializationContext ctxt, TypeSerializer typeSer) {
    if (masks(bean, ctxt)) {
      gen.writeString(RedactionSettings.MASK);
    } else {
      delegate.serializeWithType(bean, gen, ctxt, typeSer);
    }
  }

  /** Reads the value once more only to tell null, which stays null, from a value to hide. */
  private boolean masks(Object bean, SerializationContext ctxt) {
    return !SecretSerializers.reveals(ctxt) && accessor.getValue(bean) != null;
  }
}
