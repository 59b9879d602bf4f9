package dev.redact4j.jackson3;

import dev.redact4j.jackson.internal.RedactionSettings;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * Wraps Jackson's {@code @JsonValue} serializer when the accessor is marked {@code @Redacted}: a
 * non-null value is written as the mask, whatever its type, without a type id. Null values and
 * revealing writers go to Jackson's serializer, so they come out as without this module.
 */
final class MaskingJsonValueSerializer extends DelegatingMaskSerializer<Object> {
  private final AnnotatedMember accessor;

  MaskingJsonValueSerializer(ValueSerializer<?> delegate, AnnotatedMember accessor, RedactionSettings settings) {
    super(delegate.handledType(), delegate, settings);
    this.accessor = accessor;
  }

  @Override
  ValueSerializer<?> around(ValueSerializer<?> other) {
    return new MaskingJsonValueSerializer(other, accessor, settings);
  }

  @Override
  public void serialize(Object bean, JsonGenerator gen, SerializationContext ctxt) {
    if (masks(bean, ctxt)) {
      gen.writeString(RedactionSettings.MASK);
    } else {
      delegate.serialize(bean, gen, ctxt);
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
