package dev.redact4j.internal.engine;

/**
 * A string literal passed as a password argument by position, after a call whose name is the anchor:
 * {@code new NetworkCredential("user", "password")} (2nd argument) or
 * {@code new DirectoryEntry("LDAP://host", "domain\\user", "password")} (3rd). Arguments may span
 * lines. Only the literal's content is hidden; a variable in that position is no match. An anchor
 * that starts with {@code .} is a method call and follows its receiver ({@code server.login(}); one
 * that ends with {@code =(} is a keyword argument given a tuple ({@code auth=("user", "password")}); one
 * that starts with {@code =} is a tuple assigned to a name that is an auth or login value, its last word
 * {@code auth} or {@code login}, or either then {@code tuple} or {@code pair}
 * ({@code auth_tuple = ("user", "password")}, {@code self.basic_auth = (...)}; not {@code oauth},
 * {@code login_urls}).
 * A call marked strict ({@code .login(}, a name many APIs use) matches only with exactly that many
 * arguments, its literals holding no blank (a password may, beside letters of both cases and a digit):
 * {@code smtp.login("ops@example.com", "<password>")}, not {@code ui.login("Sign in", "Welcome back")}.
 *
 * <p>Reads at most {@value #MAX_CALL} characters after the anchor; allocates nothing.
 */
public final class CallArgumentDetector implements Detector {
  private static final int MAX_CALL = 512;

  private final String[] calls;
  private final int[] positions;
  private final boolean[] strict;

  /**
   * @param calls the anchors, lower-case, each ending with {@code (}
   * @param positions the 1-based position of the password argument of each call
   */
  public CallArgumentDetector(String[] calls, int[] positions) {
    this(calls, positions, new boolean[calls.length]);
  }

