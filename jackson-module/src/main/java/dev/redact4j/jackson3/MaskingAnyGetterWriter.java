package dev.redact4j.jackson3;

import dev.redact4j.jackson.internal.RedactionSettings;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyMetadata;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.AnyGetterWriter;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.PropertyFilter;

/**
 * Stands in for Jackson's {@code @JsonAnyGetter} writer: when the map (or {@code ObjectNode}) holds
 * sensitive keys, or a {@code value} entry while a {@code name} or {@code key} property of the bean
 * names a secret, writes a masked copy of its entries; otherwise lets the original writer work
 * unchanged.
 */
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
  public void resolve(SerializationContext ctxt) {
    original.resolve(ctxt);
  }

  @Override
  public void getAndSerialize(Object bean, JsonGenerator gen, SerializationContext ctxt) throws Exception {
    if (!writeMasked(bean, gen, ctxt)) {
      original.getAndSerialize(bean, gen, ctxt);
    }
  }

  @Override
  public void serializeAsProperty(Object bean, JsonGenerator gen, SerializationContext ctxt) throws Exception {
    getAndSerialize(bean, gen, ctxt);
  }

  @Override
  public void serializeFilteredAsProperty(Object bean, JsonGenerator gen, SerializationContext ctxt,
      PropertyFilter filter) throws Exception {
    getAndFilter(bean, gen, ctxt, filter);
  }

  @Override
  public void getAndFilter(Object bean, JsonGenerator gen, SerializationContext ctxt, PropertyFilter filter)
      throws Exception {
    if (!writeMasked(bean, gen, ctxt)) {
      original.getAndFilter(bean, gen, ctxt, filter);
    }
  }

  /** Writes the masked entries and returns true, or returns false when nothing needs masking. */
  private boolean writeMasked(Object bean, JsonGenerator gen, SerializationContext ctxt) throws Exception {
    if (SecretSerializers.reveals(ctxt)) {
      return false;
    }
    @Nullable Object value = accessor.getValue(bean);
    if (value instanceof Map<?, ?> map) {
      Map<?, ?> masked = settings.maskEntries(map, RedactionSettings.hasEntryValue(map) && beanNamesSecret(bean));
      if (masked == map) {
        return false;
      }
      MaskingMapSerializer.writeEntries(masked, gen, ctxt);
      return true;
    }
    if (value instanceof ObjectNode node) {
      JsonNode masked = Trees.maskObject(node, settings, Trees.hasEntryValue(node) && beanNamesSecret(bean));
      if (masked == node) {
        return false;
      }
      for (Map.Entry<String, JsonNode> e : masked.properties()) {
        gen.writeName(e.getKey());
        e.getValue().serialize(gen, ctxt);
      }
      return true;
    }
    return false;
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
