package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code named-key-assignment}: the key of a vendor no row or qualifier list knows
 * ({@code brandfetch_key}) hides a value that is clearly generated, and nothing else: short, worded,
 * UUID or one-character values stay, as do keys that name a lookup ({@code cache_key},
 * {@code idempotencyKey}, {@code access_key}). A bare {@code key} hides a generated value that has an
 * upper-case letter; a lower-case hex one (a cache entry's digest) stays.
 */
class NamedKeyTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  /** 24 characters, both cases and digits. */
  private static final String MIXED = "Qw7eRt2Yu9" + "Io4PaS6dF3gH";
  /** 32 lower-case hex. */
  private static final String HEX = "0f1e2d3c4b5a6978" + "8796a5b4c3d2e1f0";

  @ParameterizedTest
  @ValueSource(strings = {
    "brandfetch_key=" + MIXED,
    "BRANDFETCH_KEY=" + MIXED,
    "{\"brandfetchKey\": \"" + MIXED + "\"}",
    "  acme-key: " + HEX,
    "export ACMECORP_KEYS='" + MIXED + "'",
    "settings: {zorbix.key=" + MIXED + ", region=eu}",
  })
  void aGeneratedValueOfAnUnknownVendorsKeyIsHidden(String line) {
    String out = REDACTOR.redact(line);
    assertThat(out).contains("[REDACTED:named-key-assignment]").doesNotContain(MIXED).doesNotContain(HEX);
  }

  @Test
  void aRandomKeyWithNoDigitIsHiddenToo() {
    String value = "YZoSNTHffjeVwpMN" + "lRFUhirTdAUYLDzywLOnhAqq"; // 40 letters, both cases, no digit
    assertThat(REDACTOR.redact("lokalise_key=" + value)).isEqualTo("lokalise_key=[REDACTED:named-key-assignment]");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "brandfetch_key=Qw7eRt2Yu9Io",
    "brandfetch_key=3f2a9c1e-1111-4222-8333-444455556666",
    "brandfetch_key=abcdefghijklmnopqrstuvwxyz",
    "brandfetch_key=abc123def456ghi789jk0",
    "brandfetch_key=user:1234:profile:settings:v2",
    "brandfetch_key=aaaaaaaaaaaaaaaaaaaaaaa1b",
    "the acme key is " + MIXED,
    "cache_key=" + MIXED,
    "idempotencyKey=" + MIXED,
    "partition-key: " + HEX,
    "access_key = \"" + MIXED + "\"",
    "public_key=" + MIXED,
    "brandfetch_key_id=" + MIXED,
    "snapshot_key: 20241129T093000Z-" + "0f1e2d3c4b5a6978",
    "uploadKey=" + HEX,
    "export_key=" + MIXED,
    "widget_key=" + "CheckoutPaymentSummaryWidgetHeaderTitle",
    "acme_key=" + "abcdefghijklmnopqrstuvwxyzabcdefghij",
  })
  void otherValuesAndLookupKeysStay(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /** A bare {@code key} that no word qualifies, anywhere in its object, as configs and API bodies write it. */
  @ParameterizedTest
  @ValueSource(strings = {
    "key=" + MIXED,
    "key: " + MIXED,
    "{\"name\":\"prod\",\"key\":\"" + MIXED + "\"}",
    "{\"id\": 7, \"Key\": \"" + MIXED + "\", \"enabled\": true}",
    "[{\"app_id\":\"1234567\",\"key\":\"" + MIXED + "\",\"cluster\":\"eu\"}]",
    "Config{region=eu-west-1, key=" + MIXED + ", timeout=30}",
    "  key = \"" + MIXED + "\"",
    "{\"body\":\"{\\\"name\\\":\\\"prod\\\",\\\"key\\\":\\\"" + MIXED + "\\\"}\"}",
    "'key' => '" + MIXED + "',",
  })
  void aGeneratedValueOfABareKeyIsHidden(String line) {
    assertThat(REDACTOR.redact(line)).contains("[REDACTED:named-key-assignment]").doesNotContain(MIXED);
  }

  /** What a bare {@code key} holds when it is no secret: a lookup's key, a digest, a name, an id; or prose. */
  @ParameterizedTest
  @ValueSource(strings = {
    "key=" + HEX,
    "{\"name\":\"prod\",\"key\":\"" + HEX + "\"}",
    "cache key=" + MIXED,
    "primary key: " + MIXED,
    "{\"cache\": {\"key\": \"" + MIXED + "\"}}",
    "the key is " + MIXED,
    "Using key " + MIXED + " for upload",
    "key=user:1234:profile",
    "{\"key\":\"3f2a9c1e-1111-4222-8333-444455556666\"}",
    "key=CheckoutPaymentSummaryWidgetHeader",
    "keyring=" + MIXED,
    "monkey=" + MIXED,
    "hotkey: " + MIXED,
  })
  void otherValuesOfABareKeyStay(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /** Lookup keys as real logs print them: DynamoDB paging, S3 copies, Pub/Sub, feature flags, stored media. */
  @ParameterizedTest
  @ValueSource(strings = {
    "\"LastEvaluatedKey\": \"" + MIXED + "\"",
    "LastEvaluatedKey=" + MIXED,
    "CopyObject sourceKey=" + MIXED + " destinationKey=" + HEX,
    "copy source_key=" + MIXED + " target_key=" + HEX,
    "publish orderingKey=" + MIXED,
    "push groupingKey=" + HEX,
    "flag evaluated flagKey=" + MIXED + " variationKey=" + MIXED,
    "{\"experimentKey\": \"" + MIXED + "\", \"variantKey\": \"" + MIXED + "\"}",
    "featureKey=" + MIXED,
    "{\"documentKey\": \"" + MIXED + "\", \"entryKey\": \"" + MIXED + "\"}",
    "doc_key=" + MIXED + " image_key=" + HEX + " asset_key=" + HEX,
    "blobKey=" + MIXED + " bundleKey=" + MIXED,
    "batchKey=" + HEX + " aggregateKey=" + MIXED + " business_key=" + MIXED,
  })
  void lookupKeysOfRealLogsStay(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "evaluationKey=", "resourcesKey=", "dataKey=", "contentKey=", "customerKey=", "workspaceKey=", "shareKey=",
  })
  void neighboursOfTheLookupWordsStayHidden(String key) {
    // A word next to a lookup word, or one no lookup list holds (a KMS data key, a DRM content key, an S3
    // customer-provided key, a workspace's shared key, a share link's key): still a secret.
    assertThat(REDACTOR.redact(key + MIXED)).isEqualTo(key + "[REDACTED:named-key-assignment]");
  }

  /** A bare {@code key} query parameter, and an access key of 40+ generated characters (Sumo Logic, Azure SignalR). */
  @Test
  void queryKeysAndLongAccessKeysAreHidden() {
    String value = "N51CLBX0aAaL" + "mR06kmjAYQLx8YWEMY6F";
    assertThat(REDACTOR.redact("GET /geocode/json?address=Berlin&key=" + value + " 200"))
        .isEqualTo("GET /geocode/json?address=Berlin&key=[REDACTED:named-key-assignment] 200");
    String sumo = "jV3bN2eBmbai6YJbgSc5kE5R" + "7uaNxa0J0KQJlYc5qQ1YGh6AxEpvzSxaZdeNyHpp";
    assertThat(REDACTOR.redact("SUMO_ACCESS_KEY=" + sumo)).isEqualTo("SUMO_ACCESS_KEY=[REDACTED:named-key-assignment]");
    String signalr = "emzGLT6rpNjRGbEpS+ewkVqX" + "v7DH7hsK24mM69J9G78=";
    assertThat(REDACTOR.redact("Endpoint=https://acme.service.signalr.net;AccessKey=" + signalr + ";Version=1.0;"))
        .doesNotContain(signalr).endsWith(";Version=1.0;");
    // 32+ characters of both cases and digits are no AWS-style id (those are upper case, or shorter)
    String shodan = "Ab3dEf7hIj1lMn5p" + "Qr9tUv3xYz7bCd1f";
    assertThat(REDACTOR.redact("SHODAN_ACCESS_KEY=" + shodan))
        .isEqualTo("SHODAN_ACCESS_KEY=[REDACTED:named-key-assignment]");
    for (String clean : new String[] {"GET /x?key=abc&page=2", "GET /cache?key=user:123",
        "MINIO_ACCESS_KEY=minioadminXyz123Q", "access_key: AKIDz8krbsJ5yKBZQpn7",
        "access_key=LTAI5tFakeExampleKey12345", "GCS_ACCESS_KEY=GOOG1EFAKEEXAMPLEFAKEEXAMPLE12345"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }
}
