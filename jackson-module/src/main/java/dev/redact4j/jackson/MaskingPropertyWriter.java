package dev.redact4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.NameTransformer;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A bean property whose non-null value is written as the mask, whatever its type. Inclusion rules
 * ({@code @JsonInclude}) are applied to the real value first, so a suppressed property stays
 * suppressed; nulls, empty {@code Optional}s and {@code AtomicReference}s are written as Jackson
 * would. A revealing writer gets the plain property.
 *
 * <p>The value property of a name/value entry ({@code value} next to {@code name} or {@code key},
 * as in a Kubernetes env var {@code record EnvVar(String name, String value)}) is masked only when
 * one of those sibling properties of the same bean holds a sensitive name; it reads them from the
 * bean, so their getters run once more. A {@code name} or {@code key} entry of the bean's
 * {@code @JsonAnyGetter} map counts too, as it is written into the same JSON object.
 *
 * <p>It may stand in for a writer of a subclass that writes in its own way, such as the one XML
 * uses for wrapped lists: values it does not mask are then written by that writer, which gets the
 * serializers Jackson assigns to this one.
 *
 * <p>A {@code @JsonUnwrapped} property under a sensitive name is masked only when Jackson cannot
 * unwrap its value (a string, map, list...) and so writes it as one field under that name; a value
 * Jackson unwraps (a bean) is written by the unwrapping writer, whose own properties mask inside.
 */
@SuppressWarnings("serial") // Holds the settings; mappers carrying this module are not Java-serialized.
final class MaskingPropertyWriter extends BeanPropertyWriter {
  /** The name properties of an entry whose content decides, or null to mask always. */
  private final BeanPropertyWriter @Nullable [] entryNames;
  private final @Nullable RedactionSettings settings;
  /** The bean's {@code @JsonAnyGetter}, whose name or key entries can name this value too. */
  private final @Nullable AnnotatedMember anyGetter;
  /** The writer of a subclass this one stands in for, which writes what is not masked; or null. */
  private final @Nullable BeanPropertyWriter original;
  /** Whether {@link #original} unwraps: values it writes unwrapped are left to it. */
  private final boolean unwraps;
  /**
   * Per class of a value without an assigned serializer, whether {@link #original} unwraps it:
   * asking Jackson builds a new unwrapping serializer each time.
   */
  private final Map<Class<?>, Boolean> unwrapsByClass = new ConcurrentHashMap<>();

  /** Stands for the value of a virtual property, which exists only while it is written. */
  private static final Object UNREAD = new Object();

  /** A property masked whenever it has a value. */
  MaskingPropertyWriter(BeanPropertyWriter base) {
    super(base);
    this.entryNames = null;
    this.settings = null;
    this.anyGetter = null;
    this.original = originalOf(base);
    this.unwraps = false;
  }

  /**
   * A {@code @JsonUnwrapped} property under a sensitive name, masked when Jackson would write its
   * value as one field under that name rather than unwrap it.
   */
  static MaskingPropertyWriter unlessUnwrapped(BeanPropertyWriter unwrapping) {
    return new MaskingPropertyWriter(unwrapping, unwrapping.getFullName(), unwrapping);
  }

  /**
   * The value property of a name/value entry, masked when one of {@code entryNames} (properties of
   * the same bean) holds a sensitive name, or a name or key entry of the bean's {@code anyGetter}
   * map (or object node) does: both are written into the same JSON object.
   */
  MaskingPropertyWriter(BeanPropertyWriter base, BeanPropertyWriter[] entryNames,
      @Nullable AnnotatedMember anyGetter, RedactionSettings settings) {
    super(base);
    this.entryNames = entryNames.clone();
    this.settings = settings;
    this.anyGetter = anyGetter;
    this.original = originalOf(base);
    this.unwraps = false;
  }

  /** {@code base} under {@code name}, standing in for {@code original}. */
  private MaskingPropertyWriter(BeanPropertyWriter base, PropertyName name, @Nullable BeanPropertyWriter original) {
    super(base, name);
    MaskingPropertyWriter masking = base instanceof MaskingPropertyWriter m ? m : null;
    this.entryNames = masking != null ? masking.entryNames : null;
    this.settings = masking != null ? masking.settings : null;
    this.anyGetter = masking != null ? masking.anyGetter : null;
    this.original = original;
    this.unwraps = original != null && original.isUnwrapping();
  }

  /**
   * {@code base} when it writes in a way of its own, else null. An unwrapping writer is not kept:
   * a masked unwrapped property is one field, and so is the plain one (documented).
   */
  private static @Nullable BeanPropertyWriter originalOf(BeanPropertyWriter base) {
    if (base instanceof MaskingPropertyWriter masking) {
      return masking.original;
    }
    return base.getClass() == BeanPropertyWriter.class || base.isUnwrapping() ? null : base;
  }

  /** Renames any name to {@code name}. */
  private static NameTransformer to(String name) {
    return new NameTransformer() {
      @Override
      public String transform(String ignored) {
        return name;
      }

      @Override
      public @Nullable String reverse(String transformed) {
        return null;
      }
    };
  }

