package dev.redact4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.PropertyMetadata;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.ser.AnyGetterWriter;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.PropertyFilter;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.util.Map;

/**
 * Stands in for Jackson's {@code @JsonAnyGetter} writer: when the map holds sensitive keys, writes a
 * masked copy of its entries; otherwise lets the original writer do its work unchanged.
 */
@SuppressWarnings("serial") // Holds the settings; mappers carrying this module are not Java-serialized.
final class MaskingAnyGetterWriter extends AnyGetterWriter {
  private final AnyGetterWriter original;
  private final AnnotatedMember accessor;
  private final RedactionSettings settings;
  /** The bean's properties that can name an entry whose {@code value} this map holds. */
  private final BeanPropertyWriter[] entryNames;

  MaskingAnyGetterWriter(AnyGetterWriter original, AnnotatedMember accessor, RedactionSettings settings,
      BeanPropertyWriter[] entryNames) {
    super(original, property(accessor), accessor, null);
    this.original = original;
    this.accessor = accessor;
    this.settings = settings;
    this.entryNames = entryNames.clone();
  }

  private static BeanProperty property(AnnotatedMember accessor) {
    return new BeanProperty.Std(PropertyName.construct(accessor.getName()), accessor.getType().getContentType(),
        null, accessor, PropertyMetadata.STD_OPTIONAL);
  }

  @Override
  public void fixAccess(SerializationConfig config) {
    super.fixAccess(config);
    original.fixAccess(config);
  }

  @Override
  public void resolve(SerializerProvider provider) throws JsonMappingException {
    original.resolve(provider);
  }

  @Override
  public void getAndSerialize(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
    Map<?, ?> masked = masked(bean, provider);
    if (masked == null) {
      original.getAndSerialize(bean, gen, provider);
    } else {
      MaskingMapSerializer.writeEntries(masked, gen, provider);
    }
  }

  @Override
  public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
    getAndSerialize(bean, gen, prov);
  }

  @Override
  public void getAndFilter(Object bean, JsonGenerator gen, SerializerProvider provider, PropertyFilter filter)
      throws Exception {
    Map<?, ?> masked = masked(bean, provider);
    if (masked == null) {
      original.getAndFilter(bean, gen, provider, filter);
    } else {
      MaskingMapSerializer.writeEntries(masked, gen, provider);
    }
  }

  /** The masked copy of the any-getter map, or null when the original writer can write it as is. */
  private Map<?, ?> masked(Object bean, SerializerProvider provider) throws Exception {
    if (RedactionSettings.reveals(provider.getAttribute(RedactionSettings.REVEAL))) {
      return null;
    }
    Object value = accessor.getValue(bean);
    if (!(value instanceof Map<?, ?> map)) {
      return null;
    }
    Map<?, ?> masked = settings.maskEntries(map, RedactionSettings.hasEntryValue(map) && beanNamesSecret(bean));
    return masked == map ? null : masked;
  }

  /**
   * Whether a {@code name} or {@code key} property of the bean names a secret: then a {@code value}
   * entry of the any-getter's map, written into the same JSON object, is that entry's value. Read
   * only when the map has such an entry, so those getters run once more only then.
   */
  private boolean beanNamesSecret(Object bean) throws Exception {
    for (BeanPropertyWriter name : entryNames) {
      if (settings.isSensitiveEntryName(name.get(bean))) {
        return true;
      }
    }
    return false;
  }
}
