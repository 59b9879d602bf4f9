package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Separators and quotes written as unicode escapes (a backslash, {@code u}, four hex digits) inside a
 * JSON string, as Gson writes {@code = & '} by default (a URL's {@code access_token=<value>&...}
 * becomes {@code access_token}, backslash-{@code u003d}, the value, backslash-{@code u0026}) and
 * .NET's serializer writes quotes.
 */
class UnicodeEscapedKeysTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = "Fake-Pa55" + "word-123";
  private static final String TOKEN = "Tk9" + "FakeFake12345xyzAbCdEf";

  @Test
  void gsonEscapedSeparatorEndsTheValueAtTheEscapedAmpersand() {
    assertThat(REDACTOR.redact("{\"body\":\"grant_type\\u003dpassword\\u0026username\\u003dbob\\u0026password\\u003d"
        + PW + "\\u0026scope\\u003dread\"}"))
        .isEqualTo("{\"body\":\"grant_type\\u003dpassword\\u0026username\\u003dbob\\u0026password\\u003d"
            + "[REDACTED:password-assignment]\\u0026scope\\u003dread\"}");
    assertThat(REDACTOR.redact("{\"url\":\"https://api.example.com/v1?access_token\\u003d" + TOKEN + "\"}"))
        .isEqualTo("{\"url\":\"https://api.example.com/v1?access_token\\u003d[REDACTED:token-assignment]\"}");
    assertThat(REDACTOR.redact("{\"dsn\":\"Server=db;User Id=sa;Password\\u003D" + PW + ";\"}"))
        .isEqualTo("{\"dsn\":\"Server=db;User Id=sa;Password\\u003D[REDACTED:password-assignment];\"}");
  }

  @Test
  void escapedQuotesOpenAndCloseTheValue() {
    assertThat(REDACTOR.redact("{\"cmd\":\"mysql --password\\u003d\\u0027" + PW + "\\u0027 -u root\"}"))
        .isEqualTo("{\"cmd\":\"mysql --password\\u003d\\u0027[REDACTED:password-assignment]\\u0027 -u root\"}");
    assertThat(REDACTOR.redact("{\"payload\":\"{\\u0022user\\u0022:\\u0022bob\\u0022,\\u0022password\\u0022:\\u0022"
        + PW + "\\u0022}\"}"))
        .isEqualTo("{\"payload\":\"{\\u0022user\\u0022:\\u0022bob\\u0022,\\u0022password\\u0022:\\u0022"
            + "[REDACTED:password-assignment]\\u0022}\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"body\":\"username\\u003dbob\\u0026password\\u003d\\u0026remember\\u003d1\"}",
    "{\"body\":\"password_reset\\u003dtrue\\u0026user\\u003dbob\"}",
    "{\"note\":\"see the \\u0027password\\u0027 field\"}",
    "{\"cfg\":\"password\\u003d${DB_PASSWORD}\"}",
    "{\"flag\":\"passwordless\\u003dtrue\"}",
  })
  void lookAlikesPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
