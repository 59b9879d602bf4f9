package dev.redact4j.logback;

import static net.logstash.logback.argument.StructuredArguments.entries;
import static net.logstash.logback.argument.StructuredArguments.keyValue;
import static net.logstash.logback.argument.StructuredArguments.kv;
import static net.logstash.logback.argument.StructuredArguments.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redact4j.logback.CanaryCheck.Canaries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.logstash.logback.marker.Markers;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;

/**
 * logstash-logback-encoder's structured arguments ({@code kv}, {@code v}, {@code entries}) and
 * markers ({@code Markers.append}, {@code appendEntries}) keep their fields, with redacted values,
 * behind {@code RedactingEncoder} and {@code RedactingAppender}: a redacted copy once turned them into
 * plain text, so the JSON lost the field (arguments) or got a {@code tags} entry instead (markers).
 */
@ExtendWith(CanaryCheck.class)
class LogstashStructuresTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"encoder.json", "appender.json"})
  void structuredFieldsStayFieldsWithTheirValuesHidden(String file, Canaries canaries) throws Exception {
    canaries.watch(dir);
    FakeSecrets fakes = canaries.fakes();
    String password = canaries.plant(fakes.password());
    String token = canaries.plant(fakes.githubToken());
    String other = canaries.plant(fakes.password());
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      Logger log = fx.logger("app");
      log.info("login {} {}", kv("user", "bob"), kv("password", password));
      log.info("no placeholder", keyValue("apiKey", token), keyValue("attempts", 3));
      log.info("value only {}", value("password", other));
      log.info(Markers.append("apiKey", token).and(Markers.append("region", "eu-west-1")), "marker");
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("secret", password);
      map.put("count", 7);
      log.info(Markers.appendEntries(map), "marker entries");
      log.info("entries {}", entries(map));
      log.info("clean {}", kv("count", 3));
      fx.assertNoErrors();
    }
    List<JsonNode> events = new ArrayList<>();
    for (String line : LogbackFixture.read(dir.resolve(file)).split("\n")) {
      events.add(JSON.readTree(line));
    }
    assertThat(events).hasSize(7);
    assertThat(events.toString()).doesNotContain(password).doesNotContain(token).doesNotContain(other);

    JsonNode login = events.get(0);
    assertThat(login.get("message").asText()).isEqualTo("login user=bob password=[REDACTED:password-assignment]");
    assertThat(login.get("user").asText()).isEqualTo("bob");
    assertThat(login.get("password").asText()).isEqualTo("[REDACTED:password-assignment]");
    assertThat(events.get(1).get("apiKey").asText()).isEqualTo("[REDACTED:github-pat-classic]");
    assertThat(events.get(1).get("attempts").isInt()).isTrue();
    assertThat(events.get(2).get("password").asText()).isEqualTo("[REDACTED:password-assignment]");
    JsonNode marker = events.get(3);
    assertThat(marker.get("apiKey").asText()).isEqualTo("[REDACTED:github-pat-classic]");
    assertThat(marker.get("region").asText()).isEqualTo("eu-west-1");
    assertThat(marker.has("tags")).isFalse();
    for (JsonNode entries : List.of(events.get(4), events.get(5))) {
      assertThat(entries.get("secret").asText()).isEqualTo("[REDACTED:secret-assignment]");
      assertThat(entries.get("count").asInt()).isEqualTo(7);
      assertThat(entries.has("tags")).isFalse();
    }
    assertThat(events.get(6).get("count").asInt()).isEqualTo(3);
  }
}
