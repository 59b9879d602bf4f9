package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An exception whose text is computed at each call and changes between the layout's judging of the
 * event and its printing, as a message built from state another thread changes does (or suppressed
 * exceptions added after an event was handed to an {@code AsyncAppender}). It was judged clean and
 * then printed with the secret in full, in PatternLayout and JsonTemplateLayout.
 */
class ChangingThrowableTest extends FixtureTest {
  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(4242);

  /** Reads as "connection reset" for its first {@code cleanCalls} calls, then shows a password. */
  static final class ChangingException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient AtomicInteger calls = new AtomicInteger();
    private final int cleanCalls;
    private final String password;

    ChangingException(int cleanCalls, String password) {
      super("connection reset");
      this.cleanCalls = cleanCalls;
      this.password = password;
    }

    @Override
    public String getMessage() {
      return calls.getAndIncrement() < cleanCalls ? "connection reset" : "connection reset, password=" + password;
    }
  }

  @Test
  void aPatternLayoutPrintsNoSecretTheExceptionShowsOnlyAfterJudging() {
    // judging reads the message three times: getMessage(), getLocalizedMessage(), toString()
    for (int clean = 0; clean <= 6; clean++) {
      fixture.context.getLogger("pattern").error("failed " + clean, new ChangingException(clean, secrets.password()));
    }
    fixture.close();

    String text = fixture.read("pattern.log");
    assertThat(text).contains("failed 6").doesNotContain("password=pw");
  }

  @Test
  void aJsonTemplateLayoutPrintsNoSecretTheExceptionShowsOnlyAfterJudging() {
    for (int clean = 0; clean <= 6; clean++) {
      fixture.context.getLogger("json").error("failed " + clean, new ChangingException(clean, secrets.password()));
    }
    fixture.close();

    List<JsonNode> events = fixture.readJson("json.log");
    assertThat(events).hasSize(7);
    for (JsonNode event : events) {
      assertThat(event.get("error.root").asText()).doesNotContain("password=pw");
      assertThat(event.get("error.message").asText()).doesNotContain("password=pw");
    }
  }
}
