package dev.redact4j.jackson;

import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.PropertyMetadata;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an any-getter writer writes in place of the bean's {@code @JsonAnyGetter} map. Apart from
 * the writers so that both can use it: {@link MaskingAnyGetterWriter} (Jackson 2.19 and later) does
 * not load on older Jackson, and {@link MaskingLegacyAnyGetterWriter} (2.16 to 2.18) not on newer.
 */
final class AnyGetterMasking {
  private final AnnotatedMember accessor;
  private final RedactionSettings settings;
  /** The bean's properties that can name an entry whose {@code value} this map holds. */
  private final BeanPropertyWriter[] entryNames;

  AnyGetterMasking(AnnotatedMember accessor, RedactionSettings settings, BeanPropertyWriter[] entryNames) {
    this.accessor = accessor;
    this.settings = settings;
    this.entryNames = entryNames.clone();
  }

  /** The property Jackson's any-getter writer is made with. */
  static BeanProperty property(AnnotatedMember accessor) {
    return new BeanProperty.Std(PropertyName.construct(accessor.getName()), accessor.getType().getContentType(),
        null, accessor, PropertyMetadata.STD_OPTIONAL);
  }

  /** The masked copy of the any-getter map, or null when the original writer can write it as is. */
  @Nullable Map<?, ?> masked(Object bean, SerializerProvider provider) throws Exception {
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
