package dev.redact4j.internal.engine;

/**
 * A one-time code next to the words that announce it, as applications send it by mail, SMS or push and log
 * the message: {@code Your verification code is <digits>}, {@code login code: <digits>}, {@code passcode:},
 * {@code Ihr Bestätigungscode lautet}, {@code Votre code :}, a bare {@code code: <digits>} that starts a
 * field, {@code <digits> is your Acme code}, {@code Your OTP is <digits>}, {@code OTP=<digits>}, a key that names
 * the code ({@code "otp_code":"<digits>"}) and a one-time password that is a code ({@code one-time password is
 * <digits>}, {@code Einmalpasswort lautet <digits>}). The code is 6 to 10 digits, two groups of 3 or 4 digits
 * ({@code 4829-1357}, {@code 482 913}) or 6 to 10 capitals and digits with both. An SMS gateway's form body
 * ({@code +} for a blank, {@code %3A} for a colon) and HTML markup before the code ({@code <strong>},
 * JSON's {@code \u003cb\u003e}) are read through.
 *
 * <p>Other numbers stay: a word before {@code code} that announces none ({@code status code 429},
 * {@code error code: <n>}, {@code postal code}), a quoted key ({@code "code": <n>}, an API's error code),
 * fewer digits, digits that go on as a decimal, date or time, and {@code codes}.
 *
 * <p>Reads at most 80 characters before the anchor (a code that comes first) and 160 after it (two tags of at most
 * 40 before the code); allocates nothing.
 */
