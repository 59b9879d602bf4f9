package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hiding too much ruins a log as surely as hiding too little leaks it: the secret stays hidden, and
 * what follows it on the line comes back. Found by running {@code ./bin/redact} on real logs.
 */
class OverRedactionTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = "Xk9" + "fake2Lm";
  private static final String MASK = "[REDACTED:password-assignment]";

  /** A shell environment prefix, {@code VAR=value cmd args}: the blank ends the unquoted value. */
  @ParameterizedTest
  @ValueSource(strings = {
    "PGPASSWORD=%s psql -h db -U app",
    "MYSQL_PWD=%s mysql --host db app",
    "PGPASSWORD=%s pg_dump -Fc app",
    "  PGPASSWORD=%s ./restore.sh -v",
  })
  void anEnvironmentPrefixHidesOnlyItsValue(String line) {
    String input = line.formatted(PW);
    assertThat(REDACTOR.redact(input)).isEqualTo(line.formatted(MASK));
  }

  /** Config and prose lines keep their whole-line values. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "password: two words|password: " + MASK,
    "DB_PASSWORD=correct horse battery|DB_PASSWORD=" + MASK,
    "db.password=hunter psql -h db|db.password=" + MASK,
    "password: Xk9fake2Lm bob|password: " + MASK,
    "password = Xk9fake2Lm bob|password = " + MASK,
  })
  void configLinesKeepTheRestOfTheLine(String input, String expected) {
    assertThat(REDACTOR.redact(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"export PASSWORD=two words", "password two words"})
  void proseStaysAsBefore(String input) {
    assertThat(REDACTOR.redact(input)).isSameAs(input);
  }

  /** Log4j's {@code FormattedMessage("password={} {}", pw, "bob")}: the message starts the text. */
  @ParameterizedTest
  @ValueSource(strings = {"password=%s bob", "password=%s for bob", "db_password=%s user admin"})
  void aGeneratedValueThenPlainWordsEndsAtTheBlank(String line) {
    assertThat(REDACTOR.redact(line.formatted(PW))).isEqualTo(line.formatted(MASK));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "password=\"Xk9fake2Lm bob\" ok|password=\"" + MASK + "\" ok",
    "password='Xk9fake2Lm bob'|password='" + MASK + "'",
    "password=correct horse battery|password=" + MASK,
    "password=Xk9fake2Lm Bob Smith|password=" + MASK,
    "password=v<CO)tRQ0DTdCm>+ retrying|password=" + MASK, // no value word by itself: the line as before
  })
  void quotedAndWordyValuesStayWhole(String input, String expected) {
    assertThat(REDACTOR.redact(input)).isEqualTo(expected);
  }

  /** A keyword argument named after the variable it passes is no secret, nor is its "repeat". */
  @ParameterizedTest
  @ValueSource(strings = {
    "psycopg2.connect(host=h, password=password)",
    "conn = psycopg2.connect(host=h, password=password, user=u)",
    "client = redis.Redis(host=h, password=password)",
    "engine = connect(db_password=db_password)",
    "password=self.password",
    "password=os.environ[\"DB_PASSWORD\"]",
    "connect(password=os.environ[\"DB_PASSWORD\"], user=u)",
  })
  void aVariablePassedByNameIsNoSecret(String input) {
    assertThat(REDACTOR.redact(input)).isSameAs(input);
  }

  /**
   * A literal (quoted, in a printed object, or among pairs) is hidden, and its key stays as readable as any
   * other's: a key hidden only where it is the value's word would tell the value.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "DbConfig(url=x, password=password)|DbConfig(url=x, password=" + MASK + ")",
    "login user=admin password=password|login user=admin password=" + MASK,
    "connect(host=h, password='password')|connect(host=h, password='" + MASK + "')",
    "connect(host=h, password=passwords)|connect(host=h, password=" + MASK + ")",
  })
  void aLiteralEqualToItsKeyIsStillHidden(String input, String expected) {
    assertThat(REDACTOR.redact(input)).isEqualTo(expected);
  }
}
