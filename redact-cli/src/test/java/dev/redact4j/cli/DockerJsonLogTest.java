package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Docker's json-file driver writes each line a container prints as one JSON record,
 * {@code {"log":"<line>\n","stream":"stdout","time":"..."}}: a private key or a name/value pair
 * printed over lines is spread over records. The CLI frames the lines inside the records as it
 * frames bare lines, and writes every record back whole.
 */
class DockerJsonLogTest {
  private final FakeSecrets fake = new FakeSecrets(71);

  private static String record(String line, int i) {
    return "{\"log\":\"" + line + "\\n\",\"stream\":\"stdout\",\"time\":\"2026-11-29T10:09:0" + i + ".10000000" + i
        + "Z\"}\n";
  }

  @Test
  void aPrivateKeyOverRecordsIsHiddenAndEveryRecordStaysWhole() {
    String[] pem = fake.pem(3).split("\n");
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < pem.length; i++) {
      input.append(record(pem[i], i));
    }

    CliRun run = CliRun.of(input.toString());

    assertThat(run.exitCode()).isZero();
    String[] out = run.out().split("\n");
    assertThat(out).hasSize(pem.length);
    for (int i = 0; i < pem.length; i++) {
      assertThat(out[i]).startsWith("{\"log\":\"").endsWith("Z\"}").doesNotContain(pem[Math.min(Math.max(i, 1), 3)]);
    }
    assertThat(out[0]).isEqualTo(record("[REDACTED:private-key-pem]", 0).strip());
    assertThat(out[4]).isEqualTo(record("", 4).strip());
  }

  @Test
  void aNameAndValueOverTwoRecordsArePaired() {
    String value = fake.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32);
    String input = record("  - name: API_KEY", 1) + record("    value: " + value, 2);

    CliRun run = CliRun.of(input);

    assertThat(run.out()).isEqualTo(input.replace(value, "[REDACTED:api-key-assignment]"));
  }

  @Test
  void scanReportsTheValueWhereItIsInItsRecord() {
    String value = fake.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32);
    String input = record("  - name: API_KEY", 1) + record("    value: " + value, 2);

    CliRun run = CliRun.of(input, "scan", "--format", "jsonl");

    assertThat(run.out()).contains("\"line\": 2, \"column\": 20, \"endLine\": 2, \"endColumn\": 52,")
        .doesNotContain(value);
  }
}
