package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A value that names how to authenticate or encrypt ({@code scram-sha-256}, {@code aes-256-gcm}) or who
 * authenticates (an e-mail address) is no token, key or secret, though it stands under such a key; a
 * generated value in the same place stays hidden, and a password key hides either.
 */
class MechanismValuesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String TOKEN = "Fake" + FakeSecrets.mixed(new Random(1201), 24);

  @ParameterizedTest
  @ValueSource(strings = {
    "initdb --auth-host scram-sha-256 --auth-local peer",
    "kafka client: auth=scram-sha-512 bootstrap=broker-1:9093",
    "webhook verified, auth=hmac-sha256, 204 No Content",
    "s3 request signed with auth=aws-sigv4",
    "ssh key=ssh-ed25519 fingerprint=SHA256:abc",
    "cipher selected, secret=aes-256-gcm",
    "host key negotiated: key=ecdsa-sha2-nistp256",
    "X-Auth-Scheme: token=ed25519-2024",
    "curl --mail-auth user@example.com smtp://mail.example.com",
    "delivered with auth=alice.smith+alerts@mail.example.org",
    "token issued, token_owner token=ops-bot@corp.example",
    "api_key=bob@corp.example",
  })
  void aMechanismOrAddressIsNoSecret(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "kafka client: auth=%s bootstrap=broker-1:9093",
    "ssh key=ssh-%s",
    "cipher selected, secret=aes-256-%s",
    "auth=hmac-sha256-%s",
    "auth=%s@mail.example.org",
    "token=%s@corp.example",
  })
  void aGeneratedValueInTheSamePlaceIsHidden(String line) {
    String input = line.formatted(TOKEN);
    assertThat(REDACTOR.redact(input)).doesNotContain(TOKEN).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "password=scram-sha-256",
    "password: alice@example.com",
    "db.password=hmac-sha256",
  })
  void aPasswordKeyHidesEither(String line) {
    String value = line.substring(line.indexOf(line.contains("=") ? '=' : ':') + 1).strip();
    assertThat(REDACTOR.redact(line)).doesNotContain(value).contains("[REDACTED:password");
  }
}
