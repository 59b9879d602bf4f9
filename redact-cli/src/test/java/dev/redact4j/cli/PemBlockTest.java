package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.redact4j.Redactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Private keys span lines; the CLI must let the engine see a block whole. A custom multi-line rule
 * stands in for the catalog's PEM rule so that these tests pin the CLI's framing on their own.
 */
class PemBlockTest {
  private final FakeSecrets fake = new FakeSecrets(11);
  @TempDir Path dir;
  private Path rules;

  @BeforeEach
  void multiLineRule() throws IOException {
    rules = Files.writeString(dir.resolve("pem.rules"),
        "rule.test-pem.regex = -----BEGIN [A-Z ]{0,20}PRIVATE KEY-----[A-Za-z0-9+/=\\n]{1,20000}"
            + "-----END [A-Z ]{0,20}PRIVATE KEY-----\n"
            + "rule.test-pem.keywords = PRIVATE KEY\n");
  }

  @Test
  void aKeySpanningLinesIsHiddenAndTheLineCountKept() {
    String pem = fake.pem(5);
    String input = "before\n2026-01-01 ERROR loaded key " + pem + "\nafter\n";

    CliRun run = CliRun.of(input, "--rules", rules.toString());

    assertThat(run.exitCode()).isZero();
    String[] body = pem.split("\n");
    for (int i = 1; i < body.length - 1; i++) {
      assertThat(run.out()).doesNotContain(body[i]);
    }
    assertThat(run.out()).isEqualTo("before\n2026-01-01 ERROR loaded key [REDACTED:test-pem]\n\n\n\n\n\n\nafter\n");
    assertThat(run.out().split("\n", -1)).hasSameSizeAs(input.split("\n", -1));
  }

  /**
   * OpenVPN's tls-auth / tls-crypt key ({@code cat ta.key}, a support bundle) is 16 lines of hex between
   * its own BEGIN and END lines, with no PRIVATE KEY in the label: the catalog's PEM rule hides it when it
   * sees the block whole.
   */
  @Test
  void anOpenVpnStaticKeyIsHiddenWholeWithTheCatalog() {
    StringBuilder key = new StringBuilder("#\n# 2048 bit OpenVPN static key\n#\n");
    key.append("-----BEGIN OpenVPN Static key V1-----\n");
    for (int i = 0; i < 16; i++) {
      key.append(fake.chars("0123456789abcdef", 32)).append('\n');
    }
    key.append("-----END OpenVPN Static key V1-----\n");
    String input = "before\n" + key + "after\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    String[] lines = key.toString().split("\n");
    for (int i = 4; i < lines.length - 1; i++) {
      assertThat(run.out()).doesNotContain(lines[i]);
    }
    assertThat(run.out()).startsWith("before\n#\n# 2048 bit OpenVPN static key\n#\n").endsWith("\nafter\n");
    assertThat(run.out().split("\n", -1)).hasSameSizeAs(input.split("\n", -1));
  }

  @Test
  void crlfLinesInsideABlockKeepTheirTerminators() {
    String pem = fake.pem(2).replace("\n", "\r\n");

    CliRun run = CliRun.of(pem + "\r\nnext\r\n", "--rules", rules.toString());

    assertThat(run.out()).isEqualTo("[REDACTED:test-pem]\r\n\r\n\r\n\r\nnext\r\n");
  }

  @Test
  void aBlockWithoutEndIsHiddenWholeFailingClosed() {
    String pem = fake.pem(3);
    String truncated = pem.substring(0, pem.lastIndexOf("\n-----END"));

    CliRun run = CliRun.of("before\n" + truncated + "\n", "--rules", rules.toString());

    assertThat(run.out()).isEqualTo("before\n" + "[REDACTION FAILED]\n".repeat(4));
  }

