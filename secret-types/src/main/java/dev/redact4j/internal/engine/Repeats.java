package dev.redact4j.internal.engine;

import org.jspecify.annotations.Nullable;

/**
 * Hides the other occurrences of values already found in the same line: {@code password=Xq7…} then
 * {@code login failed for Xq7…}, or a password echoed in a confirmation field with a name no rule
 * knows (and in the next line after Swift's {@code Optional("v")}, which {@code dump} repeats as
 * {@code - some: "v"}). Only values of {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters are looked for, so
 * that a short value does not blank out ordinary words; and only values of detectors that need a
 * context to find them ({@link Detector#findsEveryOccurrence}): a prefixed token is found everywhere
 * anyway.
 *
 * <p>Each value is searched (Knuth–Morris–Pratt, at most two reads per character) in its own line,
 * up to {@value #REACH} characters either side, and the windows searched in one text add up to at
 * most 4,096 characters plus an eighth of the text from its first finding on: the cost stays linear
 * however many values a hostile text holds, and small beside the scan (log lines of a few kilobytes
 * are searched in full, a long text full of secrets only in part). Runs only for texts in which
 * something was found; clean text never gets here.
 */
final class Repeats {
  static final int MIN_LENGTH = 8;
  static final int MAX_LENGTH = 256;
  static final int REACH = 512;

  private Repeats() {}

