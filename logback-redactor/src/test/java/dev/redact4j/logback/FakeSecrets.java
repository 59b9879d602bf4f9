package dev.redact4j.logback;

import dev.redact4j.KnownSecrets;
import dev.redact4j.SecretString;
import java.util.List;
import java.util.Random;

/**
 * Obviously fake secrets in real formats, built at run time from a seeded {@link Random} so no
 * secret-looking literal sits in the sources. Fixtures declare the custom rules {@code test-aws-key}
 * ({@code AKIA} + 16) and {@code acme-token} ({@code acme_} + 32) where these are used.
 */
final class FakeSecrets {
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String LOWER_DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789";

  private final Random random;

  FakeSecrets(long seed) {
    this.random = new Random(seed);
  }

  /** A password value (alphanumeric, so its end is unambiguous in every output format). */
  String password() {
    return "Pw" + chars(ALNUM, 14);
  }

  /** A classic GitHub token: ghp_ + 36 alphanumerics (built-in rule github-pat-classic). */
  String githubToken() {
    return "ghp_" + chars(ALNUM, 36);
  }

  /** An AWS-style access key id: AKIA + 16 upper/digits (custom rule test-aws-key in fixtures). */
  String awsKeyId() {
    return "AKIA" + chars(UPPER_DIGITS, 16);
  }

  /** acme_ + 32 lower/digits (custom rule acme-token in fixtures). */
  String acmeToken() {
    return "acme_" + chars(LOWER_DIGITS, 32);
  }

  /** A value with no shape at all, registered in the global KnownSecrets so only that hides it. */
  String knownSecret() {
    String value = "kn0wn" + chars(ALNUM, 15);
    KnownSecrets.global().register(SecretString.of(value));
    return value;
  }

  /** One of each kind, for tests that plant them all. */
  List<String> all() {
    return List.of(password(), githubToken(), awsKeyId(), acmeToken(), knownSecret());
  }

  String chars(String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
