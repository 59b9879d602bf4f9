package dev.redact4j.jackson;

import java.util.Random;

/**
 * Obviously fake secrets in real formats, built at run time from a seeded {@link Random} so that no
 * secret-looking literal sits in the sources.
 */
public final class FakeSecrets {
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private final Random random;

  public FakeSecrets(long seed) {
    this.random = new Random(seed);
  }

  /** A GitHub classic token shape: {@code ghp_} and 36 letters or digits. */
  public String githubToken() {
    return "ghp_" + pick(ALNUM, 36);
  }

  /** An AWS access key id shape: {@code AKIA} and 16 upper-case letters or digits. */
  public String awsKeyId() {
    return "AKIA" + pick(UPPER_DIGITS, 16);
  }

  /** A password-like value that no rule knows: only names and types can protect it. */
  public String password() {
    return "pw-" + pick(ALNUM, 14);
  }

  private String pick(String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
