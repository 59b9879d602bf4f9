package dev.redact4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
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
  private final AnyGetterMasking masking;

  MaskingAnyGetterWriter(AnyGetterWriter original, AnnotatedMember accessor, RedactionSettings settings,
      BeanPropertyWriter[] entryNames) {
    super(original, AnyGetterMasking.property(accessor), accessor, null);
    this.original = original;
    this.masking = new AnyGetterMasking(accessor, settings, entryNames);
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
    Map<?, ?> masked = masking.masked(bean, provider);
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
    Map<?, ?> masked = masking.masked(bean, provider);
    if (masked == null) {
      original.getAndFilter(bean, gen, provider, filter);
    } else {
      MaskingMapSerializer.writeEntries(masked, gen, provider);
    }
  }
}
