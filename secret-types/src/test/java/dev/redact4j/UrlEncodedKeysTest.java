package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keys and separators written URL-encoded, as form bodies and redirect parameters are logged:
 * {@code password%3D<value>%26...}, Rails-style {@code user%5Bpassword%5D=<value>&...} and
 * {@code user[password]=<value>&...}.
 */
class UrlEncodedKeysTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = "Fake-Pa55" + "word-123";

  @Test
  void encodedSeparatorEndsTheValueAtTheEncodedAmpersand() {
    assertThat(REDACTOR.redact("POST /login body=username%3Dbob%26password%3D" + PW + "%26remember%3D1"))
        .isEqualTo("POST /login body=username%3Dbob%26password%3D[REDACTED:password-assignment]%26remember%3D1");
    assertThat(REDACTOR.redact("redirect=%2Fcallback%3Fpassword%3d" + PW + "&state=xyz"))
        .isEqualTo("redirect=%2Fcallback%3Fpassword%3d[REDACTED:password-assignment]&state=xyz");
    assertThat(REDACTOR.redact("body=\"password%3D" + PW + "\" status=200"))
        .isEqualTo("body=\"password%3D[REDACTED:password-assignment]\" status=200");
    assertThat(REDACTOR.redact("data=%7B%22password%22%3A%22" + PW + "%22%2C%22user%22%3A%22bob%22%7D"))
        .isEqualTo("data=%7B%22password%22%3A%22[REDACTED:password-assignment]%22%2C%22user%22%3A%22bob%22%7D");
    assertThat(REDACTOR.redact("q=password%3D" + PW + " next")).isEqualTo("q=password%3D[REDACTED:password-assignment] next");
  }

  @Test
  void bracketedKeysEncodedOrNot() {
    assertThat(REDACTOR.redact("Parameters: user%5Bpassword%5D=" + PW + "&user%5Bemail%5D=bob%40example.com"))
        .isEqualTo("Parameters: user%5Bpassword%5D=[REDACTED:password-assignment]&user%5Bemail%5D=bob%40example.com");
    assertThat(REDACTOR.redact("user%5bpassword%5d%3d" + PW + "%26user%5bemail%5d%3dbob"))
        .isEqualTo("user%5bpassword%5d%3d[REDACTED:password-assignment]%26user%5bemail%5d%3dbob");
    assertThat(REDACTOR.redact("user[password]=" + PW + "&user[email]=bob@example.com"))
        .isEqualTo("user[password]=[REDACTED:password-assignment]&user[email]=bob@example.com");
    assertThat(REDACTOR.redact("account%5Bpass%5D=" + PW + "&x=1")).doesNotContain(PW);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "body=username%3Dbob%26password%3D%26remember%3D1",
    "body=password_reset%3Dtrue%26user%3Dbob",
    "body=passwordless%3Dtrue",
    "user%5Bpassword_confirmation_required%5D=true",
    "form%5Bpassword%5D=&form%5Bemail%5D=bob",
    "compass%3Dnorth%26bypass%3D1",
  })
  void lookAlikesPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
