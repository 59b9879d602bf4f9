package dev.redact4j.internal.engine;

/**
 * The password of an IMAP {@code LOGIN} command as client debug transcripts print it: {@code a001 LOGIN
 * alice <password>}, JavaMail's {@code A1 LOGIN "alice" "<password>"}, Python imaplib's
 * {@code > b'DKPD1 LOGIN alice "<password>"'}, MailKit's {@code C: A00000001 LOGIN alice <password>}. The
 * command word is {@code LOGIN} or {@code login} after a tag (letters and digits with a digit among them,
 * or a single letter where a line or a prompt starts: not {@code a login shell}) that starts a word, and
 * it takes exactly two arguments, atoms or quoted strings: the line (or a closing quote, or an escaped
 * line break) ends right after the second. So prose ({@code LOGIN command disabled}) and other commands
 * pass, as does a masked ({@code ****}) or placeholder password, and an unquoted plain word (lower-case
 * letters, maybe capitalized: {@code 5 login attempts remaining}).
 *
 * <p>Reads at most {@value #MAX_TAG} + 1 characters before the anchor and 2 × {@value #MAX_ARGUMENT} + 8
 * after it; allocates nothing.
 */
public final class ImapLoginDetector implements Detector {
  private static final int MAX_TAG = 20;
  private static final int MAX_ARGUMENT = 256;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    if (anchorEnd - anchorStart != 5 || anchorEnd >= n || text.charAt(anchorEnd) != ' '
        || !KeyNames.regionEquals(text, anchorStart, "LOGIN") && !KeyNames.regionEquals(text, anchorStart, "login")
        || !tagBefore(text, anchorStart)) {
      return NO_MATCH;
    }
    int userEnd = argumentEnd(text, anchorEnd + 1);
    if (userEnd < 0 || userEnd + 1 >= n || text.charAt(userEnd) != ' ') {
      return NO_MATCH;
    }
    int start = userEnd + 1;
    int end = KeyNames.regionEquals(text, start, "\\\"") ? escapedStringEnd(text, start + 2) : argumentEnd(text, start);
    if (end < 0 || !endsCommand(text, end)) {
      return NO_MATCH;
    }
    if (text.charAt(start) == '\\' && (start + 1 == text.length() || text.charAt(start + 1) != '"')) {
      return NO_MATCH; // an escape sequence (\\\" in code), not a password's start
    } else if (text.charAt(start) == '\\') {
      start += 2; // the line inside a JSON string: A1 LOGIN \"alice\" \"<password>\"
      end -= 2;
    } else if (text.charAt(start) == '"') {
      start++;
      end--;
    } else if (end == text.length() && text.charAt(end - 1) == '\'' && end - 1 > start) {
      end--; // > b'A1 LOGIN alice <password>': the printed bytes' closing quote
    } else if (plainWord(text, start, ValueEnds.trailingPunctuationStart(text, start, end))) {
      return NO_MATCH; // prose: 5 login attempts remaining, after 3 LOGIN retries: Locked
    }
    if (end <= start || masked(text, start, end) || literalLength(text, start, end)
        || ValueShapes.isPlaceholder(text, start, ValueEnds.trailingPunctuationStart(text, start, end))
        || KeyNames.regionEquals(text, start, "[REDACTED:")) {
      return NO_MATCH;
    }
    return Detector.pack(start, end);
  }

  /**
   * Whether {@code text[start, end)} announces a literal, {@code {8}} or LITERAL+'s {@code {8+}}: the password
   * comes on the next line, after the server's continuation, not here.
   */
  private static boolean literalLength(CharSequence text, int start, int end) {
    int close = end - 1;
    int digits = close > start && text.charAt(close - 1) == '+' ? close - 1 : close;
    return end - start >= 3 && text.charAt(start) == '{' && text.charAt(close) == '}' && digits > start + 1
        && CharClass.DIGIT.skip(text, start + 1, digits) == digits;
  }

  /** A tag and one blank before {@code at}: letters and digits (a digit among them, or one letter) at a word start. */
  private static boolean tagBefore(CharSequence text, int at) {
    if (at < 2 || text.charAt(at - 1) != ' ') {
      return false;
    }
    int end = at - 1;
    int start = end;
    boolean digit = false;
    while (start > 0 && end - start < MAX_TAG && KeyNames.isAlnum(text.charAt(start - 1))) {
      digit |= KeyNames.isDigit(text.charAt(--start));
    }
    if (start == end || !digit && end - start > 1) {
      return false;
    }
    char before = start == 0 ? ' ' : text.charAt(start - 1);
    if (!digit) {
      return lineStart(text, start); // a login shell (see ...): a one-letter tag only where a line starts
    }
    return !KeyNames.isAlnum(before) && before != '.' && before != '_' && before != '-';
  }

  /**
   * Whether {@code at} starts a line or a transcript's entry: the text's start or a line break, or a
   * prompt or quote ({@code > }, {@code C: }, {@code b'}) after optional blanks.
   */
  private static boolean lineStart(CharSequence text, int at) {
    int j = at;
    while (j > 0 && at - j < 8 && text.charAt(j - 1) == ' ') {
      j--;
    }
    if (j == 0) {
      return true;
    }
    char c = text.charAt(j - 1);
    return c == '\n' || c == '\r' || c == '>' || c == ':' || (c == '\'' || c == '"') && j == at;
  }

  /**
   * End of the argument at {@code i}: past the closing quote of a quoted string (backslash escapes
   * inside), or where an atom ends (a blank, a line break, an escaped {@code \r} or {@code \n}); -1 for
   * none, a quote left open, or one longer than {@value #MAX_ARGUMENT} characters.
   */
  private static int argumentEnd(CharSequence text, int i) {
    int n = text.length();
    int limit = Math.min(n, i + MAX_ARGUMENT);
    if (i >= n) {
      return -1;
    }
    if (text.charAt(i) == '"') {
      for (int j = i + 1; j < limit; j++) {
        char c = text.charAt(j);
        if (c == '\\') {
          j++;
        } else if (c == '"') {
          return j + 1;
        } else if (c == '\n' || c == '\r') {
          return -1;
        }
      }
      return -1;
    }
    int j = i;
    while (j < limit && text.charAt(j) > ' ' && !escapedBreak(text, j)) {
      j++;
    }
    return j == i || j == limit && j < n && text.charAt(j) > ' ' ? -1 : j;
  }

  /**
   * End of a string whose quotes are escaped, past its closing {@code \\"}, from {@code i} after the
   * opening one; -1 for none.
   */
  private static int escapedStringEnd(CharSequence text, int i) {
    int limit = Math.min(text.length() - 1, i + MAX_ARGUMENT);
    for (int j = i; j < limit; j++) {
      if (text.charAt(j) == '\\' && text.charAt(j + 1) == '"') {
        return j + 2;
      } else if (text.charAt(j) == '"' || text.charAt(j) == '\n') {
        return -1; // a bare quote ends the string around it: code ("... \"" + pw), not a value
      }
    }
    return -1;
  }

  /**
   * Whether the command ends at {@code i}: the text's or line's end or an escaped line break, maybe after a
   * closing quote (of printed bytes or of a string), or such a quote and a delimiter.
   */
  private static boolean endsCommand(CharSequence text, int i) {
    int n = text.length();
    boolean closed = i < n && (text.charAt(i) == '\'' || text.charAt(i) == '"');
    if (closed) {
      i++; // imaplib's printed bytes: b'... LOGIN alice "<password>"'; JSON: "A1 LOGIN ... \"<password>\""}
    }
    return i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r' || escapedBreak(text, i)
        || closed && ",;)]}".indexOf(text.charAt(i)) >= 0;
  }

  /** Whether an escaped {@code \r} or {@code \n} starts at {@code i}, as a repr or %q prints the line's end. */
  private static boolean escapedBreak(CharSequence text, int i) {
    return i + 1 < text.length() && text.charAt(i) == '\\' && (text.charAt(i + 1) == 'r' || text.charAt(i + 1) == 'n');
  }

  /** Whether {@code text[start, end)} is a plain word of prose: lower-case letters, the first maybe upper-case. */
  private static boolean plainWord(CharSequence text, int start, int end) {
    for (int j = KeyNames.isUpper(text.charAt(start)) ? start + 1 : start; j < end; j++) {
      if (!KeyNames.isLower(text.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text[start, end)} is a client's or logger's mask: all asterisks. */
  private static boolean masked(CharSequence text, int start, int end) {
    for (int j = start; j < end; j++) {
      if (text.charAt(j) != '*') {
        return false;
      }
    }
    return true;
  }

  /** The command word is followed by a blank. */
  @Override
  public boolean rejectsAnchorFollowedBy(String literal, char c) {
    return c != ' ';
  }

  @Override
  public int window() {
    return 2 * MAX_ARGUMENT + 8;
  }
}
