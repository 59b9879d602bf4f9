package dev.redact4j.jackson3;

import dev.redact4j.jackson.internal.RedactionSettings;
import java.util.Collections;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * Wraps Jackson's {@code Map.Entry} serializer, which writes an entry as a one-property object: an
 * entry under a sensitive key is written as that property with the mask, like the same entry of a
 * map.
 */
final class MaskingMapEntrySerializer extends DelegatingMaskSerializer<Map.Entry<?, ?>> {
  MaskingMapEntrySerializer(ValueSerializer<?> delegate, RedactionSettings settings) {
    super(Map.Entry.class, delegate, settings);
  }

  @Override
  ValueSerializer<?> around(ValueSerializer<?> other) {
    return new MaskingMapEntrySerializer(other, settings);
  }

  @Override
  public void serialize(Map.Entry<?, ?> value, JsonGenerator gen, SerializationContext ctxt) {
    Map<?, ?> masked = masked(value, ctxt);
    if (masked == null) {
      delegate.serialize(value, gen, ctxt);
    } else {
      gen.writeStartObject(value);
      MaskingMapSerializer.writeEntries(masked, gen, ctxt);
      gen.writeEndObject();
    }
  }

  @Override
  public void serializeWithType(
      Map.Entry<?, ?> value, JsonGenerator gen, SerializationContext ctxt, TypeSerializer typeSer) {
    if (masked(value, ctxt) == null) {
      delegate.serializeWithType(value, gen, ctxt, typeSer);
    } else {
      // Type ids are not needed to keep a masked entry readable by people.
      serialize(value, gen, ctxt);
    }
  }

  /** The entry as a masked one-entry map, or null when nothing in it is masked. */
  private @Nullable Map<?, ?> masked(Map.Entry<?, ?> value, SerializationContext ctxt) {
    if (SecretSerializers.reveals(ctxt)) {
      return null;
    }
    Map<?, ?> entry = Collections.singletonMap(value.getKey(), value.getValue());
    Map<?, ?> masked = settings.maskEntries(entry);
    return masked == entry ? null : masked;
  }
}
