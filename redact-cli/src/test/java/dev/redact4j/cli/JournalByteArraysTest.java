package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * {@code journalctl -o json} writes a message that holds control characters (a service's colour codes)
 * as an array of byte values; a secret in it is found decoded and the whole array masked.
 */
class JournalByteArraysTest {
  private static final String PASSWORD = "Fake-Pa55word-123";

  private static String bytes(String text) {
    StringJoiner joiner = new StringJoiner(",", "[", "]");
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      joiner.add(Integer.toString(b & 0xff));
    }
    return joiner.toString();
  }

  @Test
  void aSecretInAByteArrayMessageHidesTheWholeArray() {
    String message = bytes("\u001b[32mINFO\u001b[0m connecting with \u001b[36mpassword\u001b[0m=" + PASSWORD);
    String input = "{\"__CURSOR\":\"s=8a1b;i=1a2c\",\"MESSAGE\":" + message + ",\"_SYSTEMD_UNIT\":\"app.service\"}\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("{\"__CURSOR\":\"s=8a1b;i=1a2c\",\"MESSAGE\":[REDACTED:password-assignment],"
        + "\"_SYSTEMD_UNIT\":\"app.service\"}\n");
  }

  @Test
  void scanReportsTheArray() {
    String message = bytes("\u001b[1mtoken\u001b[0m: ghp_FAKEfake0123456789FAKEfake0123456789");
    String input = "{\"MESSAGE\":" + message + "}\n";

    CliRun run = CliRun.of(input, "scan");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("<stdin>:1:12: github-pat-classic ");
  }

  @Test
  void byteArraysWithoutSecretsAndOtherArraysPassUnchanged() {
    String input = "{\"MESSAGE\":" + bytes("\u001b[32mStarted\u001b[0m app.service") + ",\"PRIORITY\":\"6\"}\n"
        + "{\"ports\":[80,443,8080],\"codes\":[1,2,300]}\n";

    assertThat(CliRun.of(input).out()).isEqualTo(input);
  }
}
