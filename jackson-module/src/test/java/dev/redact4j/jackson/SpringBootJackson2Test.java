package dev.redact4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonView;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.redact4j.Redacted;
import dev.redact4j.SecretString;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jackson2.JsonComponent;
import org.springframework.boot.jackson2.autoconfigure.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The {@link ObjectMapper} that Spring Boot 4 auto-configures for Jackson 2
 * ({@code spring-boot-jackson2}, deprecated by Boot in favour of Jackson 3), from a real
 * application without a web server. Unlike Boot's Jackson 3 mapper it does not use the service
 * loader: the module must be declared as a bean, as docs/jackson.md says.
 */
@SuppressWarnings({"deprecation", "removal"}) // Boot 4 deprecates its whole Jackson 2 support
class SpringBootJackson2Test {
  private static final FakeSecrets FAKE = new FakeSecrets(0xB0072L);
  private static final String PASSWORD = FAKE.password();
  private static final String TOKEN = FAKE.githubToken();
  private static final String KEY_ID = FAKE.awsKeyId();
  private static final String MASK = SecretString.MASK;

  private static ConfigurableApplicationContext start(Class<?> config, String... properties) {
    return new SpringApplicationBuilder(config)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        .properties("spring.main.banner-mode=off")
        .properties(properties)
        .run();
  }

  private static ObjectMapper bootMapper(ConfigurableApplicationContext context) {
    return context.getBean(ObjectMapper.class);
  }

  private static JsonNode readBack(ConfigurableApplicationContext context, Object value) throws IOException {
    ObjectMapper mapper = bootMapper(context);
    String json = mapper.writeValueAsString(value);
    assertThat(json).doesNotContain(PASSWORD).doesNotContain(TOKEN).doesNotContain(KEY_ID);
    return mapper.readTree(json);
  }

  @JsonPropertyOrder({"user", "password", "apiKey", "client_secret", "dbPassword", "pin"})
  public static final class LoginForm {
    public String user = "alice";
    public String password = PASSWORD;
    public String apiKey = KEY_ID;
    public String client_secret = TOKEN;
    public SecretString dbPassword = SecretString.of(PASSWORD);
    @Redacted
    public String pin = "4711";
  }

  @SpringBootConfiguration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class App {}

  /** Boot's Jackson 2 builder registers Module beans and well-known modules, not the service loader's. */
  @Test
  void withoutABeanBootsObjectMapperHasNoModuleAndWritesSecrets() throws IOException {
    try (ConfigurableApplicationContext context = start(App.class)) {
      ObjectMapper mapper = bootMapper(context);

      assertThat(mapper.getRegisteredModuleIds()).doesNotContain(RedactionModule.class.getName());
      assertThat(mapper.writeValueAsString(new LoginForm())).contains(PASSWORD);
    }
  }

  /** The bean of docs/jackson.md, "Spring Boot", as written there. */
  @SpringBootConfiguration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class AppWithModuleBean {
    @Bean
    Module redaction() {
      return new RedactionModule();
    }
  }

  @Test
  void aModuleBeanMasksBootsObjectMapper() throws IOException {
    try (ConfigurableApplicationContext context = start(AppWithModuleBean.class)) {
      JsonNode json = readBack(context, new LoginForm());

      assertThat(json.get("user").asText()).isEqualTo("alice");
      for (String name : new String[] {"password", "apiKey", "client_secret", "dbPassword", "pin"}) {
        assertThat(json.get(name).asText()).as(name).isEqualTo(MASK);
      }
    }
  }

  @Test
  void aRevealingWriterConvertsWithTheRealValues() throws IOException {
    try (ConfigurableApplicationContext context = start(AppWithModuleBean.class)) {
      ObjectMapper mapper = bootMapper(context);

      assertThat(mapper.convertValue(new LoginForm(), Map.class).get("password")).isEqualTo(MASK);
      Map<?, ?> asMap = mapper.readValue(
          RedactionModule.revealing(mapper.writer()).writeValueAsBytes(new LoginForm()), Map.class);
      assertThat(asMap.get("password")).isEqualTo(PASSWORD);
      assertThat(asMap.get("dbPassword")).isEqualTo(PASSWORD);
    }
  }

  @Test
  void snakeCaseAndNonNullKeepMasking() throws IOException {
    try (ConfigurableApplicationContext context = start(AppWithModuleBean.class,
        "spring.jackson2.property-naming-strategy=SNAKE_CASE", "spring.jackson2.default-property-inclusion=non_null")) {
      JsonNode json = readBack(context, new Profile());

      assertThat(json.get("api_key").asText()).isEqualTo(MASK);
      assertThat(json.get("display_name").asText()).isEqualTo("Alice");
      assertThat(json.has("nickname")).isFalse();
    }
  }

  @JsonPropertyOrder({"apiKey", "displayName", "nickname"})
  public static final class Profile {
    public String apiKey = KEY_ID;
    public String displayName = "Alice";
    public String nickname = null;
  }

  @SpringBootConfiguration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class AppWithCustomizer {
    @Bean
    Jackson2ObjectMapperBuilderCustomizer redaction() {
      return builder -> builder.modulesToInstall(modules -> modules.add(
          RedactionModule.builder().addSensitiveNames("iban").build()));
    }
  }

