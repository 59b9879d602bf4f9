package dev.redact4j.logback;

/**
 * {@code key=value} as a view, without copying: lets the engine judge a value by the name it is
 * stored under (an MDC entry {@code password -> hunter2} is a secret; {@code hunter2} alone is not).
 */
final class KeyedText implements CharSequence {
  private final String key;
  private final String value;

  KeyedText(String key, String value) {
    this.key = key;
    this.value = value;
  }

  @Override
  public int length() {
    return key.length() + 1 + value.length();
  }

  @Override
  public char charAt(int index) {
    int k = key.length();
    if (index < k) {
      return key.charAt(index);
    }
    return index == k ? '=' : value.charAt(index - k - 1);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  @Override
  public String toString() {
    return key + '=' + value;
  }
}
