package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared rules file of docs/log4j2.md, saved by a Windows editor with a UTF-8 byte-order mark
 * and CRLF line ends: the layout applies it. It wrote only placeholders, and the status log said
 * "Expected 'key = value'" of a comment line.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class RulesFileByteOrderMarkTest {
  @TempDir
  Path dir;

  @Test
  void aRulesFileWithAByteOrderMarkIsApplied() throws IOException {
    byte[] text = "# custom rules every appender must apply\r\nrule.order-pin.regex = pin=(?<secret>\\d{6})\r\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Files.write(dir.resolve("redact4j.rules"), withBom);
    String token = new Log4jFixture.Secrets(61).githubToken();
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    try {
      fixture.context.getLogger("shop").info("order 17 pin=909090 paid with token {}", token);
    } finally {
      fixture.close();
    }

    assertThat(fixture.read("app.log")).isEqualTo("INFO order 17 pin=[REDACTED:order-pin] paid with token"
        + " [REDACTED:github-pat-classic]" + System.lineSeparator());
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
