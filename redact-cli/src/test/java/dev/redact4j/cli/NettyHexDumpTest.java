package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Netty's {@code LoggingHandler} / Reactor Netty's {@code wiretap} log a write as a table of 16 bytes a
 * row; the CLI reads line by line, so it must hand the table's rows to the engine as one text for a
 * secret cut across rows to be hidden in its hex and ASCII cells.
 */
class NettyHexDumpTest {
  private final FakeSecrets fake = new FakeSecrets(21);
  @TempDir Path dir;

  @Test
  void aPasswordSplitAcrossRowsOfADumpInAFileIsHiddenAndTheRowsKeepTheirWidth() throws IOException {
    String password = fake.chars("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 24) + "Fake";
    String body = "{\"username\":\"alice\",\"password\":\"" + password + "\"}";
    String input = "2026-12-01 10:00:00.123 DEBUG reactor.netty.http.client.HttpClient : [id: 0x1a2b3c4d] WRITE: "
        + body.length() + "B\n" + table(body) + "\nnext line\n";
    Path log = Files.writeString(dir.resolve("wire.log"), input);

    CliRun run = CliRun.of("", "--no-progress", log.toString());

    assertThat(run.exitCode()).isZero();
    String[] in = input.split("\n", -1);
    String[] out = run.out().split("\n", -1);
    assertThat(out).hasSameSizeAs(in);
    for (int i = 0; i < in.length; i++) {
      assertThat(out[i]).hasSameSizeAs(in[i]);
    }
    for (int i = 0; i + 5 <= password.length(); i++) {
      assertThat(run.out()).doesNotContain(password.substring(i, i + 5));
      assertThat(run.out()).doesNotContain(hex(password.substring(i, i + 3)));
    }
    assertThat(run.out()).contains("** **").endsWith("\nnext line\n");
  }

  @Test
  void aCleanDumpIsLeftAsItIs() {
    String input = "WRITE: 40B\n" + table("GET /v1/health HTTP/1.1\r\nhost: api.example.com\r\n\r\n") + "\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).isEqualTo(input);
  }

  /** Past 64 KiB of bytes a dump is not read but hidden, row by row, and the lines after it are read again. */
  @Test
  void aDumpPastTheBoundIsHiddenAndTheLinesAfterItAreReadAsUsual() {
    String password = fake.chars("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 24) + "Fake";
    String input = "WRITE\n" + table("x".repeat(70 * 1024) + "{\"password\":\"" + password + "\"}")
        + "\nafter the dump\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out().split("\n", -1)).hasSameSizeAs(input.split("\n", -1));
    assertThat(run.out()).doesNotContain(password.substring(0, 5)).doesNotContain(hex("\"password"))
        .endsWith("\nafter the dump\n");
  }

  private static String hex(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.ISO_8859_1)) {
      out.append(out.length() == 0 ? "" : " ").append(String.format("%02x", b & 0xff));
    }
    return out.toString();
  }

  /** {@code text}'s bytes as Netty's {@code ByteBufUtil.appendPrettyHexDump} formats them. */
  private static String table(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    StringBuilder out = new StringBuilder()
        .append("         +-------------------------------------------------+\n")
        .append("         |  0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f |\n")
        .append("+--------+-------------------------------------------------+----------------+\n");
    for (int row = 0; row * 16 < bytes.length; row++) {
      out.append('|').append(String.format("%08x", row * 16)).append('|');
      StringBuilder ascii = new StringBuilder();
      for (int i = row * 16; i < row * 16 + 16; i++) {
        if (i < bytes.length) {
          out.append(' ').append(String.format("%02x", bytes[i] & 0xff));
          ascii.append(bytes[i] >= 0x20 && bytes[i] <= 0x7e ? (char) bytes[i] : '.');
        } else {
          out.append("   ");
          ascii.append(' ');
        }
      }
      out.append(" |").append(ascii).append("|\n");
    }
    return out.append("+--------+-------------------------------------------------+----------------+").toString();
  }
}
