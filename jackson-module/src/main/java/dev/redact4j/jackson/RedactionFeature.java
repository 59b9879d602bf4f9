package dev.redact4j.jackson;

/**
 * On/off options of the redact4j Jackson modules, shared by the Jackson 2
 * ({@link RedactionModule}) and Jackson 3 ({@code dev.redact4j.jackson3.RedactionModule}) lines.
 * Each constant states its default; set them with the module builder's {@code enable} and
 * {@code disable}.
 *
 * <p>Always on, because nothing sensible can be configured instead: {@code SecretString} and
 * {@code SecretBytes} values are written as {@value dev.redact4j.SecretString#MASK}, and so is every
 * member annotated with {@link dev.redact4j.Redacted @Redacted}.
 *
 * @since 0.1.0
 */
public enum RedactionFeature {
  /**
   * Masks the value of every property, {@code Map} entry and {@code JsonNode} field whose name is
   * sensitive ({@code password}, {@code token}, {@code apiKey}, {@code authorization}, ... and the
   * names added with the builder), whatever its type: numbers, booleans, objects and arrays become
   * the string {@value dev.redact4j.SecretString#MASK}; {@code null} stays {@code null}.
   *
   * <p>A name can also be data: in an object with a {@code name} or {@code key} field holding a
   * sensitive name and a {@code value} field (any ASCII case, either order), such as a Kubernetes
   * env var {@code {"name":"DB_PASSWORD","value":...}}, an HTTP header {@code {"name":"Authorization",
   * "value":...}} or an AWS tag {@code {"Key":"api_key","Value":...}}, the value field is masked as
   * if it were under that name. This holds for maps, beans and records, and {@code JsonNode} objects.
   *
   * <p>On reading, Jackson's errors for a value under a sensitive name leave the value out
   * ({@code Cannot deserialize value of type `int` from String (value withheld: ...)}).
   *
   * <p>Enabled by default.
   */
  MASK_SENSITIVE_NAMES(true),

  /**
   * Passes every string value through the module's {@link dev.redact4j.Redactor}, so that a token
   * inside free text ({@code "note": "use ghp_... for the build"}) is hidden too. Costs one scan of
   * every string written and may alter business data that merely looks like a secret, so it is
   * meant for mappers whose output goes to logs, audit trails or error reports.
   *
   * <p>Disabled by default.
   */
  SCAN_STRING_VALUES(false);

  private final boolean enabledByDefault;

  RedactionFeature(boolean enabledByDefault) {
    this.enabledByDefault = enabledByDefault;
  }

  /** Whether a module built without touching this feature has it. */
  public boolean enabledByDefault() {
    return enabledByDefault;
  }
}
