package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shapes found by injecting generated secrets into real log files (access logs, WildFly, Kafka, syslog, cron,
 * kubelet, logcat, CI) where those applications print them, and running the files through {@code ./bin/redact}.
 */
class InjectedRealLogLinesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String MASK = "[REDACTED:password-assignment]";

  /** A generated password whose second or third character is {@code =}, as symbol-bearing generators make. */
  private static String passwordWithEquals(long seed) {
    Random r = new Random(seed);
    String head = FakeSecrets.chars(r, FakeSecrets.ALNUM, 1 + r.nextInt(2));
    return head + "=" + FakeSecrets.mixed(r, 12);
  }

  /**
   * A Spring or Kafka property dump puts blanks on both sides of {@code =}: a value such as {@code M=PTZ…} is
   * the password, not an empty value followed by a pair {@code M=…} ({@code password= user=bob} is that).
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "[2025-05-17 14:52:17,818] INFO Property spring.mail.password = %s (origin: class path resource [a.properties])",
    "14:33:41,323 INFO  [org.jboss.as] (ServerService Thread Pool -- 38) db.password = %s",
    "\tssl.truststore.password = %s",
    "password = %s",
  })
  void aSpacedEqualsSignKeepsAValueHoldingAnEqualsSign(String line) {
    for (long seed = 1; seed <= 20; seed++) {
      String pw = passwordWithEquals(seed);
      String out = REDACTOR.redact(line.formatted(pw));
      assertThat(out).as(pw).isEqualTo(line.formatted(MASK));
    }
  }

  /**
   * cron logs the command in parentheses, {@code CMD (PGPASSWORD=v pg_dump …)}: the parenthesis opens no
   * field list of a {@code toString} (that one is glued to a class name), so the blank ends the value.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "Mar 27 16:55:26 host CRON[5050]: (postgres) CMD (PGPASSWORD=%s pg_dump -h db -U app app > /backup/app.sql)",
    "Mar 27 16:55:26 host CRON[5051]: (root) CMD (MYSQL_PWD=%s mysqldump -h db app > /backup/app.sql)",
    "<188>1 2020-06-04T17:04:02.042-03:00 host CRON[23727]: (backup) CMD (DB_PASSWORD=%s ./backup.sh -h db)",
  })
  void aCronCommandKeepsTheCommandAfterItsEnvironmentPrefix(String line) {
    String pw = FakeSecrets.mixed(new Random(7), 13);
    assertThat(REDACTOR.redact(line.formatted(pw))).isEqualTo(line.formatted(MASK));
  }
}
