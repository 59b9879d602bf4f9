package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * YAML puts a value on the lines after its key: a block scalar ({@code client_secret: >-}, then the
 * value indented) or a block list ({@code api_keys:}, then {@code - value} lines). The engine reads
 * these when it sees the key with them; the CLI reads line by line, so it hands them over together.
 */
class YamlBlockValueTest {
  private static final String V1 = "eYUt0wyJ" + "CB5BXrnVtPfotgk0";
  private static final String V2 = "lpuZF0Tw" + "gfdJrfoFEhjOOD6K";

  @Test
  void blockScalarValuesAreHidden() {
    String input = "client_secret: >-\n  " + V1 + "\nredirect_uri: https://app.example.com/cb\n"
        + "spec:\n  password: |\r\n    " + V2 + "\r\n  user: bob\r\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain(V1).doesNotContain(V2).hasLineCount(7)
        .startsWith("client_secret: >-\n  [REDACTED:")
        .contains("\nredirect_uri: https://app.example.com/cb\nspec:\n  password: |\r\n    [REDACTED:")
        .endsWith("]\r\n  user: bob\r\n");
  }

  @Test
  void blockListValuesAreHidden() {
    String input = "api_keys:\n  - " + V1 + "\n  - \"" + V2 + "\"\nretries: 3\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).doesNotContain(V1).doesNotContain(V2).startsWith("api_keys:\n  - ").endsWith("\nretries: 3\n")
        .hasLineCount(4);
  }

  /**
   * A key that names passwords ends with a colon, as a line announcing a password on the next line
   * does ({@code Your new password:}); a list after it is still the key's value, every item of it.
   */
  @Test
  void listsUnderPasswordKeysAreHiddenWhole() {
    String v3 = "Qr7kWm2x" + "Tz9pLb4v";
    String input = "db_passwords:\n  - " + V1 + "\n  - \"" + V2 + "\"\n  - '" + v3 + "'\nretries: 3\n"
        + "passwords:\n- " + V2 + "\n- " + V1 + "\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).doesNotContain(V1).doesNotContain(V2).doesNotContain(v3).hasLineCount(8)
        .startsWith("db_passwords:\n  - ").contains("\nretries: 3\npasswords:\n- ");
  }

  @Test
  void ordinaryYamlPassesUnchanged() {
    String input = "spec:\n  replicas: 3\n  template:\n    metadata:\n      labels:\n        app: web\n"
        + "  ports:\n  - 80\n  - 443\nscript: |\n  echo hello\n  make test\n\n"
        + "imagePullSecrets:\n  - name: regcred\nsecrets:\n- name: default-token\npassword:\n  minLength: 12\n";

    assertThat(CliRun.of(input).out()).isEqualTo(input);
  }

  @Test
  void aPrivateKeyInABlockScalarIsStillFramedAsABlock() {
    String input = "tls.crt: |\n  x\ntls.key: |\n  -----BEGIN PRIVATE KEY-----\n  MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n"
        + "  -----END PRIVATE KEY-----\nkind: Secret\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).doesNotContain("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC").startsWith("tls.crt: |\n  x\ntls.key: |\n")
        .endsWith("\nkind: Secret\n").hasLineCount(7);
  }

  @Test
  void blockValuesAreHiddenWhenEveryLineStartsWithATimestamp() {
    // GitHub Actions and kubectl logs --timestamps (whose fractions vary in length) print a config file so
    String input = "2026-11-29T10:07:01.1000037Z auth:\n"
        + "2026-11-29T10:07:02.1000074Z   client_secret: |\n"
        + "2026-11-29T10:07:03.11Z     " + V1 + "\n"
        + "2026-11-29T10:07:04.1000148Z   api_keys:\n"
        + "2026-11-29T10:07:05.1000185Z     - " + V2 + "\n"
        + "2026-11-29T10:07:06.1000222Z   retries: 3\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain(V1).doesNotContain(V2).hasLineCount(6)
        .contains("\n2026-11-29T10:07:03.11Z     [REDACTED:").contains("\n2026-11-29T10:07:05.1000185Z     - [REDACTED:")
        .endsWith("]\n2026-11-29T10:07:06.1000222Z   retries: 3\n");
  }

  @Test
  void blockValuesAreHiddenInContainerRuntimeLogs() {
    // containerd and CRI-O write a timestamp, the stream and a tag before every line
    String input = "2026-11-29T10:09:00.123456789Z stdout F app:\n"
        + "2026-11-29T10:09:00.123456789Z stdout F   client_secret: >-\n"
        + "2026-11-29T10:09:00.12345678Z stdout F     " + V1 + "\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).doesNotContain(V1).hasLineCount(3)
        .endsWith("\n2026-11-29T10:09:00.12345678Z stdout F     [REDACTED:secret-assignment]\n");
  }

  @Test
  void timestampedLinesOfOrdinaryYamlAndLogTextPassUnchanged() {
    String input = "2026-11-29T10:07:01.1Z script: |\n2026-11-29T10:07:01.2Z   echo hello\n"
        + "2026-11-29T10:07:01.3Z Traceback (most recent call last):\n"
        + "2026-11-29T10:07:01.4Z   File \"app.py\", line 3, in <module>\n"
        + "2026-11-29T10:07:01.5Z ERROR loading config:\n2026-11-29T10:07:01.6Z   - retries\n"
        + "[api] client_secret: |\n[worker]   " + V1 + "\n";

    assertThat(CliRun.of(input).out()).isEqualTo(input);
  }

  @Test
  void scanReportsATimestampedValueOnItsOwnLine() {
    String input = "2026-11-29T10:07:01.1Z config:\n2026-11-29T10:07:01.2Z   client_secret: >-\n"
        + "2026-11-29T10:07:01.33Z     " + V1 + "\n";

    CliRun run = CliRun.of(input, "scan", "--format", "jsonl");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"line\": 3,").contains("\"column\": 29,").doesNotContain(V1);
  }

  @Test
  void scanReportsTheValueOnItsOwnLine() {
    String input = "config:\n  client_secret: >-\n    " + V1 + "\n";

    CliRun run = CliRun.of(input, "scan", "--format", "jsonl");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"line\": 3,").contains("\"column\": 5,").doesNotContain(V1);
  }
}
