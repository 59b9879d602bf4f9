package dev.redact4j.internal.engine;

/**
 * Hides the other occurrences of values already found in the same line: {@code password=Xq7…} then
 * {@code login failed for Xq7…}, or a password echoed in a confirmation field with a name no rule
 * knows. Only values of {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters are looked for, so
 * that a short value does not blank out ordinary words.
 *
 * <p>Each value is searched (Knuth–Morris–Pratt, at most two reads per character) in its own line,
 * up to {@value #REACH} characters either side, and the reads of one text are capped at a few per
 * character of it, so the cost stays linear however many values a hostile text holds. Runs only for
 * texts in which something was found; clean text never gets here.
 */
final class Repeats {
  static final int MIN_LENGTH = 8;
  static final int MAX_LENGTH = 256;
  static final int REACH = 1024;

  private Repeats() {}

  /** Adds to {@code found} a span, with the same rule, for each repeat of each value it holds. */
  static void hide(CharSequence text, SpanBuffer found) {
    int n = text.length();
    long budget = 4L * n + 8192;
    int count = found.size();
    for (int i = 0; i < count && budget > 0; i++) {
      int start = found.start(i);
      int end = found.end(i);
      int m = end - start;
      if (m < MIN_LENGTH || m > MAX_LENGTH) {
        continue;
      }
      int from = start;
      int limit = Math.max(0, start - REACH);
      while (from > limit && text.charAt(from - 1) != '\n') {
        from--;
      }
      int to = end;
      int stop = Math.min(n, end + REACH);
      while (to < stop && text.charAt(to) != '\n') {
        to++;
      }
      budget -= (long) (to - from) * 3 + m; // the bounds, then at most two reads per character
      if (to - from > m) {
        search(text, from, to, start, m, found, found.rule(i));
      }
    }
  }

  /** Knuth–Morris–Pratt: adds the non-overlapping occurrences of {@code text[at, at + m)} in {@code text[from, to)}. */
  private static void search(CharSequence text, int from, int to, int at, int m, SpanBuffer found, int rule) {
    int[] border = new int[m]; // border[j]: length of the longest proper border of value[0, j]
    for (int j = 1, k = 0; j < m; j++) {
      while (k > 0 && text.charAt(at + j) != text.charAt(at + k)) {
        k = border[k - 1];
      }
      if (text.charAt(at + j) == text.charAt(at + k)) {
        k++;
      }
      border[j] = k;
    }
    for (int i = from, k = 0; i < to; i++) {
      char c = text.charAt(i);
      while (k > 0 && c != text.charAt(at + k)) {
        k = border[k - 1];
      }
      if (c == text.charAt(at + k)) {
        k++;
      }
      if (k == m) {
        int start = i - m + 1;
        if (start != at) {
          found.add(start, i + 1, rule);
        }
        k = 0; // non-overlapping
      }
    }
  }
}
