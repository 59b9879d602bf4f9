package dev.redact4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Wraps Jackson's {@code Map.Entry} serializer, which writes an entry as a one-field object: an
 * entry under a sensitive key is written as that field with the mask, like the same entry of a map.
 */
@SuppressWarnings("serial") // Holds the settings; mappers carrying this module are not Java-serialized.
final class MaskingMapEntrySerializer extends DelegatingMaskSerializer<Map.Entry<?, ?>> {
  MaskingMapEntrySerializer(JsonSerializer<?> delegate, RedactionSettings settings) {
    super(Map.Entry.class, delegate, settings);
  }

  @Override
  JsonSerializer<?> around(JsonSerializer<?> other) {
    return new MaskingMapEntrySerializer(other, settings);
  }

  @Override
  public void serialize(Map.Entry<?, ?> value, JsonGenerator gen, SerializerProvider prov) throws IOException {
    Map<?, ?> masked = masked(value, prov);
    if (masked == null) {
      delegate.serialize(value, gen, prov);
    } else {
      gen.writeStartObject(value);
      MaskingMapSerializer.writeEntries(masked, gen, prov);
      gen.writeEndObject();
    }
  }

  @Override
  public void serializeWithType(
      Map.Entry<?, ?> value, JsonGenerator gen, SerializerProvider prov, TypeSerializer typeSer) throws IOException {
    if (masked(value, prov) == null) {
      delegate.serializeWithType(value, gen, prov, typeSer);
    } else {
      // Type ids are not needed to keep a masked entry readable by people.
      serialize(value, gen, prov);
    }
  }

  /** The entry as a masked one-entry map, or null when nothing in it is masked. */
  private @Nullable Map<?, ?> masked(Map.Entry<?, ?> value, SerializerProvider prov) {
    if (RedactionSettings.reveals(prov.getAttribute(RedactionSettings.REVEAL))) {
      return null;
    }
    Map<?, ?> entry = Collections.singletonMap(value.getKey(), value.getValue());
    Map<?, ?> masked = settings.maskEntries(entry);
    return masked == entry ? null : masked;
  }
}
