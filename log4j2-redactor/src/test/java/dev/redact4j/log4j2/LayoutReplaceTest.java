package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;

/**
 * {@code %replace} in a {@code PatternLayout} wrapped by {@code RedactingLayout} prints text the event's
 * fields do not hold: joining lines turns {@code password =} and a value on the next line, no secret
 * shape, into {@code password = value}, which is one. Such a layout's output is scanned.
 */
class LayoutReplaceTest extends FixtureTest {
  @Test
  void aPasswordThatReplaceJoinsToItsKeyIsHidden() {
    String password = new Log4jFixture.Secrets(61).password();
    Logger log = fixture.context.getLogger("app");
    log.info("settings:\npassword =\n {}", password);
    log.info("clean\ntwo lines");
    fixture.close();

    String nl = System.lineSeparator();
    assertThat(fixture.read("joined.log"))
        .isEqualTo("INFO settings: password =  [REDACTED:password-assignment]" + nl + "INFO clean two lines" + nl);
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
