package dev.redact4j.jackson3;

import dev.redact4j.Redacted;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.ser.AnyGetterWriter;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.BeanSerializerBuilder;
import tools.jackson.databind.ser.ValueSerializerModifier;
import tools.jackson.databind.ser.jdk.MapEntrySerializer;
import tools.jackson.databind.type.MapType;

/**
 * Decides once per bean type which properties are masked ({@code @Redacted} or a sensitive name),
 * and wraps map, map entry and any-getter serializers that must look at keys at write time.
 */
@SuppressWarnings("serial") // Holds the settings; mappers carrying this module are not Java-serialized.
final class RedactionSerializerModifier extends ValueSerializerModifier {
  private final RedactionSettings settings;

  RedactionSerializerModifier(RedactionSettings settings) {
    this.settings = settings;
  }

  @Override
  public List<BeanPropertyWriter> changeProperties(
      SerializationConfig config, BeanDescription.Supplier beanDesc, List<BeanPropertyWriter> props) {
    List<BeanPropertyWriter> out = null;
    for (int i = 0; i < props.size(); i++) {
      BeanPropertyWriter p = props.get(i);
      if (p instanceof MaskingPropertyWriter || !masks(p)) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(props);
      }
      out.set(i, new MaskingPropertyWriter(p));
    }
    return out != null ? out : props;
  }

  private boolean masks(BeanPropertyWriter p) {
    if (p.getAnnotation(Redacted.class) != null) {
      return true;
    }
    // An unwrapped property has no name of its own in the output; its content is handled inside.
    return !p.isUnwrapping() && settings.isSensitiveName(p.getName());
  }

  @Override
  public BeanSerializerBuilder updateBuilder(
      SerializationConfig config, BeanDescription.Supplier beanDesc, BeanSerializerBuilder builder) {
    AnnotatedMember anyGetter = beanDesc.get().findAnyGetter();
    if (anyGetter == null || !settings.masksNames()
        || config.getAnnotationIntrospector().findSerializer(config, anyGetter) != null) {
      return builder;
    }
    List<BeanPropertyWriter> props = new ArrayList<>(builder.getProperties());
    for (int i = 0; i < props.size(); i++) {
      if (props.get(i) instanceof AnyGetterWriter original && !(original instanceof MaskingAnyGetterWriter)) {
        MaskingAnyGetterWriter replacement = new MaskingAnyGetterWriter(original, anyGetter, settings);
        props.set(i, replacement);
        builder.setProperties(props);
        BeanPropertyWriter[] filtered = builder.getFilteredProperties();
        if (filtered != null) {
          for (int j = 0; j < filtered.length; j++) {
            if (filtered[j] == original) {
              filtered[j] = replacement;
            }
          }
        }
        break;
      }
    }
    return builder;
  }

  @Override
  public ValueSerializer<?> modifyMapSerializer(
      SerializationConfig config, MapType valueType, BeanDescription.Supplier beanDesc, ValueSerializer<?> serializer) {
    return settings.masksNames() ? new MaskingMapSerializer(serializer, settings) : serializer;
  }

  @Override
  public ValueSerializer<?> modifySerializer(
      SerializationConfig config, BeanDescription.Supplier beanDesc, ValueSerializer<?> serializer) {
    return settings.masksNames() && serializer instanceof MapEntrySerializer
        ? new MaskingMapEntrySerializer(serializer, settings) : serializer;
  }
}
