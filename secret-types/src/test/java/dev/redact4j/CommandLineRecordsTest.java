package dev.redact4j;

import static dev.redact4j.RedactionAssertions.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Command lines as the records that keep them write them: {@code /proc/<pid>/cmdline} dumps (arguments split by
 * NUL bytes), audit EXECVE records (each argument a field of its own, {@code a1="-p" a2="<v>"}, and as
 * {@code ausearch -i} prints them), {@code set -x} traces that quote a whole argument ({@code '-p<v>'}). The
 * password is hidden, the arguments and fields around it kept; the same commands with a port or a prompt pass
 * unchanged.
 */
class CommandLineRecordsTest {
  private static String password(long seed) {
    String s = FakeSecrets.mixed(new Random(seed), 14);
    return s.substring(0, 5) + "#" + s.substring(5, 10) + "~" + s.substring(10);
  }

  private static void hidden(String template, String value, String rule) {
    assertThat(CATALOG.redact(template.formatted(value))).as(template)
        .isEqualTo(template.formatted("[REDACTED:" + rule + "]"));
  }

  private static void unchanged(String line) {
    assertThat(CATALOG.redact(line)).as(line).isEqualTo(line);
  }

  /** {@code /proc/<pid>/cmdline} separates the arguments with NUL bytes, and ends the last one with one too. */
  @Test
  void procCmdlineArgumentsSplitByNul() {
    String pw = password(1);
    hidden("mysql\0-uroot\0-p%s\0-h\0db01\0", pw, "cli-password-attached");
    hidden("/proc/4242/cmdline: mysql\0-uroot\0-p%s\0orders\0", pw, "cli-password-attached");
    hidden("sshpass\0-p\0%s\0ssh\0deploy@10.0.4.12\0", pw, "cli-password-flag");
    hidden("redis-cli\0-a\0%s\0ping\0", pw, "cli-option-password");
    hidden("keytool\0-list\0-keystore\0app.p12\0-storepass\0%s\0", pw, "cli-keystore-password");
  }

  @Test
  void procCmdlineLookAlikesPass() {
    unchanged("psql\0-h\0db01\0-p\0" + "5432\0-U\0app\0");
    unchanged("ssh\0-p\0" + "2222\0deploy@10.0.4.12\0");
    unchanged("mysql\0-uroot\0-p\0orders\0");
    unchanged("redis-cli\0-h\0cache01\0-p\0" + "6379\0ping\0");
  }

  /** An audit EXECVE record writes each argument as a field; an argument without blanks or quotes in quotes. */
  @Test
  void auditExecveQuotedArguments() {
    String pw = password(2);
    String record = "type=EXECVE msg=audit(1764582062.123:4242): ";
    hidden(record + "argc=4 a0=\"mysql\" a1=\"-uroot\" a2=\"-p%s\" a3=\"orders\"", pw, "cli-password-attached");
    hidden(record + "argc=5 a0=\"sshpass\" a1=\"-p\" a2=\"%s\" a3=\"ssh\" a4=\"deploy@h1\"", pw, "cli-password-flag");
    hidden(record + "argc=4 a0=\"redis-cli\" a1=\"-a\" a2=\"%s\" a3=\"ping\"", pw, "cli-option-password");
    hidden(record + "argc=6 a0=\"keytool\" a1=\"-list\" a2=\"-keystore\" a3=\"a.p12\" a4=\"-storepass\" a5=\"%s\"", pw,
        "cli-keystore-password");
  }

  /** {@code ausearch -i} prints the arguments unquoted. */
  @Test
  void auditExecveInterpreted() {
    String pw = password(3);
    String record = "type=EXECVE msg=audit(12/01/2026 10:01:02.123:4242) : ";
    hidden(record + "argc=4 a0=mysql a1=-uroot a2=-p%s a3=orders", pw, "cli-password-attached");
    hidden(record + "argc=5 a0=sshpass a1=-p a2=%s a3=ssh a4=deploy@h1", pw, "cli-password-flag");
    hidden(record + "argc=3 a0=redis-cli a1=-a a2=%s", pw, "cli-option-password");
  }

  @Test
  void auditExecveLookAlikesPass() {
    String record = "type=EXECVE msg=audit(1764582062.123:4242): ";
    unchanged(record + "argc=4 a0=\"mysql\" a1=\"-uroot\" a2=\"-p\" a3=\"orders\"");
    unchanged(record + "argc=7 a0=\"psql\" a1=\"-h\" a2=\"db01\" a3=\"-p\" a4=\"5432\" a5=\"-U\" a6=\"app\"");
    unchanged(record + "argc=4 a0=\"redis-cli\" a1=\"-p\" a2=\"6379\" a3=\"ping\"");
    unchanged("type=EXECVE msg=audit(12/01/2026 10:01:02.123:4242) : argc=3 a0=ping a1=-w a2=5");
  }

  /** {@code set -x} (and people) quote a whole argument that holds a symbol: {@code '-p<v>'}. */
  @Test
  void aQuotedArgumentWithAnAttachedPassword() {
    String pw = password(4);
    hidden("+ mysql -h db01 -u app '-p%s' orders", pw, "cli-password-attached");
    hidden("mysqldump -uroot \"-p%s\" --all-databases", pw, "cli-password-attached");
    unchanged("+ mysql -h db01 -u app '-p' orders");
  }

  /** A password that starts with {@code *} and holds another one is no mask ({@code ****abcd}, {@code *redacted*}). */
  @Test
  void aPasswordStartingWithAStar() {
    String s = FakeSecrets.mixed(new Random(6), 16);
    String pw = "*" + s.substring(0, 2) + "*" + s.substring(2, 8) + "%" + s.substring(8);
    hidden("java -jar app.jar --spring.datasource.password=%s --server.port=8080", pw, "password-assignment");
    hidden("mongosh \"mongodb://admin:%s@db01:27017/?authSource=admin\"", pw, "url-credentials");
    unchanged("password=*redacted*");
    unchanged("password=****abcd");
    unchanged("password=*****");
    unchanged("mongosh \"mongodb://admin:*****@db01:27017/?authSource=admin\"");
  }
}
