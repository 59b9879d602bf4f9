package dev.redact4j.internal.engine;

/**
 * The bind value that a statement's placeholder ({@code ?} or {@code $n}) stands for, when the values
 * follow the statement in the same text: Ecto's and Prisma's {@code ["bob", "v"]}, SQLAlchemy's
 * {@code [generated in 0.0002s] ('bob', 'v')}, PostgreSQL's {@code DETAIL:  parameters: $1 = 'bob', $2 = 'v'}.
 * A bind line alone names no column and is never read here. Only a quoted value is returned; a list that
 * is too short, or an unquoted value at the placeholder's position, gives none. Static and allocation-free.
 */
final class SqlBindValues {
  /** How far after the placeholder the values are looked for: the rest of the statement, a log prefix. */
  private static final int BIND_SPAN = 256;
  /** The highest placeholder number read. */
  private static final int MAX_ORDINAL = 99;
  /** The most lines read after a statement's for values bound one per line, and how far each is read. */
  private static final int BIND_LINES = 32;
  private static final int LINE_SPAN = 512;

  private SqlBindValues() {}

  /**
   * The number {@code n} of a placeholder {@code $n} at {@code k} (not followed by a name's character),
   * or -1.
   */
  static int number(CharSequence text, int k) {
    int n = text.length();
    if (k + 1 >= n || text.charAt(k) != '$') {
      return -1;
    }
    int v = 0;
    int j = k + 1;
    for (; j < n && j < k + 3 && text.charAt(j) >= '0' && text.charAt(j) <= '9'; j++) {
      v = v * 10 + text.charAt(j) - '0';
    }
    return j > k + 1 && v > 0 && (j == n || !KeyNames.isAlnum(text.charAt(j)) && text.charAt(j) != '_') ? v : -1;
  }

  /**
   * Where the quoted value (its opening quote) starts that the {@code ordinal}-th bind value gives, looked
   * for from {@code from} on; {@code numbered} when the placeholder was {@code $n}, whose value PostgreSQL
   * names {@code $n = '…'}. -1 when no list of values follows within {@link #BIND_SPAN} characters.
   */
  static int valueOf(CharSequence text, int from, int ordinal, boolean numbered) {
    if (ordinal < 1 || ordinal > MAX_ORDINAL) {
      return -1;
    }
    int n = text.length();
    int end = Math.min(n, from + BIND_SPAN);
    for (int k = from; k < end; k++) {
      char c = text.charAt(k);
      if (c == '\'') {
        k = literalEnd(text, k, end); // a literal of the statement: its parentheses and brackets are text
      } else if (numbered && c == '$' && number(text, k) == ordinal) {
        int q = k + (ordinal > 9 ? 3 : 2);
        if (KeyNames.regionEquals(text, q, " = '")) {
          return q + 3; // PostgreSQL: DETAIL:  parameters: $1 = 'bob', $2 = 'v'
        }
      } else if ((c == '[' || c == '(') && k + 1 < end && isQuote(text.charAt(k + 1)) && listOpener(text, k, from)) {
        return item(text, k + 1, end, ordinal, false);
      } else if (c == '[' && k + 2 < end && text.charAt(k + 1) == '(' && KeyNames.regionEquals(text, k - 7, "Params:")) {
        return item(text, k + 2, end, ordinal, true); // datasource-proxy: Params:[(bob,v)], unquoted
      }
    }
    return numbered ? -1 : onLines(text, from, ordinal);
  }

