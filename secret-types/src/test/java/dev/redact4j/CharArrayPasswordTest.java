package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Java keeps passwords in {@code char[]}, and {@code Arrays.toString}, Log4j's and SLF4J's {@code {}}
 * print one as {@code [h, u, n, ...]}: under a password, secret, token or key word, with or without a
 * separator, that is the secret, one character at a time, hidden whole. Short lists and lists of words
 * stay. An {@code Optional} prints
 * as {@code Optional[value]}: the value is hidden.
 */
class CharArrayPasswordTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  private static String printed(char[] chars) {
    return Arrays.toString(chars);
  }

  @Test
  void aCharArrayUnderAPasswordKeyIsHiddenWhole() {
    char[] pw = FakeSecrets.chars(new Random(5), FakeSecrets.ALNUM, 14).toCharArray();
    String chars = printed(pw);
    assertThat(REDACTOR.redact("keystore password=" + chars + " loaded"))
        .isEqualTo("keystore password=[REDACTED:password-assignment] loaded");
    assertThat(REDACTOR.redact("{user=bob, password=" + chars + "}"))
        .isEqualTo("{user=bob, password=[REDACTED:password-assignment]}");
    assertThat(REDACTOR.redact("DbConfig[url=jdbc:h2:mem, password=" + chars + ", pool=4]"))
        .isEqualTo("DbConfig[url=jdbc:h2:mem, password=[REDACTED:password-assignment], pool=4]");
    assertThat(REDACTOR.redact("passphrase: " + printed("a b;c,d]e".toCharArray())))
        .doesNotContain("a, ,").doesNotContain("c, ,, d");
    assertThat(REDACTOR.redact("client_secret=" + chars)).doesNotContain(chars.substring(1, 16));
  }

  @Test
  void anOptionalUnderAPasswordKeyHasItsValueHidden() {
    String pw = FakeSecrets.chars(new Random(6), FakeSecrets.ALNUM, 16);
    assertThat(REDACTOR.redact("password=Optional[" + pw + "] loaded"))
        .isEqualTo("password=Optional[[REDACTED:password-assignment]] loaded");
    assertThat(REDACTOR.redact("DbConfig{user=bob, password=Optional[" + pw + "]}"))
        .isEqualTo("DbConfig{user=bob, password=Optional[[REDACTED:password-assignment]]}");
    assertThat(REDACTOR.redact("password=Optional[${DB_PASSWORD}]")).isEqualTo("password=Optional[${DB_PASSWORD}]");
  }

  @Test
  void aCharArrayUnderATokenKeyOrAfterAKeyInProseIsHiddenWhole() {
    String chars = printed(FakeSecrets.chars(new Random(7), FakeSecrets.ALNUM, 30).toCharArray());
    // SLF4J's and Log4j's {} print a char[] argument so: log.info("token {}", tokenChars)
    assertThat(REDACTOR.redact("apiKey=" + chars)).isEqualTo("apiKey=[REDACTED:api-key-assignment]");
    assertThat(REDACTOR.redact("token=" + chars + " expires=3600"))
        .isEqualTo("token=[REDACTED:token-assignment] expires=3600");
    assertThat(REDACTOR.redact("token " + chars)).isEqualTo("token [REDACTED:token-assignment]");
    assertThat(REDACTOR.redact("login with password " + chars + " failed"))
        .isEqualTo("login with password [REDACTED:password-assignment] failed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"token [a, b]", "token scopes [r, w, x]", "password [REDACTED]",
      "tokens [ab, cd, ef, gh, ij, kl]"})
  void shortOrWordListsAfterAKeyInProseStay(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"password=[a, b]", "password=[REDACTED]", "roles=[a, b, c, d, e, f]",
      "password=[admin, user, guest, ops, dev, qa]", "password=[]", "letters=[h, u, n, t, e, r, 2]"})
  void listsThatAreNoCharArrayPasswordStay(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }
}
