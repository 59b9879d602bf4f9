package dev.redact4j.cli;

import java.util.Random;

/**
 * Obviously fake values in real formats, built at run time from a seeded generator so that no
 * real-looking secret sits in the sources.
 */
final class FakeSecrets {
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String BASE64 = ALNUM + "+/";

  private final Random random;

  FakeSecrets(long seed) {
    this.random = new Random(seed);
  }

  String githubToken() {
    return "ghp_" + chars(ALNUM, 36);
  }

  String password() {
    return "Fake-" + chars(ALNUM, 14);
  }

  /** A PEM block with a fake body: a BEGIN line, {@code bodyLines} lines of 64 base64 characters, an END line. */
  String pem(int bodyLines) {
    StringBuilder sb = new StringBuilder("-----BEGIN RSA PRIVATE KEY-----\n");
    for (int i = 0; i < bodyLines; i++) {
      sb.append(chars(BASE64, 64)).append('\n');
    }
    return sb.append("-----END RSA PRIVATE KEY-----").toString();
  }

  String chars(String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