  @Override
  protected BeanPropertyWriter _new(PropertyName newName) {
    // Renaming (e.g. @JsonUnwrapped prefixes) must keep the masking.
    return new MaskingPropertyWriter(this, newName,
        original == null ? null : original.rename(to(newName.getSimpleName())));
  }

  @Override
  public BeanPropertyWriter rename(NameTransformer transformer) {
    if (!unwraps || original == null) {
      return super.rename(transformer);
    }
    // An unwrapping writer renames what it unwraps too: it needs the transformer, not the new name.
    return new MaskingPropertyWriter(this, PropertyName.construct(transformer.transform(getName())),
        original.rename(transformer));
  }

  @Override
  public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
    Object value = reveals(prov) ? null : valueOf(bean);
    if (!RedactionSettings.isPresent(value) || !namesSecret(bean) || unwrapped(value, prov)) {
      if (original != null) {
        original.serializeAsField(bean, gen, prov);
      } else {
        super.serializeAsField(bean, gen, prov);
      }
      return;
    }
    if (value != UNREAD && suppressed(value, prov)) {
      return;
    }
    gen.writeFieldName(_name);
    gen.writeString(RedactionSettings.MASK);
  }

  @Override
  public void serializeAsElement(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
    Object value = reveals(prov) ? null : valueOf(bean);
    if (!RedactionSettings.isPresent(value) || !namesSecret(bean) || unwrapped(value, prov)) {
      if (original != null) {
        original.serializeAsElement(bean, gen, prov);
      } else {
        super.serializeAsElement(bean, gen, prov);
      }
      return;
    }
    if (value != UNREAD && suppressed(value, prov)) {
      serializeAsPlaceholder(bean, gen, prov);
      return;
    }
    gen.writeString(RedactionSettings.MASK);
  }

  /**
   * The property's value, or {@link #UNREAD} for a virtual one (a {@code @JsonAppend} writer
   * attribute), whose value Jackson computes only while writing it: that is masked whole, even
   * when the attribute is absent.
   */
  private @Nullable Object valueOf(Object bean) throws Exception {
    return original instanceof VirtualBeanPropertyWriter ? UNREAD : get(bean);
  }

  // What Jackson gives this writer, the original needs too to write as it would without this one.

  @Override
  public void assignSerializer(JsonSerializer<Object> ser) {
    super.assignSerializer(ser);
    if (original != null) {
      original.assignSerializer(ser);
    }
  }

  @Override
  public void assignNullSerializer(JsonSerializer<Object> nullSer) {
    super.assignNullSerializer(nullSer);
    if (original != null) {
      original.assignNullSerializer(nullSer);
    }
  }

  @Override
  public void assignTypeSerializer(TypeSerializer typeSer) {
    super.assignTypeSerializer(typeSer);
    if (original != null) {
      original.assignTypeSerializer(typeSer);
    }
  }

  @Override
  public void fixAccess(SerializationConfig config) {
    super.fixAccess(config);
    if (original != null) {
      original.fixAccess(config);
    }
  }

  /**
   * Whether {@link #original} writes {@code value} unwrapped, which it does when it has an
   * unwrapping serializer for it (one it was assigned is already in that form).
   */
  private boolean unwrapped(Object value, SerializerProvider prov) throws JsonMappingException {
    if (!unwraps || original == null) {
      return false;
    }
    JsonSerializer<Object> ser = original.getSerializer();
    if (ser != null) {
      return ser.isUnwrappingSerializer();
    }
    Boolean known = unwrapsByClass.get(value.getClass());
    if (known == null) {
      known = prov.findValueSerializer(value.getClass(), this).unwrappingSerializer(NameTransformer.NOP).isUnwrappingSerializer();
      unwrapsByClass.put(value.getClass(), known);
    }
    return known;
  }

  @Override
  public void setNonTrivialBaseType(JavaType t) {
    super.setNonTrivialBaseType(t);
    if (original != null) {
      original.setNonTrivialBaseType(t);
    }
  }

  /** True unless this is an entry's value property and none of its name properties names a secret. */
  private boolean namesSecret(Object bean) throws Exception {
    if (entryNames == null || settings == null) {
      return true;
    }
    for (BeanPropertyWriter name : entryNames) {
      if (settings.isSensitiveEntryName(name.get(bean))) {
        return true;
      }
    }
    if (anyGetter != null) {
      Object any = anyGetter.getValue(bean);
      if (any instanceof Map<?, ?> map) {
        return settings.namesSecret(map);
      }
      if (any instanceof ObjectNode node) {
        return Trees.namesSecret(node, settings);
      }
    }
    return false;
  }

  private boolean suppressed(Object value, SerializerProvider prov) throws Exception {
    if (_suppressableValue == null) {
      return false;
    }
    if (_suppressableValue == MARKER_FOR_EMPTY) {
      JsonSerializer<Object> ser = _serializer != null ? _serializer : prov.findValueSerializer(value.getClass(), this);
      return ser.isEmpty(prov, value);
    }
    return _suppressableValue.equals(value);
  }

  private static boolean reveals(SerializerProvider prov) {
    return RedactionSettings.reveals(prov.getAttribute(RedactionSettings.REVEAL));
  }
}
