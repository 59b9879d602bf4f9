package dev.redact4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonView;
import dev.redact4j.Redacted;
import dev.redact4j.SecretString;
import dev.redact4j.jackson.FakeSecrets;
import dev.redact4j.jackson.RedactionFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.JacksonComponent;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;

/**
 * The {@link JsonMapper} that Spring Boot 4 auto-configures (Jackson 3, {@code spring-boot-jackson}),
 * from a real {@link SpringApplication} without a web server: what docs/jackson.md promises Boot
 * users, checked on the mapper they actually get.
 */
class SpringBootJackson3Test {
  private static final FakeSecrets FAKE = new FakeSecrets(0xB007L);
  private static final String PASSWORD = FAKE.password();
  private static final String TOKEN = FAKE.githubToken();
  private static final String KEY_ID = FAKE.awsKeyId();
  private static final String MASK = SecretString.MASK;

  /** A Boot application with nothing but auto-configuration, as {@code @SpringBootApplication} gives. */
  @SpringBootConfiguration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {}

  private static ConfigurableApplicationContext start(Class<?> config, String... properties) {
    return new SpringApplicationBuilder(config)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        .properties("spring.main.banner-mode=off")
        .properties(properties)
        .run();
  }

  private static JsonMapper bootMapper(ConfigurableApplicationContext context) {
    return context.getBean(JsonMapper.class);
  }

  private static void assertNoSecret(String json) {
    assertThat(json).doesNotContain(PASSWORD).doesNotContain(TOKEN).doesNotContain(KEY_ID);
  }

  // ---- fixtures ------------------------------------------------------------------------------

  @JsonPropertyOrder({"user", "password", "apiKey", "client_secret", "dbPassword", "note"})
  public static final class LoginForm {
    public String user = "alice";
    public String password = PASSWORD;
    public String apiKey = KEY_ID;
    public String client_secret = TOKEN;
    public SecretString dbPassword = SecretString.of(PASSWORD);
    public String note = "hello";
  }

  public record Account(String owner, @Redacted String iban, SecretString pin) {}

  interface Summary {}

  interface Detail extends Summary {}

  @JsonPropertyOrder({"name", "password", "apiKey"})
  public static final class Viewed {
    @JsonView(Summary.class)
    public String name = "svc";
    @JsonView(Detail.class)
    public String password = PASSWORD;
    public String apiKey = KEY_ID; // no view: Boot leaves it out of every view
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({@JsonSubTypes.Type(value = BasicAuth.class, name = "basic")})
  public interface Auth {}

  public record BasicAuth(String username, String password) implements Auth {}

  public record Connection(String url, Auth auth) {}

  public record Inner(String user, String password) {}

