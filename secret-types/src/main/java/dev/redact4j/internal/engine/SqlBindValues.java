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
    return -1;
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
