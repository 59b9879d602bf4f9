package dev.redact4j.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.ser.DefaultSerializerProvider;
import dev.redact4j.Redactor;
import dev.redact4j.jackson.internal.BuildInfo;
import dev.redact4j.jackson.internal.RedactionSettings;

/**
 * Jackson 2 module that writes {@value dev.redact4j.SecretString#MASK} instead of secrets.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();   // defaults
 * ObjectMapper custom = new ObjectMapper().registerModule(RedactionModule.builder()
 *     .addSensitiveNames("pin", "iban")
 *     .enable(RedactionFeature.SCAN_STRING_VALUES)
 *     .build());
 * }</pre>
 *
 * <p><b>What is masked.</b> {@link dev.redact4j.SecretString} and {@link dev.redact4j.SecretBytes}
 * values; members annotated with {@link dev.redact4j.Redacted @Redacted}, whatever their type; with
 * {@link RedactionFeature#MASK_SENSITIVE_NAMES} (default on) the values of bean properties, map
 * entries (also from {@code @JsonAnyGetter}) and {@code JsonNode} fields with a sensitive name, and
 * the {@code value} of name/value entries such as {@code {"name":"DB_PASSWORD","value":...}}; with
 * {@link RedactionFeature#SCAN_STRING_VALUES} (default off) the secrets the {@link Redactor} finds
 * inside any string value. Masked values of any type become the JSON string
 * {@value dev.redact4j.SecretString#MASK}; {@code null} stays {@code null}. Output holding nothing
 * to mask is byte-for-byte what Jackson writes without this module.
 *
 * <p><b>Reading.</b> {@code SecretString} is read from a JSON string and {@code SecretBytes} from
 * base64 text, so configuration objects can hold secrets. With
 * {@link RedactionFeature#MASK_SENSITIVE_NAMES}, Jackson's read errors for a value under a sensitive
 * name ({@code Cannot deserialize value of type `int` from String ...}) leave the value out; errors
 * the parser raises itself still quote it.
 *
 * <p><b>Revealing.</b> Only a writer that carries the {@link #REVEAL} attribute writes the plain
 * values, exactly as Jackson would without this module:
 * {@code mapper.writer().withAttribute(RedactionModule.REVEAL, true)}. Keep that writer local to
 * the one call that must send the value; do not set the attribute as a mapper default.
 *
 * <p><b>Registration.</b> Jackson keeps only the first module of a type registered on a mapper, so
 * register a configured module before calling {@code findAndRegisterModules()}.
 *
 * <p>Immutable and thread-safe; its serializers keep no per-call state.
 *
 * @since 0.1.0
 */
public final class RedactionModule extends Module {
  /**
   * Writer attribute that turns masking off for that writer only: {@code
   * mapper.writer().withAttribute(RedactionModule.REVEAL, true)}. Any value but {@code Boolean.TRUE}
   * keeps masking on.
   */
  public static final Object REVEAL = RedactionSettings.REVEAL;

  private static final Version VERSION =
      VersionUtil.parseVersion(BuildInfo.VERSION, BuildInfo.GROUP_ID, BuildInfo.ARTIFACT_ID);

  private final RedactionSettings settings;

  /**
   * The module with default settings; this is what {@code findAndRegisterModules()} registers.
   */
  public RedactionModule() {
    this(RedactionSettings.defaults());
  }

