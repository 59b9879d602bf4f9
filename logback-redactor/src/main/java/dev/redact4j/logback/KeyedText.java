package dev.redact4j.logback;

/**
 * {@code key=value} as a view, without copying: lets the engine judge a value by the name it is
 * stored under (an MDC entry {@code password -> hunter2} is a secret; {@code hunter2} alone is not).
 */
final class KeyedText implements CharSequence {
  /** One reusable view per thread, so checking a clean MDC or key-value list allocates nothing. */
  private static final ThreadLocal<KeyedText> VIEWS = ThreadLocal.withInitial(() -> new KeyedText("", ""));

  private String key;
  private String value;

  KeyedText(String key, String value) {
    this.key = key;
    this.value = value;
  }

  /**
   * This thread's view, now over {@code key=value}; {@link #release()} it when done. Only for a
   * check that runs no foreign code while holding it (render the value first), so a logging call
   * made from inside, which would reuse the view, cannot happen.
   */
  static KeyedText view(String key, String value) {
    KeyedText view = VIEWS.get();
    view.key = key;
    view.value = value;
    return view;
  }

  /** Drops the references, so the thread's view keeps no secret alive. */
  void release() {
    key = "";
    value = "";
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
