package dev.redact4j;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderMalfunctionError;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed HMAC-SHA-256 fingerprints, 8 hex digits. Thread-safe: one {@link Mac} per thread.
 *
 * <p>Without a configured key each instance draws a random one, so fingerprints correlate equal
 * secrets within one process and mean nothing outside it.
 */
final class Fingerprints {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SecretKeySpec key;
  private final ThreadLocal<Mac> macs;

  Fingerprints(byte[] key) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  static Fingerprints randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    try {
      return new Fingerprints(key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      // Every Java SE platform must provide HmacSHA256.
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /**
   * The fingerprint of {@code text[start, end)}.
   *
   * @throws RuntimeException what {@code text} throws when read (a CharSequence changed meanwhile)
   */
  String of(CharSequence text, int start, int end) {
    ByteBuffer bytes;
    try {
      bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(text, start, end));
    } catch (CoderMalfunctionError e) {
      // The encoder wraps what the CharSequence threw in an Error; callers fail closed on exceptions.
      throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e);
    }
    Mac mac = macs.get();
    mac.update(bytes);
    byte[] digest = mac.doFinal();
    if (bytes.hasArray()) {
      Arrays.fill(bytes.array(), (byte) 0);
    }
    char[] hex = new char[8];
    for (int i = 0; i < 4; i++) {
      hex[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      hex[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(hex);
  }
}
