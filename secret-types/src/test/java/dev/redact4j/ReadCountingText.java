package dev.redact4j;

/**
 * A text that counts the characters read from it, the tests' measure of linear time: one per
 * {@code charAt}, and the length of what {@code subSequence} and {@code toString} hand out. Not
 * thread-safe.
 */
public final class ReadCountingText implements CharSequence {
  private final String text;
  private long reads;

  public ReadCountingText(String text) {
    this.text = text;
  }

  /** Characters read so far. */
  public long reads() {
    return reads;
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    reads++;
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    reads += end - start;
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    reads += text.length();
    return text;
  }
}
