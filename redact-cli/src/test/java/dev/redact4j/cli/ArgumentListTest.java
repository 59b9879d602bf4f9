package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code docker inspect}, {@code kubectl get pod -o json|yaml} and {@code docker compose config} print a
 * container's command one argument a line, so an option that names a password is on the line before
 * its value; the CLI hands the two lines to the engine together.
 */
class ArgumentListTest {
  private static final String VALUE = "Fake-Pa55word-123";

  @Test
  void aJsonArgumentAfterAPasswordOptionIsHidden() {
    String input = "        \"Args\": [\n"
        + "            \"--db-password\",\n"
        + "            \"" + VALUE + "\",\n"
        + "            \"--port\",\n"
        + "            \"6379\"\n"
        + "        ],\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(input.replace(VALUE, "[REDACTED:password-assignment]"));
  }

  @Test
  void aYamlArgumentAfterAPasswordOptionIsHiddenWithoutItsKeyLine() {
    // the list's key line (args:) scrolled away, or only the lines that matter were pasted
    String input = "    - --smtp-auth-password\n    - " + VALUE + "\n    - --verbose\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).isEqualTo("    - --smtp-auth-password\n    - [REDACTED:password-assignment]\n    - --verbose\n");
  }

  @Test
  void scanReportsTheValueLine() {
    CliRun run = CliRun.of("  \"Cmd\": [\n    \"--api-token\",\n    \"" + VALUE + "\"\n  ]\n", "scan");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("<stdin>:3:6: token-assignment ");
  }

  @Test
  void otherArgumentsPassUnchanged() {
    String input = "\"Cmd\": [\n  \"--port\",\n  \"6379\",\n  \"--password-file\",\n  \"/run/secrets/db\",\n"
        + "  \"--no-password\",\n  \"--verbose\"\n]\n- --log-level\n- debug\n";

    assertThat(CliRun.of(input).out()).isEqualTo(input);
  }
}
