package dev.redact4j.jackson3;

import dev.redact4j.Redactor;
import dev.redact4j.jackson.RedactionFeature;
import dev.redact4j.jackson.internal.BuildInfo;
import dev.redact4j.jackson.internal.RedactionSettings;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectWriter;

/**
 * Jackson 3 module that writes {@value dev.redact4j.SecretString#MASK} instead of secrets; the
 * counterpart of {@link dev.redact4j.jackson.RedactionModule}, with the same behaviour and options.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();   // defaults
 * JsonMapper custom = JsonMapper.builder().addModule(RedactionModule.builder()
 *     .addSensitiveNames("pin", "iban")
 *     .enable(RedactionFeature.SCAN_STRING_VALUES)
 *     .build()).build();
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
 * values: {@code mapper.writer().withAttribute(RedactionModule.REVEAL, true)}. Keep that writer
 * local to the one call that must send the value; do not set the attribute as a mapper default.
 *
 * <p><b>Registration.</b> A Jackson 3 mapper builder keeps the <em>last</em> module of a type
 * (Jackson 2 keeps the first), so add a configured module after {@code findAndAddModules()}.
 *
 * <p>Immutable and thread-safe; its serializers keep no per-call state.
 *
 * @since 0.1.0
 */
public final class RedactionModule extends JacksonModule {
  /**
   * Writer attribute that turns masking off for that writer only. The same object as
   * {@link dev.redact4j.jackson.RedactionModule#REVEAL}.
   */
  public static final Object REVEAL = RedactionSettings.REVEAL;

  private static final Version VERSION =
      VersionUtil.parseVersion(BuildInfo.VERSION, BuildInfo.GROUP_ID, BuildInfo.ARTIFACT_ID);

  private final RedactionSettings settings;

  /** The module with default settings; this is what {@code findAndAddModules()} adds. */
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

  /** Returns {@code writer} with masking turned off: {@code writer.withAttribute(REVEAL, true)}. */
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

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new RedactionSerializers(settings));
    context.addDeserializers(new SecretDeserializers());
    context.addHandler(new WithholdingProblemHandler(settings));
    context.addSerializerModifier(new RedactionSerializerModifier(settings));
  }

  /**
   * Configures a {@link RedactionModule}; see the Jackson 2 builder
   * {@link dev.redact4j.jackson.RedactionModule.Builder} for each method's contract. Not thread-safe.
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
     * The redactor used by {@link RedactionFeature#SCAN_STRING_VALUES}. Setting one requires that
     * feature: {@link #build()} refuses a redactor that would never run.
     */
    public Builder redactor(Redactor redactor) {
      settings.redactor(redactor);
      return this;
    }

    /**
     * Adds names whose values are masked, matched like the built-in ones.
     *
     * @throws IllegalArgumentException if a name is null, shorter than three letters or digits, or
     *     also given to {@link #exemptNames}
     */
    public Builder addSensitiveNames(String... names) {
      settings.addSensitiveNames(names);
      return this;
    }

    /**
     * Names never masked for their name although they end with a sensitive word.
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
