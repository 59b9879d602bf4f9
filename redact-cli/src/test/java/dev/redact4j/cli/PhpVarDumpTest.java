package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * PHP's {@code var_dump} prints each array key or property on a line of its own and its value on the
 * next ({@code ["password":protected]=>}, then {@code string(14) "..."}): the CLI hands the two lines
 * to the engine together.
 */
class PhpVarDumpTest {
  private final FakeSecrets fake = new FakeSecrets(37);

  @Test
  void aStringOnTheLineAfterASecretKeyIsHidden() {
    String pw = fake.password();
    String token = fake.chars("0123456789abcdef", 40);
    String input = "[29-Nov-2026 10:01:03 UTC] object(App\\Config\\Mail)#12 (3) {\n"
        + "  [\"host\":protected]=>\n  string(17) \"smtp.example.com\"\n"
        + "  [\"password\":protected]=>\n  string(" + pw.length() + ") \"" + pw + "\"\n"
        + "  [\"api_token\"]=>\n  string(40) \"" + token + "\"\n"
        + "  [\"port\":protected]=>\n  int(587)\n}\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(input.replace(pw, "[REDACTED:password-assignment]")
        .replace(token, "[REDACTED:token-assignment]"));
    assertThat(CliRun.of(input, "scan").out().lines()).hasSize(2);
  }
}
