package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where a value ends when it holds the characters its own syntax ends values with, written in that
 * syntax's escaped form: the mask covers the whole value (no tail of it is shown) and stops where the
 * syntax ends it, so the next field stays visible.
 */
class ValueBoundariesTest {
  private static final Redactor REDACTOR = Redactor.defaults();
  private static final String SYMBOLS = "!#$%^*()-_+[]{}:,.<>/?~"; // | ends a value: a table cell's bar

  /** A generated password with a blank in it and one of {@code quote} in its middle, fake by its parts. */
  private static String passwordHolding(Random r, char quote) {
    return "Fake" + FakeSecrets.chars(r, SYMBOLS, 2) + quote + FakeSecrets.mixed(r, 6) + " Pa55"
        + FakeSecrets.chars(r, SYMBOLS, 2);
  }

  /** Every 6-character piece of {@code value}: none may survive. */
  private static void assertNoPieceOf(String value, String out) {
    for (int i = 0; i + 6 <= value.length(); i++) {
      assertThat(out).as("piece %s of the value", value.substring(i, i + 6)).doesNotContain(value.substring(i, i + 6));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"  password: '%s'", "  db_password: '%s' # rotated", "secret: '%s'"})
  void aYamlSingleQuotedValueReadsItsDoubledQuote(String shape) {
    Random r = new Random(shape.hashCode());
    for (int round = 0; round < 20; round++) {
      String value = passwordHolding(r, '\'');
      String line = shape.formatted(value.replace("'", "''"));
      String out = REDACTOR.redact(line);
      assertNoPieceOf(value.replace("'", "''"), out);
      assertThat(out).startsWith(line.substring(0, line.indexOf('\'') + 1)).contains("[REDACTED:");
      if (shape.contains("#")) {
        assertThat(out).endsWith("' # rotated");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"export DB_PASSWORD=%s", "PASSWORD=%s ./run.sh --db main", "api_key=%s"})
  void aShellWordOfGluedQuotedPartsIsOneValue(String shape) {
    Random r = new Random(shape.hashCode());
    for (int round = 0; round < 20; round++) {
      String value = passwordHolding(r, '\'');
      String word = "'" + value.replace("'", "'\"'\"'") + "'"; // how a shell quotes a single quote
      String out = REDACTOR.redact(shape.formatted(word));
      assertNoPieceOf(value, out);
      assertThat(out).contains("[REDACTED:");
      if (shape.contains("./run.sh")) {
        assertThat(out).endsWith(" ./run.sh --db main");
      }
    }
  }

  @Test
  void anotherQuoteGluedToTheClosingOneEndsTheValue() {
    String line = "{\"message\":\"statement: ALTER ROLE app WITH PASSWORD 'Fake-Pa55word-9'\",\"app\":\"cnpg\"}";
    assertThat(REDACTOR.redact(line))
        .isEqualTo("{\"message\":\"statement: ALTER ROLE app WITH PASSWORD '[REDACTED:password-assignment]'\","
            + "\"app\":\"cnpg\"}");
  }

  @Test
  void aDoubledQuoteStillEndsAnEmptyValue() {
    String line = "password='' user=bob";
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"exec: tool --password=%s --verbose", "app.db.password=%s", "token=%s user=bob"})
  void aBlankEscapedWithABackslashBelongsToTheValue(String shape) {
    Random r = new Random(shape.hashCode());
    for (int round = 0; round < 20; round++) {
      String value = "Fake" + FakeSecrets.mixed(r, 5) + "\\ Pa55" + FakeSecrets.chars(r, SYMBOLS, 3) + "\\ word"
          + FakeSecrets.mixed(r, 4);
      String out = REDACTOR.redact(shape.formatted(value));
      assertNoPieceOf(value, out);
      if (shape.contains("--verbose")) {
        assertThat(out).endsWith("[REDACTED:password-assignment] --verbose");
      }
      if (shape.contains("user=bob")) {
        assertThat(out).endsWith(" user=bob");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Loaded DataSourceConfig{url=jdbc:h2:mem, password=%s, user=bob}",
      "Loaded DbProps(host=db, password=%s, user=bob)", "Loaded DbProps(host=db, password=%s)", "Config{secret=%s}"})
  void aDumpedFieldRunsToTheNextFieldOrToTheDumpsEnd(String shape) {
    Random r = new Random(shape.hashCode());
    String after = shape.substring(shape.indexOf("%s") + 2);
    for (int round = 0; round < 20; round++) {
      String value = "Fake" + FakeSecrets.chars(r, "})!#%?~", 2) + FakeSecrets.mixed(r, 4) + " Pa55"
          + FakeSecrets.chars(r, ",})", 2) + FakeSecrets.mixed(r, 5); // ", " in it reads as an argument list
      String out = REDACTOR.redact(shape.formatted(value));
      assertNoPieceOf(value, out);
      assertThat(out).endsWith("]" + after);
    }
  }

  @Test
  void aDumpFollowedByAnotherObjectKeepsIt() {
    String line = "Props{password=Fake-Pa55word-9} Other{x=1, user=bob}";
    assertThat(REDACTOR.redact(line)).isEqualTo("Props{password=[REDACTED:password-assignment]} Other{x=1, user=bob}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"    def open(self, name, mode=\"r\", pwd=None, *, force_zip64=False):",
      "secret_add(type=\"HTTP Secrets\", name=\"web\", secret=dict(url=BASE_URL + \"/get\", extra=\"x\"))",
      "SELECT secret_add( name=\"web\", secret=dict( url=\"https://example.com/\" )) AS Secret FROM scope()"})
  void codeInAnArgumentListIsNoDumpedField(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"config: {Host:db Port:5432 Password:%s User:bob}", "config: {Host:db Password:%s}",
      "&{Name:app Secret:%s Timeout:30s}"})
  void aGoStructFieldRunsToTheNextFieldOrToTheStructsEnd(String shape) {
    Random r = new Random(shape.hashCode());
    String after = shape.substring(shape.indexOf("%s") + 2);
    for (int round = 0; round < 20; round++) {
      String value = "Fake" + FakeSecrets.chars(r, "!#%?~", 2) + FakeSecrets.mixed(r, 4) + " Pa55"
          + FakeSecrets.chars(r, "#%?~", 2) + " word" + FakeSecrets.mixed(r, 5);
      String out = REDACTOR.redact(shape.formatted(value));
      assertNoPieceOf(value, out);
      assertThat(out).endsWith("]" + after);
    }
  }

  @Test
  void aGoStructFieldBeforeProseKeepsTheProse() {
    String line = "{Host:db Password:Fake-Pa55word-9} login failed for bob";
    assertThat(REDACTOR.redact(line))
        .isEqualTo("{Host:db Password:[REDACTED:password-assignment]} login failed for bob");
  }

  @Test
  void aSchemeWordBeforeATokenInADumpStaysAWord() {
    String token = FakeSecrets.github(new Random(7), "ghp_");
    assertThat(REDACTOR.redact("Request{auth=token " + token + "}"))
        .isEqualTo("Request{auth=token [REDACTED:github-pat-classic]}");
    assertThat(REDACTOR.redact("{Host:api Auth:Bearer " + token + "}")).contains("Auth:Bearer [REDACTED:");
  }
}
