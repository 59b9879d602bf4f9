package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.status.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redact4j.logback.CanaryCheck.Canaries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(CanaryCheck.class)
class RedactingEncoderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private String logEverything(String variant, String file, Canaries canaries) {
    canaries.watch(dir);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), variant, Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      // Every surface below must be hidden by the default: the event check, no output scan.
      assertThat(fx.statuses(Status.INFO)).anyMatch(s -> s.startsWith("RedactingEncoder: ") && s.contains("its output only when"));
      Surfaces.logAll(fx.logger("app.Service"), fx.mdc(), canaries.fakes()).forEach(canaries::plant);
      fx.logger("app.Service").info("a clean line for user=bob");
      fx.assertNoErrors();
    }
    return LogbackFixture.read(dir.resolve(file));
  }

  @Test
  void patternEncoderHidesEverySurfaceAndKeepsTheRest(Canaries canaries) {
    String out = logEverything("", "app.log", canaries);

    for (String secret : canaries.planted()) {
      assertThat(out).doesNotContain(secret);
    }
    assertThat(out).contains(Surfaces.EXPECTED_MASKS)
        .contains("login for bob with password=[REDACTED:password-assignment]")
        .contains("typed secret **********")
        .contains("java.lang.IllegalStateException: failed for password=[REDACTED:password-assignment]")
        .contains("Caused by: java.io.IOException: cause token [REDACTED:github-pat-classic]")
        .contains("Suppressed: java.lang.RuntimeException: suppressed key [REDACTED:test-aws-key]")
        .contains("at dev.redact4j.logback.Surfaces.logAll")
        .contains("INFO Service  a clean line for user=bob mdc[] kv[]");
  }

  @Test
  void logbackJsonEncoderStaysValidJsonWithNothingToFind(Canaries canaries) throws Exception {
    String out = logEverything("json", "app.json", canaries);

    List<JsonNode> events = parseLines(out);
    assertThat(events).hasSize(12);
    String all = events.toString();
    for (String secret : canaries.planted()) {
      assertThat(all).doesNotContain(secret);
    }
    // The pattern and its argument are written apart; the argument is hidden by its context.
    JsonNode login = events.get(0);
    // The SLF4J placeholder is not taken for a value (docs/logback.md used to say it was).
    assertThat(login.get("message").asText()).isEqualTo("login for bob with password={}");
    assertThat(login.get("arguments").get(0).asText()).isEqualTo("[REDACTED:password-assignment]");
    assertThat(events.get(1).get("message").asText()).isEqualTo("calling the api with {}");
    assertThat(events.get(1).get("arguments").get(0).asText()).isEqualTo("[REDACTED:github-pat-classic]");
    assertThat(events.get(7).get("mdc").get("password").asText()).isEqualTo("[REDACTED:password-assignment]");
    assertThat(events.get(10).get("throwable").get("message").asText())
        .isEqualTo("failed for password=[REDACTED:password-assignment]");
    assertThat(events.get(11).get("message").asText()).isEqualTo("a clean line for user=bob");
  }

  @Test
  void logstashEncoderStaysValidJsonWithNothingToFind(Canaries canaries) throws Exception {
    String out = logEverything("logstash", "app.json", canaries);

    List<JsonNode> events = parseLines(out);
    assertThat(events).hasSize(12);
    String all = events.toString();
    for (String secret : canaries.planted()) {
      assertThat(all).doesNotContain(secret);
    }
    assertThat(events.get(0).get("message").asText())
        .isEqualTo("login for bob with password=[REDACTED:password-assignment]");
    JsonNode withMdc = events.get(7);
    assertThat(withMdc.get("message").asText()).isEqualTo("with mdc");
    assertThat(withMdc.get("password").asText()).isEqualTo("[REDACTED:password-assignment]");
    assertThat(withMdc.get("requestToken").asText()).isEqualTo("[REDACTED:github-pat-classic]");
    assertThat(events.get(8).get("gh").asText()).isEqualTo("[REDACTED:github-pat-classic]");
    assertThat(events.get(9).get("tags").get(0).asText()).isEqualTo("token [REDACTED:github-pat-classic]");
    JsonNode error = events.get(10);
    assertThat(error.get("stack_trace").asText())
        .contains("java.lang.IllegalStateException: failed for password=[REDACTED:password-assignment]");
  }

  @Test
  void headerIsRedactedToo(Canaries canaries) {
    canaries.watch(dir);
    String token = canaries.plant(canaries.fakes().githubToken());
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "header",
        Map.of("DIR", dir.toString(), "HEADER_TOKEN", token))) {
      fx.assertNoErrors();
      fx.logger("app").info("first");
    }
    assertThat(LogbackFixture.read(dir.resolve("app.log")))
        .startsWith("deployed with token [REDACTED:github-pat-classic]")
        .contains("first");
  }

  static List<JsonNode> parseLines(String out) throws Exception {
    List<JsonNode> events = new ArrayList<>();
    for (String line : out.split("\\R")) {
      if (!line.isBlank()) {
        events.add(JSON.readTree(line));
      }
    }
    return events;
  }
}
