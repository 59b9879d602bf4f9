package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Generated secrets contain words by chance ("KEY", "fake", "Token") or start with a character that
 * also opens placeholders ({@code %}, a path's {@code /}, a mask's {@code *}, a concatenation's
 * {@code +}); such a value is still a secret, not the name of one, a test fixture, a format specifier,
 * a path or a mask.
 */
class RandomValueWordsTest {
  private static final String BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String[] WORDS = {"KEY", "key", "fake", "Dummy", "Token", "pass", "SECRET", "auth"};
  private static final String[] KEYS = {"secret", "api_key", "token", "password", "client_secret", "auth_token"};

  @Property(tries = 300)
  void randomValuesThatContainAWordAreHidden(@ForAll long seed) {
    Random r = new Random(seed);
    StringBuilder v = new StringBuilder(valueStartingWith(r, "a7Z", 24, 17)); // digits and both cases, as tokens have
    v.insert(1 + r.nextInt(v.length() - 1), WORDS[r.nextInt(WORDS.length)]);
    String value = v.toString();
    String key = KEYS[r.nextInt(KEYS.length)];

    String out = Redactor.defaults().redact("DEBUG --" + key + "=" + value + " done");

    assertThat(out).as(key).doesNotContain(value);
  }

  /** People and generators name a secret and add a random part; names add words and versions. */
  @Test
  void aNameWithARandomPartIsAValue() {
    assertThat(Redactor.defaults().redact("client_secret=acme-client-secret-8f3k2")).isEqualTo("client_secret=[REDACTED:secret-assignment]");
    assertThat(Redactor.defaults().redact("token: ci-token-a1b2c3")).isEqualTo("token: [REDACTED:token-assignment]");
    assertThat(Redactor.defaults().redact("api_key=prod-api-key-7f8a9b")).isEqualTo("api_key=[REDACTED:api-key-assignment]");
    // a key word in lower case inside a run that mixes cases or holds digits is chance, not a word of a name
    assertThat(Redactor.defaults().redact("client_secret: Qm-KyqurutrXHkey5")).isEqualTo("client_secret: [REDACTED:secret-assignment]");
    assertThat(Redactor.defaults().redact("client_secret: Qm-fnJ4EnnpwDMaB1")).isEqualTo("client_secret: [REDACTED:secret-assignment]");
    unchanged("secret: mysecretkey");
    // "fake" names a fixture when written as a word, not by chance in a generated value
    assertThat(Redactor.defaults().redact("db.password=TTFaKeZcWgeJjx")).isEqualTo("db.password=[REDACTED:password-assignment]");
    unchanged("api_key=a-FAKE-key");
    unchanged("apiKey: \"your-api-key-here\"");
    unchanged("secret: oauth2-client-secret");
    unchanged("token: v1beta1-token");
    unchanged("secret=my-secret-v2");
    unchanged("api_key=sha256-api-key");
  }

  private static void unchanged(String line) {
    assertThat(Redactor.defaults().redact(line)).isEqualTo(line);
  }

  @Property(tries = 200)
  void passwordsThatStartWithAPercentSignAreHidden(@ForAll long seed) {
    String value = valueStartingWith(new Random(seed), "%", 8, 12);

    assertThat(Redactor.defaults().redact("db.password=" + value)).doesNotContain(value);
    assertThat(Redactor.defaults().redact("password: " + value + " done")).doesNotContain(value);
  }

  @Property(tries = 200)
  void base64KeysThatStartWithAPlusOrASlashAreHidden(@ForAll long seed) {
    Random r = new Random(seed);
    byte[] bytes = new byte[32];
    r.nextBytes(bytes);
    bytes[0] = (byte) (r.nextBoolean() ? 0xfb : 0xff); // base64 "+" or "/" first: 111110 or 111111
    String value = java.util.Base64.getEncoder().encodeToString(bytes);

    assertThat(Redactor.defaults().redact("encryption_key: " + value)).doesNotContain(value);
    assertThat(Redactor.defaults().redact("{\"signing_key\": \"" + value + "\"}")).doesNotContain(value);
    assertThat(Redactor.defaults().redact("HMAC_SECRET=" + value + " loaded")).doesNotContain(value);
  }

  @Property(tries = 200)
  void passwordsThatStartWithOneStarAreHidden(@ForAll long seed) {
    String value = valueStartingWith(new Random(seed), "*", 9, 12);

    assertThat(Redactor.defaults().redact("ssl.key.password = " + value)).doesNotContain(value);
  }

  /** {@code lead}, then random base-62 characters up to {@code min} to {@code min + spread - 1} in all. */
  private static String valueStartingWith(Random r, String lead, int min, int spread) {
    StringBuilder v = new StringBuilder(lead);
    int length = min + r.nextInt(spread);
    while (v.length() < length) {
      v.append(BASE62.charAt(r.nextInt(BASE62.length())));
    }
    return v.toString();
  }

  @Property(tries = 50)
  void formatSpecifiersAndVariableReferencesStayPlaceholders(@ForAll("placeholders") String placeholder) {
    String text = "password=" + placeholder;
    assertThat(Redactor.defaults().redact(text)).isSameAs(text);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> placeholders() {
    return net.jqwik.api.Arbitraries.of("%s", "%(password)s", "%1$s", "%DB_PASSWORD%", "${DB_PASSWORD}", "$DB_PASSWORD",
        "****", "***abcd", "*****1234", "*redacted*", "*", "/run/secrets/db_password", "/home/User1/projects/MyApp2",
        "\"/var/lib/Secret1/Config/app2.key\"");
  }
}
