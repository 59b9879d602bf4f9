package dev.redact4j.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SensitiveNamesTest {
  private static final SensitiveNames DEFAULT = SensitiveNames.of(List.of(), List.of());
  private static final SensitiveNames CUSTOM = SensitiveNames.of(List.of("pin"), List.of("nextpagetoken"));

  @ParameterizedTest
  @ValueSource(strings = {"password", "PASSWORD", "dbPassword", "db_password", "db.password", "passwd", "pwd",
      "secret", "client_secret", "clientSecret", "CLIENT-SECRET", "token", "accessToken", "refresh_token",
      "apiKey", "api_key", "X-API-KEY", "x-api-key", "Authorization", "Proxy-Authorization", "credentials",
      "credential", "privateKey", "private_key", "cookie", "Set-Cookie", "aws_secret_access_key", "secretKey",
      "hasPassword", "pass phrase", "password_confirmation", "passwordConfirm", "password2", "api_key_1",
      "passwords", "cvv", "card_cvc", "securityCode", "token-2"})
  void sensitive(String name) {
    assertThat(DEFAULT.isSensitive(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "id", "user", "passwordPolicy", "tokenCount", "tokens", "secretary", "keyId",
      "tokenizer", "cookies_enabled", "pin", "authorizationUrl", "prompt_tokens", "oauth2", "sha256", "v2"})
  void notSensitive(String name) {
    assertThat(DEFAULT.isSensitive(name)).isFalse();
  }

  /**
   * Key material named by what the key does ({@code signingKey}, {@code encryption_key}, Azure's
   * {@code AccountKey} and {@code Ocp-Apim-Subscription-Key}), a bare JWT and an OTP seed: the core
   * engine takes all of these as secret keys in log text.
   */
  @ParameterizedTest
  @ValueSource(strings = {"signingKey", "jwt_signing_key", "encryptionKey", "ENCRYPTION_KEY", "decryptionKey",
      "masterKey", "hmacKey", "hmac_key", "sharedKey", "AccountKey", "storage_account_key", "subscriptionKey",
      "Ocp-Apim-Subscription-Key", "aesKey", "privKey", "priv_key", "private_key_pem", "jwt", "JWT", "idJwt",
      "otpSeed", "totp_seed", "MFA_SEED"})
  void keyMaterialNamedByItsUseIsSensitive(String name) {
    assertThat(DEFAULT.isSensitive(name)).isTrue();
  }

  /** Keys that are public, locate data or name a key rather than hold it stay as they are. */
  @ParameterizedTest
  @ValueSource(strings = {"publicKey", "partitionKey", "sortKey", "primaryKey", "routingKey", "cacheKey",
      "idempotencyKey", "objectKey", "key", "signingKeyId", "encryption_key_arn", "masterKeyName", "kmsKeyName",
      "jwksUri", "jwtIssuer", "seed", "randomSeed", "accountKeyAlias"})
  void keysThatLocateOrNameAKeyAreNotSensitive(String name) {
    assertThat(DEFAULT.isSensitive(name)).isFalse();
  }

  /**
   * Configuration keys and secret-store paths separate their parts with {@code :} (.NET,
   * {@code Smtp:Pass}) and {@code /} (Consul, Vault: {@code app/db/pw}): these separate words too.
   */
  @ParameterizedTest
  @ValueSource(strings = {"app/db/pw", "smtp:pw", "db/pass", "Azure:Api:Key", "api/key", "x:api:key",
      "vault/client/secret_key", "Jwt:Secret"})
  void colonsAndSlashesSeparateWords(String name) {
    assertThat(DEFAULT.isSensitive(name)).isTrue();
    assertThat(DEFAULT.isSensitiveUncached(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"app/bypass", "nav:compass", "api/keys/count", "Password/Policy", "token:count"})
  void colonsAndSlashesDoNotMakeOtherNamesSensitive(String name) {
    assertThat(DEFAULT.isSensitive(name)).isFalse();
  }

  /**
   * Lists and maps of secrets are named in the plural ({@code apiKeys}, {@code clientSecrets}), and
   * the core engine already takes these names as keys in log text; bare {@code tokens} stays out
   * (an LLM's {@code prompt_tokens} is a count).
   */
  @ParameterizedTest
  @ValueSource(strings = {"apiKeys", "api_keys", "X-API-KEYS", "secrets", "clientSecrets", "client_secrets",
      "privateKeys", "secretKeys", "accessKeys", "passphrases", "passcode", "passcodes", "accessTokens",
      "refresh_tokens", "authTokens", "apiTokens", "cookies", "Cookies"})
  void pluralsOfSecretWordsAreSensitive(String name) {
    assertThat(DEFAULT.isSensitive(name)).isTrue();
  }

  /**
   * {@code pass} and {@code pw} are the short forms configurations use ({@code DB_PASS},
   * {@code smtpPass}, {@code "pw"}), counted only as a word of their own, as the core engine counts
   * them: after a separator, at a lower-to-upper case change, or as the whole name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"pass", "PASS", "Pass", "DB_PASS", "dbPass", "smtp.pass", "redis-pass", "user_pass2",
      "app.db.pass[0]", "pw", "PW", "dbPw", "db_pw", "DB-PW", "pw1"})
  void passAndPwAsAWordOfTheirOwnAreSensitive(String name) {
    assertThat(DEFAULT.isSensitive(name)).isTrue();
    assertThat(DEFAULT.isSensitiveUncached(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bypass", "BYPASS", "cacheBypass", "compass", "Compass", "surpass", "dbpass", "DBPASS",
      "p", "w", "npw", "KPW", "passport", "pwLength", "passed"})
  void passAndPwInsideAnotherWordAreNot(String name) {
    assertThat(DEFAULT.isSensitive(name)).isFalse();
    assertThat(DEFAULT.isSensitiveUncached(name)).isFalse();
  }

  @Test
  void passAndPwFollowExemptions() {
    SensitiveNames exempting = SensitiveNames.of(List.of(), List.of("dbpass"));
    assertThat(exempting.isSensitive("DB_PASS")).isFalse();
    assertThat(exempting.isSensitive("smtp_pass")).isTrue();
    // A payload whose "pass" is a test result keeps it.
    SensitiveNames results = SensitiveNames.of(List.of(), List.of("pass"));
    assertThat(results.isSensitive("pass")).isFalse();
    assertThat(results.isSensitive("DB_PASS")).isTrue();
  }

  /** Spring property names with a list index or map key, as an {@code Environment} dump holds them. */
  @ParameterizedTest
  @ValueSource(strings = {"app.passwords[0]", "app.db.password[1]", "app.credentials[github]",
      "spring.security.oauth2.client.registration.gh.client-secret[0]", "api_key_1[2]", "tokens[0].token[3]"})
  void aTrailingIndexOrMapKeyIsSetAside(String name) {
    assertThat(DEFAULT.isSensitive(name)).isTrue();
    assertThat(DEFAULT.isSensitiveUncached(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"app.tokens[0]", "passwordPolicy[0]", "app.password[0].hint", "[password]", "a[password]"})
  void anIndexOnlySetsAsideWhatFollowsASensitiveName(String name) {
    assertThat(DEFAULT.isSensitive(name)).isFalse();
  }

  @Test
  void anExemptNameStaysExemptWithAnIndex() {
    assertThat(CUSTOM.isSensitive("next_page_token[0]")).isFalse();
    assertThat(CUSTOM.isSensitive("pin[0]")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pin", "cardPin", "card_pin", "sessionToken"})
  void addedNamesMatchLikeBuiltInOnes(String name) {
    assertThat(CUSTOM.isSensitive(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nextPageToken", "next_page_token", "NEXT-PAGE-TOKEN"})
  void exemptNamesMatchAfterNormalization(String name) {
    assertThat(CUSTOM.isSensitive(name)).isFalse();
  }

  /** The allocation-free matcher agrees with "normalize, then endsWith" on any name. */
  @Property(tries = 2000)
  void matcherAgreesWithNormalizedEndsWith(
      @ForAll @Chars({'_', '-', '.', ' ', 'A', 'K', 'E', 'Y', 'T', 'O', 'N'}) @CharRange(from = 'a', to = 'z')
          String name) {
    String n = SensitiveNames.normalize(name);
    Assume.that(!n.contains("pass") && !n.contains("pw")); // word-only forms, tested above
    boolean expected = SensitiveNames.BUILT_IN.stream().anyMatch(n::endsWith);
    assertThat(DEFAULT.isSensitive(name)).isEqualTo(expected);
  }

  /** Asking twice (the second answer may come from the cache) gives the uncached answer both times. */
  @Property(tries = 2000)
  void cachedAnswersAgreeWithFirstAnswers(
      @ForAll @Chars({'_', '-', '.', ' ', 'A', 'K', 'E', 'Y', 'T', 'O', 'N'}) @CharRange(from = 'a', to = 'z')
          String name) {
    String n = SensitiveNames.normalize(name);
    Assume.that(!n.contains("pass") && !n.contains("pw")); // word-only forms, tested above
    boolean expected = SensitiveNames.BUILT_IN.stream().anyMatch(n::endsWith);
    assertThat(DEFAULT.isSensitive(name)).isEqualTo(expected);
    assertThat(DEFAULT.isSensitive(name)).isEqualTo(expected);
  }

  @Test
  void oneInstanceNeverAnswersForAnother() {
    // Same String instances, decided not sensitive by one instance and sensitive by the other.
    String pin = "cardPin";
    String exempted = "nextPageToken";
    for (int i = 0; i < 10; i++) {
      assertThat(DEFAULT.isSensitive(pin)).isFalse();
      assertThat(CUSTOM.isSensitive(pin)).isTrue();
      assertThat(CUSTOM.isSensitive(exempted)).isFalse();
      assertThat(DEFAULT.isSensitive(exempted)).isTrue();
    }
  }

  @Test
  void anyNumberOfDistinctNamesKeepsAtMostAFixedNumberAlive() {
    SensitiveNames names = SensitiveNames.of(List.of(), List.of());
    for (int i = 0; i < 100_000; i++) {
      assertThat(names.isSensitive("field" + i)).isFalse();
    }
    assertThat(names.cachedNames()).isPositive().isLessThanOrEqualTo(SensitiveNames.CACHE_SLOTS);
    String longName = "x".repeat(SensitiveNames.CACHE_MAX_LENGTH + 1);
    SensitiveNames fresh = SensitiveNames.of(List.of(), List.of());
    assertThat(fresh.isSensitive(longName)).isFalse();
    assertThat(fresh.cachedNames()).isZero();
  }

  /** Names that come from data are decided like field names and never kept alive. */
  @Property(tries = 500)
  void uncachedAnswersAgreeAndCacheNothing(
      @ForAll @Chars({'_', '-', '.', ' ', 'A', 'K', 'E', 'Y', 'T', 'O', 'N'}) @CharRange(from = 'a', to = 'z')
          String name) {
    SensitiveNames fresh = SensitiveNames.of(List.of(), List.of());
    assertThat(fresh.isSensitiveUncached(name)).isEqualTo(DEFAULT.isSensitive(name));
    assertThat(fresh.cachedNames()).isZero();
  }

  @Test
  void sensitiveNamesAreNotCached() {
    SensitiveNames fresh = SensitiveNames.of(List.of(), List.of());
    assertThat(fresh.isSensitive("dbPassword")).isTrue();
    assertThat(fresh.isSensitive("dbPassword")).isTrue();
    assertThat(fresh.cachedNames()).isZero();
  }
}
