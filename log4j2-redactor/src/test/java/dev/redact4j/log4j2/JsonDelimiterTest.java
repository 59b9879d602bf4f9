package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON layout whose events carry delimiters ({@code JsonLayout complete="true"} writes one array,
 * prefixing events with {@code ", "}; {@code JsonTemplateLayout eventDelimiter=","}) still writes
 * its events when they hold a secret. The check that output-level redaction left valid JSON read
 * the delimiters as broken JSON and replaced every such event with {@code {"message":"[REDACTION
 * FAILED]"}}, which also broke the array.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class JsonDelimiterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(83);

  @AfterEach
  void clear() {
    System.clearProperty("redact4j.test.deployment");
    ThreadContext.clearAll();
  }

  @Test
  void delimitedEventsHoldingASecretAreWrittenWithTheirDelimiters() throws IOException {
    String first = secrets.githubToken();
    String second = secrets.githubToken();
    String password = secrets.password();
    System.setProperty("redact4j.test.deployment", "deploy " + secrets.githubToken());
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    try {
      Logger log = fixture.context.getLogger("app");
      log.info("token {}", first);
      log.info("clean");
      ThreadContext.put("password", password);
      log.info("token {}", second);
    } finally {
      fixture.close();
    }

    JsonNode complete = JSON.readTree(fixture.read("complete.json"));
    assertThat(complete.isArray()).isTrue();
    assertThat(complete).extracting(n -> n.get("message").asText())
        .containsExactly("token [REDACTED:github-pat-classic]", "clean", "token [REDACTED:github-pat-classic]");
    assertThat(complete.get(2).get("contextMap").get("password").asText()).isEqualTo("[REDACTED:password-assignment]");

    String delimited = fixture.read("delimited.json");
    assertThat(delimited).endsWith(",");
    JsonNode events = JSON.readTree("[" + delimited.substring(0, delimited.length() - 1) + "]");
    assertThat(events).extracting(n -> n.get("message").asText())
        .containsExactly("token [REDACTED:github-pat-classic]", "clean", "token [REDACTED:github-pat-classic]");
    assertThat(events).extracting(n -> n.get("deployment").asText()).containsOnly("deploy [REDACTED:github-pat-classic]");
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