  /**
   * Adds to {@code found} a span, with the same rule, for each repeat of each value it holds.
   *
   * @param whole the whole text as an array when the caller has it (a text of one chunk), else null
   * @param echoed per rule index, whether its values are looked for
   * @param border scratch space of {@link #MAX_LENGTH} entries
   */
  static void hide(CharSequence text, char @Nullable [] whole, SpanBuffer found, boolean[] echoed, int[] border) {
    int n = text.length();
    int count = found.size();
    // Counted from the first finding, not the text's start: text before it is never searched, and the
    // same line finds the same repeats wherever it starts (after a blank prefix, in a longer buffer).
    long budget = 4096 + (count == 0 ? 0 : n - found.start(0)) / 8;
    char[] window = whole;
    for (int i = 0; i < count && budget > 0; i++) {
      int start = found.start(i);
      int end = found.end(i);
      // A value that owns the rest of its line may end with the comma of a list (password=v, user=bob);
      // its repeat (login failed for v) has none.
      while (end - start > MIN_LENGTH && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == ';')) {
        end--;
      }
      int m = end - start;
      int rule = found.rule(i);
      if (m < MIN_LENGTH || m > MAX_LENGTH || rule < echoed.length && !echoed[rule]) {
        continue;
      }
      int from = Math.max(0, start - REACH);
      int to = Math.min(n, end + REACH);
      int offset = 0;
      if (whole == null) {
        if (window == null) {
          window = new char[2 * REACH + MAX_LENGTH];
        }
        for (int k = from; k < to; k++) {
          window[k - from] = text.charAt(k);
        }
        offset = from;
      }
      // The value's own line only.
      for (int k = start; k > from; k--) {
        if (window[k - 1 - offset] == '\n') {
          from = k;
          break;
        }
      }
      for (int k = end; k < to; k++) {
        if (window[k - offset] == '\n') {
          to = swiftOptionalAt(text, start, end, k) ? lineEnd(window, offset, k + 1, to) : k;
          break;
        }
      }
      budget -= to - from;
      if (to - from > m) {
        search(window, offset, from, to, start, m, border, found, rule);
      }
    }
  }

  /**
   * Whether {@code chars[s, e)} is a name rather than a value: a tag's ({@code <v>}, {@code </v>}, {@code <v a="1">}),
   * a key's before {@code =}, a quoted key's before its colon ({@code "v":}) or a YAML key's, first on its line
   * and before a colon and a blank ({@code password: password}); {@code chars[lo, hi)} may be read, {@code lo}
   * being the line's start.
   */
  private static boolean nameAt(char[] chars, int s, int e, int lo, int hi) {
    char before = s > lo ? chars[s - 1] : 0;
    char after = e < hi ? chars[e] : 0;
    boolean tag = (before == '<' || before == '/' && s - 1 > lo && chars[s - 2] == '<')
        && (after == '>' || after == ' ' || after == '/');
    boolean quotedKey = (before == '"' || before == '\'') && after == before && e + 1 < hi && chars[e + 1] == ':';
    boolean yamlKey = after == ':' && (e + 1 == hi || chars[e + 1] == ' ') && firstOnLine(chars, s, lo);
    return tag || quotedKey || yamlKey || after == '=';
  }

  /** Whether only blanks come before {@code chars[s]} on its line, which starts at {@code lo}. */
  private static boolean firstOnLine(char[] chars, int s, int lo) {
    int j = s;
    while (j > lo && (chars[j - 1] == ' ' || chars[j - 1] == '\t')) {
      j--;
    }
    return j == lo;
  }

  /** How Swift prints a present optional string, whose {@code dump} repeats the string on the next line. */
  private static final String SWIFT_OPTIONAL = "Optional(\"";

  /**
   * Whether the value {@code text[start, end)} is the last thing on its line, ending at {@code lineEnd}, inside
   * Swift's {@code Optional("v")}: {@code dump} prints the string again on the next line ({@code - some: "v"}).
   */
  private static boolean swiftOptionalAt(CharSequence text, int start, int end, int lineEnd) {
    int open = start - SWIFT_OPTIONAL.length();
    return lineEnd == end + 2 && text.charAt(end) == '"' && text.charAt(end + 1) == ')' && open >= 0
        && KeyNames.regionEquals(text, open, SWIFT_OPTIONAL);
  }

  /** The end of the line that starts at {@code k} in {@code chars} (text from {@code offset}), or {@code to}. */
  private static int lineEnd(char[] chars, int offset, int k, int to) {
    while (k < to && chars[k - offset] != '\n') {
      k++;
    }
    return k;
  }

  /**
   * Knuth–Morris–Pratt over {@code chars}, which holds text from index {@code offset}: adds the
   * non-overlapping occurrences of {@code text[at, at + m)} in {@code text[from, to)} other than itself.
   * A value of letters only counts only as a word of its own: {@code postgres} as a password is not
   * hidden inside {@code postgresql://} (a generated value is, glued to anything), nor as a name: a
   * password that is its own key's word ({@code <password>password</password>}, {@code password=password})
   * leaves the key readable.
   */
  private static void search(char[] chars, int offset, int from, int to, int at, int m, int[] border,
      SpanBuffer found, int rule) {
    int v = at - offset; // the value in chars
    border[0] = 0; // border[j]: length of the longest proper border of value[0, j]
    for (int j = 1, k = 0; j < m; j++) {
      while (k > 0 && chars[v + j] != chars[v + k]) {
        k = border[k - 1];
      }
      if (chars[v + j] == chars[v + k]) {
        k++;
      }
      border[j] = k;
    }
    boolean word = true;
    for (int j = 0; j < m && word; j++) {
      word = Character.isLetter(chars[v + j]);
    }
    char first = chars[v];
    int end = to - offset;
    for (int i = from - offset, k = 0; i < end; i++) {
      char c = chars[i];
      if (k == 0) {
        while (c != first && ++i < end) { // no partial match: skip to the value's first character
          c = chars[i];
        }
        if (i == end) {
          return;
        }
      }
      while (k > 0 && c != chars[v + k]) {
        k = border[k - 1];
      }
      if (c == chars[v + k]) {
        k++;
      }
      if (k == m) {
        int start = i - m + 1 + offset;
        int s = start - offset;
        boolean glued = word && (s > from - offset && Character.isLetterOrDigit(chars[s - 1])
            || i + 1 < end && Character.isLetterOrDigit(chars[i + 1]));
        if (start != at && !glued && !(word && nameAt(chars, s, i + 1, from - offset, end))) {
          found.add(start, start + m, rule);
        }
        k = 0; // non-overlapping
      }
    }
  }
}
