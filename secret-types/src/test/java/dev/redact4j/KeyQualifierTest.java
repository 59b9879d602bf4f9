package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bare {@code key} names a secret only when a qualifier says which: glued to it ({@code apikey}),
 * a word of the same key before it ({@code AccountKey}, {@code client_app_key} two words back), or
 * the word before the key when {@code key} is the key's first word ({@code API key:}). Cache, sort and
 * partition keys are not secrets, nor is a lookup key after a qualifying word
 * ({@code pushgateway groupingKey=}). A bare key no word qualifies still hides a generated value
 * ({@link NamedKeyTest}).
 */
class KeyQualifierTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String VALUE = "Zx9fAkEq2W8k4M7" + "pL3vN6bT1";

  @ParameterizedTest
  @ValueSource(strings = {
    "api_key=%s",
    "apikey=%s",
    "API key: %s",
    "Stripe key: %s",
    "Stripe key=%s",
    "stripe secret_key=%s",
    "zorbix api_key=%s",
    "AccountKey=%s",
    "master-encryption-key=%s",
    "client_app_key=%s",
    "CLIENT_APP_KEY: %s",
    "{\"client\":{\"app_key\":\"%s\"}}",
    "STRIPE_SECRET_KEY=%s",
    "AWS_SECRET_ACCESS_KEY=%s",
    "STRIPE_PUBLISHABLE_SECRET_KEY=%s",
    // the object's own key qualifies a bare key that opens it: .NET's appsettings Jwt:Key, viper's api.key
    "{\"Jwt\": {\"Key\": \"%s\", \"Issuer\": \"https://api.example.com\"}}",
    "{\"api\":{\"key\":\"%s\",\"url\":\"https://x.example.com\"}}",
    "config={'stripe': {'key': '%s'}}",
    "{\"Jwt\": {\n    \"Key\": \"%s\"\n  }}",
    // not first in its object, or in an array: no qualifier, but a generated value (named-key-assignment)
    "{\"api\": {\"url\": \"https://x.example.com\", \"key\": \"%s\"}}",
    "{\"api\": [{\"key\": \"%s\"}]}",
  })
  void qualifiedKeysAreSecrets(String template) {
    String line = template.formatted(VALUE);
    assertThat(REDACTOR.redact(line)).doesNotContain(VALUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "sort_key=%s",
    "cache key: %s",
    "partition key=%s",
    "idempotency_key=%s",
    "routing-key: %s",
    "pushgateway groupingKey=%s",
    "Stripe idempotency_key=%s",
    "app cache_key=%s",
    "payment partitionKey=%s",
    "sqs gateway sortKey: %s",
    "{\"cache\": {\"key\": \"%s\"}}",
    // a key the vendor makes public on purpose: Stripe's publishable key, reCAPTCHA's site key
    "STRIPE_PUBLISHABLE_KEY=%s",
    "stripe public key: %s",
    "RECAPTCHA_SITE_KEY=%s",
    "VAPID_PUBLIC_KEY=%s",
    "stripePublishableKey=%s",
  })
  void unqualifiedKeysAreNot(String template) {
    String line = template.formatted(VALUE);
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
