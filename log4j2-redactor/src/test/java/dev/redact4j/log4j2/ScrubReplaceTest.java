package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;

/**
 * {@code %replace} inside {@code %scrub} rewrites text before the scan of the output sees it: joining
 * the lines of a YAML block scalar leaves a password no shape the scan knows. The event's fields are
 * judged first, so what is joined is the redacted text.
 */
class ScrubReplaceTest extends FixtureTest {
  @Test
  void aPasswordInAYamlBlockStaysHiddenWhenReplaceJoinsItsLines() {
    String password = Log4jFixture.plant("Zq8#" + new Log4jFixture.Secrets(59).password());
    Logger log = fixture.context.getLogger("app");
    log.info("loaded\n{}", "config:\n  password: |\n    " + password + "\n  user: bob");
    log.info("clean\ntwo lines");
    fixture.close();

    String nl = System.lineSeparator();
    assertThat(fixture.read("joined.log"))
        .isEqualTo("INFO loaded|config:|  password: ||    [REDACTED:password-assignment]|  user: bob" + nl
            + "INFO clean|two lines" + nl);
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
