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
  void scanReportsTheValueOnItsOwnLine() {
    String input = "config:\n  client_secret: >-\n    " + V1 + "\n";

    CliRun run = CliRun.of(input, "scan", "--format", "jsonl");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"line\": 3,").contains("\"column\": 5,").doesNotContain(V1);
  }
}
