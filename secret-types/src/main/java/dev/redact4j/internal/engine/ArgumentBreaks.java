package dev.redact4j.internal.engine;

/**
 * Where one argument of a command line ends and the next starts, as the records that keep command lines write
 * them: a blank, tab or line break in a shell line, a NUL byte in a {@code /proc/<pid>/cmdline} dump, the next
 * field of an audit EXECVE record ({@code a1="-p" a2="<v>"}; {@code a1=-p a2=<v>} as {@code ausearch -i} prints
 * it). An argument may open with a quote of its own ({@code '-p<v>'}, as {@code set -x} quotes a word with a
 * symbol). Static and allocation-free; reads at most {@value #MAX_FIELD} characters around a break.
 */
final class ArgumentBreaks {
  /** The longest EXECVE argument field name read, with its {@code =}: {@code a} and up to four digits. */
  private static final int MAX_FIELD = 6;

  private ArgumentBreaks() {}

  /** Whether {@code c} parts two arguments: a blank, a tab, a line break or NUL. */
  static boolean isBreak(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\0';
  }

  /**
   * Whether an argument starts right after {@code i}: {@code text[i]} is a break, a quote that opens the
   * argument after a break or an EXECVE field's {@code =}, or that {@code =} itself ({@code a2=-p<v>}).
   */
  static boolean startsAfter(CharSequence text, int i) {
    char c = text.charAt(i);
    if (isBreak(c)) {
      return true;
    }
    if (c == '\'' || c == '"') {
      return i == 0 || isBreak(text.charAt(i - 1)) || text.charAt(i - 1) == '=' && auditFieldBefore(text, i - 1);
    }
    return c == '=' && auditFieldBefore(text, i);
  }

  /**
   * Where the argument after the one that ends at {@code v} starts: past blanks, tabs and NULs, or past the
   * quote that closes an EXECVE field and the next field's name ({@code " a2="} or {@code " a2=}), at the
   * value's own opening quote when it has one; {@code v} when no break is there.
   */
  static int next(CharSequence text, int v, int limit) {
    int blank = v < limit && text.charAt(v) == '"' ? v + 1 : v;
    if (blank + 1 < limit && text.charAt(blank) == ' ' && text.charAt(blank + 1) == 'a') {
      int eq = blank + 2;
      while (eq < limit && eq < blank + MAX_FIELD && KeyNames.isDigit(text.charAt(eq))) {
        eq++;
      }
      if (eq > blank + 2 && eq < limit && text.charAt(eq) == '=') {
        return eq + 1;
      }
    }
    int j = v;
    while (j < limit && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\0')) {
      j++;
    }
    return j;
  }

  /** Whether an EXECVE argument's field name ({@code a} and digits, after a blank) ends right before {@code eq}. */
  private static boolean auditFieldBefore(CharSequence text, int eq) {
    int j = eq - 1;
    int lowest = Math.max(0, eq - MAX_FIELD);
    while (j > lowest && KeyNames.isDigit(text.charAt(j))) {
      j--;
    }
    return j < eq - 1 && j >= 1 && text.charAt(j) == 'a' && text.charAt(j - 1) == ' ';
  }
}
