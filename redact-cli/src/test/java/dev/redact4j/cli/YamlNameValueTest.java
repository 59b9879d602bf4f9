package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A Kubernetes environment list printed as YAML names the secret on one line and holds it on the
 * next; the CLI reads line by line, so it hands such a pair to the engine together.
 */
class YamlNameValueTest {
  private static final String VALUE = "Fake-Pa55word-123";

  @Test
  void aValueOnTheLineAfterItsSecretNameIsHidden() {
    String input = "    env:\n    - name: DB_PASSWORD\n      value: " + VALUE + "\n    - name: LOG_LEVEL\n      value: info\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("    env:\n    - name: DB_PASSWORD\n      value: [REDACTED:password-assignment]\n"
        + "    - name: LOG_LEVEL\n      value: info\n");
  }

  @Test
  void cloudFormationParametersAndCrlfLinesToo() {
    String input = "- ParameterKey: ApiSecret\r\n  ParameterValue: " + VALUE + "\r\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).doesNotContain(VALUE).endsWith("\r\n").contains("- ParameterKey: ApiSecret\r\n");
  }

  @Test
  void aNameLineWithoutAValueLineIsPrintedAsItIs() {
    String input = "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef: {name: db, key: password}\n- name: DB_PASSWORD";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).isEqualTo(input);
  }

  @Test
  void scanReportsTheValueOnItsOwnLine() {
    String input = "- name: API_TOKEN\n  value: " + "ghp_" + "FakeFakeFake0123456789FakeFakeFake01" + "\n";

    CliRun run = CliRun.of(input, "scan", "--format", "jsonl");

    assertThat(run.out()).contains("\"line\": 2,").doesNotContain("FakeFakeFake");
  }
}
