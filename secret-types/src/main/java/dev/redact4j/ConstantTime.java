package dev.redact4j;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Content-independent comparison and keyed hashing for the secret value types.
 *
 * <p>{@code equal*} take time that depends on the two lengths only, never on the characters or on
 * where the values first differ. {@code keyedHash} is HMAC-SHA-256 under a random key drawn once
 * per JVM, truncated to an {@code int}: without the key, a hash says nothing testable about the
 * value, unlike {@link String#hashCode()}, which anyone can compute for a guess.
 */
final class ConstantTime {
  private static final String ALGORITHM = "HmacSHA256";
  private static final Mac PROTOTYPE;

  static {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    try {
      PROTOTYPE = Mac.getInstance(ALGORITHM);
      PROTOTYPE.init(new SecretKeySpec(key, ALGORITHM));
    } catch (GeneralSecurityException e) {
      // Every Java SE implementation must provide HmacSHA256.
      throw new ExceptionInInitializerError(e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private ConstantTime() {}

  static boolean equalChars(char[] a, char[] b) {
    int n = Math.max(a.length, b.length);
    int diff = a.length ^ b.length;
    for (int i = 0; i < n; i++) {
      // The branches depend on the index and the lengths only.
      char x = i < a.length ? a[i] : 0;
      char y = i < b.length ? b[i] : 0;
      diff |= x ^ y;
    }
    return diff == 0;
  }

  static boolean equalBytes(byte[] a, byte[] b) {
    int n = Math.max(a.length, b.length);
    int diff = a.length ^ b.length;
    for (int i = 0; i < n; i++) {
      byte x = i < a.length ? a[i] : 0;
      byte y = i < b.length ? b[i] : 0;
      diff |= x ^ y;
    }
    return diff == 0;
  }

  static int keyedHash(char[] value) {
    // UTF-16BE, so that every char array has exactly one encoding.
    byte[] encoded = new byte[value.length * 2];
    try {
      for (int i = 0; i < value.length; i++) {
        encoded[2 * i] = (byte) (value[i] >>> 8);
        encoded[2 * i + 1] = (byte) value[i];
      }
      return keyedHash(encoded);
    } finally {
      Arrays.fill(encoded, (byte) 0);
    }
  }

  static int keyedHash(byte[] value) {
    byte[] d;
    try {
      // A clone of the initialised Mac is far cheaper than a provider lookup.
      Mac mac = (Mac) PROTOTYPE.clone();
      d = mac.doFinal(value);
    } catch (CloneNotSupportedException e) {
      synchronized (PROTOTYPE) {
        d = PROTOTYPE.doFinal(value);
      }
    }
    return (d[0] & 0xff) << 24 | (d[1] & 0xff) << 16 | (d[2] & 0xff) << 8 | (d[3] & 0xff);
  }
}
