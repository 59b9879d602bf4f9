package dev.redact4j.internal.engine;

/**
 * The escaped forms in which a symbol of a secret's format reaches logs: percent-encoded once
 * ({@code %2F}, either case of hex), twice ({@code %252F}: a URL passed in a parameter of another),
 * or a slash as JSON may write it ({@code \/}, PHP's {@code json_encode} by default). Only symbols are
 * read this way; an escaped letter or digit is no symbol of a format, and {@code %41} stays text.
 * Reads at most five characters; allocates nothing.
 */
final class Escapes {
  private Escapes() {}

  /** Longest escape: {@code %25} and two hex digits. */
  static final int MAX_LENGTH = 5;

  /**
   * The symbol escaped at {@code i} and the escape's length, packed as {@code length << 16 | symbol};
   * -1 if no escaped symbol starts there or it would reach {@code limit}.
   */
  static int symbolAt(CharSequence text, int i, int limit) {
    int stop = Math.min(limit, text.length());
    if (i + 1 >= stop) {
      return -1;
    }
    char c = text.charAt(i);
    if (c == '\\') {
      return text.charAt(i + 1) == '/' ? 2 << 16 | '/' : -1;
    }
    if (c != '%' || i + 2 >= stop) {
      return -1;
    }
    int high = Character.digit(text.charAt(i + 1), 16);
    int low = Character.digit(text.charAt(i + 2), 16);
    if (high < 0 || low < 0) {
      return -1;
    }
    int length = 3;
    if (high == 2 && low == 5 && i + 4 < stop) { // %25: the % of an escape encoded again
      int high2 = Character.digit(text.charAt(i + 3), 16);
      int low2 = Character.digit(text.charAt(i + 4), 16);
      if (high2 >= 0 && low2 >= 0) {
        high = high2;
        low = low2;
        length = 5;
      }
    }
    char symbol = (char) (high * 16 + low);
    return symbol(symbol) ? length << 16 | symbol : -1;
  }

  /**
   * Whether a JSON unicode escape of a base64 symbol, backslash-u002B ({@code +}) or backslash-u002F
   * ({@code /}), hex digits in either case, starts at {@code i}: .NET's System.Text.Json escapes every
   * {@code +} so by default, and a key or connection string logged as JSON goes on after it. Six reads.
   */
  static boolean base64SymbolEscapedAt(CharSequence text, int i) {
    if (i + 6 > text.length() || text.charAt(i) != '\\' || text.charAt(i + 1) != 'u' || text.charAt(i + 2) != '0'
        || text.charAt(i + 3) != '0' || text.charAt(i + 4) != '2') {
      return false;
    }
    char last = (char) (text.charAt(i + 5) | 0x20);
    return last == 'b' || last == 'f';
  }

  /**
   * The length of {@code text[start, end)} as characters of {@code cls}, each escape that
   * {@link #base64SymbolEscapedAt} reads counting as one when {@code cls} holds that symbol (a base64 value
   * in a JSON string); -1 if something else stands in it.
   */
  static int runLength(CharClass cls, CharSequence text, int start, int end) {
    int length = end - start;
    int i = cls.skip(text, start, end);
    while (i + 6 <= end && base64SymbolEscapedAt(text, i)
        && cls.contains((text.charAt(i + 5) | 0x20) == 'b' ? '+' : '/')) {
      length -= 5;
      i = cls.skip(text, i + 6, end);
    }
    return i == end ? length : -1;
  }

  /** Length of an escape of {@code symbol} at {@code i} (before {@code limit}), or 0. */
  static int lengthOf(CharSequence text, int i, char symbol, int limit) {
    int at = symbolAt(text, i, limit);
    return at >= 0 && (char) at == symbol ? at >>> 16 : 0;
  }

