package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.logback.CanaryCheck.Canaries;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <enable>a, b</enable>} names two rules, as {@code enable = a, b} does in the rules file and
 * {@code enable="a, b"} in Log4j: it was one unknown name, reported without the fix (the engine does
 * not repeat a name that is not a rule id's shape), and the component wrote only placeholders.
 */
@ExtendWith(CanaryCheck.class)
class EnableListTest {
  @TempDir Path dir;

  @Test
  void aCommaSeparatedListEnablesEachRule(Canaries canaries) {
    canaries.watch(dir);
    FakeSecrets fakes = canaries.fakes();
    String user = canaries.plant("AIDA" + fakes.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16));
    String sid = canaries.plant("AC" + fakes.chars("0123456789abcdef", 32));
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      fx.logger("app").info("user {} in account {}", user, sid);
    }
    assertThat(LogbackFixture.read(dir.resolve("app.log")))
        .isEqualTo("user [REDACTED:aws-unique-id] in account [REDACTED:twilio-account-sid]\n");
  }
}
