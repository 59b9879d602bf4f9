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
}
