package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.message.MapMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A MapMessage holding a secret is copied with its other values' types: JSON layouts keep writing
 * numbers and booleans as JSON numbers and booleans (a copy once turned every value into a string,
 * so {@code "attempts":3} became {@code "attempts":"3"} only on events that had a secret).
 */
class TypedValuesTest extends FixtureTest {
  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(23);

  @ParameterizedTest
  @ValueSource(strings = {"layout.json", "rewrite.json"})
  void mapMessageValuesKeepTheirJsonTypes(String file) {
    String token = secrets.githubToken();
    MapMessage<?, Object> message = new MapMessage<>();
    message.with("user", "bob").with("attempts", 3).with("ratio", 0.5).with("admin", false).with("apiKey", token);
    fixture.context.getLogger("app").info(message);
    fixture.close();

    List<JsonNode> events = fixture.readJson(file);
    assertThat(events).hasSize(1);
    for (String field : List.of("map", "message")) {
      JsonNode map = events.get(0).get(field);
      assertThat(map.get("user").asText()).isEqualTo("bob");
      assertThat(map.get("attempts").isInt()).as(field + ".attempts").isTrue();
      assertThat(map.get("ratio").isDouble()).as(field + ".ratio").isTrue();
      assertThat(map.get("admin").isBoolean()).as(field + ".admin").isTrue();
      assertThat(map.get("apiKey").asText()).isEqualTo("[REDACTED:github-pat-classic]");
    }
  }

  /** Clean nested maps, lists and nulls keep their JSON types too: a log pipeline maps a field once. */
  @ParameterizedTest
  @ValueSource(strings = {"layout.json", "rewrite.json"})
  void cleanNestedValuesKeepTheirJsonTypes(String file) {
    String token = secrets.githubToken();
    MapMessage<?, Object> message = new MapMessage<>();
    message.with("client", Map.of("name", "web", "retries", 2)).with("ports", List.of(80, 443))
        .with("proxy", (Object) null).with("apiKey", token);
    fixture.context.getLogger("app").info(message);
    fixture.close();

    List<JsonNode> events = fixture.readJson(file);
    assertThat(events).hasSize(1);
    for (String field : List.of("map", "message")) {
      JsonNode map = events.get(0).get(field);
      assertThat(map.get("client").isObject()).as(field + ".client is %s", map.get("client")).isTrue();
      assertThat(map.get("client").get("retries").asInt()).isEqualTo(2);
      assertThat(map.get("ports").isArray()).as(field + ".ports is %s", map.get("ports")).isTrue();
      assertThat(map.get("proxy").isNull()).as(field + ".proxy is %s", map.get("proxy")).isTrue();
      assertThat(map.get("apiKey").asText()).isEqualTo("[REDACTED:github-pat-classic]");
    }
  }

  /** So do message parameters a {@code messageParameter} resolver prints: lists, maps and arrays. */
  @ParameterizedTest
  @ValueSource(strings = {"layout.json", "rewrite.json"})
  void cleanParametersKeepTheirJsonTypes(String file) {
    String token = secrets.githubToken();
    fixture.context.getLogger("app").info("ports {} tags {} ids {} token {}", List.of(80, 443),
        Map.of("tier", "web"), new int[] {1, 2}, token);
    fixture.close();

    List<JsonNode> events = fixture.readJson(file);
    assertThat(events).hasSize(1);
    JsonNode params = events.get(0).get("params");
    assertThat(params.get(0).isArray()).as("ports is %s", params.get(0)).isTrue();
    assertThat(params.get(1).isObject()).as("tags is %s", params.get(1)).isTrue();
    assertThat(params.get(2).isArray()).as("ids is %s", params.get(2)).isTrue();
    assertThat(params.get(3).asText()).isEqualTo("[REDACTED:github-pat-classic]");
  }
}
