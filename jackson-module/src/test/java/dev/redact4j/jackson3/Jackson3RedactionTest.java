package dev.redact4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redact4j.jackson.FakeSecrets;
import dev.redact4j.jackson.Fixtures.DbSettings;
import dev.redact4j.jackson.Fixtures.Settings;
import dev.redact4j.jackson.RedactionBehaviour;
import dev.redact4j.jackson.RedactionFeature;
import dev.redact4j.jackson.internal.BuildInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.annotation.JsonAppend;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/** {@link RedactionBehaviour} on Jackson 3, plus what is specific to the Jackson 3 module. */
class Jackson3RedactionTest extends RedactionBehaviour {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new RedactionModule()).build();
  private static final JsonMapper SCANNING = JsonMapper.builder()
      .addModule(RedactionModule.builder().enable(RedactionFeature.SCAN_STRING_VALUES).build()).build();
  private static final JsonMapper CUSTOM = JsonMapper.builder()
      .addModule(RedactionModule.builder().addSensitiveNames("pin").exemptNames("next_page_token").build()).build();

  @Override
  protected String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  @Override
  protected String writeRevealing(Object value) {
    return RedactionModule.revealing(MAPPER.writer()).writeValueAsString(value);
  }

  @Override
  protected String writePlain(Object value) {
    return PLAIN.writeValueAsString(value);
  }

  @Override
  protected String writeScanning(Object value) {
    return SCANNING.writeValueAsString(value);
  }

  @Override
  protected String writeCustom(Object value) {
    return CUSTOM.writeValueAsString(value);
  }

  @Override
  protected String writeTree(String json, boolean scanning) {
    return (scanning ? SCANNING : MAPPER).writeValueAsString(PLAIN.readTree(json));
  }

  @Override
  protected <T> T read(String json, Class<T> type) {
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
  void findAndAddModulesFindsTheModuleThroughTheServiceLoader() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertThat(found.registeredModules()).anyMatch(m -> m instanceof RedactionModule);
    assertThat(found.writeValueAsString(Map.of("password", "pw-not-for-output")))
        .isEqualTo("{\"password\":\"" + MASK + "\"}");
  }

  @Test
  void aConfiguredModuleAddedAfterDiscoveryWins() {
    RedactionModule configured = RedactionModule.builder().disable(RedactionFeature.MASK_SENSITIVE_NAMES).build();
    JsonMapper after = JsonMapper.builder().findAndAddModules().addModule(configured).build();
    assertThat(after.writeValueAsString(Map.of("password", "shown"))).contains("shown");
    assertThat(after.writeValueAsString(Map.of("name", "password", "value", "shown"))).contains("shown");
    assertThat(after.writeValueAsString(PLAIN.valueToTree(Map.of("name", "password", "value", "shown"))))
        .contains("shown");
    JsonMapper before = JsonMapper.builder().addModule(configured).findAndAddModules().build();
    assertThat(before.writeValueAsString(Map.of("password", "shown"))).doesNotContain("shown");
  }

  @Test
  void versionComesFromTheBuild() {
    RedactionModule module = new RedactionModule();
    assertThat(module.version().toString()).isEqualTo(BuildInfo.VERSION);
    assertThat(module.version().getArtifactId()).isEqualTo("jackson-module");
    assertThat(module.version().getGroupId()).isEqualTo("dev.redact4j");
  }

  /**
   * Whether this Jackson writes an {@code ObjectNode} any-getter: 3.0 rejects one itself, with
   * {@link InvalidDefinitionException} and no output, with or without this module.
   */
  private static boolean jacksonWritesNodeAnyGetters() {
    try {
      PLAIN.writeValueAsString(new NodeBag());
      return true;
    } catch (InvalidDefinitionException e) {
      assertThatThrownBy(() -> MAPPER.writeValueAsString(new NodeBag())).isInstanceOf(InvalidDefinitionException.class);
      assertThatThrownBy(() -> MAPPER.writeValueAsString(new NamedNode("DB_PASSWORD")))
          .isInstanceOf(InvalidDefinitionException.class);
      return false;
    }
  }

  @Test
  void anObjectNodeAnyGetterIsMaskedToo() {
    if (!jacksonWritesNodeAnyGetters()) {
      return;
    }
    assertThat(MAPPER.writeValueAsString(new NodeBag())).isEqualTo("{\"id\":1,\"token\":\"" + MASK + "\",\"n\":2}");
  }

  @Test
  void anObjectNodeAnyGetterValueIsMaskedWhenTheBeanNamesASecret() {
    if (!jacksonWritesNodeAnyGetters()) {
      return;
    }
    assertThat(MAPPER.writeValueAsString(new NamedNode("DB_PASSWORD")))
        .isEqualTo("{\"name\":\"DB_PASSWORD\",\"value\":\"" + MASK + "\"}");
    assertThat(MAPPER.writeValueAsString(new NamedNode("LOG_LEVEL"))).isEqualTo(PLAIN.writeValueAsString(new NamedNode("LOG_LEVEL")));
  }

  /** A name property next to an {@code ObjectNode} any-getter holding the value. */
  public static final class NamedNode {
    public String name;

    public NamedNode(String name) {
      this.name = name;
    }

    @com.fasterxml.jackson.annotation.JsonAnyGetter
    public tools.jackson.databind.node.ObjectNode extra() {
      return JsonMapper.shared().createObjectNode().put("value", "abc");
    }
  }

  /** Jackson 3 also accepts an {@code ObjectNode} from {@code @JsonAnyGetter}. */
  public static final class NodeBag {
    public int id = 1;

    public NodeBag() {}

    @com.fasterxml.jackson.annotation.JsonAnyGetter
    public tools.jackson.databind.node.ObjectNode extra() {
      return JsonMapper.shared().createObjectNode().put("token", "abc").put("n", 2);
    }
  }

  @Test
  void anAppendedWriterAttributeUnderASensitiveNameIsMasked() {
    String key = new FakeSecrets(20261129L).awsKeyId();
    String json = MAPPER.writerFor(SignedRequest.class).withAttribute("apiKey", key).writeValueAsString(new SignedRequest());
    assertThat(json).doesNotContain(key);
    assertThat(PLAIN.readTree(json).get("apiKey").asString()).isEqualTo(MASK);
    assertThat(PLAIN.readTree(json).get("path").asString()).isEqualTo("/v1/items");
    assertThat(RedactionModule.revealing(MAPPER.writerFor(SignedRequest.class).withAttribute("apiKey", key))
        .writeValueAsString(new SignedRequest()))
        .isEqualTo(PLAIN.writerFor(SignedRequest.class).withAttribute("apiKey", key).writeValueAsString(new SignedRequest()));
  }

  /** Appends the caller's API key, a writer attribute, to the request it writes. */
  @JsonAppend(attrs = @JsonAppend.Attr("apiKey"))
  static final class SignedRequest {
    public String path = "/v1/items";
  }

  @Test
  void aSpringBootLikeMapperMasksSnakeCaseNamesInCopiesAndStillReadsRealValues() {
    String pw = new FakeSecrets(20261130L).password();
    JsonMapper boot = JsonMapper.builder().findAndAddModules()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .build();
    for (ObjectWriter w : List.of(boot.writer(), boot.rebuild().build().writer(), boot.writerWithDefaultPrettyPrinter())) {
      String json = w.writeValueAsString(new DbSettings(pw));
      assertThat(json).doesNotContain(pw);
      assertThat(PLAIN.readTree(json).get("db_password").asString()).isEqualTo(MASK);
      assertThat(PLAIN.readTree(json).get("db_user").asString()).isEqualTo("app");
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
  void theApplicationsProblemHandlersStillTakeValuesUnderSensitiveNamesWhateverTheOrder() {
    // "port" present: Jackson 3.0 fails on an absent primitive creator property, 3.1+ reads it as 0.
    String json = "{\"port\":8080,\"dbPassword\":\"" + new FakeSecrets(20261201L).password() + "\"}";
    JsonMapper before = JsonMapper.builder().addHandler(new ZeroForBadInts()).addModule(new RedactionModule()).build();
    JsonMapper after = JsonMapper.builder().addModule(new RedactionModule()).addHandler(new ZeroForBadInts()).build();
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
    JsonMapper namesOff = JsonMapper.builder()
        .addModule(RedactionModule.builder().disable(RedactionFeature.MASK_SENSITIVE_NAMES).build()).build();
    assertThatThrownBy(() -> namesOff.readValue("{\"dbPassword\":\"" + value + "\"}", Settings.class))
        .hasMessageContaining("\"" + value + "\"");
  }
}