  @JsonPropertyOrder({"id", "user", "password"})
  public static final class Outer {
    public int id = 7;
    @JsonUnwrapped
    public Inner inner = new Inner("bob", PASSWORD);
  }

  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"user", "password"})
  public record Row(String user, String password) {}

  @JsonPropertyOrder({"apiKey", "refreshToken", "displayName", "nickname"})
  public static final class Profile {
    public String apiKey = KEY_ID;
    public String refreshToken = TOKEN;
    public String displayName = "Alice";
    public String nickname = null;
  }

  // ---- registration --------------------------------------------------------------------------

  @Test
  void bootsJsonMapperFindsTheModuleWithNoConfiguration() {
    try (ConfigurableApplicationContext context = start(App.class)) {
      JsonMapper mapper = bootMapper(context);

      assertThat(mapper.registeredModules()).anyMatch(RedactionModule.class::isInstance);
      JsonNode json = mapper.readTree(mapper.writeValueAsString(new LoginForm()));
      assertThat(json.get("user").asString()).isEqualTo("alice");
      assertThat(json.get("password").asString()).isEqualTo(MASK);
      assertThat(json.get("apiKey").asString()).isEqualTo(MASK);
      assertThat(json.get("client_secret").asString()).isEqualTo(MASK);
      assertThat(json.get("dbPassword").asString()).isEqualTo(MASK);
      assertThat(json.get("note").asString()).isEqualTo("hello");
    }
  }

  /** With jackson-dataformat-xml present Boot also builds an XmlMapper, through the same discovery. */
  @Test
  void bootsXmlMapperFindsTheModuleToo() {
    try (ConfigurableApplicationContext context = start(App.class)) {
      XmlMapper xml = context.getBean(XmlMapper.class);
      String written = xml.writeValueAsString(new LoginForm());

      assertNoSecret(written);
      assertThat(xml.readTree(written).get("password").asString()).isEqualTo(MASK);
      assertThat(xml.readTree(written).get("user").asString()).isEqualTo("alice");
    }
  }

  @Test
  void findAndAddModulesFalseLeavesTheModuleOutAndSecretsIn() {
    try (ConfigurableApplicationContext context = start(App.class, "spring.jackson.find-and-add-modules=false")) {
      JsonMapper mapper = bootMapper(context);

      assertThat(mapper.registeredModules()).noneMatch(RedactionModule.class::isInstance);
      assertThat(mapper.writeValueAsString(new LoginForm())).contains(PASSWORD);
    }
  }

  /** The bean of docs/jackson.md, "Spring Boot", as written there. */
  @SpringBootConfiguration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class AppWithModuleBean {
    @Bean
    JacksonModule redaction() {
      return RedactionModule.builder().addSensitiveNames("pin", "iban").build();
    }
  }

  @Test
  void aModuleBeanIsUsedEvenWithDiscoveryOff() {
    try (ConfigurableApplicationContext context =
        start(AppWithModuleBean.class, "spring.jackson.find-and-add-modules=false")) {
      JsonNode json = readBack(context, new PinHolder());

      assertThat(json.get("pin").asString()).isEqualTo(MASK);
      assertThat(json.get("password").asString()).isEqualTo(MASK);
    }
  }

  @Test
  void aConfiguredModuleBeanWinsOverTheDiscoveredDefault() {
    try (ConfigurableApplicationContext context = start(AppWithModuleBean.class)) {
      JsonMapper mapper = bootMapper(context);
      JsonNode json = readBack(context, new PinHolder());

      assertThat(mapper.registeredModules()).filteredOn(RedactionModule.class::isInstance).hasSize(1);
      assertThat(json.get("pin").asString()).isEqualTo(MASK);
    }
  }

  @JsonPropertyOrder({"pin", "password"})
  public static final class PinHolder {
    public String pin = "4711";
    public String password = PASSWORD;
  }

  /** A customizer, the other documented way to configure Boot's builder. */
  @SpringBootConfiguration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class AppWithCustomizer {
    @Bean
    JsonMapperBuilderCustomizer redaction() {
      return builder -> builder.addModule(RedactionModule.builder().addSensitiveNames("pin").build());
    }
  }

  @Test
  void aJsonMapperBuilderCustomizerAddsAConfiguredModule() {
    try (ConfigurableApplicationContext context = start(AppWithCustomizer.class)) {
      JsonNode json = readBack(context, new PinHolder());

      assertThat(bootMapper(context).registeredModules()).filteredOn(RedactionModule.class::isInstance).hasSize(1);
      assertThat(json.get("pin").asString()).isEqualTo(MASK);
      assertThat(json.get("password").asString()).isEqualTo(MASK);
    }
  }

  // ---- writing through Boot's mapper ---------------------------------------------------------

  private static JsonNode readBack(ConfigurableApplicationContext context, Object value) {
    JsonMapper mapper = bootMapper(context);
    String json = mapper.writeValueAsString(value);
    assertNoSecret(json);
    return mapper.readTree(json);
  }

  @Test
  void recordsMapsAndTreesAreMasked() {
    try (ConfigurableApplicationContext context = start(App.class)) {
      JsonMapper mapper = bootMapper(context);
      JsonNode account = readBack(context, new Account("alice", "DE89370400440532013000", SecretString.of("4711")));
      assertThat(account.get("owner").asString()).isEqualTo("alice");
      assertThat(account.get("iban").asString()).isEqualTo(MASK);
      assertThat(account.get("pin").asString()).isEqualTo(MASK);

      Map<String, Object> map = new LinkedHashMap<>();
      map.put("user", "bob");
      map.put("client_secret", TOKEN);
      map.put("X-Api-Key", KEY_ID);
      map.put("nested", Map.of("password", PASSWORD));
      JsonNode fromMap = readBack(context, map);
      assertThat(fromMap.get("user").asString()).isEqualTo("bob");
      assertThat(fromMap.get("client_secret").asString()).isEqualTo(MASK);
      assertThat(fromMap.get("X-Api-Key").asString()).isEqualTo(MASK);
      assertThat(fromMap.get("nested").get("password").asString()).isEqualTo(MASK);

      JsonNode tree = mapper.readTree("{\"user\":\"bob\",\"password\":\"" + PASSWORD + "\"}");
      JsonNode fromTree = readBack(context, tree);
      assertThat(fromTree.get("password").asString()).isEqualTo(MASK);
      assertThat(fromTree.get("user").asString()).isEqualTo("bob");
    }
  }

  @Test
  void viewsPolymorphismUnwrappingAndArrayShapeAreMasked() {
    try (ConfigurableApplicationContext context = start(App.class)) {
      JsonMapper mapper = bootMapper(context);

      String detail = mapper.writerWithView(Detail.class).writeValueAsString(new Viewed());
      assertNoSecret(detail);
      assertThat(mapper.readTree(detail).get("password").asString()).isEqualTo(MASK);
      assertThat(mapper.readTree(detail).has("apiKey")).isFalse(); // Boot turns DEFAULT_VIEW_INCLUSION off
      String summary = mapper.writer().withView(Summary.class).writeValueAsString(new Viewed());
      assertThat(mapper.readTree(summary).properties()).hasSize(1);

      JsonNode connection = readBack(context, new Connection("db:5432", new BasicAuth("bob", PASSWORD)));
      assertThat(connection.get("auth").get("type").asString()).isEqualTo("basic");
      assertThat(connection.get("auth").get("password").asString()).isEqualTo(MASK);

      JsonNode outer = readBack(context, new Outer());
      assertThat(outer.get("user").asString()).isEqualTo("bob");
      assertThat(outer.get("password").asString()).isEqualTo(MASK);

      JsonNode row = readBack(context, new Row("bob", PASSWORD));
      assertThat(row.isArray()).isTrue();
      assertThat(row.get(0).asString()).isEqualTo("bob");
      assertThat(row.get(1).asString()).isEqualTo(MASK);
    }
  }

  /**
   * {@code convertValue} and {@code valueToTree} run the serializers, so Boot's mapper gives masks in
   * application data: documented, and what keeps a converted object from leaking later.
   */
  @Test
  void convertValueAndValueToTreeGiveMasks() {
    try (ConfigurableApplicationContext context = start(App.class)) {
      JsonMapper mapper = bootMapper(context);

      @SuppressWarnings("unchecked")
      Map<String, Object> asMap = mapper.convertValue(new LoginForm(), Map.class);
      assertThat(asMap).containsEntry("user", "alice").containsEntry("password", MASK)
          .containsEntry("apiKey", MASK).containsEntry("dbPassword", MASK);
      JsonNode tree = mapper.valueToTree(new LoginForm());
      assertThat(tree.get("client_secret").asString()).isEqualTo(MASK);
      assertNoSecret(asMap.toString() + tree);
    }
  }

  /** The documented way to convert with Boot's settings and the real values: reveal, explicitly. */
  @Test
  void aRevealingWriterConvertsWithTheRealValues() {
    try (ConfigurableApplicationContext context = start(App.class)) {
      JsonMapper mapper = bootMapper(context);

      Map<?, ?> asMap = mapper.readValue(
          RedactionModule.revealing(mapper.writer()).writeValueAsBytes(new LoginForm()), Map.class);
      assertThat(asMap.get("password")).isEqualTo(PASSWORD);
      assertThat(asMap.get("dbPassword")).isEqualTo(PASSWORD);
      assertThat(mapper.writeValueAsString(new LoginForm())).doesNotContain(PASSWORD); // the mapper still masks
    }
  }

  @Test
  void snakeCaseNamesStaySensitive() {
    try (ConfigurableApplicationContext context =
        start(App.class, "spring.jackson.property-naming-strategy=SNAKE_CASE")) {
      JsonNode json = readBack(context, new Profile());

      assertThat(json.get("api_key").asString()).isEqualTo(MASK);
      assertThat(json.get("refresh_token").asString()).isEqualTo(MASK);
      assertThat(json.get("display_name").asString()).isEqualTo("Alice");
    }
  }

  @Test
  void nonNullInclusionStillMasksAndStillLeavesNullsOut() {
    try (ConfigurableApplicationContext context =
        start(App.class, "spring.jackson.default-property-inclusion=non_null")) {
      Profile profile = new Profile();
      JsonNode json = readBack(context, profile);

      assertThat(json.has("nickname")).isFalse();
      assertThat(json.get("apiKey").asString()).isEqualTo(MASK);
      profile.apiKey = null;
      assertThat(readBack(context, profile).has("apiKey")).isFalse();
    }
  }

  /** Boot properties that change how the mapper finds and writes properties, one at a time. */
  @ParameterizedTest
  @ValueSource(strings = {
      "spring.jackson.use-jackson2-defaults=true",
      "spring.jackson.mapper.use-annotations=false",
      "spring.jackson.mapper.sort-properties-alphabetically=true",
      "spring.jackson.visibility.field=any",
      "spring.jackson.serialization.indent-output=true",
      "spring.jackson.serialization.wrap-root-value=true",
      "spring.jackson.property-naming-strategy=KEBAB_CASE",
      "spring.jackson.property-naming-strategy=UPPER_CAMEL_CASE",
      "spring.jackson.default-property-inclusion=non_empty"})
  void otherBootPropertiesKeepMasking(String property) {
    try (ConfigurableApplicationContext context = start(App.class, property)) {
      JsonMapper mapper = bootMapper(context);
      String json = mapper.writeValueAsString(new LoginForm())
          + mapper.writeValueAsString(new Account("alice", "DE89370400440532013000", SecretString.of("4711")))
          + mapper.writeValueAsString(new PrivateFields());

      assertNoSecret(json);
      assertThat(json).doesNotContain("DE89370400440532013000").doesNotContain("4711").contains(MASK);
    }
  }

  /** Fields Jackson sees only with field visibility ANY; the getter-less secret is still a property then. */
  public static final class PrivateFields {
    @SuppressWarnings("unused")
    private String password = PASSWORD;
    @SuppressWarnings("unused")
    private String client_secret = TOKEN;

    public String getUser() {
      return "bob";
    }
  }

  // ---- @JacksonComponent ---------------------------------------------------------------------

  /** A type holding a secret, written by its own serializer. */
  public record Client(String id, SecretString secret, String password) {}

  @JacksonComponent
  static class ClientSerializer extends ValueSerializer<Client> {
    @Override
    public void serialize(Client value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      gen.writeStringProperty("id", value.id());
      gen.writePOJOProperty("secret", value.secret()); // through the context: masked by type
      gen.writeStringProperty("password", value.password()); // a direct write: written as given
      gen.writeEndObject();
    }
  }

  @SpringBootConfiguration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  @Import(ClientSerializer.class)
  static class AppWithComponent {}

  @Test
  void aJacksonComponentWritesSecretStringsMaskedAndItsOwnStringsAsGiven() {
    try (ConfigurableApplicationContext context = start(AppWithComponent.class)) {
      JsonMapper mapper = bootMapper(context);
      JsonNode json = mapper.readTree(mapper.writeValueAsString(new Client("app", SecretString.of(TOKEN), PASSWORD)));

      assertThat(json.get("id").asString()).isEqualTo("app");
      assertThat(json.get("secret").asString()).isEqualTo(MASK);
      assertThat(json.get("password").asString()).isEqualTo(PASSWORD); // documented limit
    }
  }

  // ---- reading -------------------------------------------------------------------------------

  public record LoginRequest(String user, SecretString password) {}

  public record PortSettings(int port, int dbPassword) {}

  @Test
  void requestBodiesGiveSecretStringsAndErrorsWithholdValues() {
    try (ConfigurableApplicationContext context = start(App.class)) {
      JsonMapper mapper = bootMapper(context);

      LoginRequest request = mapper.readValue("{\"user\":\"bob\",\"password\":\"" + PASSWORD + "\"}", LoginRequest.class);
      assertThat(request.password().reveal()).isEqualTo(PASSWORD);
      assertThat(request.toString()).doesNotContain(PASSWORD);

      assertThatThrownBy(() -> mapper.readValue("{\"port\":1,\"dbPassword\":\"" + PASSWORD + "\"}", PortSettings.class))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD).contains("withheld"));
    }
  }

  // ---- Spring types ---------------------------------------------------------------------------

  @Test
  void problemDetailPropertiesAreMaskedByName() {
    try (ConfigurableApplicationContext context = start(App.class)) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "login failed");
      problem.setProperty("user", "bob");
      problem.setProperty("password", PASSWORD);
      problem.setProperty("apiKey", KEY_ID);
      JsonNode json = readBack(context, problem);

      assertThat(json.get("status").asInt()).isEqualTo(401);
      assertThat(json.get("user").asString()).isEqualTo("bob");
      assertThat(json.get("password").asString()).isEqualTo(MASK);
      assertThat(json.get("apiKey").asString()).isEqualTo(MASK);
    }
  }

  /** A form body: Spring's {@code MultiValueMap}, whose value type is {@code List<String>}. */
  @Test
  void formBodiesAreMasked() {
    try (ConfigurableApplicationContext context = start(App.class)) {
      LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
      form.add("username", "bob");
      form.add("password", PASSWORD);
      JsonNode json = readBack(context, form);

      assertThat(json.get("username").get(0).asString()).isEqualTo("bob");
      assertThat(json.get("password").asString()).isEqualTo(MASK);
    }
  }

  @Test
  void responseEntityBodiesAreMaskedAndHeadersAreNotWrittenByName() {
    try (ConfigurableApplicationContext context = start(App.class)) {
      HttpHeaders headers = new HttpHeaders();
      headers.setBearerAuth(TOKEN);
      headers.add("X-Api-Key", KEY_ID);
      ResponseEntity<LoginRequest> entity = ResponseEntity.ok().headers(headers)
          .body(new LoginRequest("bob", SecretString.of(PASSWORD)));
      JsonNode json = readBack(context, entity); // HttpHeaders is no Map in Spring 7: no getter gives these

      assertThat(json.get("body").get("user").asString()).isEqualTo("bob");
      assertThat(json.get("body").get("password").asString()).isEqualTo(MASK);
    }
  }

  /** A module bean that scans, for mappers whose output goes to people (error reports, logs). */
  @SpringBootConfiguration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class AppWithScanning {
    @Bean
    JacksonModule redaction() {
      return RedactionModule.builder().enable(RedactionFeature.SCAN_STRING_VALUES).build();
    }
  }

  @Test
  void freeTextIsScannedOnlyWhenTheModuleBeanAsksForIt() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, "upstream refused " + TOKEN);
    try (ConfigurableApplicationContext context = start(App.class)) {
      assertThat(bootMapper(context).writeValueAsString(problem)).contains(TOKEN);
    }
    try (ConfigurableApplicationContext context = start(AppWithScanning.class)) {
      JsonNode json = readBack(context, problem);
      assertThat(json.get("detail").asString()).startsWith("upstream refused [REDACTED:");
    }
  }

  @ConfigurationProperties("app.db")
  public static class DbProperties {
    private String url = "jdbc:postgresql://db:5432/app";
    private String username = "app";
    private String password;

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }
  }

  @SpringBootConfiguration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  @EnableConfigurationProperties(DbProperties.class)
  static class AppWithProperties {}

  @Test
  void configurationPropertiesAndEnvironmentDumpsAreMasked() {
    try (ConfigurableApplicationContext context = start(AppWithProperties.class,
        "app.db.password=" + PASSWORD, "app.api-key=" + KEY_ID, "app.previous.passwords[0]=" + PASSWORD, "spring.security.oauth2.client.registration.gh.client-secret=" + TOKEN)) {
      JsonMapper mapper = bootMapper(context);
      DbProperties db = context.getBean(DbProperties.class);
      assertThat(db.getPassword()).isEqualTo(PASSWORD);

      JsonNode props = readBack(context, db);
      assertThat(props.get("password").asString()).isEqualTo(MASK);
      assertThat(props.get("username").asString()).isEqualTo("app");
      @SuppressWarnings("unchecked")
      Map<String, Object> asMap = mapper.convertValue(db, Map.class);
      assertThat(asMap).containsEntry("password", MASK);
      assertThat(db.getPassword()).isEqualTo(PASSWORD); // the bean itself is untouched

      Map<String, Object> dump = new TreeMap<>();
      for (PropertySource<?> source : context.getEnvironment().getPropertySources()) {
        if (source instanceof EnumerablePropertySource<?> enumerable) {
          for (String name : enumerable.getPropertyNames()) {
            dump.putIfAbsent(name, String.valueOf(enumerable.getProperty(name)));
          }
        }
      }
      JsonNode env = readBack(context, dump);
      assertThat(env.get("app.db.password").asString()).isEqualTo(MASK);
      assertThat(env.get("app.api-key").asString()).isEqualTo(MASK);
      assertThat(env.get("app.previous.passwords[0]").asString()).isEqualTo(MASK); // a YAML list, flattened
      assertThat(env.get("spring.security.oauth2.client.registration.gh.client-secret").asString()).isEqualTo(MASK);

      String sources = mapper.writeValueAsString(List.copyOf(
          context.getEnvironment().getPropertySources().stream().filter(s -> !s.getName().startsWith("system")).toList()));
      assertNoSecret(sources);
    }
  }
}
