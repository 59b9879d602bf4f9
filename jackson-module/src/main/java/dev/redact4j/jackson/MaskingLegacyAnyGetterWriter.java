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
 * {@link MaskingAnyGetterWriter} for Jackson 2.16 to 2.18. There the any-getter writer is no bean
 * property but stands apart ({@code BeanSerializerBuilder.setAnyGetter}); the bean serializer writes
 * it after the properties through {@code getAndSerialize}, or {@code getAndFilter} under a
 * {@code @JsonFilter}. A class of its own, because the newer writer's constructor hands Jackson a
 * {@code BeanPropertyWriter} that older {@code AnyGetterWriter}s are not, so it does not load there.
 */
@SuppressWarnings("serial") // Holds the settings; mappers carrying this module are not Java-serialized.
final class MaskingLegacyAnyGetterWriter extends AnyGetterWriter {
  private final AnyGetterWriter original;
  private final AnyGetterMasking masking;

  @SuppressWarnings("deprecation") // Deprecated since 2.19; the only constructor of 2.16 to 2.18.
  MaskingLegacyAnyGetterWriter(AnyGetterWriter original, AnnotatedMember accessor, RedactionSettings settings,
      BeanPropertyWriter[] entryNames) {
    super(AnyGetterMasking.property(accessor), accessor, null);
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
