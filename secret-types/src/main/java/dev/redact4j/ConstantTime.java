package dev.redact4j;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Content-independent comparison and keyed hashing for the secret value types.
 *
 * <p>Values are compared through their HMAC-SHA-256 under a random per-JVM key: the digests have a
 * fixed length, so neither a differing position nor a differing length changes the time taken.
 */
final class ConstantTime {
  private static final SecretKeySpec KEY;

  static {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    KEY = new SecretKeySpec(key, "HmacSHA256");
  }

  private ConstantTime() {}

  static boolean equalChars(char[] a, char[] b) {
    return MessageDigest.isEqual(digest(a), digest(b));
  }

  static boolean equalBytes(byte[] a, byte[] b) {
    return MessageDigest.isEqual(digest(a), digest(b));
  }

  static int keyedHash(char[] value) {
    return toInt(digest(value));
  }

  static int keyedHash(byte[] value) {
    return toInt(digest(value));
  }

  private static int toInt(byte[] d) {
    return (d[0] & 0xff) << 24 | (d[1] & 0xff) << 16 | (d[2] & 0xff) << 8 | (d[3] & 0xff);
  }

  private static byte[] digest(char[] value) {
    Mac mac = mac();
    for (char c : value) {
      mac.update((byte) (c >>> 8));
      mac.update((byte) c);
    }
    return mac.doFinal();
  }

  private static byte[] digest(byte[] value) {
    Mac mac = mac();
    mac.update(value);
    return mac.doFinal();
  }

  private static Mac mac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(KEY);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
