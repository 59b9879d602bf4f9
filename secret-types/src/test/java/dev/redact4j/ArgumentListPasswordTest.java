package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A password option and its value as items of an argument list printed by Java
 * ({@code List.toString()}, {@code Arrays.toString()}), as a logged {@code ProcessBuilder.command()}
 * reads: {@code [mysql, --host, db, --password, <value>, --user, bob]}.
 */
class ArgumentListPasswordTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = "Fake-Pa55" + "word-123";

  @Test
  void theItemAfterAPasswordOptionIsHidden() {
    assertThat(REDACTOR.redact("starting [mysql, --host, db, --password, " + PW + ", --user, bob]"))
        .isEqualTo("starting [mysql, --host, db, --password, [REDACTED:password-assignment], --user, bob]");
    assertThat(REDACTOR.redact("args [--password, " + PW + "]"))
        .isEqualTo("args [--password, [REDACTED:password-assignment]]");
    assertThat(REDACTOR.redact("command=[vault, login, -password, " + PW + "] exit=0"))
        .isEqualTo("command=[vault, login, -password, [REDACTED:password-assignment]] exit=0");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "[pg_restore, --no-password, --dbname, app]",
    "[mysql, --password, --user, bob]",
    "[app, --password-file, /run/secrets/db]",
    "[app, --password, ${DB_PASSWORD}]",
    "options [--password, --token] are required",
  })
  void listsWithoutAValuePassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
