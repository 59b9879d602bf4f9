package dev.redact4j.jackson;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClassResolver;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.ObjectIdInfo;
import com.fasterxml.jackson.databind.ser.AnyGetterWriter;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerBuilder;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.impl.FilteredBeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.impl.MapEntrySerializer;
import com.fasterxml.jackson.databind.ser.impl.ObjectIdWriter;
import com.fasterxml.jackson.databind.ser.impl.PropertyBasedObjectIdGenerator;
import com.fasterxml.jackson.databind.ser.std.JsonValueSerializer;
import com.fasterxml.jackson.databind.type.MapType;
import dev.redact4j.Redacted;
import dev.redact4j.SecretString;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides once per bean type which properties are masked ({@code @Redacted} or a sensitive name),
 * and wraps map, map entry and any-getter serializers that must look at keys at write time. The
 * value property of a name/value entry type is masked by the bean's name, decided at write time.
 * A {@code @JsonValue} accessor marked {@code @Redacted} gets a serializer that writes the mask.
 */
@SuppressWarnings("serial") // Holds the settings; mappers carrying this module are not Java-serialized.
final class RedactionSerializerModifier extends BeanSerializerModifier {
  private final RedactionSettings settings;

  RedactionSerializerModifier(RedactionSettings settings) {
    this.settings = settings;
  }

  @Override
  public List<BeanPropertyWriter> changeProperties(
      SerializationConfig config, BeanDescription beanDesc, List<BeanPropertyWriter> props) {
    List<BeanPropertyWriter> out = masked(props, beanDesc.findAnyGetter());
    return out != null ? out : props;
  }

  /**
   * {@code props} with masking writers in place of the properties that need one, or null when
   * none is missing. Run again once every modifier has changed the properties, as one that runs
   * after this may put its own writer in place of a masking one (XML does for wrapped lists).
   */
  private @Nullable List<BeanPropertyWriter> masked(List<BeanPropertyWriter> props, @Nullable AnnotatedMember anyGetter) {
    List<BeanPropertyWriter> out = null;
    for (int i = 0; i < props.size(); i++) {
      BeanPropertyWriter p = props.get(i);
      MaskingPropertyWriter masking =
          p instanceof MaskingPropertyWriter || p instanceof AnyGetterWriter ? null : masking(p);
      if (masking == null) {
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(props);
      }
      out.set(i, masking);
    }
    if (settings.masksNames()) {
      out = maskEntryValues(props, out, anyGetter);
    }
    return out;
  }

  /**
   * Gives the {@code value} property of a name/value entry type (one with a {@code name} or
   * {@code key} property as well, such as {@code record EnvVar(String name, String value)}) a
   * writer that masks it when the bean's name names a secret, or when a {@code name} or {@code key}
   * entry of its {@code @JsonAnyGetter} map, written into the same JSON object, does. Returns {@code out}, or a new copy
   * of {@code props} when {@code out} is null and something changes.
   */
  private @Nullable List<BeanPropertyWriter> maskEntryValues(List<BeanPropertyWriter> props,
      @Nullable List<BeanPropertyWriter> out, @Nullable AnnotatedMember anyGetter) {
    BeanPropertyWriter[] names = null;
    for (int i = 0; i < props.size(); i++) {
      BeanPropertyWriter p = out != null ? out.get(i) : props.get(i);
      // Already masked whenever it has a value, or without a name of its own.
      if (p instanceof MaskingPropertyWriter || p instanceof AnyGetterWriter || p.isUnwrapping()
          || !RedactionSettings.isEntryValueField(p.getName())) {
        continue;
      }
      if (names == null) {
        names = entryNames(out != null ? out : props);
        // Without a name property the entry's name can still come from the any-getter's map.
        if (names.length == 0 && anyGetter == null) {
          return out;
        }
      }
      if (out == null) {
        out = new ArrayList<>(props);
      }
      out.set(i, new MaskingPropertyWriter(p, names, anyGetter, settings));
    }
    return out;
  }

  /** The properties that can name an entry: called {@code name} or {@code key}, able to hold a String. */
  private static BeanPropertyWriter[] entryNames(List<BeanPropertyWriter> props) {
    List<BeanPropertyWriter> names = new ArrayList<>(2);
    for (BeanPropertyWriter p : props) {
      if (!p.isUnwrapping() && RedactionSettings.isEntryNameField(p.getName())
          && p.getType().getRawClass().isAssignableFrom(String.class)) {
        names.add(p);
      }
    }
    return names.toArray(new BeanPropertyWriter[0]);
  }

  /** A masking writer for {@code p}, or null when it needs none. */
  private @Nullable MaskingPropertyWriter masking(BeanPropertyWriter p) {
    if (p.getAnnotation(Redacted.class) != null) {
      return new MaskingPropertyWriter(p);
    }
    if (!hasSensitiveName(p)) {
      return null;
    }
    // An unwrapped value has no name of its own in the output and its content is handled inside,
    // but Jackson writes a value it cannot unwrap (a string, map, list...) under the property's name.
    return p.isUnwrapping() ? MaskingPropertyWriter.unlessUnwrapped(p) : new MaskingPropertyWriter(p);
  }

  /**
   * Whether the name written to JSON or the Java member behind it names a secret: a field
   * {@code password} renamed with {@code @JsonProperty("p")} still holds one. A getter's member name
   * keeps its prefix ({@code getPassword}), which the ending-with rule reads the same.
   */
  private boolean hasSensitiveName(BeanPropertyWriter p) {
    AnnotatedMember member = p.getMember();
    return settings.isSensitiveName(p.getName()) || member != null && settings.isSensitiveName(member.getName());
  }

