package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A PuTTY {@code .ppk} key file printed whole ({@code cat key.ppk} in a CI step): its private lines follow
 * {@code Private-Lines: N} one base64 line each, and its {@code Private-MAC} comes after them. The engine finds
 * them only together with their header, so the CLI hands the header, the N lines and the MAC line to it as
 * one text; the public lines and the lines after the key are read as usual.
 */
class PuttyKeyFileTest {
  private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private final FakeSecrets fake = new FakeSecrets(43);

  @Test
  void thePrivateLinesAndTheMacOfAPpkFileAreHiddenAndThePublicLinesStay() {
    String publicLine = "AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + fake.chars(B64, 34);
    String[] privateLines = {fake.chars(B64, 64), fake.chars(B64, 64), fake.chars(B64, 40) + "=="};
    String mac = fake.chars("0123456789abcdef", 64);
    String input = "+ cat deploy.ppk\n"
        + "PuTTY-User-Key-File-3: ssh-rsa\n"
        + "Encryption: none\n"
        + "Comment: rsa-key-20261129\n"
        + "Public-Lines: 1\n"
        + publicLine + "\n"
        + "Private-Lines: 3\n"
        + privateLines[0] + "\n" + privateLines[1] + "\n" + privateLines[2] + "\n"
        + "Private-MAC: " + mac + "\n"
        + "+ chmod 600 deploy.ppk\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(publicLine + "\n").contains("Private-Lines: 3\n").doesNotContain(mac)
        .endsWith("+ chmod 600 deploy.ppk\n");
    for (String line : privateLines) {
      assertThat(run.out()).doesNotContain(line.substring(0, 16)).doesNotContain(line.substring(line.length() - 16));
    }
    assertThat(run.out().split("\n", -1)).hasSameSizeAs(input.split("\n", -1));
  }

  @Test
  void aPrivateLinesHeaderWithoutACountIsReadAsALine() {
    String input = "Private-Lines: unknown\nnext line\n";

    assertThat(CliRun.of(input).out()).isEqualTo(input);
  }
}
