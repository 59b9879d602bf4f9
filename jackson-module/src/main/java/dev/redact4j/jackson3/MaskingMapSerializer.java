package dev.redact4j.jackson3;

import dev.redact4j.jackson.internal.RedactionSettings;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdContainerSerializer;

/**
 * Wraps Jackson's map serializer: a map without sensitive keys goes to it untouched; otherwise a
 * masked copy does. When the delegate has a fixed value serializer that cannot write the mask
 * (say {@code Map<String, Integer>}), the masked copy is written entry by entry instead.
 */
final class MaskingMapSerializer extends DelegatingMaskSerializer<Map<?, ?>> {
  /** Enum constants of the key type written under a sensitive name of their own ({@code @JsonProperty}). */
  private final Set<?> sensitiveKeys;

  MaskingMapSerializer(ValueSerializer<?> delegate, RedactionSettings settings, Set<?> sensitiveKeys) {
    super(Map.class, delegate, settings);
    this.sensitiveKeys = sensitiveKeys;
  }

  @Override
  ValueSerializer<?> around(ValueSerializer<?> other) {
    return new MaskingMapSerializer(other, settings, sensitiveKeys);
  }

  @Override
  public void serialize(Map<?, ?> value, JsonGenerator gen, SerializationContext ctxt) {
    Map<?, ?> masked = SecretSerializers.reveals(ctxt) ? value : settings.maskEntries(value, sensitiveKeys);
    if (masked == value || maskFits()) {
      delegate.serialize(masked, gen, ctxt);
    } else {
      gen.writeStartObject(value);
      writeEntries(masked, gen, ctxt);
      gen.writeEndObject();
    }
  }

  @Override
  public void serializeWithType(Map<?, ?> value, JsonGenerator gen, SerializationContext ctxt, TypeSerializer typeSer) {
    Map<?, ?> masked = SecretSerializers.reveals(ctxt) ? value : settings.maskEntries(value, sensitiveKeys);
    if (masked == value || maskFits()) {
      delegate.serializeWithType(masked, gen, ctxt, typeSer);
    } else {
      // Type ids are not needed to keep a masked map readable by people.
      serialize(value, gen, ctxt);
    }
  }

  /**
   * True when the delegate can write the mask as a value: it has a String value serializer, or it
   * looks one up per value and the map's value type can be specialized to {@code String}. A value
   * type such as {@code List<String>} (Spring's {@code MultiValueMap}) cannot: Jackson would
   * throw "not subtype of", so such maps are written entry by entry.
   */
  private boolean maskFits() {
    if (!(delegate instanceof StdContainerSerializer<?> container)) {
      return false;
    }
    ValueSerializer<?> content = container.getContentSerializer();
    if (content != null) {
      return content.handledType() == String.class;
    }
    JavaType valueType = container.getContentType();
    return valueType == null || !valueType.hasGenericTypes()
        || valueType.getRawClass().isAssignableFrom(String.class);
  }

  /** Writes the entries of {@code map} (already masked) as properties. Also used for any-getters. */
  static void writeEntries(Map<?, ?> map, JsonGenerator gen, SerializationContext ctxt) {
    Map<?, ?> entries = map;
    if (ctxt.isEnabled(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS) && allComparable(map)) {
      entries = new TreeMap<>(map);
    }
    for (Map.Entry<?, ?> e : entries.entrySet()) {
      Object key = e.getKey();
      if (key == null) {
        ctxt.findNullKeySerializer(ctxt.constructType(Object.class), null).serialize(null, gen, ctxt);
      } else {
        ctxt.findKeySerializer(key.getClass(), null).serialize(key, gen, ctxt);
      }
      Object value = e.getValue();
      if (value == null) {
        ctxt.defaultSerializeNullValue(gen);
      } else {
        // A contextualized serializer, as Jackson's own dynamic lookup would give.
        ctxt.findTypedValueSerializer(value.getClass(), true).serialize(value, gen, ctxt);
      }
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