  /**
   * @param calls the anchors, lower-case, each ending with {@code (}
   * @param positions the 1-based position of the password argument of each call
   * @param strict for each call, whether the password must be its last argument and its literals hold
   *     no blank (the password's may, if it has letters of both cases and a digit)
   */
  public CallArgumentDetector(String[] calls, int[] positions, boolean[] strict) {
    if (calls.length != positions.length || calls.length != strict.length) {
      throw new IllegalArgumentException("One position per call");
    }
    this.calls = calls.clone();
    this.positions = positions.clone();
    this.strict = strict.clone();
  }

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    boolean method = text.charAt(anchorStart) == '.';
    boolean assigned = text.charAt(anchorStart) == '=';
    if (assigned ? !authName(text, anchorStart)
        : !method && anchorStart > 0 && KeyNames.isAlnum(text.charAt(anchorStart - 1))) {
      return NO_MATCH;
    }
    int target = 0;
    boolean whole = false;
    for (int k = 0; k < calls.length; k++) {
      if (calls[k].length() == anchorEnd - anchorStart
          && KeyNames.regionEqualsIgnoreCase(text, anchorStart, calls[k])) {
        target = positions[k];
        whole = strict[k];
      }
    }
    if (target == 0 || (method && (anchorStart == 0 || !KeyNames.isAlnum(text.charAt(anchorStart - 1))
        && text.charAt(anchorStart - 1) != '_' && text.charAt(anchorStart - 1) != ')'
        && text.charAt(anchorStart - 1) != ']'))) {
      return NO_MATCH;
    }
    int limit = Math.min(text.length(), anchorEnd + MAX_CALL);
    int i = anchorEnd;
    for (int arg = 1; arg <= target; arg++) {
      i = skipSpace(text, i, limit);
      if (i >= limit) {
        return NO_MATCH;
      }
      char c = text.charAt(i);
      boolean verbatim = c == '@' && i + 1 < limit && text.charAt(i + 1) == '"';
      if (verbatim) {
        c = text.charAt(++i);
      }
      int end;
      if (c == '"' || c == '\'') {
        end = closing(text, i + 1, limit, c, verbatim);
        if (end >= limit) {
          return NO_MATCH;
        }
        if (whole && ValueShapes.containsBlank(text, i + 1, end) && !(arg == target
            && ValueShapes.charKinds(text, i + 1, end) == (ValueShapes.DIGIT | ValueShapes.LOWER | ValueShapes.UPPER))) {
          return NO_MATCH; // a sentence, not a login; but a password may hold a blank beside both cases and digits
        }
        if (arg == 1 && target == 2 && end - (i + 1) == 9 && KeyNames.regionEqualsIgnoreCase(text, i + 1, "anonymous")) {
          return NO_MATCH; // ftp.login('anonymous', 'anonymous@'): anonymous FTP sends an e-mail address
        }
        if (arg == target) {
          int start = i + 1;
          if (end <= start || ValueShapes.isPlaceholder(text, start, end)
              || (whole && !closesCall(text, end + 1, limit))) {
            return NO_MATCH;
          }
          return Detector.pack(start, end);
        }
        i = end + 1;
      } else if (arg == target) {
        return NO_MATCH; // a variable or an expression: nothing literal to hide
      } else {
        i = expressionEnd(text, i, limit, anchorStart, anchorEnd);
      }
      i = skipSpace(text, i, limit);
      if (i >= limit || text.charAt(i) != ',') {
        return NO_MATCH; // fewer arguments than the password's position
      }
      i++;
    }
    return NO_MATCH;
  }

  /** The longest name read before an assignment's {@code =}. */
  private static final int MAX_NAME = 40;

  /**
   * Whether the name assigned at {@code eq} (blanks between) ends with the word {@code auth} or {@code login},
   * or with one of them then {@code tuple} or {@code pair}; words split at {@code _}, {@code -} and a capital.
   */
  private static boolean authName(CharSequence text, int eq) {
    int end = eq;
    while (end > 0 && eq - end < 4 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int wordEnd = end;
    for (int words = 0; words < 2; words++) {
      int wordStart = wordEnd;
      while (wordStart > 0 && end - wordStart < MAX_NAME && KeyNames.isAlnum(text.charAt(wordStart - 1))
          && !(wordStart < wordEnd && KeyNames.isUpper(text.charAt(wordStart))
              && KeyNames.isLower(text.charAt(wordStart - 1)))) {
        wordStart--;
      }
      if (wordStart == wordEnd) {
        return false;
      }
      char before = wordStart == 0 ? ' ' : text.charAt(wordStart - 1);
      boolean whole = !KeyNames.isAlnum(before) && before != '_' && before != '-';
      if (isWord(text, wordStart, wordEnd, "auth") || isWord(text, wordStart, wordEnd, "login")) {
        // the word starts the name or follows _, - or a lower-case letter (basicAuth); not oauth
        return !KeyNames.isAlnum(before) || KeyNames.isUpper(text.charAt(wordStart));
      }
      if (words > 0 || whole
          || !(isWord(text, wordStart, wordEnd, "tuple") || isWord(text, wordStart, wordEnd, "pair"))) {
        return false;
      }
      wordEnd = before == '_' || before == '-' ? wordStart - 1 : wordStart;
    }
    return false;
  }

  private static boolean isWord(CharSequence text, int start, int end, String word) {
    return end - start == word.length() && KeyNames.regionEqualsIgnoreCase(text, start, word);
  }

  /** Whether the call closes at {@code i}, after blanks: no further argument. */
  private static boolean closesCall(CharSequence text, int i, int limit) {
    i = skipSpace(text, i, limit);
    return i < limit && text.charAt(i) == ')';
  }

  private static int skipSpace(CharSequence text, int i, int limit) {
    while (i < limit && text.charAt(i) <= ' ') {
      i++;
    }
    return i;
  }

  /** Index of the closing quote; a backslash escapes (C#, Java), a doubled quote continues a verbatim string. */
  private static int closing(CharSequence text, int i, int limit, char quote, boolean verbatim) {
    while (i < limit) {
      char c = text.charAt(i);
      if (c == '\n') {
        return limit;
      }
      if (c == quote) {
        if (verbatim && i + 1 < limit && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i;
      }
      i += c == '\\' && !verbatim ? 2 : 1;
    }
    return limit;
  }

  /**
   * End of a non-literal argument: the next comma or closing parenthesis outside nested brackets;
   * {@code limit} where the call's anchor comes again (a method's after anything), a call of its own
   * that reads on by itself ({@code auth=(auth=(…}: else each one of a flood reads the whole window); an
   * assignment's {@code =(} after a name too.
   */
  private static int expressionEnd(CharSequence text, int i, int limit, int anchorStart, int anchorEnd) {
    int depth = 0;
    char first = text.charAt(anchorStart);
    while (i < limit) {
      char c = text.charAt(i);
      if (c == first && (first == '.' || first == '=' ? i > anchorStart
          && Detector.sameAnchorAt(text, i, anchorStart, anchorEnd)
          : Detector.anchorAgain(text, i, anchorStart, anchorEnd))) {
        return limit;
      }
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth-- == 0) {
          return i;
        }
      } else if (c == ',' && depth == 0) {
        return i;
      } else if (c == '"' || c == '\'') {
        return limit; // a literal inside an expression: too unusual to follow
      }
      i++;
    }
    return i;
  }

  @Override
  public int window() {
    return MAX_CALL + 1;
  }
}