  public record Payee(String name, String iban) {}

  @Test
  void aCustomizerAddsAConfiguredModuleNextToBootsOwn() throws IOException {
    try (ConfigurableApplicationContext context = start(AppWithCustomizer.class)) {
      ObjectMapper mapper = bootMapper(context);
      JsonNode json = readBack(context, new Payee("bob", "DE89370400440532013000"));

      assertThat(json.get("iban").asText()).isEqualTo(MASK);
      assertThat(mapper.getRegisteredModuleIds()).contains("jackson-datatype-jsr310"); // Boot's modules stay
    }
  }

  /** Service-loader discovery turned on, next to a configured bean: the bean must still decide. */
  @SpringBootConfiguration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class AppWithDiscoveryAndBean {
    @Bean
    Jackson2ObjectMapperBuilderCustomizer discovery() {
      return builder -> builder.findModulesViaServiceLoader(true);
    }

    @Bean
    Module redaction() {
      return RedactionModule.builder().addSensitiveNames("iban").build();
    }
  }

  @Test
  void withServiceLoaderDiscoveryOnAConfiguredModuleBeanStillWins() throws IOException {
    try (ConfigurableApplicationContext context = start(AppWithDiscoveryAndBean.class)) {
      JsonNode json = readBack(context, new Payee("bob", "DE89370400440532013000"));

      assertThat(json.get("iban").asText()).isEqualTo(MASK);
      assertThat(json.get("name").asText()).isEqualTo("bob");
    }
  }

  public record Client(String id, SecretString secret, String password) {}

  @JsonComponent
  static class ClientSerializer extends JsonSerializer<Client> {
    @Override
    public void serialize(Client value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("id", value.id());
      gen.writePOJOField("secret", value.secret()); // through the provider: masked by type
      gen.writeStringField("password", value.password()); // a direct write: written as given
      gen.writeEndObject();
    }
  }

  @SpringBootConfiguration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  @Import({ClientSerializer.class, AppWithModuleBean.class})
  static class AppWithComponent {}

  @Test
  void aJsonComponentWritesSecretStringsMaskedAndItsOwnStringsAsGiven() throws IOException {
    try (ConfigurableApplicationContext context = start(AppWithComponent.class)) {
      ObjectMapper mapper = bootMapper(context);
      JsonNode json = mapper.readTree(mapper.writeValueAsString(new Client("app", SecretString.of(TOKEN), PASSWORD)));

      assertThat(json.get("secret").asText()).isEqualTo(MASK);
      assertThat(json.get("password").asText()).isEqualTo(PASSWORD); // documented limit
    }
  }

  @Test
  void springTypesAreMasked() throws IOException {
    try (ConfigurableApplicationContext context = start(AppWithModuleBean.class)) {
      LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
      form.add("username", "bob");
      form.add("password", PASSWORD);
      JsonNode fromForm = readBack(context, form);
      assertThat(fromForm.get("username").get(0).asText()).isEqualTo("bob");
      assertThat(fromForm.get("password").asText()).isEqualTo(MASK);

      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "login failed");
      problem.setProperty("apiKey", KEY_ID);
      JsonNode fromProblem = readBack(context, problem);
      assertThat(fromProblem.get("status").asInt()).isEqualTo(401);
      assertThat(fromProblem.get("apiKey").asText()).isEqualTo(MASK);

      HttpHeaders headers = new HttpHeaders();
      headers.setBearerAuth(TOKEN);
      JsonNode fromEntity = readBack(context, ResponseEntity.ok().headers(headers).body(new LoginForm()));
      assertThat(fromEntity.get("body").get("password").asText()).isEqualTo(MASK);

      String detail = bootMapper(context).writerWithView(Detail.class).writeValueAsString(new Viewed());
      assertThat(detail).isEqualTo("{\"name\":\"svc\",\"password\":\"" + MASK + "\"}"); // Boot: no default view inclusion
    }
  }

  interface Summary {}

  interface Detail extends Summary {}

  @JsonPropertyOrder({"name", "password", "apiKey"})
  public static final class Viewed {
    @JsonView(Summary.class)
    public String name = "svc";
    @JsonView(Detail.class)
    public String password = PASSWORD;
    public String apiKey = KEY_ID;
  }

  public record LoginRequest(String user, SecretString password) {}

  public record PortSettings(int port, int dbPassword) {}

  @Test
  void requestBodiesGiveSecretStringsAndErrorsWithholdValues() {
    try (ConfigurableApplicationContext context = start(AppWithModuleBean.class)) {
      ObjectMapper mapper = bootMapper(context);

      assertThat(readLogin(mapper).password().reveal()).isEqualTo(PASSWORD);
      assertThatThrownBy(() -> mapper.readValue("{\"port\":1,\"dbPassword\":\"" + PASSWORD + "\"}", PortSettings.class))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD).contains("withheld"));
    }
  }

  private static LoginRequest readLogin(ObjectMapper mapper) {
    try {
      return mapper.readValue("{\"user\":\"bob\",\"password\":\"" + PASSWORD + "\"}", LoginRequest.class);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
