package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The Linux audit log writes an argument that holds a blank, a quote or a control character as hex
 * ({@code a2=2D2D70617373...}, PROCTITLE's whole command line, USER_CMD's {@code cmd=}): the CLI has the
 * engine read them decoded and masks the hex digits of each secret.
 */
class AuditHexFieldsTest {
  private final FakeSecrets fake = new FakeSecrets(31);

  private static String hex(String text) {
    return HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void secretsInHexFieldsAreHidden() {
    String pw = fake.password();
    String token = fake.githubToken();
    // an argument with blanks (a libpq connection string) is hex; PROCTITLE always is, with NULs between
    String execve = "type=EXECVE msg=audit(1764412345.114:8812): argc=2 a0=\"psql\" a1="
        + hex("host=db.internal user=app password=" + pw) + "\n";
    String proctitle = "type=PROCTITLE msg=audit(1764412345.114:8812): proctitle="
        + hex("mysql\0-uroot\0--password=" + pw + "\0billing") + "\n";
    String userCmd = "type=USER_CMD msg=audit(1764412380.000:8840): pid=2310 uid=1001 msg='cwd=\"/home/admin\" cmd="
        + hex("export GITHUB_TOKEN=" + token) + " terminal=pts/0 res=success'\n";

    CliRun run = CliRun.of(execve + proctitle + userCmd);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain(hex(pw)).doesNotContain(hex(token))
        .contains(" a1=" + hex("host=db.internal user=app password=") + "[REDACTED:password-assignment]\n")
        .contains("proctitle=" + hex("mysql\0-uroot\0--password=") + "[REDACTED:password-assignment]"
            + hex("\0billing") + "\n")
        .contains(" cmd=" + hex("export GITHUB_TOKEN=") + "[REDACTED:");
    assertThat(run.out().lines()).hasSize(3);
  }

  @Test
  void aPasswordInTheNextArgumentIsJudgedByItsOption() {
    String pw = fake.password() + " x";
    String execve = "type=EXECVE msg=audit(1764412345.114:8813): argc=4 a0=\"sshpass\" a1=\"-p\" a2="
        + hex(pw) + " a3=\"ssh\"\n";

    assertThat(CliRun.of(execve).out()).isEqualTo(execve.replace(hex(pw), "[REDACTED:cli-password-flag]"));
  }

  @Test
  void scanReportsTheHexDigitsWhereTheyAre() {
    String pw = fake.password();
    String line = "type=PROCTITLE msg=audit(1764412345.114:8812): proctitle="
        + hex("mysql\0-uroot\0--password=" + pw) + "\n";

    CliRun run = CliRun.of(line, "scan", "--format", "jsonl");

    assertThat(run.exitCode()).isEqualTo(1);
    int column = line.indexOf(hex(pw)) + 1;
    assertThat(run.out()).contains("\"line\": 1, \"column\": " + column + ", \"endLine\": 1, \"endColumn\": "
        + (column + hex(pw).length()) + ", \"rule\": \"password-assignment\"");
  }

  /**
   * A record whose arguments are all quoted holds no hex, yet its arguments are fields apart: it is read joined too,
   * so that a tool whose detector wants a blank after its name ({@code curl -u}, {@code docker login -p}) is found.
   */
  @Test
  void quotedArgumentsAreReadAsOneCommandLine() {
    String pw = fake.password();
    String curl = "type=EXECVE msg=audit(1764412345.114:8815): argc=4 a0=\"curl\" a1=\"-u\" a2=\"admin:" + pw
        + "\" a3=\"https://ci.internal/\"\n";
    String login = "type=EXECVE msg=audit(1764412345.114:8816): argc=7 a0=\"docker\" a1=\"login\" a2=\"-u\""
        + " a3=\"ci\" a4=\"-p\" a5=\"" + pw + "\" a6=\"ghcr.io\"\n";
    String clean = "type=EXECVE msg=audit(1764412345.114:8817): argc=4 a0=\"ssh\" a1=\"-p\" a2=\"2222\" a3=\"h1\"\n";

    assertThat(CliRun.of(curl + login + clean).out()).isEqualTo(curl.replace(pw, "[REDACTED:cli-user-password]")
        + login.replace(pw, "[REDACTED:cli-password-flag]") + clean);
  }

  @Test
  void pointersAndPlainRecordsPassUnchanged() {
    String clean = "type=SYSCALL msg=audit(1764412345.114:8812): arch=c000003e syscall=59 success=yes exit=0"
        + " a0=55d1c2b3a4e0 a1=55d1c2b3a5f0 a2=55d1c2b3a6c0 a3=8 items=2 ppid=2231 pid=2240 comm=\"mysql\"\n"
        + "type=PROCTITLE msg=audit(1764412345.114:8812): proctitle=" + hex("ls\0-la\0/var/log") + "\n"
        + "type=EXECVE msg=audit(1764412345.114:8814): argc=2 a0=\"cat\" a1=" + hex("my notes.txt") + "\n";

    assertThat(CliRun.of(clean).out()).isEqualTo(clean);
  }
}
