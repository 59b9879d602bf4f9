package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.Test;

/**
 * {@code %scrub} around a converter that cuts text ({@code %maxLen}, precision as in {@code %.30m}):
 * a token cut short no longer has the shape the scan of the output knows, so the cut part must
 * come from the event's redacted fields. The scan of the output alone printed 26 to 30 of a GitHub
 * token's 36 characters.
 */
class ScrubTruncationTest extends FixtureTest {
  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(31);

  @Test
  void noPartOfASecretCutShortReachesTheOutput() {
    String token = secrets.githubToken();
    String inContext = secrets.githubToken();
    Logger log = fixture.context.getLogger("app");
    log.info("user {} sent {}", "bob", token);
    ThreadContext.put("auth", inContext);
    log.info("with context");
    ThreadContext.clearAll();
    log.info("a clean message that is long enough to be cut short");
    fixture.close();

    for (String file : List.of("maxlen.log", "right.log", "left.log", "context.log", "nested.log")) {
      String text = fixture.read(file);
      for (String secret : List.of(token, inContext)) {
        String body = secret.substring("ghp_".length());
        for (int i = 0; i + 8 <= body.length(); i++) {
          assertThat(text).as("%s holds part of a secret", file).doesNotContain(body.substring(i, i + 8));
        }
      }
    }
    // what is cut is the redacted text, and clean events are cut as Log4j cuts them
    assertThat(fixture.read("maxlen.log")).startsWith("INFO user bob sent [REDACTED:github-pat-class...")
        .contains("INFO a clean message that is long enough to b...");
    assertThat(fixture.read("right.log")).startsWith("INFO  [REDACTED:github-pat-classic]")
        .contains("INFO is long enough to be cut short");
    assertThat(fixture.read("left.log")).startsWith("INFO user bob sent [REDACTED:github-pat-class");
    assertThat(fixture.read("context.log")).contains("INFO with context [:github-pat-classic]]");
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
