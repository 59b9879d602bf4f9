package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.message.StructuredDataMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layouts whose output {@link RedactingLayout} scans but which escape quotes (HTML, XML): the event's
 * fields are judged too, so a JSON body or a structured-data value is hidden although its escaped form
 * has no shape the engine knows.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class EscapedOutputTest {
  @TempDir
  Path dir;

  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(29);

  @Test
  void hidesSecretsThatTheLayoutEscapes() {
    String bodyPassword = secrets.password();
    String structuredPassword = secrets.password();
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    try {
      Logger log = fixture.context.getLogger("app");
      log.info("response {}", "{\"user\":\"bob\",\"password\":\"" + bodyPassword + "\"}");
      log.info(new StructuredDataMessage("audit@32473", "login", "Audit").with("password", structuredPassword));
      log.info("nothing to hide");
    } finally {
      fixture.close();
    }

    for (String file : List.of("html.log", "encoded-scan-output.log", "encoded-xml.log")) {
      assertThat(fixture.read(file)).as(file)
          .doesNotContain(bodyPassword).doesNotContain(structuredPassword)
          .contains("[REDACTED:password-assignment]")
          .contains("nothing to hide");
    }
    assertThat(fixture.read("encoded-xml.log")).contains(
        "INFO response {&quot;user&quot;:&quot;bob&quot;,&quot;password&quot;:&quot;[REDACTED:password-assignment]&quot;}");
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