  private RedactionModule(RedactionSettings settings) {
    this.settings = settings;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns {@code writer} with masking turned off, for the one call that must send secrets.
   * Equivalent to {@code writer.withAttribute(REVEAL, true)}.
   */
  public static ObjectWriter revealing(ObjectWriter writer) {
    return writer.withAttribute(REVEAL, Boolean.TRUE);
  }

  /** Whether {@code feature} is on in this module. */
  public boolean isEnabled(RedactionFeature feature) {
    return settings.isEnabled(feature);
  }

  @Override
  public String getModuleName() {
    return "redact4j";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException when the mapper's Jackson is older than 2.16, naming the minimum:
   *     before it, read errors quote the input document (seen on 2.15)
   */
  @Override
  public void setupModule(SetupContext context) {
    requireSupported(context.getMapperVersion());
    context.addSerializers(new RedactionSerializers(settings));
    context.addDeserializers(new SecretDeserializers());
    context.addDeserializationProblemHandler(new WithholdingProblemHandler(settings));
    context.addBeanSerializerModifier(new RedactionSerializerModifier(settings));
    detachCachedSerializers(context.getOwner());
  }

  /**
   * Gives the mapper a serializer cache of its own, empty: a Jackson 2 mapper is mutable and keeps
   * the serializers it built before this registration, and writers made before it share that cache
   * and would go on filling it with serializers built without the module.
   */
  private static void detachCachedSerializers(Object owner) {
    if (owner instanceof ObjectMapper mapper
        && mapper.getSerializerProvider() instanceof DefaultSerializerProvider provider) {
      try {
        mapper.setSerializerProvider(provider.copy()); // a copy starts with an empty cache
      } catch (IllegalStateException subclassWithoutCopy) {
        provider.flushCachedSerializers(); // covers all but writers made before this registration
      }
    }
  }

  /**
   * Refuses a Jackson older than the oldest this module is tested with (2.16): failing at
   * registration beats leaking. An unknown version (a repackaged Jackson) is let through.
   */
  static void requireSupported(Version jackson) {
    if (!jackson.isUnknownVersion() && jackson.getMajorVersion() == 2 && jackson.getMinorVersion() < 16) {
      throw new IllegalStateException("redact4j's jackson-module needs jackson-databind 2.16 or later, found "
          + jackson + ": before 2.16 Jackson's read errors quote the input document, secrets included"
          + " (StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION is on by default), and maps keyed by an enum"
          + " cannot be written with the module. Upgrade Jackson (com.fasterxml.jackson:jackson-bom;"
          + " Spring Boot 3.2 or later) or leave dev.redact4j:jackson-module out");
    }
  }

  /**
   * Configures a {@link RedactionModule}. Not thread-safe; each method validates its arguments at
   * once and throws {@link IllegalArgumentException} naming the fix.
   */
  public static final class Builder {
    private final RedactionSettings.Builder settings = new RedactionSettings.Builder();

    private Builder() {}

    /** Turns {@code features} on. */
    public Builder enable(RedactionFeature... features) {
      settings.enable(features);
      return this;
    }

    /** Turns {@code features} off. */
    public Builder disable(RedactionFeature... features) {
      settings.disable(features);
      return this;
    }

    /**
     * The redactor used by {@link RedactionFeature#SCAN_STRING_VALUES}; {@link Redactor#defaults()}
     * unless set. Setting one requires that feature: {@link #build()} refuses a redactor that would
     * never run.
     */
    public Builder redactor(Redactor redactor) {
      settings.redactor(redactor);
      return this;
    }

    /**
     * Adds names whose values are masked, on top of the built-in ones. Matched like them: case,
     * {@code _}, {@code -}, {@code .}, {@code :}, {@code /} and spaces are ignored, and a name matches
     * when it ends with one of them ({@code "pin"} also masks {@code cardPin}).
     *
     * @throws IllegalArgumentException if a name is null, shorter than three letters or digits, or
     *     also given to {@link #exemptNames}
     */
    public Builder addSensitiveNames(String... names) {
      settings.addSensitiveNames(names);
      return this;
    }

    /**
     * Names never masked for their name although they end with a sensitive word, such as
     * {@code nextPageToken}. Matched exactly after normalization. Typed secrets and
     * {@code @Redacted} members under these names are still masked.
     *
     * @throws IllegalArgumentException if a name is null, shorter than three letters or digits, or
     *     also given to {@link #addSensitiveNames}
     */
    public Builder exemptNames(String... names) {
      settings.exemptNames(names);
      return this;
    }

    /**
     * An immutable module with these settings; the builder may be reused.
     *
     * @throws IllegalStateException if {@link #redactor} is set while
     *     {@link RedactionFeature#SCAN_STRING_VALUES} is off
     */
    public RedactionModule build() {
      return new RedactionModule(settings.build());
    }
  }
}
