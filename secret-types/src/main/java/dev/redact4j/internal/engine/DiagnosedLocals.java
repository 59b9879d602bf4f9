package dev.redact4j.internal.engine;

/**
 * The value that loguru's {@code diagnose=True} and better-exceptions print under a variable of a traceback's
 * source line: each variable gets a column of {@code │} that ends in {@code └ value} on a later line, so a
 * variable named for a secret has its value several lines below its name, at the same column:
 * <pre>
 *     return client.authenticate(username, password)
 *            │      │            │         └ 'v'
 * </pre>
 * Only a quoted string (Python's repr) is a value. Static and allocation-free.
 */
final class DiagnosedLocals {
  /** The farthest column a key may sit at, and how far the key's line is read after it. */
  private static final int MAX_COLUMN = 120;
  /** The most lines from the key's line to its {@code └}. */
  private static final int MAX_LINES = 16;
  private static final char BAR = '\u2502';
  private static final char CORNER = '\u2514';

  private DiagnosedLocals() {}

  /**
   * Where the quoted value starts (its opening quote) that the annotation under the key {@code text[keyStart,
   * keyEnd)} prints, or -1. Reads at most {@link #MAX_COLUMN} characters after the key unless the next line
   * starts with a bar; then at most {@link #MAX_LINES} lines of at most {@value #MAX_COLUMN} plus the key's
   * column characters each.
   */
  static int valueAt(CharSequence text, int keyStart, int keyEnd) {
    int n = text.length();
    // 0. An argument or an operand: (password, , token), = secret; floods of key words fail here at once.
    int b = keyStart - 1;
    if (b >= 0 && text.charAt(b) == ' ') {
      b--;
    }
    if (b < 0 || "(,=[{".indexOf(text.charAt(b)) < 0) {
      return -1;
    }
    // 1. The next line starts with blanks then a bar or a corner: most keys fail here, after their line's rest.
    int i = keyEnd;
    int limit = Math.min(n, keyEnd + MAX_COLUMN);
    while (i < limit && text.charAt(i) != '\n') {
      i++;
    }
    if (i >= limit) {
      return -1;
    }
    int next = i + 1;
    int j = next;
    while (j < n && j - next < MAX_COLUMN && text.charAt(j) == ' ') {
      j++;
    }
    if (j >= n || text.charAt(j) != BAR && text.charAt(j) != CORNER) {
      return -1;
    }
    // 2. The key's column.
    int col = 0;
    while (col < MAX_COLUMN && keyStart - col > 0 && text.charAt(keyStart - col - 1) != '\n') {
      col++;
    }
    if (col >= MAX_COLUMN) {
      return -1;
    }
    // 3. Down the key's column: bars, then the corner and a quoted value.
    int lineStart = next;
    for (int lines = 0; lines < MAX_LINES; lines++) {
      int at = lineStart + col;
      for (int k = lineStart; k < at; k++) {
        if (k >= n || text.charAt(k) == '\n') {
          return -1; // a line too short to reach the column
        }
      }
      if (at >= n) {
        return -1;
      }
      char c = text.charAt(at);
      if (c == CORNER) {
        int q = at + 2;
        return q < n && text.charAt(at + 1) == ' ' && (text.charAt(q) == '\'' || text.charAt(q) == '"') ? q : -1;
      }
      if (c != BAR) {
        return -1;
      }
      int end = Math.min(n, at + MAX_COLUMN);
      int k = at + 1;
      while (k < end && text.charAt(k) != '\n') {
        k++;
      }
      if (k >= end) {
        return -1;
      }
      lineStart = k + 1;
    }
    return -1;
  }

  /**
   * Where the first value starts that the annotation lines print for a variable right of the key whose value
   * {@code valueStart} is, or -1 when {@code valueStart} is no annotated value ({@code └ 'v'}) or none is
   * printed before it. The variables right of a key get their values on the lines above the key's, and the
   * scan passes over their names once the key's span covers them: a span from there hides them too.
   * Reads at most {@link #MAX_LINES} lines of at most {@value #MAX_COLUMN} plus the key's column characters.
   */
  static int earlierValue(CharSequence text, int keyStart, int valueStart) {
    if (valueStart < 3 || text.charAt(valueStart - 2) != ' ' || text.charAt(valueStart - 3) != CORNER) {
      return -1;
    }
    int col = 0;
    while (col < MAX_COLUMN && keyStart - col > 0 && text.charAt(keyStart - col - 1) != '\n') {
      col++;
    }
    int k = keyStart;
    int limit = Math.min(valueStart, keyStart + MAX_LINES * 2 * MAX_COLUMN);
    while (k < limit && text.charAt(k) != '\n') {
      k++;
    }
    int lineStart = k + 1;
    for (k = lineStart; k + 2 < limit; k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        lineStart = k + 1;
      } else if (c == CORNER && k - lineStart > col && text.charAt(k + 1) == ' '
          && (text.charAt(k + 2) == '\'' || text.charAt(k + 2) == '"')) {
        return k + 3 < valueStart - 1 ? k + 3 : -1;
      }
    }
    return -1;
  }
}
