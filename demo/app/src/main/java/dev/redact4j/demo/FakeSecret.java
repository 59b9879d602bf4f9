package dev.redact4j.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated secret in a real format, and the catalog rule expected to hide it. Values come from a
 * seeded generator at run time, so no real-looking secret sits in the sources.
 *
 * @param label what it is, for people
 * @param value the fake secret
 * @param ruleId the rule that should hide it
 */
record FakeSecret(String label, String value, String ruleId) {
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String BASE64 = ALNUM + "+/";

  /** The secrets the demo logs: the same set every run. */
  static List<FakeSecret> generate(long seed) {
    Random r = new Random(seed);
    List<FakeSecret> list = new ArrayList<>();
    list.add(new FakeSecret("GitHub token", "ghp_" + chars(r, ALNUM, 36), "github-pat-classic"));
    list.add(new FakeSecret("database password", "Fake-" + chars(r, ALNUM, 12), "password-assignment"));
    list.add(new FakeSecret("AWS access key id", "AKIA" + chars(r, UPPER_DIGITS, 16), "aws-access-key-id"));
    list.add(new FakeSecret("second GitHub token", "ghp_" + chars(r, ALNUM, 36), "github-pat-classic"));
    list.add(new FakeSecret("JWT", "eyJhbGciOiJIUzI1NiJ9." + base64Url(r, 40) + "." + base64Url(r, 43), "jwt"));
    list.add(new FakeSecret("API password", "Fake-" + chars(r, ALNUM, 16), "password-assignment"));
    StringBuilder pem = new StringBuilder("-----BEGIN RSA PRIVATE KEY-----\n");
    for (int i = 0; i < 4; i++) {
      pem.append(chars(r, BASE64, 64)).append('\n');
    }
    list.add(new FakeSecret("private key", pem.append("-----END RSA PRIVATE KEY-----").toString(), "private-key-pem"));
    list.add(new FakeSecret("session token (MDC)", "ghp_" + chars(r, ALNUM, 36), "github-pat-classic"));
    list.add(new FakeSecret("user password (key-value)", "Fake-" + chars(r, ALNUM, 14), "password-assignment"));
    return list;
  }

  static String chars(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String base64Url(Random r, int n) {
    return chars(r, ALNUM + "-_", n);
  }

  /** A part of the value that is secret in every line it spans (for a PEM block: its first body line). */
  String probe() {
    int nl = value.indexOf('\n');
    return nl < 0 ? value : value.substring(nl + 1, value.indexOf('\n', nl + 1));
  }
}
