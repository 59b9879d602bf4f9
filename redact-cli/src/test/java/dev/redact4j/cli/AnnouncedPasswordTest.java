package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Servers print a generated password on the line after the one announcing it (Jenkins and
 * Elasticsearch at first start, in {@code docker logs}); the CLI reads line by line, so it hands the
 * announcing line and the value to the engine together.
 */
class AnnouncedPasswordTest {
  private static final String HEX = "0f1e2d3c4b5a69780f1e2d3c4b5a6978";
  private static final String ELASTIC = "Fake_pw-Q3vZ7xK9pL2m";

  @Test
  void jenkinsInitialAdminPasswordTwoLinesBelowItsAnnouncementIsHidden() {
    String input = "*************************************************************\n\n"
        + "Jenkins initial setup is required. An admin user has been created and a password generated.\n"
        + "Please use the following password to proceed to installation:\n"
        + "\n"
        + HEX + "\n"
        + "\n"
        + "This may also be found at: /var/jenkins_home/secrets/initialAdminPassword\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(input.replace(HEX, "[REDACTED:jenkins-initial-admin-password]"));
  }

  @Test
  void elasticsearchGeneratedPasswordOnTheNextLineIsHidden() {
    String input = "\u2705 Elasticsearch security features have been automatically configured!\r\n"
        + "\uD83D\uDD10 Password for the elastic user (reset with `bin/elasticsearch-reset-password -u elastic`):\r\n"
        + "  " + ELASTIC + "\r\n"
        + "\r\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).doesNotContain(ELASTIC).endsWith("\r\n\r\n").hasLineCount(4)
        .contains("  [REDACTED:");
  }

  @Test
  void anAnnouncementFollowedByOrdinaryTextChangesNothing() {
    String input = "Enter password:\nLogin incorrect\nNew password:\n\n\nRetype new password:\nPassword:";

    assertThat(CliRun.of(input).out()).isEqualTo(input);
  }

  @Test
  void aPrivateKeyAfterAnAnnouncementIsStillFramedAsABlock() {
    String input = "Your password:\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).isEqualTo("Your password:\n" + RedactingLineHandler.FAILED + "\n" + RedactingLineHandler.FAILED + "\n");
  }

  @Test
  void scanReportsThePasswordOnItsOwnLine() {
    String input = "Please use the following password to proceed to installation:\n\n" + HEX + "\n";

    CliRun run = CliRun.of(input, "scan", "--format", "jsonl");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"line\": 3,").contains("\"column\": 1,").doesNotContain(HEX);
  }

  @Test
  void smtpAuthLoginPasswordAfterThePasswordPromptIsHidden() {
    String pw = java.util.Base64.getEncoder()
        .encodeToString("Fake#pw-Q3vZ7x".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    // Python's smtplib at debug level 1: the prompt (base64 of "Password:"), its echo, then the password
    String input = "send: 'AUTH LOGIN YWxpY2U=\\r\\n'\nreply: b'334 UGFzc3dvcmQ6\\r\\n'\n"
        + "reply: retcode (334); Msg: b'UGFzc3dvcmQ6'\nsend: '" + pw + "\\r\\n'\nreply: b'235 2.7.0 Accepted\\r\\n'\n";

    assertThat(CliRun.of(input).out()).isEqualTo(input.replace(pw, "[REDACTED:sasl-login-password]"));
  }
}
