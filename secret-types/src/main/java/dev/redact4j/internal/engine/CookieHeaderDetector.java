package dev.redact4j.internal.engine;

/**
 * The values of an HTTP {@code Cookie} or {@code Set-Cookie} header (the anchor {@code cookie}, any
 * case, then {@code :} or {@code =}, quotes allowed around both; or a HAR file's entry,
 * {@code "set-cookie", "value": }): {@code name=value} pairs separated by
 * {@code ;}. A value is hidden when its cookie's name says it holds a session or credential
 * ({@code sid}, {@code sess}, {@code auth}, {@code token}, {@code jwt}, {@code login}, {@code remember},
 * {@code csrf}, {@code xsrf}; {@code __Host-sid}, {@code _gh_sess}) and it is no placeholder, or when it
 * looks generated whatever the name; {@code Set-Cookie}'s attributes ({@code Path}, {@code Expires},
 * ...) and short or plain values ({@code lang=en}, {@code _ga=GA1.2.123.456}) stay. The span runs from
 * the first hidden value to the last, so a clean cookie between two hidden ones is hidden too.
 *
 * <p>Reads at most {@value #MAX_HEADER} characters after the anchor, never past a line break;
 * allocates nothing.
 */
public final class CookieHeaderDetector implements Detector {
  private static final int MAX_HEADER = 4096;
  private static final int MAX_NAME = 64;
  private static final KeyNames.Words ATTRIBUTES = new KeyNames.Words("path", "domain", "expires", "max-age",
      "samesite", "secure", "httponly", "priority", "partitioned", "version", "comment");
  private static final String[] SESSION_WORDS = {"sid", "sess", "auth", "token", "jwt", "login", "remember",
      "csrf", "xsrf"};

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    if (anchorStart > 0 && KeyNames.isAlnum(text.charAt(anchorStart - 1))) {
      return NO_MATCH; // xcookie, but Set-Cookie, "cookie"
    }
    int limit = Math.min(n, anchorEnd + MAX_HEADER);
    int i = skipQuotesAndBlanks(text, anchorEnd, limit);
    if (i < limit && text.charAt(i) == ',' && text.charAt(i - 1) == '"') {
      i = harValueField(text, i + 1, limit); // HAR: {"name": "set-cookie", "value": "sid=...; Path=/"}
    }
    if (i >= limit || (text.charAt(i) != ':' && text.charAt(i) != '=')) {
      return NO_MATCH; // cookie consent, cookies=...
    }
    i = skipQuotesAndBlanks(text, i + 1, limit);
    // Go's http.Header prints as map[Cookie:[a=b; c=d]] (oauth2-proxy's request dumps): the list's ] ends it
    boolean bracketed = i < limit && text.charAt(i) == '[' && text.charAt(i - 1) == ':';
    if (bracketed) {
      i++;
    }
    int first = -1;
    int last = -1;
    // The header ends where another one starts: text that repeats "cookie:" is read once in all, not
    // once per repeat (linear time).
    limit = nextAnchor(text, i, limit);
    for (int pairs = 0; pairs < 32 && i < limit; pairs++) {
      int nameStart = i;
      while (i < limit && i - nameStart <= MAX_NAME && nameChar(text.charAt(i))) {
        i++;
      }
      int nameEnd = i;
      if (nameEnd == nameStart || i >= limit || text.charAt(i) != '=') {
        break; // not a pair: the header ended
      }
      int valueStart = ++i;
      if (i < limit && text.charAt(i) == '"') {
        valueStart = ++i; // a quoted cookie value
      }
      while (i < limit && valueChar(text.charAt(i)) && !(bracketed && text.charAt(i) == ']')) {
        i++;
      }
      int valueEnd = i;
      if (hides(text, nameStart, nameEnd, valueStart, valueEnd)) {
        first = first < 0 ? valueStart : first;
        last = valueEnd;
      }
      if (i < limit && text.charAt(i) == '"') {
        i++;
      }
      if (i >= limit || text.charAt(i) != ';') {
        break;
      }
      i++;
      while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
    }
    return first < 0 ? NO_MATCH : Detector.pack(first, last);
  }

  private static boolean hides(CharSequence text, int nameStart, int nameEnd, int valueStart, int valueEnd) {
    int length = valueEnd - valueStart;
    if (length < 8 || ATTRIBUTES.contains(text, nameStart, nameEnd)
        || ValueShapes.isPlaceholder(text, valueStart, valueEnd)) {
      return false;
    }
    if (ValueShapes.looksGenerated(text, valueStart, valueEnd)) {
      return true;
    }
    for (String word : SESSION_WORDS) {
      if (ValueShapes.containsIgnoreCase(text, nameStart, nameEnd, word)) {
        return ValueShapes.looksSecret(text, valueStart, valueEnd, 16);
      }
    }
    return false;
  }

  /**
   * Where the next {@code cookie} (any case) that may start a header starts in {@code text[from, limit)},
   * else {@code limit}. A {@code cookie} followed by a character that no header puts there is part of a
   * cookie's name ({@code CookieConsent}, {@code cookie_consent}, {@code .AspNetCore.Cookies}): {@link #match}
   * rejects it at once, so reading on past it stays linear.
   */
  private static int nextAnchor(CharSequence text, int from, int limit) {
    for (int j = from; j + 6 <= limit; j++) {
      char c = text.charAt(j);
      if ((c == 'c' || c == 'C') && KeyNames.regionEqualsIgnoreCase(text, j, "cookie")
          && (j + 6 == limit || " \t\"'\\:=,".indexOf(text.charAt(j + 6)) >= 0)) {
        return j;
      }
    }
    return limit;
  }

  /**
   * After a header's quoted name and its comma at {@code i}: the separator after a {@code "value"}
   * field name there, as a HAR file's name/value entries write headers; else {@code limit}.
   */
  private static int harValueField(CharSequence text, int i, int limit) {
    while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i + 7 > limit || !KeyNames.regionEquals(text, i, "\"value\"")) {
      return limit;
    }
    i += 7;
    while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static int skipQuotesAndBlanks(CharSequence text, int i, int limit) {
    while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '"'
        || text.charAt(i) == '\'' || text.charAt(i) == '\\')) {
      i++;
    }
    return i;
  }

  /** RFC 6265's token characters, as cookie names use them. */
  private static boolean nameChar(char c) {
    return c > ' ' && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
  }

  /** A cookie value's characters: printable ASCII but blanks, quotes, {@code ,}, {@code ;} and backslash. */
  private static boolean valueChar(char c) {
    return c > ' ' && c < 0x7f && c != '"' && c != ',' && c != ';' && c != '\\' && c != '\'';
  }

  @Override
  public int window() {
    return MAX_HEADER + 8;
  }
}