  @Override
  public BeanSerializerBuilder updateBuilder(
      SerializationConfig config, BeanDescription beanDesc, BeanSerializerBuilder builder) {
    AnnotatedMember anyGetter = beanDesc.findAnyGetter();
    remask(builder, anyGetter);
    maskObjectId(config, beanDesc.getObjectIdInfo(), builder);
    if (anyGetter == null || !settings.masksNames()
        || config.getAnnotationIntrospector().findSerializer(anyGetter) != null) {
      return builder;
    }
    List<BeanPropertyWriter> props = new ArrayList<>(builder.getProperties());
    AnyGetterWriter apart = builder.getAnyGetter(); // Only before 2.19; later it is one of the properties.
    if (apart != null) {
      if (!(apart instanceof MaskingLegacyAnyGetterWriter)) {
        builder.setAnyGetter(new MaskingLegacyAnyGetterWriter(apart, anyGetter, settings, entryNames(props)));
      }
      return builder;
    }
    for (int i = 0; i < props.size(); i++) {
      if (props.get(i) instanceof AnyGetterWriter original && !(original instanceof MaskingAnyGetterWriter)) {
        MaskingAnyGetterWriter replacement =
            new MaskingAnyGetterWriter(original, anyGetter, settings, entryNames(props));
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

  /** Puts masking writers back where a later modifier replaced them, views included. */
  private void remask(BeanSerializerBuilder builder, @Nullable AnnotatedMember anyGetter) {
    List<BeanPropertyWriter> props = builder.getProperties();
    List<BeanPropertyWriter> out = masked(props, anyGetter);
    if (out == null) {
      return;
    }
    BeanPropertyWriter[] filtered = builder.getFilteredProperties();
    for (int i = 0; filtered != null && i < filtered.length; i++) {
      BeanPropertyWriter replacement = out.get(i);
      if (filtered[i] != null && replacement != props.get(i)) {
        filtered[i] = filtered[i] == props.get(i) ? replacement
            : FilteredBeanPropertyWriter.constructViewBased(replacement, replacement.getViews());
      }
    }
    builder.setProperties(out);
  }

  /**
   * When the bean's object id is one of its masked properties, a reference to an object already
   * written would be that id in full: gives the id writer a generator that hands ids out as
   * {@code SecretString}s, so they are written as the mask.
   */
  private static void maskObjectId(SerializationConfig config, @Nullable ObjectIdInfo info, BeanSerializerBuilder builder) {
    ObjectIdWriter ids = builder.getObjectIdWriter();
    if (ids == null || info == null || !(ids.generator instanceof PropertyBasedObjectIdGenerator)
        || ids.generator instanceof MaskingObjectIdGenerator) {
      return;
    }
    String name = info.getPropertyName().getSimpleName();
    for (BeanPropertyWriter p : builder.getProperties()) {
      if (p instanceof MaskingPropertyWriter && p.getName().equals(name)) {
        builder.setObjectIdWriter(ObjectIdWriter.construct(config.constructType(SecretString.class), null,
            new MaskingObjectIdGenerator(info, p), ids.alwaysAsId));
        return;
      }
    }
  }

  @Override
  public JsonSerializer<?> modifyMapSerializer(
      SerializationConfig config, MapType valueType, BeanDescription beanDesc, JsonSerializer<?> serializer) {
    return settings.masksNames()
        ? new MaskingMapSerializer(serializer, settings, sensitiveConstants(config, valueType.getKeyType()))
        : serializer;
  }

  /**
   * The constants of an enum key type that Jackson writes under a sensitive name given by
   * {@code @JsonProperty} (mix-ins included), which their {@code name()} and {@code toString()},
   * the names the settings look at, do not show. Empty for other key types.
   */
  private Set<?> sensitiveConstants(SerializationConfig config, JavaType keyType) {
    Class<?> raw = keyType.getRawClass();
    if (!raw.isEnum()) {
      return Set.of();
    }
    Enum<?>[] constants = (Enum<?>[]) raw.getEnumConstants();
    String[] names = config.getAnnotationIntrospector().findEnumValues(
        config, AnnotatedClassResolver.resolve(config, keyType, config), constants, new String[constants.length]);
    Set<Object> sensitive = new HashSet<>();
    for (int i = 0; i < constants.length; i++) {
      if (names[i] != null && settings.isSensitiveName(names[i])) {
        sensitive.add(constants[i]);
      }
    }
    return sensitive.isEmpty() ? Set.of() : Set.copyOf(sensitive);
  }

  /**
   * Map keys are masked when the accessor Jackson writes them through is marked {@code @Redacted}:
   * the {@code @JsonKey} one, or else the {@code @JsonValue} one.
   */
  @Override
  public JsonSerializer<?> modifyKeySerializer(
      SerializationConfig config, JavaType valueType, BeanDescription beanDesc, JsonSerializer<?> serializer) {
    AnnotatedMember key = beanDesc.findJsonKeyAccessor();
    AnnotatedMember accessor = key != null ? key : beanDesc.findJsonValueAccessor();
    return accessor != null && accessor.hasAnnotation(Redacted.class)
        ? new MaskingJsonValueSerializer(serializer, accessor, true, settings) : serializer;
  }

  @Override
  public JsonSerializer<?> modifySerializer(
      SerializationConfig config, BeanDescription beanDesc, JsonSerializer<?> serializer) {
    if (serializer instanceof JsonValueSerializer) {
      AnnotatedMember accessor = beanDesc.findJsonValueAccessor();
      if (accessor != null && accessor.hasAnnotation(Redacted.class)) {
        return new MaskingJsonValueSerializer(serializer, accessor, false, settings);
      }
    }
    return settings.masksNames() && serializer instanceof MapEntrySerializer
        ? new MaskingMapEntrySerializer(serializer, settings) : serializer;
  }
}
