package dev.redact4j.internal.engine;

/**
 * A set of ASCII characters as two 64-bit masks; non-ASCII characters are never members. Immutable.
 */
public final class CharClass {
  public static final CharClass DIGIT = of("0-9");
  public static final CharClass HEX = of("0-9a-fA-F");
  public static final CharClass HEX_LOWER = of("0-9a-f");
  public static final CharClass UPPER_DIGIT = of("A-Z0-9");
  public static final CharClass ALNUM = of("A-Za-z0-9");
  public static final CharClass LOWER_ALNUM = of("a-z0-9");
  public static final CharClass BASE64 = of("A-Za-z0-9+/");
  public static final CharClass BASE64URL = of("A-Za-z0-9_-");
  /** Letters, digits, {@code _} and {@code -}: the body of most vendor tokens. */
  public static final CharClass TOKEN = of("A-Za-z0-9_-");
  /** Characters that may continue an identifier-like key: {@code db_password}, {@code x-api-key}. */
  public static final CharClass KEY = of("A-Za-z0-9_.-");

  private final long lo;
  private final long hi;

  private CharClass(long lo, long hi) {
    this.lo = lo;
    this.hi = hi;
  }

  /** Parses ranges like {@code A-Za-z0-9_-}; a {@code -} at the end is literal. */
  public static CharClass of(String spec) {
    long lo = 0;
    long hi = 0;
    for (int i = 0; i < spec.length(); i++) {
      char from = spec.charAt(i);
      char to = from;
      if (i + 2 < spec.length() && spec.charAt(i + 1) == '-') {
        to = spec.charAt(i + 2);
        i += 2;
      }
      for (char c = from; c <= to; c++) {
        if (c >= 128) {
          throw new IllegalArgumentException("ASCII only: " + spec);
        }
        if (c < 64) {
          lo |= 1L << c;
        } else {
          hi |= 1L << (c - 64);
        }
      }
    }
    return new CharClass(lo, hi);
  }

  public CharClass plus(String spec) {
    CharClass o = of(spec);
    return new CharClass(lo | o.lo, hi | o.hi);
  }

  public boolean contains(char c) {
    if (c < 64) {
      return (lo & (1L << c)) != 0;
    }
    return c < 128 && (hi & (1L << (c - 64))) != 0;
  }

  /** Index of the first character at or after {@code from} that is not a member, at most {@code limit}. */
  public int skip(CharSequence text, int from, int limit) {
    int end = Math.min(limit, text.length());
    int i = from;
    while (i < end && contains(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * As {@link #skip}, but stops too where the anchor {@code text[anchorStart, anchorEnd)} comes again
   * ({@link Detector#anchorAgain}): a run read from one anchor of a flood ends at the next one, which
   * reads on by itself.
   */
  public int skipToAnchorAgain(CharSequence text, int from, int limit, int anchorStart, int anchorEnd) {
    int end = Math.min(limit, text.length());
    char first = text.charAt(anchorStart);
    int i = from;
    for (char c; i < end && contains(c = text.charAt(i)); i++) {
      if (c == first && Detector.anchorAgain(text, i, anchorStart, anchorEnd)) {
        break;
      }
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CharClass other && lo == other.lo && hi == other.hi;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(lo * 31 + hi);
  }

  /** The members, in order, e.g. {@code [0-9]} as {@code [0123456789]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (char c = 0; c < 128; c++) {
      if (contains(c)) {
        sb.append(c);
      }
    }
    return sb.append(']').toString();
  }
}
