package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credentials of payment, messaging and SaaS vendors where web and mobile apps print them: webhook
 * signature headers, SDK setter calls, webhook signing secrets and vendor-named keys. Values are
 * generated from a seeded {@link Random} at run time; each must be hidden whole, and look-alikes that
 * name no secret value pass through.
 */
class SaasAppLogLinesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  private static String hex(Random r, int n) {
    return FakeSecrets.chars(r, FakeSecrets.HEX, n);
  }

  private static String base64(Random r, int bytes) {
    byte[] b = new byte[bytes];
    r.nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  /** Asserts that no 8-character fragment of {@code secret} survives in the redacted {@code line}. */
  private static void assertHidden(String line, String secret) {
    String out = REDACTOR.redact(line);
    assertThat(out).contains("[REDACTED:");
    for (int i = 0; i + 8 <= secret.length(); i++) {
      assertThat(out).as("fragment %d of the secret in %s", i, out).doesNotContain(secret.substring(i, i + 8));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Stripe-Signature: t=%d,v1=%s", "DEBUG webhook - headers: Stripe-Signature: t=%d,v1=%s,v0=%2$s",
      "signature=t=%d,v1=%s"})
  void aStripeSignatureHeadersSchemeListIsHiddenPastItsTimestamp(String form) {
    Random r = new Random(801);
    String sig = hex(r, 64);
    assertHidden(String.format(form, 1_700_000_000 + r.nextInt(100_000_000), sig), sig);
  }

  @Test
  void aSignaturesTimestampAloneOrAnEmailSignaturePasses() {
    assertThat(REDACTOR.redact("Signature: t=1777362455")).isEqualTo("Signature: t=1777362455");
    assertThat(REDACTOR.redact("signature: Best regards, Bob")).isEqualTo("signature: Best regards, Bob");
  }

  @ParameterizedTest
  @ValueSource(strings = {"$mollie->setAccessToken(\"access_%s\");", "client.setAccessToken(\"%s\");",
      "sdk.withBearerToken('%s')", "Intercom.setAuthToken(\"%s\")"})
  void aTokenLiteralGivenToATokenSetterIsHidden(String form) {
    String token = FakeSecrets.mixed(new Random(802), 40);
    assertHidden(String.format(form, token), token);
  }

  @ParameterizedTest
  @ValueSource(strings = {"lexer.expectToken(\"identifier\");", "String t = getAccessToken(\"default\");",
      "parser.nextToken(\"}\")", "tokens.add(new Token(\"while\"))", "cache.setToken(\"pending\")"})
  void aTokenSetterGivenAWordOrAnAccessorPasses(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @Test
  void aConstructorOrAnEnumConstantGivenALiteralIsNoTokenSetter() {
    Random r = new Random(807);
    // a positional constructor's literals are not named by its type (the corpus labels this line clean)
    String line = "Twitter(auth=OAuth('" + FakeSecrets.mixed(r, 25) + "', '" + FakeSecrets.mixed(r, 45) + "'))";
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
    String constant = "  GITHUB_PAT(\"gh[pousr]_[A-Za-z0-9]{36}\") {"; // an enum constant given its pattern
    assertThat(REDACTOR.redact(constant)).isEqualTo(constant);
  }

  @ParameterizedTest
  @ValueSource(ints = {24, 32})
  void aSvixWebhookSecretInBase64IsHiddenWhole(int bytes) {
    Random r = new Random(803 + bytes);
    String signing = "whsec_" + base64(r, bytes);
    for (int i = 0; i < 20 && !signing.contains("+") && !signing.contains("/"); i++) {
      signing = "whsec_" + base64(r, bytes); // a value that holds the base64 symbols the alphanumeric row missed
    }
    String line = "new Webhook('" + signing + "')";
    assertThat(REDACTOR.redact(line)).isEqualTo("new Webhook('[REDACTED:stripe-webhook-secret]')");
  }

  @ParameterizedTest
  @ValueSource(strings = {"X-Shopify-Hmac-Sha256: %s", "INFO webhooks - X-Shopify-Hmac-SHA256=%s", "x-hmac: %s",
      "{\"hmac\":\"%s\",\"shop\":\"acme.myshopify.com\"}"})
  void aWebhookHmacHeaderOrFieldIsHidden(String form) {
    String mac = base64(new Random(804), 32);
    assertHidden(String.format(form, mac), mac);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hmac: sha256", "hmac_algorithm=HmacSHA256", "HMAC verification failed for request 42",
      "hmac=true", "hmac: HMAC-SHA256"})
  void anHmacAlgorithmOrProsePasses(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  /** Lines with no key word: only the format itself can hide the value. */
  @ParameterizedTest
  @ValueSource(strings = {"config loaded: %s", "[\"%s\", 42]", "I ReactNativeJS: '%s'"})
  void aPaypalAccessTokenIsHiddenBare(String form) {
    Random r = new Random(808);
    String paypal = "A21" + "AA" + FakeSecrets.mixed(r, 60) + "-" + FakeSecrets.chars(r, FakeSecrets.TOKEN, 30);
    assertThat(REDACTOR.redact(String.format(form, paypal)))
        .isEqualTo(String.format(form, "[REDACTED:paypal-access-token]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"A21AAbbreviation list", "see A21AA-form 2024",
      "row A21AA-00000000000000000000000000000000000000000000000000000000000000000000000000000000000000"})
  void lookAlikesOfThePaypalShapePass(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ablyKey=%s", "ABLY_KEY=%s", "{\"ablyKey\": \"%s\"}", "config={ablyKey=%s, timeout=30s}"})
  void anAblyKeyUnderItsVendorsNameIsHidden(String form) {
    Random r = new Random(805);
    String key = FakeSecrets.mixed(r, 6) + "." + FakeSecrets.mixed(r, 6) + ":"
        + FakeSecrets.chars(r, FakeSecrets.TOKEN, 40) + "Z9";
    assertHidden(String.format(form, key), key);
  }
}
