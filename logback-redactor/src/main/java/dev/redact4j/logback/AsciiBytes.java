package dev.redact4j.logback;

import java.nio.charset.StandardCharsets;

/**
 * Bytes of an ASCII-compatible encoding read as characters without decoding, so an encoder's
 * clean output can be scanned without allocating a {@code String}. Only valid when every byte is
 * below 0x80 (see {@link #isAscii}).
 */
final class AsciiBytes implements CharSequence {
  private static final byte[] NONE = new byte[0];
  /** One reusable view per thread: a clean event allocates nothing, not even the view. */
  private static final ThreadLocal<AsciiBytes> VIEWS = ThreadLocal.withInitial(AsciiBytes::new);

  private byte[] bytes = NONE;

  private AsciiBytes() {}

  /** This thread's view, now over {@code bytes}; {@link #release()} it when done. */
  static AsciiBytes view(byte[] bytes) {
    AsciiBytes view = VIEWS.get();
    view.bytes = bytes;
    return view;
  }

  /** Drops the reference to the bytes, so the thread's view keeps no output alive. */
  void release() {
    bytes = NONE;
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