public final class OneTimeCodeDetector implements Detector {
  /** Words before {@code code} that announce a one-time code (any case). */
  private static final String[] HEADS = {"verification", "login", "log-in", "sign-in", "signin", "security",
    "authentication", "auth", "confirmation", "one-time", "onetime", "2fa", "mfa", "otp", "access", "activation"};
  /** Words before {@code code} after which a colon or a copula must come before the code: {@code Your code is}. */
  private static final String[] ARTICLES = {"your", "the", "votre", "dein", "ihr", "tu", "su", "seu", "le", "el"};
  /**
   * How a compound word glued before {@code code} ends: {@code passcode}, {@code Bestätigungscode} (also with its
   * umlaut escaped in JSON, {@code Best\u00e4tigungscode}).
   */
  private static final String[] GLUED = {"pass", "tigungs", "sicherheits", "anmelde", "einmal", "zugangs",
    "verificatie", "bevestigings", "inlog"};
  /** Words before {@code password} that make it a one-time code. */
  private static final String[] ONE_TIME = {"one-time", "onetime", "otp", "sms"};
  /** Words between {@code code} and the code: "is" as the languages of these messages write it. */
  private static final String[] COPULAS = {"is", "ist", "lautet", "est", "es", "é", "è"};
  private static final int MAX_TAG = 40;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    char first = text.charAt(anchorStart);
    if (first == 'p' || first == 'P') {
      return oneTimePassword(text, anchorStart, anchorEnd);
    }
    if (first == 'o' || first == 'O') {
      return otp(text, anchorStart, anchorEnd);
    }
    int n = text.length();
    if (anchorEnd < n && KeyNames.isAlnum(text.charAt(anchorEnd))) {
      return NO_MATCH;
    }
    int head = announced(text, anchorStart);
    if (head == NOT_ANNOUNCED) {
      return codeBefore(text, anchorStart, anchorEnd);
    }
    if (head == KEY) {
      return keyedCode(text, anchorEnd);
    }
    return afterWords(text, anchorStart, anchorEnd, anchorEnd, head);
  }

  /**
   * {@code OTP} as a word of its own: {@code Your OTP is <n>}, {@code OTP=<n>}, {@code "otp":"<n>"}; not
   * {@code TOTP}, {@code otpauth://} or {@code OTPs}.
   */
  private static long otp(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    if (anchorStart > 0 && KeyNames.isAlnum(text.charAt(anchorStart - 1)) && !escapeEndsAt(text, anchorStart)
        || anchorEnd < n && KeyNames.isAlnum(text.charAt(anchorEnd))) {
      return NO_MATCH;
    }
    if (anchorEnd < n && (text.charAt(anchorEnd) == '"' || text.charAt(anchorEnd) == '\\')) {
      return keyedCode(text, anchorEnd);
    }
    return afterWords(text, anchorStart, anchorEnd, anchorEnd, ANNOUNCED);
  }

  /**
   * A one-time password that is a code: {@code one-time password is <n>}, {@code Einmalpasswort lautet <n>}. A
   * password of other shapes is the password rules'.
   */
  private static long oneTimePassword(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    int j = anchorEnd;
    if (!KeyNames.regionEqualsIgnoreCase(text, j, "word") && !KeyNames.regionEqualsIgnoreCase(text, j, "wort")
        || j + 4 < n && KeyNames.isAlnum(text.charAt(j + 4))) {
      return NO_MATCH;
    }
    boolean oneTime;
    if (anchorStart >= 6 && KeyNames.regionEqualsIgnoreCase(text, anchorStart - 6, "einmal")) {
      oneTime = true; // Einmalpasswort
    } else if (anchorStart > 0) {
      int s = blankBefore(text, anchorStart);
      int w = s;
      while (w > 0 && s - w < 9 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-')
          && !escapeEndsAt(text, w)) {
        w--;
      }
      oneTime = s < anchorStart && w < s && (w == 0 || !KeyNames.isAlnum(text.charAt(w - 1)) || escapeEndsAt(text, w))
          && oneOf(ONE_TIME, text, w, s);
    } else {
      oneTime = false;
    }
    return oneTime ? afterWords(text, anchorStart, anchorEnd, j + 4, ANNOUNCED) : NO_MATCH;
  }

  /** The code after the words that announce it, which end at {@code j}, or {@link #NO_MATCH}. */
  private static long afterWords(CharSequence text, int anchorStart, int anchorEnd, int j, int head) {
    int n = text.length();
    int b = blank(text, j);
    boolean connector = false;
    if (b > 0 && (j + b < n && text.charAt(j + b) == ':' || KeyNames.regionEqualsIgnoreCase(text, j + b, "%3a"))) {
      j += b; // Votre code : <n>
    }
    if (j < n && (text.charAt(j) == ':' || head == ANNOUNCED && text.charAt(j) == '=')) {
      j++;
      connector = true;
    } else if (KeyNames.regionEqualsIgnoreCase(text, j, "%3a")) {
      j += 3;
      connector = true;
    } else if (b > 0) {
      j += b;
      int w = wordEnd(text, j, 8);
      if (w - j == 2 && KeyNames.regionEqualsIgnoreCase(text, j, "de") && blank(text, w) > 0) {
        int q = w + blank(text, w); // code de vérification est <n>
        int e = wordEnd(text, q, 24);
        if (e > q && blank(text, e) > 0) {
          j = e + blank(text, e);
          w = wordEnd(text, j, 8);
        }
      }
      if (w > j && copula(text, j, w)) {
        j = w;
        if (j < n && text.charAt(j) == ':') {
          j++;
        } else if (KeyNames.regionEqualsIgnoreCase(text, j, "%3a")) {
          j += 3;
        }
        connector = true;
      } else if (w > j) {
        return codeBefore(text, anchorStart, anchorEnd); // code expires in, code we sent
      }
    }
    long code = NO_MATCH;
    if (connector || head == ANNOUNCED) {
      j += blank(text, j);
      code = codeAt(text, skipTags(text, j));
    }
    return code != NO_MATCH ? code : codeBefore(text, anchorStart, anchorEnd); // <n> is your verification code
  }

  /**
   * The end of the word of letters at {@code i}, at most {@code max} long; a letter may be escaped in JSON
   * ({@code v\u00e9rification}) or a URL ({@code v%C3%A9rification}).
   */
  private static int wordEnd(CharSequence text, int i, int max) {
    int w = i;
    int n = text.length();
    while (w < n && w - i < max) {
      if (Character.isLetter(text.charAt(w))) {
        w++;
      } else if (w > i && text.charAt(w) == '\\' && w + 5 < n && text.charAt(w + 1) == 'u') {
        w += 6;
      } else if (w > i && text.charAt(w) == '%' && w + 2 < n && text.charAt(w + 1) >= '8'
          && KeyNames.isAlnum(text.charAt(w + 2))) {
        w += 3; // a byte of a letter beyond ASCII
      } else {
        break;
      }
    }
    return Math.min(w, n);
  }

  /**
   * The code after a key that names it ({@code "otp_code":"<n>"}, {@code verificationCode=<n>}), as template
   * variables and request logs hold it, or {@link #NO_MATCH}.
   */
  private static long keyedCode(CharSequence text, int j) {
    j = afterQuote(text, j);
    if (j >= text.length() || text.charAt(j) != ':' && text.charAt(j) != '=') {
      return NO_MATCH;
    }
    j++;
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    return codeAt(text, afterQuote(text, j));
  }

  /** After the quote at {@code j}: {@code "}, {@code '} or JSON's escaped {@code \"}. */
  private static int afterQuote(CharSequence text, int j) {
    int n = text.length();
    if (j < n && (text.charAt(j) == '"' || text.charAt(j) == '\'')) {
      return j + 1;
    }
    return j + 1 < n && text.charAt(j) == '\\' && text.charAt(j + 1) == '"' ? j + 2 : j;
  }

  private static final int NOT_ANNOUNCED = 0;
  private static final int ANNOUNCED = 1;
  private static final int FIELD_START = 2;
  private static final int KEY = 3;

  /**
   * Whether the words before {@code code} announce a one-time code ({@link #ANNOUNCED}), {@code code} starts a
   * field ({@link #FIELD_START}: only a colon or a copula may follow it), ends a key that names a one-time
   * code ({@link #KEY}: {@code otp_code}, {@code verificationCode}), or none of them.
   */
  private static int announced(CharSequence text, int at) {
    if (at == 0) {
      return FIELD_START;
    }
    char c = text.charAt(at - 1);
    if (escapeEndsAt(text, at)) {
      return FIELD_START; // \ncode: <n>
    }
    if (c == '_' || c == '-' || Character.isLetter(c) && text.charAt(at) == 'C') {
      int s = at - 1; // otp_code, verificationCode
      while (s > 0 && at - s < 16 && KeyNames.isAlnum(text.charAt(s - 1))) {
        s--;
      }
      int e = c == '_' || c == '-' ? at - 1 : at;
      if ((s == 0 || !KeyNames.isAlnum(text.charAt(s - 1))) && oneOf(HEADS, text, s, e)) {
        return KEY;
      }
    }
    if (Character.isLetter(c)) {
      int s = at - 1;
      while (s > 0 && at - s < 16 && Character.isLetter(text.charAt(s - 1)) && !escapeEndsAt(text, s)) {
        s--;
      }
      return endsWithOneOf(GLUED, text, s, at) ? ANNOUNCED : NOT_ANNOUNCED;
    }
    int blankStart = blankBefore(text, at);
    if (blankStart == at) {
      // a quoted key ("code": 4001234) is an API's error code; a field such as code: or >code: may be a message's
      return c == '"' || c == '\'' || KeyNames.isDigit(c) || c == '_' || c == '-' || c == '.' ? NOT_ANNOUNCED
          : FIELD_START;
    }
    int s = blankStart;
    while (s > 0 && blankStart - s < 16 && (KeyNames.isAlnum(text.charAt(s - 1)) || text.charAt(s - 1) == '-')
        && !escapeEndsAt(text, s)) {
      s--;
    }
    if (s == blankStart) {
      return FIELD_START; // > code: <n>
    }
    if (s > 0 && KeyNames.isAlnum(text.charAt(s - 1)) && !escapeEndsAt(text, s)) {
      return NOT_ANNOUNCED;
    }
    return oneOf(HEADS, text, s, blankStart) ? ANNOUNCED
        : oneOf(ARTICLES, text, s, blankStart) ? FIELD_START : NOT_ANNOUNCED;
  }

  /**
   * Whether an escape ends at {@code at}, so that a word may start there although a letter or digit comes
   * before: JSON's {@code \n}, {@code \t}, {@code \r} and {@code \u003e}, a URL's {@code %20}.
   */
  private static boolean escapeEndsAt(CharSequence text, int at) {
    return at >= 2 && text.charAt(at - 2) == '\\' && "ntr".indexOf(text.charAt(at - 1)) >= 0
        || at >= 6 && text.charAt(at - 6) == '\\' && text.charAt(at - 5) == 'u'
        || at >= 3 && KeyNames.regionEqualsIgnoreCase(text, at - 3, "%20");
  }

  /** Where the blank that ends at {@code at} starts ({@code at} when there is none): a space, {@code +}, %20. */
  private static int blankBefore(CharSequence text, int at) {
    char c = text.charAt(at - 1);
    if (c == ' ' || c == '+') {
      return at - 1;
    }
    return at >= 3 && KeyNames.regionEqualsIgnoreCase(text, at - 3, "%20") ? at - 3 : at;
  }

  /** The length of the blank at {@code i}: a space, {@code +} or {@code %20}; 0 when there is none. */
  private static int blank(CharSequence text, int i) {
    int n = text.length();
    if (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '+')) {
      return 1;
    }
    return KeyNames.regionEqualsIgnoreCase(text, i, "%20") ? 3 : 0;
  }

  /** After one HTML tag before the code, plain ({@code <strong>}) or escaped in JSON ({@code \u003cb\u003e}). */
  private static int skipTags(CharSequence text, int i) {
    int n = text.length();
    for (int tags = 0; tags < 2; tags++) {
      if (i < n && text.charAt(i) == '<') {
        int e = i + 1;
        while (e < n && e - i < MAX_TAG && text.charAt(e) != '>' && text.charAt(e) != '<') {
          e++;
        }
        if (e >= n || text.charAt(e) != '>') {
          return i;
        }
        i = e + 1;
      } else if (KeyNames.regionEqualsIgnoreCase(text, i, "\\u003c")) {
        int e = i + 6;
        while (e < n && e - i < MAX_TAG && text.charAt(e) != '\\') {
          e++;
        }
        if (!KeyNames.regionEqualsIgnoreCase(text, e, "\\u003e")) {
          return i;
        }
        i = e + 6;
      } else {
        return i;
      }
    }
    return i;
  }

  /** The code that starts at {@code i}, or {@link #NO_MATCH}. */
  private static long codeAt(CharSequence text, int i) {
    int n = text.length();
    int e = i;
    while (e < n && e - i <= 10 && KeyNames.isDigit(text.charAt(e))) {
      e++;
    }
    int digits = e - i;
    if ((digits == 3 || digits == 4) && e + 1 < n && (text.charAt(e) == '-' || text.charAt(e) == ' ')) {
      int g = e + 1;
      while (g < n && g - e - 1 <= digits && KeyNames.isDigit(text.charAt(g))) {
        g++;
      }
      return g - e - 1 == digits && endsCode(text, g) ? Detector.pack(i, g) : NO_MATCH;
    }
    if (digits >= 6 && digits <= 10) {
      return endsCode(text, e) ? Detector.pack(i, e) : NO_MATCH;
    }
    e = i;
    boolean digit = false;
    boolean letter = false;
    while (e < n && e - i <= 10
        && (KeyNames.isDigit(text.charAt(e)) || text.charAt(e) >= 'A' && text.charAt(e) <= 'Z')) {
      digit |= KeyNames.isDigit(text.charAt(e));
      letter |= !KeyNames.isDigit(text.charAt(e));
      e++;
    }
    return e - i >= 6 && e - i <= 10 && digit && letter && endsCode(text, e) ? Detector.pack(i, e) : NO_MATCH;
  }

  /** Whether a code may end at {@code e}: no letter or digit, nor a decimal, date or time going on. */
  private static boolean endsCode(CharSequence text, int e) {
    int n = text.length();
    return e >= n || !KeyNames.isAlnum(text.charAt(e))
        && !(e + 1 < n && ".,-/:".indexOf(text.charAt(e)) >= 0 && KeyNames.isDigit(text.charAt(e + 1)));
  }

  /** {@code <digits> is your [one or two words] code}: the digits before, or {@link #NO_MATCH}. */
  private static long codeBefore(CharSequence text, int anchorStart, int anchorEnd) {
    int j = anchorStart;
    for (int words = 0; words < 3; words++) {
      if (j == 0 || text.charAt(j - 1) != ' ' && text.charAt(j - 1) != '+') {
        return NO_MATCH;
      }
      int e = j - 1;
      int s = e;
      while (s > 0 && e - s < 16 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) {
        s--;
      }
      if (s == e) {
        return NO_MATCH;
      }
      if (e - s == 4 && KeyNames.regionEqualsIgnoreCase(text, s, "your")) {
        if (s < 4 || !KeyNames.regionEqualsIgnoreCase(text, s - 3, "is") || blankBefore(text, s) != s - 1
            || blankBefore(text, s - 3) != s - 4) {
          return NO_MATCH;
        }
        int ce = s - 4;
        int cs = ce;
        while (cs > 0 && ce - cs <= 10 && KeyNames.isDigit(text.charAt(cs - 1))) {
          cs--;
        }
        return ce - cs >= 6 && ce - cs <= 10 && (cs == 0 || escapeEndsAt(text, cs)
            || !KeyNames.isAlnum(text.charAt(cs - 1)) && text.charAt(cs - 1) != '.' && text.charAt(cs - 1) != '-')
            ? Detector.pack(cs, ce) : NO_MATCH;
      }
      j = s;
    }
    return NO_MATCH;
  }

  /** Whether {@code text[s, e)} ends with one of {@code words} (any case). */
  private static boolean endsWithOneOf(String[] words, CharSequence text, int s, int e) {
    for (String w : words) {
      if (w.length() <= e - s && KeyNames.regionEqualsIgnoreCase(text, e - w.length(), w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean copula(CharSequence text, int s, int e) {
    return oneOf(COPULAS, text, s, e);
  }

  private static boolean oneOf(String[] words, CharSequence text, int s, int e) {
    for (String w : words) {
      if (w.length() == e - s && KeyNames.regionEqualsIgnoreCase(text, s, w)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean rejectsAnchorFollowedBy(String literal, char c) {
    return literal.equalsIgnoreCase("pass") ? c != 'w' && c != 'W' : KeyNames.isAlnum(c);
  }

  @Override
  public int window() {
    return 160;
  }
}