  @Test
  void aBlockLongerThanTheBoundIsHiddenThenStreamingGoesOn() {
    StringBuilder input = new StringBuilder("-----BEGIN PRIVATE KEY-----\n");
    String bodyLine = fake.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 64);
    for (int i = 0; i < LineGrouper.MAX_BLOCK_LINES + 10; i++) {
      input.append(bodyLine).append('\n');
    }
    input.append("-----END PRIVATE KEY-----\n");

    CliRun run = CliRun.of(input.toString(), "--rules", rules.toString());

    String[] out = run.out().split("\n", -1);
    assertThat(out).hasSameSizeAs(input.toString().split("\n", -1));
    for (int i = 0; i < LineGrouper.MAX_BLOCK_LINES; i++) {
      assertThat(out[i]).isEqualTo("[REDACTION FAILED]");
    }
    // Past the bound the grouper starts afresh: what follows is ordinary lines again.
    assertThat(out[LineGrouper.MAX_BLOCK_LINES]).isEqualTo(bodyLine);
  }

  @Test
  void scanReportsWhereTheBlockStartsAndEnds() {
    String pem = fake.pem(4);

    CliRun run = CliRun.of("first\n  key: " + pem + "\n", "scan", "--format", "jsonl", "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"path\": \"<stdin>\", \"line\": 2, \"column\": 8, \"endLine\": 7,"
        + " \"endColumn\": 30, \"rule\": \"test-pem\"");
  }

  @Test
  void aKeyWithoutEndBeforeAnotherKeyFailsClosedAndTheOtherIsRedactedOnItsOwn() {
    // a key cut short (a truncated log line) and, later, another key: the second END is not the first's
    String[] cut = fake.pem(3).split("\n");
    String whole = fake.pem(2);
    String input = cut[0] + "\n" + cut[1] + "\n" + cut[2] + "\nINFO next\n" + whole + "\nafter\n";

    CliRun run = CliRun.of(input, "--rules", rules.toString(), "--disable", "private-key-pem");

    assertThat(run.out()).isEqualTo(("[REDACTION FAILED]\n").repeat(4) + "[REDACTED:test-pem]\n\n\n\nafter\n");
  }

  @Test
  void linesAfterAMaskThatEndsInsideTheBlockKeepTheirPlace() {
    // a rule that hides a key's first two lines only: the lines after it must not move up
    Path firstLines = dir.resolve("first-lines.rules");
    try {
      Files.writeString(firstLines, "rule.test-head.regex = -----BEGIN [A-Z ]{0,20}PRIVATE KEY-----\\n[A-Za-z0-9+/=]{64}\n"
          + "rule.test-head.keywords = PRIVATE KEY\n");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String[] pem = fake.pem(3).split("\n");
    String input = String.join("\n", pem) + "\nafter\n";

    CliRun run = CliRun.of(input, "--rules", firstLines.toString(), "--disable", "private-key-pem");

    assertThat(run.out()).isEqualTo("[REDACTED:test-head]\n\n" + pem[2] + "\n" + pem[3] + "\n" + pem[4] + "\nafter\n");
  }

  @Test
  void scanReportsAnUnterminatedBlock() {
    String pem = fake.pem(2);

    CliRun run = CliRun.of(pem.substring(0, pem.lastIndexOf("\n-----END")) + "\n", "scan", "--rules",
        rules.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("<stdin>:1:1: unterminated-private-key ");
  }

  @Test
  void theBuiltInCatalogHidesAKeySpanningLines() {
    assumeTrue(Redactor.defaults().rules().stream().anyMatch(r -> r.id().equals("private-key-pem")),
        "the catalog has no private-key-pem rule yet");
    String pem = fake.pem(6);

    CliRun run = CliRun.of("key:\n" + pem + "\ndone\n");

    String[] body = pem.split("\n");
    for (int i = 1; i < body.length - 1; i++) {
      assertThat(run.out()).doesNotContain(body[i]);
    }
    assertThat(run.out().split("\n", -1)).hasSize(pem.split("\n").length + 3);
  }
}
