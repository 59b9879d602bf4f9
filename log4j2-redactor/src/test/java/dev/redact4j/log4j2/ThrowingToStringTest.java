package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;

/**
 * A parameter whose toString() throws prints as Log4j prints it ({@code [!!!Class@hash=>Exception:message!!!]}):
 * judging and copying it once failed the whole event, so it was written as {@code [REDACTION FAILED]},
 * secret or not.
 */
class ThrowingToStringTest extends FixtureTest {
  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(29);

  /** Like a lazily loaded entity outside its session. */
  static final class Detached {
    @Override
    public String toString() {
      throw new IllegalStateException("no session");
    }
  }

  @Test
  void parameterWhoseToStringThrowsPrintsAsLog4jPrintsIt() {
    String password = secrets.password();
    Logger log = fixture.context.getLogger("app");
    log.info("order {} for {}", 42, new Detached());
    log.info("login password={} for {}", password, new Detached());
    fixture.close();

    String failed = "\\[!!!dev\\.redact4j\\.log4j2\\.ThrowingToStringTest\\$Detached@[0-9a-f]+"
        + "=>java\\.lang\\.IllegalStateException:no session!!!\\]";
    for (String file : List.of("pattern.log", "rewrite.log")) {
      assertThat(fixture.read(file)).as(file).matches("order 42 for " + failed + "\n"
          + "login password=\\[REDACTED:password-assignment\\] for " + failed + "\n");
    }
    List<JsonNode> events = fixture.readJson("layout.json");
    assertThat(events).hasSize(2);
    assertThat(events.get(0).get("message").asText()).matches("order 42 for " + failed);
    assertThat(events.get(1).get("message").asText())
        .matches("login password=\\[REDACTED:password-assignment\\] for " + failed);
  }
}
