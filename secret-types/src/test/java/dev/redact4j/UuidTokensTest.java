package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Consul, Nomad, legacy Vault, Splunk HEC and Spring OAuth2 tokens are random (version 4) UUIDs: under a
 * token key they are hidden. A token key that names an idempotency or request id ({@code ClientToken},
 * {@code idempotency_token}) and a UUID built from a clock or a name (v1, v3, v5, v7) are ids and stay.
 */
class UuidTokensTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  /** A random UUID from the seeded generator, with the version and variant of a v4 one. */
  private static String randomUuid(int version) {
    String hex = FakeSecrets.chars(new Random(version * 31L), FakeSecrets.HEX, 32);
    return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + version + hex.substring(13, 16) + "-a"
        + hex.substring(17, 20) + "-" + hex.substring(20);
  }

  @ParameterizedTest
  @ValueSource(strings = {"CONSUL_HTTP_TOKEN=%s", "X-Vault-Token: %s", "X-Consul-Token: %s",
      "{\"access_token\":\"%s\",\"token_type\":\"bearer\",\"expires_in\":43199}", "nomad_token: \"%s\"",
      "export NPM_TOKEN=\"%s\""})
  void randomUuidsUnderTokenKeysAreHidden(String shape) {
    String uuid = randomUuid(4);
    assertThat(REDACTOR.redact(String.format(shape, uuid))).doesNotContain(uuid).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"ClientToken\":\"%s\"}", "idempotency_token=%s", "ClientRequestToken: %s",
      "clienttoken=%s", "x-request-token: %s", "nextToken=%s", "ChangeToken: %s"})
  void idempotencyAndRequestTokensStay(String shape) {
    String line = String.format(shape, randomUuid(4));
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 5, 7})
  void uuidsBuiltFromAClockOrANameStay(int version) {
    String line = "_authToken=" + randomUuid(version);
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }
}