  /**
   * The character before {@code i} as the text means it: the symbol when an escape ends there
   * ({@code https%3A%2F%2Fhooks...}: a slash, not the letter {@code F}), the blank of {@code %20}, the
   * symbol of a JSON unicode escape (backslash-u003d) and the control character of an escaped line
   * break or tab ({@code \n}: a token after it starts a line of a multi-line string), else the character itself.
   */
  static char before(CharSequence text, int i) {
    char c = text.charAt(i - 1);
    if (i >= 2 && text.charAt(i - 2) == '\\' && (c == 'n' || c == 'r' || c == 't')
        && (i < 3 || text.charAt(i - 3) != '\\')) {
      return c == 'n' ? '\n' : c == 'r' ? '\r' : '\t'; // a line break or tab inside a string literal or JSON
    }
    if (i >= 6 && text.charAt(i - 6) == '\\' && text.charAt(i - 5) == 'u' && text.charAt(i - 4) == '0'
        && text.charAt(i - 3) == '0' && Character.digit(text.charAt(i - 2), 16) >= 0 && Character.digit(c, 16) >= 0) {
      char escaped = (char) (Character.digit(text.charAt(i - 2), 16) * 16 + Character.digit(c, 16));
      return !CharClass.ALNUM.contains(escaped) ? escaped : c; // Gson's backslash-u003d, .NET's backslash-u0022
    }
    if (i >= 3 && text.charAt(i - 3) == '%' && text.charAt(i - 2) == '2' && c == '0') {
      return ' '; // an encoded blank, %20
    }
    if (i >= 3 && Character.digit(c, 16) >= 0) {
      for (int length = 5; length >= 3; length -= 2) {
        if (i >= length) {
          int at = symbolAt(text, i - length, i);
          if (at >= 0 && at >>> 16 == length) {
            return (char) at;
          }
        }
      }
    }
    return c;
  }

  /**
   * Whether an escape that {@link #before} reads as a symbol or blank may end right before {@code i}:
   * the backslash of {@code \n}, {@code \r}, {@code \t}, or the {@code %} of {@code %3D} / {@code %253D}
   * or the backslash of backslash-u0022 where that escape would start; {@code c} is the character at
   * {@code i - 1}. At most three reads, so the hot loop can afford it for every hit it is about to reject.
   */
  static boolean mayEndAt(CharSequence text, int i, char c) {
    if (c == 'n' || c == 'r' || c == 't') {
      return i >= 2 && text.charAt(i - 2) == '\\';
    }
    // ASCII hex by comparisons: Character.digit is a table walk, and this runs at most rejected hits
    char folded = (char) (c | 0x20);
    if (!(c >= '0' && c <= '9' || folded >= 'a' && folded <= 'f')) {
      return false;
    }
    return i >= 3 && text.charAt(i - 3) == '%' || i >= 5 && text.charAt(i - 5) == '%'
        || i >= 6 && text.charAt(i - 6) == '\\';
  }

  /** The escapes {@link #before} reads, as patterns: x stands for a hex digit. */
  private static final String[] ENDINGS = {"\\n", "\\r", "\\t", "%xx", "%25xx", "\\u00xx"};

  /**
   * Whether an escape that {@link #before} reads may end at {@code label[at]}, where {@code label} is
   * (case-folded) text whose characters before its start are unknown: the automaton's test when it
   * decides, from the text that leads to a state, whether a hit can be dropped for the character
   * before it.
   */
  static boolean mayEndIn(String label, int at) {
    for (String ending : ENDINGS) {
      boolean fits = true;
      for (int k = 0; k < ending.length() && fits; k++) {
        int i = at - (ending.length() - 1 - k);
        if (i >= 0) {
          char want = ending.charAt(k);
          char c = label.charAt(i);
          fits = want == 'x' ? Character.digit(c, 16) >= 0 && c < 128 : Character.toLowerCase(c) == want;
        }
      }
      if (fits) {
        return true;
      }
    }
    return false;
  }

  /** A printable ASCII symbol: neither a letter, a digit, a space nor a control character. */
  private static boolean symbol(char c) {
    return c > ' ' && c < 127 && !CharClass.ALNUM.contains(c);
  }
}
