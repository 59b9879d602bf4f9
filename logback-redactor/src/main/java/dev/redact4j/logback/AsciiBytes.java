package dev.redact4j.logback;

import java.nio.charset.StandardCharsets;

/**
 * Bytes of an ASCII-compatible encoding read as characters without decoding, so an encoder's
 * clean output can be scanned without allocating a {@code String}. Only valid when every byte is
 * below 0x80 (see {@link #isAscii}).
 */
final class AsciiBytes implements CharSequence {
  private final byte[] bytes;

  AsciiBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int length() {
    return bytes.length;
  }

  @Override
  public char charAt(int index) {
    return (char) bytes[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new String(bytes, start, end - start, StandardCharsets.US_ASCII);
  }

  @Override
  public String toString() {
    return new String(bytes, StandardCharsets.US_ASCII);
  }
}