  /**
   * Where the value starts that the lines after the statement's own bind to the {@code ordinal}-th
   * {@code ?}, each line with its own log prefix: Hibernate 5's {@code binding parameter [2] as [VARCHAR] - [v]}
   * and 6's {@code binding parameter (2:VARCHAR) <- [v]}, Spring's {@code column index 2, parameter value [v]}
   * (the {@code [} before {@code v}), one line per value in order; MyBatis's {@code ==> Parameters: bob(String),
   * v(String)} (the value's first character). The lines are read from the end of the line that holds
   * {@code from}; the first line that binds no value, or binds a later one, ends them. Reads at most
   * {@link #BIND_LINES} lines of {@link #LINE_SPAN} characters.
   */
  private static int onLines(CharSequence text, int from, int ordinal) {
    if (ordinal > BIND_LINES) {
      return -1;
    }
    int n = text.length();
    int k = from;
    for (int limit = Math.min(n, from + LINE_SPAN); k < limit && text.charAt(k) != '\n'; k++) {
      // the rest of the statement's line
    }
    char form = 0;
    for (int line = 0; line < BIND_LINES && k < n && text.charAt(k) == '\n'; line++) {
      k++;
      int end = Math.min(n, k + LINE_SPAN);
      int at = -1;
      char seen = 0;
      for (; k < end && text.charAt(k) != '\n' && seen == 0; k++) {
        char c = text.charAt(k);
        if (c == 'b' && KeyNames.regionEquals(text, k, "binding parameter ")) {
          seen = text.charAt(Math.min(n - 1, k + 18)); // [ or (
          at = seen == '[' || seen == '(' ? boundOnLine(text, k + 19, end, ordinal, seen) : -1;
        } else if (c == 'c' && KeyNames.regionEquals(text, k, "column index ")) {
          seen = 'c';
          at = boundOnLine(text, k + 13, end, ordinal, seen);
        } else if (c == 'P' && KeyNames.regionEquals(text, k, "Parameters: ") && form == 0) {
          return typedItem(text, k + 12, end, ordinal);
        }
      }
      if (seen == 0 || form != 0 && seen != form || at == -1) {
        return -1; // no bind line, another form, or a later ordinal: the statement's binds ended
      }
      if (at >= 0) {
        return at;
      }
      form = seen;
      while (k < end && text.charAt(k) != '\n') {
        k++;
      }
    }
    return -1;
  }

  /**
   * The {@code [} before the value of a bind line whose ordinal starts at {@code k} ({@code open} tells its
   * form) when the ordinal is {@code ordinal}; -2 for an earlier ordinal; -1 for a later one or other text.
   */
  private static int boundOnLine(CharSequence text, int k, int end, int ordinal, char open) {
    int v = 0;
    int j = k;
    for (; j < end && j < k + 3 && text.charAt(j) >= '0' && text.charAt(j) <= '9'; j++) {
      v = v * 10 + text.charAt(j) - '0';
    }
    if (j == k || v > ordinal) {
      return -1;
    }
    if (v < ordinal) {
      return -2;
    }
    if (open == 'c') {
      return KeyNames.regionEquals(text, j, ", parameter value [") ? j + 18 : -1;
    }
    if (open == '[') {
      return KeyNames.regionEquals(text, j, "] as [") ? afterType(text, j + 6, end, "] - [") : -1;
    }
    return j < end && text.charAt(j) == ':' ? afterType(text, j + 1, end, ") <- [") : -1;
  }

  /** The {@code [} that ends {@code after}, past a JDBC type's name at {@code k}, or -1. */
  private static int afterType(CharSequence text, int k, int end, String after) {
    int j = k;
    while (j < end && j < k + 24 && (text.charAt(j) >= 'A' && text.charAt(j) <= 'Z' || text.charAt(j) == '_')) {
      j++;
    }
    return j > k && KeyNames.regionEquals(text, j, after) ? j + after.length() - 1 : -1;
  }

  /**
   * The first character of the {@code ordinal}-th value of MyBatis's list at {@code k}, where each value is
   * followed by its class's simple name, {@code v(String)}, or is a bare {@code null}, and {@code , } parts
   * them. A value may hold {@code , }: only {@code (Type), } ends one. -1 when the line ends first.
   */
  private static int typedItem(CharSequence text, int k, int end, int ordinal) {
    for (int v = 1; k < end && text.charAt(k) != '\n'; v++) {
      if (v == ordinal) {
        return k;
      }
      int next = -1;
      if (KeyNames.regionEquals(text, k, "null, ")) {
        next = k + 6;
      } else {
        for (int j = k; j < end && text.charAt(j) != '\n' && next < 0; j++) {
          if (text.charAt(j) == '(' && j > k) {
            int t = typeEnd(text, j + 1, end);
            next = t > 0 && KeyNames.regionEquals(text, t, ", ") ? t + 2 : -1;
          }
        }
      }
      if (next < 0) {
        return -1;
      }
      k = next;
    }
    return -1;
  }

