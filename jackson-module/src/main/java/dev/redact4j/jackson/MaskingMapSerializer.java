package dev.redact4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.ContainerSerializer;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Wraps Jackson's map serializer: a map without sensitive keys goes to it untouched; otherwise a
 * masked copy does. When the delegate has a fixed value serializer that cannot write the mask
 * (say {@code Map<String, Integer>}), the masked copy is written entry by entry instead.
 */
@SuppressWarnings("serial") // Holds the settings; mappers carrying this module are not Java-serialized.
final class MaskingMapSerializer extends DelegatingMaskSerializer<Map<?, ?>> {
  /** Enum constants of the key type written under a sensitive name of their own ({@code @JsonProperty}). */
  private final Set<?> sensitiveKeys;

  MaskingMapSerializer(JsonSerializer<?> delegate, RedactionSettings settings, Set<?> sensitiveKeys) {
    super(Map.class, delegate, settings);
    this.sensitiveKeys = sensitiveKeys;
  }

  @Override
  JsonSerializer<?> around(JsonSerializer<?> other) {
    return new MaskingMapSerializer(other, settings, sensitiveKeys);
  }

  @Override
  public void serialize(Map<?, ?> value, JsonGenerator gen, SerializerProvider prov) throws IOException {
    Map<?, ?> masked = masked(value, prov);
    if (masked == value || maskFits()) {
      delegate.serialize(masked, gen, prov);
    } else {
      gen.writeStartObject(value);
      writeEntries(masked, gen, prov);
      gen.writeEndObject();
    }
  }

  @Override
  public void serializeWithType(Map<?, ?> value, JsonGenerator gen, SerializerProvider prov, TypeSerializer typeSer)
      throws IOException {
    Map<?, ?> masked = masked(value, prov);
    if (masked == value || maskFits()) {
      delegate.serializeWithType(masked, gen, prov, typeSer);
    } else {
      // Type ids are not needed to keep a masked map readable by people.
      serialize(value, gen, prov);
    }
  }

  private Map<?, ?> masked(Map<?, ?> value, SerializerProvider prov) {
    return RedactionSettings.reveals(prov.getAttribute(RedactionSettings.REVEAL))
        ? value : settings.maskEntries(value, sensitiveKeys);
  }

  /**
   * True when the delegate can write the mask as a value: it has a String value serializer, or it
   * looks one up per value and the map's value type can be specialized to {@code String}. A value
   * type such as {@code List<String>} (Spring's {@code MultiValueMap}) cannot: Jackson would
   * throw "not subtype of", so such maps are written entry by entry.
   */
  private boolean maskFits() {
    if (!(delegate instanceof ContainerSerializer<?> container)) {
      return false;
    }
    JsonSerializer<?> content = container.getContentSerializer();
    if (content != null) {
      return content.handledType() == String.class;
    }
    JavaType valueType = container.getContentType();
    return valueType == null || !valueType.hasGenericTypes()
        || valueType.getRawClass().isAssignableFrom(String.class);
  }

  /**
   * Writes the entries of {@code map} (already masked) as fields, with dynamically found key and
   * value serializers. Also used for {@code @JsonAnyGetter} maps.
   */
  static void writeEntries(Map<?, ?> map, JsonGenerator gen, SerializerProvider prov) throws IOException {
    Map<?, ?> entries = map;
    if (prov.isEnabled(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS) && allComparable(map)) {
      entries = new TreeMap<>(map);
    }
    for (Map.Entry<?, ?> e : entries.entrySet()) {
      Object key = e.getKey();
      if (key == null) {
        prov.findNullKeySerializer(prov.constructType(Object.class), null).serialize(null, gen, prov);
      } else {
        prov.findKeySerializer(key.getClass(), null).serialize(key, gen, prov);
      }
      prov.defaultSerializeValue(e.getValue(), gen);
    }
  }

  private static boolean allComparable(Map<?, ?> map) {
    Class<?> first = null;
    for (Object k : map.keySet()) {
      if (!(k instanceof Comparable<?>) || (first != null && k.getClass() != first)) {
        return false;
      }
      first = k.getClass();
    }
    return true;
  }
}
