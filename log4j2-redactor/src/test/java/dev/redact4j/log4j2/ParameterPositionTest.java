package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A parameter is hidden in context only if it is printed inside a secret of the message, not because
 * its text also occurs somewhere inside one: {@code attempt 7 ... token ghp_..7..} kept {@code 7} in
 * the message but a {@code messageParameter} resolver printed the token's mask in its place.
 */
class ParameterPositionTest extends FixtureTest {
  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(41);

  @ParameterizedTest
  @ValueSource(strings = {"layout.json", "rewrite.json"})
  void aParameterIsMaskedOnlyWhereItIsPartOfASecret(String file) {
    List<String> warnings = new CopyOnWriteArrayList<>();
    StatusListener listener = new StatusListener() {
      @Override
      public void log(StatusData data) {
        warnings.add(data.getFormattedStatus());
      }

      @Override
      public Level getStatusLevel() {
        return Level.WARN;
      }

      @Override
      public void close() {}
    };
    String token = secrets.githubToken();
    String password = secrets.password();
    String body = token.substring("ghp_".length());
    int digit = body.chars().filter(Character::isDigit).map(c -> c - '0').findFirst().orElseThrow();
    String letters = body.substring(1, 3); // also in the token
    fixture.context.getLogger("app").info("attempt {} by {} with token {}", digit, letters, token);
    fixture.context.getLogger("app").info("user {} password={}", letters, password);
    StatusLogger.getLogger().registerListener(listener);
    try {
      // a trailing throwable is no placeholder's: finding the places must not make Log4j warn
      fixture.context.getLogger("app").error("failed for {}", token, new IllegalStateException("boom"));
    } finally {
      StatusLogger.getLogger().removeListener(listener);
    }
    fixture.close();

    List<JsonNode> events = fixture.readJson(file);
    assertThat(events).hasSize(3);
    assertThat(events.get(0).get("message").asText())
        .isEqualTo("attempt " + digit + " by " + letters + " with token [REDACTED:github-pat-classic]");
    JsonNode params = events.get(0).get("params");
    assertThat(params.get(0).isInt()).as("%s is still a number", params.get(0)).isTrue();
    assertThat(params.get(0).asInt()).isEqualTo(digit);
    assertThat(params.get(1).asText()).isEqualTo(letters);
    assertThat(params.get(2).asText()).isEqualTo("[REDACTED:github-pat-classic]");
    // a parameter that is a secret only in its place is still hidden
    JsonNode second = events.get(1).get("params");
    assertThat(second.get(0).asText()).isEqualTo(letters);
    assertThat(second.get(1).asText()).isEqualTo("[REDACTED:password-assignment]");
    assertThat(events.get(2).get("params").get(0).asText()).isEqualTo("[REDACTED:github-pat-classic]");
    assertThat(warnings).isEmpty();
  }
}