  /**
   * Where a value of MyBatis's list that starts at {@code k} ends: at the {@code (} of its class's name,
   * {@code v(String)}, followed by {@code , } or the line's end; -1 for any other value (a quoted one, a
   * bracketed one, datasource-proxy's {@code (bob,v)}).
   */
  static int typedValueEnd(CharSequence text, int k) {
    int n = text.length();
    if (k < 2 || k >= n || text.charAt(k - 1) != ' ' || text.charAt(k - 2) != ':' && text.charAt(k - 2) != ','
        || isQuote(text.charAt(k)) || text.charAt(k) == '[') {
      return -1;
    }
    int end = Math.min(n, k + LINE_SPAN);
    for (int j = k + 1; j < end && text.charAt(j) != '\n'; j++) {
      int t = text.charAt(j) == '(' ? typeEnd(text, j + 1, end) : -1;
      if (t > 0 && (t == n || text.charAt(t) == '\n' || text.charAt(t) == '\r' || KeyNames.regionEquals(text, t, ", "))) {
        return j;
      }
    }
    return -1;
  }

  /** The end of {@code Type)} at {@code k} (past the parenthesis): a class's simple name, or -1. */
  private static int typeEnd(CharSequence text, int k, int end) {
    if (k >= end || text.charAt(k) < 'A' || text.charAt(k) > 'Z') {
      return -1;
    }
    int j = k + 1;
    while (j < end && j < k + 32 && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '[' || text.charAt(j) == ']')) {
      j++;
    }
    return j < end && text.charAt(j) == ')' ? j + 1 : -1;
  }

  /**
   * Where the value starts after a JDBC type in brackets at {@code k}, as Hibernate 5's {@code BasicExtractor}
   * prints a column's value after its alias and type: {@code extracted value ([password4_0_0_] : [VARCHAR]) - [v]}
   * gives the {@code [} before {@code v}; any other text gives {@code k}.
   */
  static int afterJdbcType(CharSequence text, int k) {
    int n = text.length();
    if (k >= n || text.charAt(k) != '[') {
      return k;
    }
    int j = k + 1;
    while (j < n && j <= k + 24 && (text.charAt(j) >= 'A' && text.charAt(j) <= 'Z' || text.charAt(j) == '_')) {
      j++;
    }
    return j > k + 2 && KeyNames.regionEquals(text, j, "]) - [") ? j + 5 : k;
  }

  /**
   * Whether the bracket at {@code k} opens the list of values: a {@code [} not glued to a name (not
   * {@code ARRAY['a']}) nor inside another list (ActiveRecord's named binds, {@code [["email", "v"], …]}, a
   * pair per value), or a {@code (} right after {@code ] } (SQLAlchemy's {@code [generated in …] (}), not a
   * call's or {@code IN (…)}'s parenthesis.
   */
  private static boolean listOpener(CharSequence text, int k, int from) {
    if (k == from) {
      return false;
    }
    char b = text.charAt(k - 1);
    if (text.charAt(k) == '[') {
      return !KeyNames.isAlnum(b) && b != '_' && b != '[';
    }
    return b == ' ' && k >= from + 2 && text.charAt(k - 2) == ']';
  }

  /** The opening quote of the {@code ordinal}-th item of the list starting at {@code k}, if it is quoted. */
  private static int item(CharSequence text, int k, int end, int ordinal, boolean unquoted) {
    for (int v = 1; k < end; v++) {
      while (k < end && text.charAt(k) == ' ') {
        k++;
      }
      if (k >= end) {
        return -1;
      }
      char c = text.charAt(k);
      if (v == ordinal) {
        return isQuote(c) || unquoted ? k : -1;
      }
      if (isQuote(c)) {
        k = literalEnd(text, k, end) + 1;
      } else {
        while (k < end && text.charAt(k) != ',' && text.charAt(k) != ']' && text.charAt(k) != ')') {
          k++;
        }
      }
      if (k >= end || text.charAt(k) != ',') {
        return -1; // the list ended before the placeholder's position
      }
      k++;
    }
    return -1;
  }

  /** The closing quote of the literal opened at {@code k} ({@code ''} and a backslash escape a quote). */
  private static int literalEnd(CharSequence text, int k, int end) {
    char q = text.charAt(k);
    for (int j = k + 1; j < end; j++) {
      char c = text.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == q) {
        if (j + 1 < end && text.charAt(j + 1) == q) {
          j++;
        } else {
          return j;
        }
      }
    }
    return end;
  }

  private static boolean isQuote(char c) {
    return c == '\'' || c == '"';
  }
}
