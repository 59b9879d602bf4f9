package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fields of products' own log formats (the sample logs Elastic keeps for its integrations) that sit under a
 * secret word without holding a secret. Each passes unchanged; the same key with a generated secret value
 * stays hidden.
 */
class ProductLogLookAlikesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final Random RANDOM = new Random(20261130L);

  private static String secret() {
    return "Fk" + FakeSecrets.mixed(RANDOM, 26);
  }

  private static void assertHidden(String shape) {
    String value = secret();
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }

  /** Vault's audit log: {@code "token_issue_time":"2020-12-01T20:28:40Z"}; a time is no secret. */
  @ParameterizedTest
  @ValueSource(strings = {
    "{\"token_type\":\"service\",\"token_ttl\":3600,\"token_issue_time\":\"2020-12-01T20:28:40Z\"}",
    "\"token_issue_time\":\"2021-04-29T21:53:46Z\"},\"request\"",
    "token_timestamp=2020-12-01T20:28:40.123456Z",
    "\"session_time\":\"2019-10-18T04:45:48.0729893-05:00\"",
    "secret_issue_date: 2020-12-01 20:28:40",
    "\"auth_token_at\": \"2020-12-01T20:28:40+0000\"",
  })
  void aTimestampUnderASecretKeyPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"token_issue_time\":\"%s\"}", "token_timestamp=%s", "\"session_time\":\"%s\"", "secret_issue_date: %s",
    "token=2020-12-01T20:28:40Z%s", "password=%s",
  })
  void aSecretUnderTheSameKeysStaysHidden(String shape) {
    assertHidden(shape);
  }
  private static String xs(int n) {
    return "X".repeat(n);
  }

  /**
   * GitHub's secret-scanning alerts print the type's placeholder under {@code "secret"}, a run of {@code X} with
   * the vendor's suffix: {@code "secret":"XXXX...-us2"} (Mailchimp). Under any secret key a value that is mostly
   * filler is a placeholder, as it already was under a password key. (A vendor prefix before the filler,
   * {@code aio_XXXX...}, {@code AP6xxxxxxxxxx}, is still hidden: the shared corpus counts such examples as secrets.)
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "{\"secret_type\":\"mailchimp_api_key\",\"secret\":\"%2$s-us2\"}",
    "api_key=%2$s-us2",
    "client_secret: %1$s.apps",
    "\"session_key\": \"%1$s==\"",
  })
  void aVendorPlaceholderOfFillerPasses(String shape) {
    String line = String.format(shape, xs(28), xs(32));
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"secret_type\":\"mailchimp_api_key\",\"secret\":\"%s-us2\"}", "api_key=%s-us2", "\"secret\":\"%sXXXX\"",
  })
  void aSecretBesideSomeFillerStaysHidden(String shape) {
    assertHidden(shape);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ghp_", "npm_", "AKIA", "sk_live_"})
  void aVendorTokenWithARandomBodyStaysHidden(String prefix) {
    String token = prefix.equals("ghp_") ? FakeSecrets.github(RANDOM, prefix)
        : prefix.equals("AKIA") ? prefix + FakeSecrets.chars(RANDOM, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
        : prefix + FakeSecrets.mixed(RANDOM, prefix.equals("npm_") ? 36 : 24);
    String line = "value " + token + " end";
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(token).contains("[REDACTED:");
  }
  /**
   * Check Point's audit log names a session by its unique id, a UUID: {@code session_uid:"<uuid>"}. A key whose
   * last word is {@code uid}, {@code uuid} or {@code guid} names an id when its value is a UUID.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "operation:\"Log Out\"; session_uid:\"f424fd06-f25a-44f1-918d-5c837b77f1c8\"; subject:\"Administrator Logout\"",
    "\"session_uuid\": \"0b0c8a1a-497a-4758-a6fc-c046970dfb58\"",
    "sessionGuid=8A4DE8B5-095C-47D0-A96F-A75130C61D53",
    "token_uid=3aa3f349-b55a-43e3-a795-dd4137d64299",
  })
  void aUuidUnderAUniqueIdKeyPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "session_uid:\"%s\";", "\"session_uuid\": \"%s\"", "sessionGuid=%s", "token_uid=%s", "session_id=%s",
  })
  void aSecretUnderAUniqueIdKeyStaysHidden(String shape) {
    assertHidden(shape);
  }

  @ParameterizedTest
  @ValueSource(strings = {"session_id=%s", "X-Vault-Token: %s", "CONSUL_HTTP_TOKEN=%s", "session=%s"})
  void aRandomUuidUnderASessionOrTokenKeyStaysHidden(String shape) {
    long high = RANDOM.nextLong() & ~0xF000L | 0x4000L; // version 4: random
    long low = RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
    String uuid = new java.util.UUID(high, low).toString();
    String line = String.format(shape, uuid);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(uuid).contains("[REDACTED:");
  }
  /**
   * Cisco ISE names a RADIUS session by its node and two counters: {@code AcsSessionID=cisco-ise-host/435083133/126}.
   * A session value that is a name followed by two or more {@code /}-separated numbers is such an id.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "NOTICE Passed-Authentication: Authentication succeeded, AcsSessionID=cisco-ise-host/435083133/126, Step=11001,",
    "cisco-av-pair=coa-push=true, AcsSessionID=ise/403491114/1, SelectedAccessService=NDAC_SGT_Service,",
    "AcsSessionID=lxprdisepsn04/543883580/12648582, AuthenticationIdentityStore=Duo_Radius,",
  })
  void aSessionNamedByANodeAndCountersPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "AcsSessionID=%s/435083133/126,", "AcsSessionID=ise/%s/1,", "AcsSessionID=ise/4030/%s,", "sessionId=a/%s",
    "session=%s/12/34",
  })
  void aSessionTokenWithSlashesStaysHidden(String shape) {
    assertHidden(shape);
  }
  /**
   * F5 BIG-IP APM and FortiGate's WAD print a session's short id, 8 hex digits (32 bits: a number, not a bearer
   * token, which a browser holds as a longer cookie): {@code "session_id":"acb12bdc"}, {@code session_id=5f88ddd1}.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "{\"hostname\":\"example.com\",\"errdefs_msgno\":\"01490102:5:\",\"session_id\":\"acb12bdc\","
        + "\"Access_Profile\":\"/Common/x\"}",
    "logdesc=\"SSL Fatal Alert received\" session_id=5f88ddd1 policyid=0 srcip=172.18.70.15",
    "Session_ID=0A1B2C3D done",
  })
  void aSessionNumberOfEightHexDigitsPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"session_id=%s", "\"session_id\":\"%s\"", "Session_ID=%s"})
  void aLongerHexSessionStaysHidden(String shape) {
    String hex = FakeSecrets.chars(RANDOM, "0123456789abcdef", 16);
    String line = String.format(shape, hex);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(hex).contains("[REDACTED:");
    assertHidden(shape);
  }
  /**
   * GitLab's request logs time each Redis store, sessions among them, in seconds:
   * {@code "redis_sessions_duration_s":0.001552}. A decimal number is a measure, not a secret (under a password
   * key it may still be a password).
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "{\"redis_sessions_calls\":3,\"redis_sessions_duration_s\":0.001552,\"redis_sessions_read_bytes\":180}",
    "\"redis_sessions_duration_s\":1.2e-05,",
    "session_ratio=-12.500001 x",
    "token_cost: 0.00012345",
  })
  void aDecimalNumberUnderASecretKeyPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"redis_sessions_duration_s\":%s,", "session=0.%s", "token_cost: 1.5%s"})
  void aSecretUnderTheSameKeysAsADecimalStaysHidden(String shape) {
    assertHidden(shape);
  }

  @ParameterizedTest
  @ValueSource(strings = {"password=3.14159265", "\"password\": \"2024.0419\""})
  void aDecimalPasswordStaysHidden(String line) {
    assertThat(REDACTOR.redact(line)).contains("[REDACTED:");
  }
  /**
   * Entra ID's sign-in logs name a token by its identifier ({@code "uniqueTokenIdentifier":"<22 base64url>"}),
   * and JWT ids are logged as {@code token_jti}: the last word {@code identifier} or {@code jti} names an id, as
   * {@code id} does. A session's identifier is still the session.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "{\"uniqueTokenIdentifier\":\"%s\",\"tokenIssuerType\":\"AzureAD\"}",
    "{\"event\":\"token.refresh\",\"token_jti\":\"%s\"}",
  })
  void aTokenIdentifierPasses(String shape) {
    String line = String.format(shape, secret());
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"uniqueToken\":\"%s\"}", "{\"token\":\"%s\"}", "session_identifier=%s"})
  void theTokenOrSessionItselfStaysHidden(String shape) {
    assertHidden(shape);
  }

  /**
   * GitHub's audit log prints {@code "hashed_token":"<base64 of SHA-256>"} so that a leaked token can be looked up;
   * other products print {@code token_hash=sha256:<hex>}. A key that names a digest of a secret, with a value of a
   * digest's length, is a digest; a value of any other shape under it stays hidden.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "{\"action\":\"oauth_access.create\",\"hashed_token\":\"%1$s\",\"token_id\":123}",
    "{\"token_hash\":\"sha256:%2$s\"}",
    "token_digest=%2$s",
    "api_key_fingerprint: %3$s",
  })
  void aDigestOfASecretPasses(String shape) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String base64 = java.util.Base64.getEncoder().encodeToString(bytes);
    String hex = FakeSecrets.chars(RANDOM, "0123456789abcdef", 64);
    String sha1 = FakeSecrets.chars(RANDOM, "0123456789abcdef", 40);
    String line = String.format(shape, base64, hex, sha1);
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"hashed_token\":\"%s\"}", "{\"token_hash\":\"%s\"}", "token_digest=%s"})
  void aSecretUnderADigestKeyStaysHidden(String shape) {
    assertHidden(shape);
  }
  /**
   * Web servers log the TLS session id ({@code %{SSL_SESSION_ID}x} in Apache, {@code $ssl_session_id} in nginx,
   * {@code ssl_fc_session_id} in HAProxy): up to 32 bytes in hex that the handshake sends in the clear. Under a
   * key naming a TLS or SSL session's id, such hex passes; another value there stays hidden.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "10.0.0.1 - - [30/Nov/2026:06:00:00 +0000] \"GET / HTTP/1.1\" 200 5 TLSv1.2 ssl_session_id=%s",
    "{\"ssl_session_id\":\"%s\",\"ssl_protocol\":\"TLSv1.3\"}",
    "SSL_SESSION_ID=%s",
    "tlsSessionId: %s",
  })
  void aTlsSessionIdPasses(String shape) {
    String line = String.format(shape, FakeSecrets.chars(RANDOM, "0123456789abcdef", 64));
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /**
   * An algorithm in a key's name may say what a secret is for, not that the value is a digest: an HMAC key
   * for SHA-256 is 64 hex digits too. And a TLS session ticket key is a secret, whatever its key says about TLS.
   */
  @ParameterizedTest
  @ValueSource(strings = {"HMAC_SHA256_SECRET=%s", "webhook_secret_sha256=%s", "{\"md5_secret\":\"%s\"}",
      "ssl_session_ticket_key=%s", "tls_session_ticket=%s"})
  void aHexSecretNamedAfterItsAlgorithmStaysHidden(String shape) {
    String hex = FakeSecrets.chars(RANDOM, "0123456789abcdef", 64);
    String line = String.format(shape, hex);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(hex).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ssl_session_id=%s", "{\"ssl_session_id\":\"%s\"}", "session_id=%s"})
  void aSecretUnderATlsSessionKeyStaysHidden(String shape) {
    assertHidden(shape);
  }

  @ParameterizedTest
  @ValueSource(strings = {"session_id=%s", "sessionid=%s", "JSESSIONID=%s"})
  void aHexSessionUnderAnyOtherKeyStaysHidden(String shape) {
    String hex = FakeSecrets.chars(RANDOM, "0123456789abcdef", 64);
    String line = String.format(shape, hex);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(hex).contains("[REDACTED:");
  }
}
