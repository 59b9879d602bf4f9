package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
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

  /**
   * Maven prints {@code group:artifact:version:} before its message: an artifact named {@code auth} or
   * {@code auth-api} is no key, and the version it is followed by (here with a colon) is no token.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "[INFO] snapshot ch.example:auth-api:1.5.0-SNAPSHOT: checking for updates from repository.central",
    "[INFO] snapshot ch.example:auth:1.5.0-SNAPSHOT: checking for updates from repository.central",
    "[INFO] snapshot org.example:auth-client:2.3.1: checking for updates from central",
  })
  void aMavenCoordinateBeforeAColonStaysUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  /** The version shape is judged without the colon; a generated token under {@code auth:} is still hidden. */
  @Test
  void aTokenUnderAuthEndingInAColonIsStillHidden() {
    String token = FakeSecrets.mixed(new Random(11), 32);
    assertThat(REDACTOR.redact("auth: " + token + ":")).doesNotContain(token.substring(0, 8));
  }

  /**
   * A Fernet token (OpenStack Keystone's tokens, Python {@code cryptography}'s Fernet): version byte 0x80 and a
   * 64-bit timestamp, so base64url {@code gAAAAAB…}; unkeyed in prose it was left whole.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "2017-05-16 00:00:00.008 25746 DEBUG keystonemiddleware.auth_token [-] Authenticating user token %s __call__",
    "INFO fernet: issued %s for project demo",
  })
  void aFernetTokenInProseIsHidden(String line) {
    for (long seed = 1; seed <= 5; seed++) {
      String token = FakeSecrets.fernet(new Random(seed));
      String out = REDACTOR.redact(line.formatted(token));
      assertThat(out).as(token).isEqualTo(line.formatted("[REDACTED:fernet-token]"));
    }
  }

  /** Base64 of other bytes, and a word that merely starts like one, stay. */
  @ParameterizedTest
  @ValueSource(strings = {"gAAAAA is a padding run", "blob gAAAAAB2 short", "id=gAAAAABfake"})
  void fernetLookAlikesStay(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
