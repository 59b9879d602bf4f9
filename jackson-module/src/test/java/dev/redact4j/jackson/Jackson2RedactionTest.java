package dev.redact4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonFilter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.impl.SimpleBeanPropertyFilter;
import com.fasterxml.jackson.databind.ser.impl.SimpleFilterProvider;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.redact4j.jackson.Fixtures.DbSettings;
import dev.redact4j.jackson.Fixtures.Extensible;
import dev.redact4j.jackson.Fixtures.Settings;
import dev.redact4j.jackson.internal.BuildInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link RedactionBehaviour} on Jackson 2, plus what is specific to the Jackson 2 module. */
class Jackson2RedactionTest extends RedactionBehaviour {
  private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new Jdk8Module());
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new RedactionModule());
  private static final ObjectMapper SCANNING = new ObjectMapper().registerModule(new Jdk8Module())
      .registerModule(RedactionModule.builder().enable(RedactionFeature.SCAN_STRING_VALUES).build());
  private static final ObjectMapper CUSTOM = new ObjectMapper().registerModule(new Jdk8Module())
      .registerModule(RedactionModule.builder().addSensitiveNames("pin").exemptNames("next_page_token").build());

  @Override
  protected String write(Object value) throws Exception {
    return MAPPER.writeValueAsString(value);
  }

  @Override
  protected String writeRevealing(Object value) throws Exception {
    return RedactionModule.revealing(MAPPER.writer()).writeValueAsString(value);
  }

  @Override
  protected String writePlain(Object value) throws Exception {
    return PLAIN.writeValueAsString(value);
  }

  @Override
  protected String writeScanning(Object value) throws Exception {
    return SCANNING.writeValueAsString(value);
  }

  @Override
  protected String writeCustom(Object value) throws Exception {
    return CUSTOM.writeValueAsString(value);
  }

  @Override
  protected String writeTree(String json, boolean scanning) throws Exception {
    return (scanning ? SCANNING : MAPPER).writeValueAsString(PLAIN.readTree(json));
  }

  @Override
  protected <T> T read(String json, Class<T> type) throws Exception {
    return MAPPER.readValue(json, type);
  }

  @Override
  protected Object plainTree(Object value) {
    return PLAIN.valueToTree(value);
  }

  @Override
  protected Object maskedTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  @Test
  void findAndRegisterModulesFindsTheModuleThroughTheServiceLoader() throws Exception {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains(RedactionModule.class.getName());
    assertThat(found.writeValueAsString(java.util.Map.of("password", "pw-not-for-output")))
        .isEqualTo("{\"password\":\"" + MASK + "\"}");
  }

  @Test
  void aConfiguredModuleRegisteredFirstWinsOverDiscovery() throws Exception {
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(RedactionModule.builder().disable(RedactionFeature.MASK_SENSITIVE_NAMES).build())
        .findAndRegisterModules();
    assertThat(mapper.writeValueAsString(java.util.Map.of("password", "shown"))).contains("shown");
    assertThat(mapper.writeValueAsString(java.util.Map.of("name", "password", "value", "shown"))).contains("shown");
  }

  @Test
  void aModuleRegisteredOnAMapperThatHasAlreadyWrittenTheTypeStillMasksIt() throws Exception {
    // Jackson 2 mappers are mutable and cache serializers: one built before registration would skip the module.
    String pw = new FakeSecrets(20261203L).password();
    DbSettings settings = new DbSettings(pw);
    ObjectMapper used = new ObjectMapper();
    assertThat(used.writeValueAsString(settings)).contains(pw);
    assertThat(used.writeValueAsString(Map.of("password", pw))).contains(pw);
    used.registerModule(new RedactionModule());
    assertThat(used.writeValueAsString(settings)).doesNotContain(pw).contains(MASK);
    assertThat(used.writeValueAsString(Map.of("password", pw))).isEqualTo("{\"password\":\"" + MASK + "\"}");
    assertThat(settings.dbPassword).isEqualTo(pw);
  }

  @Test
  void aWriterMadeBeforeRegistrationCannotTeachTheMapperToWriteSecrets() throws Exception {
    String pw = new FakeSecrets(20261204L).password();
    ObjectMapper mapper = new ObjectMapper();
    ObjectWriter stale = mapper.writer();
    mapper.registerModule(new RedactionModule());
    // Documented: the stale writer keeps its configuration. It must not leave its serializers to the mapper.
    assertThat(stale.writeValueAsString(new DbSettings(pw))).contains(pw);
    assertThat(stale.writeValueAsString(Map.of("password", pw))).contains(pw);
    assertThat(mapper.writeValueAsString(new DbSettings(pw))).doesNotContain(pw).contains(MASK);
    assertThat(mapper.writer().writeValueAsString(Map.of("password", pw))).isEqualTo("{\"password\":\"" + MASK + "\"}");
  }

  @Test
  void versionComesFromTheBuild() {
    RedactionModule module = new RedactionModule();
    assertThat(module.version().toString()).isEqualTo(BuildInfo.VERSION);
    assertThat(module.version().getArtifactId()).isEqualTo("jackson-module");
    assertThat(module.version().getGroupId()).isEqualTo("dev.redact4j");
    assertThat(module.version().isUnknownVersion()).isFalse();
  }

  @Test
  void featuresHaveTheDocumentedDefaults() {
    RedactionModule module = new RedactionModule();
    assertThat(module.isEnabled(RedactionFeature.MASK_SENSITIVE_NAMES)).isTrue();
    assertThat(module.isEnabled(RedactionFeature.SCAN_STRING_VALUES)).isFalse();
    for (RedactionFeature f : RedactionFeature.values()) {
      assertThat(module.isEnabled(f)).isEqualTo(f.enabledByDefault());
    }
  }

  @Test
  void builderRejectsBadNamesWithAMessageNamingTheFix() {
    assertThatThrownBy(() -> RedactionModule.builder().addSensitiveNames("pi"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 3");
    assertThatThrownBy(() -> RedactionModule.builder().addSensitiveNames("card_pin").exemptNames("CardPin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("card_pin").hasMessageContaining("keep it in one of them");
  }

  @Test
  void aRedactorWithoutValueScanningIsRejectedBecauseItWouldNeverRun() {
    RedactionModule.Builder builder = RedactionModule.builder().redactor(dev.redact4j.Redactor.defaults());
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("enable(RedactionFeature.SCAN_STRING_VALUES)");
    assertThat(builder.enable(RedactionFeature.SCAN_STRING_VALUES).build().isEnabled(RedactionFeature.SCAN_STRING_VALUES))
        .isTrue();
  }

  @Test
  void anEnumKeyWhoseToStringThrowsIsWrittenAsPlainJacksonWritesIt() throws Exception {
    // Jackson 2 writes enum keys by name() and never calls this toString(); neither may the module.
    Map<Fragile, String> map = Map.of(Fragile.REGION, "eu");
    assertThat(MAPPER.writeValueAsString(map)).isEqualTo(PLAIN.writeValueAsString(map)).isEqualTo("{\"REGION\":\"eu\"}");
  }

  /** A constant whose {@code toString()} fails. */
  enum Fragile {
    REGION {
      @Override
      public String toString() {
        throw new IllegalStateException("toString is not for JSON");
      }
    }
  }

  @Test
  void theCallersTreeIsNotChanged() throws Exception {
    var tree = PLAIN.readTree("{\"token\":\"abc\"}");
    assertThat(MAPPER.writeValueAsString(tree)).contains(MASK);
    assertThat(tree.get("token").asText()).isEqualTo("abc");
  }

  @Test
  void anAppendedWriterAttributeUnderASensitiveNameIsMasked() throws Exception {
    String key = new FakeSecrets(20261129L).awsKeyId();
    String json = MAPPER.writerFor(SignedRequest.class).withAttribute("apiKey", key).writeValueAsString(new SignedRequest());
    assertThat(json).doesNotContain(key);
    assertThat(PLAIN.readTree(json).get("apiKey").asText()).isEqualTo(MASK);
    assertThat(PLAIN.readTree(json).get("path").asText()).isEqualTo("/v1/items");
    assertThat(RedactionModule.revealing(MAPPER.writerFor(SignedRequest.class).withAttribute("apiKey", key))
        .writeValueAsString(new SignedRequest()))
        .isEqualTo(PLAIN.writerFor(SignedRequest.class).withAttribute("apiKey", key).writeValueAsString(new SignedRequest()));
  }

  /** Appends the caller's API key, a writer attribute, to the request it writes. */
  @JsonAppend(attrs = @JsonAppend.Attr("apiKey"))
  static final class SignedRequest {
    public String path = "/v1/items";
  }

  /**
   * Before 2.19 Jackson keeps the any-getter apart from the bean's properties and writes it on its
   * own paths (plain, filtered, in a view, unwrapped): each must mask, on every supported version.
   */
  @Test
  void anyGetterEntriesAreMaskedThroughFiltersViewsAndUnwrapping() throws Exception {
    String pw = new FakeSecrets(20261201L).password();
    String masked = "{\"kind\":\"webhook\",\"webhookSecret\":\"" + MASK + "\"}";
    FilteredExtras filtered = new FilteredExtras();
    filtered.extra.put("webhookSecret", pw);
    ObjectWriter withFilter =
        MAPPER.writer(new SimpleFilterProvider().addFilter("extras", SimpleBeanPropertyFilter.serializeAll()));
    assertThat(withFilter.writeValueAsString(filtered)).isEqualTo(masked);
    Extensible extensible = new Extensible().put("webhookSecret", pw);
    assertThat(MAPPER.writerWithView(Object.class).writeValueAsString(extensible)).isEqualTo(masked);
    assertThat(MAPPER.writeValueAsString(new UnwrappedExtras(extensible))).isEqualTo(masked);
    assertThat(RedactionModule.revealing(withFilter).writeValueAsString(filtered)).contains(pw);
  }

  /** Extra properties behind a {@code @JsonFilter}, which Jackson writes through the filter's path. */
  @JsonFilter("extras")
  static final class FilteredExtras {
    public String kind = "webhook";
    final Map<String, Object> extra = new LinkedHashMap<>();

    @JsonAnyGetter
    public Map<String, Object> extra() {
      return extra;
    }
  }

  /** A bean whose any-getter lands in its holder's object. */
  record UnwrappedExtras(@JsonUnwrapped Extensible inner) {}

  @Test
  void aSpringBootLikeMapperMasksSnakeCaseNamesInCopiesAndViewsAndStillReadsRealValues() throws Exception {
    String pw = new FakeSecrets(20261130L).password();
    ObjectMapper boot = JsonMapper.builder().findAndAddModules()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .build();
    for (ObjectWriter w : List.of(boot.writer(), boot.copy().writer(), boot.writerWithView(Object.class),
        boot.writerWithDefaultPrettyPrinter())) {
      String json = w.writeValueAsString(new DbSettings(pw));
      assertThat(json).doesNotContain(pw);
      assertThat(PLAIN.readTree(json).get("db_password").asText()).isEqualTo(MASK);
      assertThat(PLAIN.readTree(json).get("db_user").asText()).isEqualTo("app");
    }
    // Reading is untouched: the bound settings hold the real value.
    String input = "{\"db_user\":\"app\",\"db_password\":\"" + pw + "\"}";
    assertThat(boot.readValue(input, DbSettings.class).dbPassword).isEqualTo(pw);
  }

  /** Reads a bad {@code int} as 0, as applications do to be lenient. */
  static final class ZeroForBadInts extends DeserializationProblemHandler {
    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value, String msg) {
      return targetType == int.class ? 0 : NOT_HANDLED;
    }
  }

  @Test
  void theApplicationsProblemHandlersStillTakeValuesUnderSensitiveNamesWhateverTheOrder() throws Exception {
    String json = "{\"dbPassword\":\"" + new FakeSecrets(20261201L).password() + "\"}";
    ObjectMapper before = new ObjectMapper().addHandler(new ZeroForBadInts()).registerModule(new RedactionModule());
    ObjectMapper after = new ObjectMapper().registerModule(new RedactionModule()).addHandler(new ZeroForBadInts());
    assertThat(before.readValue(json, Settings.class).dbPassword()).isZero();
    assertThat(after.readValue(json, Settings.class).dbPassword()).isZero();
  }

  @Test
  void readErrorsAreJacksonsOwnUnderExemptNamesAndWithNameMaskingOff() {
    String value = new FakeSecrets(20261202L).password();
    TypeReference<Map<String, Integer>> counts = new TypeReference<>() {};
    assertThatThrownBy(() -> CUSTOM.readValue("{\"next_page_token\":\"" + value + "\"}", counts))
        .hasMessageContaining("\"" + value + "\"");
    assertThatThrownBy(() -> CUSTOM.readValue("{\"session_token\":\"" + value + "\"}", counts))
        .hasMessageContaining("withheld").message().doesNotContain(value);
    ObjectMapper namesOff = new ObjectMapper()
        .registerModule(RedactionModule.builder().disable(RedactionFeature.MASK_SENSITIVE_NAMES).build());
    assertThatThrownBy(() -> namesOff.readValue("{\"dbPassword\":\"" + value + "\"}", Settings.class))
        .hasMessageContaining("\"" + value + "\"");
  }
}
