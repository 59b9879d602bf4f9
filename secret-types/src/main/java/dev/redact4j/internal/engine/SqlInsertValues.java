package dev.redact4j.internal.engine;

/**
 * The literal an SQL {@code INSERT} gives, by position, to the column a key names:
 * {@code INSERT INTO users(name, password) VALUES ('bob', 'v')}, as H2 quotes the statement in every
 * error and p6spy logs each one; also H2's description of a unique index,
 * {@code PUBLIC.API_KEYS(API_KEY NULLS FIRST) VALUES ( 'v' )}, each value after a numbering comment.
 * Only a string literal is a value; a list that holds anything but names, or a call among the values
 * before the key's position, is not read. A placeholder ({@code ?}, {@code $2}) at the key's position
 * stands for the bind value that follows the statement in the same text ({@link SqlBindValues}).
 * Static and allocation-free.
 */
final class SqlInsertValues {
  /** How far the column list is read either side of the key. */
  private static final int LIST_SPAN = 96;
  /** How far the values are read after {@code VALUES (}. */
  private static final int VALUES_SPAN = 512;
  /** The most columns before the key. */
  private static final int MAX_COLUMN = 16;

  private SqlInsertValues() {}

  /**
   * Where the string literal (its opening quote) starts that an {@code INSERT}'s {@code VALUES} list
   * gives the column {@code text[keyStart, keyEnd)}, or -1. Reads at most {@link #LIST_SPAN} characters
   * either side of the key and {@link #VALUES_SPAN} after the list; clean text (a key not right after
   * {@code (} or {@code ,}) costs a few reads.
   */
  static int valueAt(CharSequence text, int keyStart, int keyEnd) {
    // 1. A column list's opening parenthesis or comma right before the key: most keys fail here at once.
    int j = keyStart - 1;
    char b = j >= 0 ? text.charAt(j) : 0; // each character read once: floods of key words pass here
    if (b == '"' || b == '`') {
      b = --j >= 0 ? text.charAt(j) : 0; // a quoted identifier: ("password")
    }
    while (b == ' ') {
      b = --j >= 0 ? text.charAt(j) : 0;
    }
    if (b != '(' && b != ',') {
      return -1;
    }
    // 2. The rest of the column list (names, H2's NULLS FIRST), then VALUES (: read before the table's
    // name, as PostgreSQL's Key (token)=(v) fails here at once.
    int n = text.length();
    int k = keyEnd;
    int end = Math.min(n, keyEnd + LIST_SPAN);
    char c = 0;
    while (k < end && (c = text.charAt(k)) != ')' && (nameChar(c) || c == ',')) {
      k++;
    }
    if (k >= end || c != ')') {
      return -1;
    }
    k = blanks(text, k + 1, n);
    if (!KeyNames.regionEqualsIgnoreCase(text, k, "values")) {
      return -1;
    }
    int values = k + 6;
    // 3. The key's position in the column list, which follows a table's name: users(..), users (..).
    int limit = Math.max(0, keyStart - LIST_SPAN);
    int column = 0;
    for (; j >= limit && (b = text.charAt(j)) != '('; j--) {
      if (b == ',' && ++column > MAX_COLUMN || b != ',' && !nameChar(b)) {
        return -1;
      }
    }
    int table = j - 1;
    while (table >= 0 && text.charAt(table) == ' ') {
      table--;
    }
    if (j < limit || table < 0 || !(KeyNames.isAlnum(text.charAt(table)) || text.charAt(table) == '_'
        || text.charAt(table) == '"' || text.charAt(table) == '`')) {
      return -1;
    }
    k = blanks(text, values, n);
    if (k >= n || text.charAt(k) != '(') {
      return -1;
    }
    // 4. The value at the key's position: skip the literals and plain words before it.
    end = Math.min(n, k + VALUES_SPAN);
    k++;
    int placeholders = 0;
    for (int v = 0; ; v++) {
      k = blanksAndComments(text, k, end);
      if (k >= end) {
        return -1;
      }
      if (v == column) {
        if (text.charAt(k) == '?') { // VALUES (?, ?) then the bound values: ('bob', 'v'), ["bob", "v"]
          return SqlBindValues.valueOf(text, k + 1, placeholders + 1, false);
        }
        int number = SqlBindValues.number(text, k); // VALUES ($1, $2): Ecto, Prisma, PostgreSQL's parameters
        if (number > 0) {
          return SqlBindValues.valueOf(text, k + 1, number, true);
        }
        return text.charAt(k) == '\'' && !concatenation(text, k + 1, end) ? k : -1;
      }
      if (text.charAt(k) == '?') {
        placeholders++;
      }
      if (text.charAt(k) == '\'') {
        k++;
        while (k < end && text.charAt(k) != '\'') {
          k++;
          if (k + 1 < end && text.charAt(k) == '\'' && text.charAt(k + 1) == '\'') {
            k += 2; // '' is a quote inside the literal
          }
        }
        k++;
      } else {
        while (k < end && text.charAt(k) != ',' && text.charAt(k) != ')' && text.charAt(k) != '('
            && text.charAt(k) != '\n') {
          k++;
        }
      }
      k = blanksAndComments(text, k, end);
      if (k >= end || text.charAt(k) != ',') {
        return -1; // the list ended, or a call: NOW(), crypt('x', gen_salt('bf'))
      }
      k++;
    }
  }

  /**
   * Whether a double quote, blanks and {@code +} start at {@code k}: {@code '" + password + "'}, source
   * code that builds the statement, whose literal holds a variable, not a value (also with the quote
   * escaped once or more, as the statement is quoted in a string literal of its own).
   */
  private static boolean concatenation(CharSequence text, int k, int end) {
    for (int escapes = 0; escapes < 3 && k + 1 < end && text.charAt(k) == '\\'; escapes++) {
      k++;
    }
    if (k >= end || text.charAt(k) != '"') {
      return false;
    }
    k = blanks(text, k + 1, end);
    return k < end && text.charAt(k) == '+';
  }

  /** A character of a column's name, a quoted one's quote, or the blank before a qualifier (NULLS FIRST). */
  private static boolean nameChar(char c) {
    return KeyNames.isAlnum(c) || c == '_' || c == ' ' || c == '"' || c == '`' || c == '.';
  }

  private static int blanks(CharSequence text, int k, int end) {
    while (k < end && text.charAt(k) == ' ') {
      k++;
    }
    return k;
  }

  /** Past blanks and block comments (H2 numbers an index's values with them). */
  private static int blanksAndComments(CharSequence text, int k, int end) {
    k = blanks(text, k, end);
    while (k + 1 < end && text.charAt(k) == '/' && text.charAt(k + 1) == '*') {
      k += 2;
      while (k + 1 < end && !(text.charAt(k) == '*' && text.charAt(k + 1) == '/')) {
        k++;
      }
      k = blanks(text, k + 2, end);
    }
    return k;
  }
}
