package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Shapes that JVM integration frameworks and their clients print around a secret (Micronaut's property
 * resolver, Lettuce and NATS connection URLs, the AWS SDK's SigV4 headers), rebuilt from plain strings on
 * generated values so that the tests need none of the libraries.
 */
class JvmIntegrationOutputsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final Random RANDOM = new Random(2612);

  private static String password() {
    return "Fake" + FakeSecrets.chars(RANDOM, FakeSecrets.LOWER, 5) + FakeSecrets.chars(RANDOM, FakeSecrets.DIGITS, 3)
        + "!" + FakeSecrets.chars(RANDOM, FakeSecrets.ALNUM, 4);
  }

  private static String accessKeyId() {
    return "AKIA" + FakeSecrets.chars(RANDOM, FakeSecrets.UPPER + "234567", 16);
  }

  @Test
  void micronautsPropertyResolverTraceHasTheValueOfASecretPropertyHidden() {
    String pw = password();
    String secret = FakeSecrets.mixed(RANDOM, 40);
    // PropertySourcePropertyResolver logs the value before the property's name, at TRACE.
    assertThat(REDACTOR.redact("TRACE i.m.c.e.PropertySourcePropertyResolver - Resolved value [" + pw
        + "] for property: datasources.default.password"))
        .isEqualTo("TRACE i.m.c.e.PropertySourcePropertyResolver - Resolved value [[REDACTED:password-assignment]]"
            + " for property: datasources.default.password");
    assertThat(REDACTOR.redact("Resolved value [" + secret
        + "] for property: micronaut.security.token.jwt.signatures.secret.generator.secret")).doesNotContain(secret);
  }

  @Test
  void micronautsPropertyResolverTraceOfOrdinaryPropertiesStays() {
    for (String text : new String[] {
        "Resolved value [8080] for property: micronaut.server.port",
        "Resolved value [app] for property: datasources.default.username",
        "Resolved value [${DB_PASSWORD}] for property: datasources.default.password",
        "Resolved value [password] for property: micronaut.security.authentication"}) {
      assertThat(REDACTOR.redact(text)).isEqualTo(text);
    }
  }

  @Test
  void aLoneUserinfoOfARedisOrNatsUrlIsThePasswordOrToken() {
    String pw = password();
    String token = FakeSecrets.mixed(RANDOM, 24);
    // Lettuce reads redis://<password>@host; NATS's token authentication nats://<token>@host.
    assertThat(REDACTOR.redact("lettuce uri redis://" + pw + "@cache.example.com:6379/0"))
        .isEqualTo("lettuce uri redis://[REDACTED:url-credentials]@cache.example.com:6379/0");
    assertThat(REDACTOR.redact("rediss://" + pw + "@cache.example.com:6380")).doesNotContain(pw);
    assertThat(REDACTOR.redact("Connecting to nats://" + token + "@nats.example.com:4222"))
        .isEqualTo("Connecting to nats://[REDACTED:url-credentials]@nats.example.com:4222");
    // A port after the host no longer hides a generated key that is the whole userinfo of any scheme.
    String key = FakeSecrets.chars(RANDOM, "0123456789abcdef", 32);
    assertThat(REDACTOR.redact("dsn=http://" + key + "@sentry.example.com:9000/2"))
        .isEqualTo("dsn=http://[REDACTED:url-credentials]@sentry.example.com:9000/2");
  }

  @Test
  void aLoneUserOfOtherSchemesAndUrlsWithoutUserinfoStay() {
    for (String text : new String[] {
        "amqp://guest@localhost:5672/", "https://bob@example.com/repo.git", "ssh://git@github.com/org/repo",
        "redis://cache.example.com:6379/0", "nats://localhost:4222", "redis://${REDIS_PASSWORD}@cache:6379",
        "mail me at redis://@cache:6379"}) {
      assertThat(REDACTOR.redact(text)).isEqualTo(text);
    }
  }

  @Test
  void aSigV4CredentialScopeIsNotASecret() {
    String id = accessKeyId();
    String maskedId = "[REDACTED:aws-access-key-id]";
    // The scope names the key id (hidden by its own rule), a date, a region and a service; what follows stays.
    assertThat(REDACTOR.redact("Credential=" + id + "/20261201/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date"))
        .isEqualTo("Credential=" + maskedId + "/20261201/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date");
    assertThat(REDACTOR.redact("X-Amz-Credential=" + id + "%2F20261201%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Expires=60"))
        .isEqualTo("X-Amz-Credential=" + maskedId + "%2F20261201%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Expires=60");
    // An Authorization header stays hidden whole, its Signature with it.
    String signature = FakeSecrets.chars(RANDOM, "0123456789abcdef", 64);
    assertThat(REDACTOR.redact("Authorization: AWS4-HMAC-SHA256 Credential=" + id
        + "/20261201/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=" + signature))
        .isEqualTo("Authorization: AWS4-HMAC-SHA256 [REDACTED:authorization-header]");
    // A credential that is no scope is still hidden.
    String pw = password();
    assertThat(REDACTOR.redact("credential=" + pw + "/aws4")).doesNotContain(pw);
  }
}
