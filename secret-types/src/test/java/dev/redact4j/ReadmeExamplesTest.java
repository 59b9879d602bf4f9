package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine examples of the README, run as printed, so that the README stays true. */
class ReadmeExamplesTest {
  @Test
  void defaultsHideAPasswordAssignment() {
    String safe = Redactor.defaults().redact("retrying with password=hunter2-correct-horse");
    assertThat(safe).isEqualTo("retrying with password=[REDACTED:password-assignment]");
  }

  @Test
  void builderExampleCompilesAndBehaves() {
    Map<String, String> env = Map.of("REDACT4J_KEY", "a-fingerprint-key-of-32-characters");
    KnownSecrets known = KnownSecrets.create();
    Redactor redactor = Redactor.newBuilder()
        .disable("payment-card-number")
        .addRegexRule("acme-key", "acme_[a-z0-9]{32}", "acme_")
        .mask(Mask.fingerprint())
        .fingerprintKey(Secrets.fromEnv("REDACT4J_KEY", env::get))
        .knownSecrets(known)
        .build();
    SecretString dbPassword = SecretString.of("db-pass-" + "x7Qk9LmZ");
    known.register(dbPassword);

    String acme = "acme_" + "0123456789abcdefghijklmnopqrstuv";
    String out = redactor.redact("key " + acme + " and " + dbPassword.reveal() + " card 4111 1111 1111 1111");

    assertThat(out).doesNotContain(acme).doesNotContain(dbPassword.reveal())
        .matches("key \\[REDACTED:acme-key:[0-9a-f]{8}] and \\[REDACTED:known-secret:[0-9a-f]{8}] card 4111 1111 1111 1111");
    assertThat(redactor.rules()).extracting(RuleDescription::id).doesNotContain("payment-card-number");
  }
}
