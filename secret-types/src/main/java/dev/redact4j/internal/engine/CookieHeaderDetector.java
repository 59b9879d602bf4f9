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
    if (anchorEnd < n && text.charAt(anchorEnd) == 's') {
      return cookieJar(text, anchorEnd + 1, nextAnchor(text, anchorEnd, limit)); // "cookies": [{"name": "sid", ...}]
    }
    if (anchorEnd < n && text.charAt(anchorEnd) == '(') {
      return constructed(text, anchorEnd + 1, limit); // new Cookie("JSESSIONID", "v"), System.Net.Cookie(...)
    }
    int i = skipQuotesAndBlanks(text, anchorEnd, limit);
    if (i < limit && text.charAt(i) == ',' && text.charAt(i - 1) == '"') {
      i = harValueField(text, i + 1, limit); // HAR: {"name": "set-cookie", "value": "sid=...; Path=/"}
    }
    // curl's --cookie 'sid=v' (devtools' Copy as cURL): the option's argument is the header's value
    boolean option = anchorStart >= 2 && text.charAt(anchorStart - 1) == '-' && text.charAt(anchorStart - 2) == '-'
        && anchorEnd < n && text.charAt(anchorEnd) == ' ' && i < limit && KeyNames.isAlnum(text.charAt(i));
    if (!option && (i >= limit || (text.charAt(i) != ':' && text.charAt(i) != '='))) {
      return NO_MATCH; // cookie consent, cookies=...
    }
    i = option ? i : skipQuotesAndBlanks(text, i + 1, limit);
    // Go's http.Header prints as map[Cookie:[a=b; c=d]] (oauth2-proxy's request dumps): the list's ] ends it
    boolean bracketed = i < limit && text.charAt(i) == '[' && text.charAt(i - 1) == ':';
    // Betamax, MockServer, Hoverfly: "Set-Cookie": ["a=b; Path=/", "sid=v"], a list of quoted headers;
    // Node's util.inspect of a response's headers: 'set-cookie': [ 'sid=v; Path=/; HttpOnly' ]
    boolean quotedList = !bracketed && i < limit && text.charAt(i) == '[';
    if (bracketed) {
      i++;
    } else if (quotedList) {
      i = skipSpace(text, i + 1, limit);
      if (i >= limit || text.charAt(i) != '"' && text.charAt(i) != '\'') {
        return NO_MATCH;
      }
      i++;
    }
    return pairs(text, i, limit, bracketed, quotedList, false);
  }

  /**
   * The argument of curl's {@code -b} at {@code i} (after the option's blank), as devtools' Copy as cURL passes a
   * request's cookies: {@code -b 'sid=v; theme=dark'}. The span to hide as {@link #match} finds it in a
   * {@code Cookie} header, or {@link #NO_MATCH} (a cookie file, {@code -b cookies.txt}). Reads at most
   * {@value #MAX_HEADER} characters, and not past {@code limit}, the caller's window: a value cut there is left
   * whole to the detectors whose window holds it (a span that ended at the cut would show its tail).
   */
  static long optionValue(CharSequence text, int i, int limit) {
    limit = Math.min(limit, i + MAX_HEADER);
    i = skipQuotesAndBlanks(text, i, limit);
    return pairs(text, i, limit, false, false, true);
  }

  /**
   * The span from the first hidden value to the last of the {@code name=value} pairs that start at {@code i};
   * in a Go map's list ({@code bracketed}, ended by {@code ]}) or in a list of quoted headers ({@code quotedList});
   * with {@code dropCut}, the pairs end before a value that runs to {@code limit}.
   */
  private static long pairs(CharSequence text, int i, int limit, boolean bracketed, boolean quotedList,
      boolean dropCut) {
    int first = -1;
    int last = -1;
    int window = limit;
    // The header ends where another one starts: text that repeats "cookie:" is read once in all, not
    // once per repeat (linear time).
    limit = nextAnchor(text, i, limit);
    char quote = quotedList ? text.charAt(i - 1) : 0; // the list's quote, " or '
    for (int pairs = 0; pairs < 32 && i < limit; pairs++) {
      int nameStart = i;
      while (i < limit && i - nameStart <= MAX_NAME && nameChar(text.charAt(i))) {
        i++;
      }
      int nameEnd = i;
      if (quotedList && nameEnd > nameStart && i < limit && text.charAt(i) == quote) {
        i = nextListItem(text, i + 1, limit, quote); // a flag attribute (HttpOnly) ends this header, not the list
        if (i < 0) {
          break;
        }
        continue;
      }
      if (nameEnd == nameStart || i >= limit || text.charAt(i) != '=') {
        break; // not a pair: the header ended
      }
      int valueStart = ++i;
      if (i < limit && text.charAt(i) == '"') {
        valueStart = ++i; // a quoted cookie value
      }
      while (i < limit && valueChar(text.charAt(i)) && !(bracketed && text.charAt(i) == ']')
          && !(text.charAt(i) == '[' && ValueEnds.wireLineBreak(text, i))) { // Apache's wire log: v[\r][\n]"
        i++;
      }
      int valueEnd = i;
      if (dropCut && valueEnd >= window && window < text.length()) {
        break;
      }
      if (hides(text, nameStart, nameEnd, valueStart, valueEnd)) {
        first = first < 0 ? valueStart : first;
        last = valueEnd;
      }
      if (i < limit && text.charAt(i) == '"') {
        i++;
      }
      if (quotedList && i < limit && text.charAt(i) != ';') {
        i = nextListItem(text, i + (text.charAt(i) == quote ? 1 : 0), limit, quote); // the list's next header
        if (i < 0) {
          break;
        }
        continue;
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
   * A cookie jar recorded as JSON after {@code cookies} at {@code i}: a list of entries ({@code "cookies": [{"name":
   * "sid", "value": "v", "path": "/"}]}, as HAR files, Charles and MockServer write them, also JSON-escaped) or an
   * object of names to values ({@code "cookies": {"sid": "v"}}). Each cookie is hidden by the header's rule; the span
   * runs from the first hidden value to the last. Reads to {@code limit}, through the first entry that nests
   * anything.
   */
  private static long cookieJar(CharSequence text, int i, int limit) {
    i = skipQuotesAndBlanks(text, i, limit);
    if (i >= limit || text.charAt(i) != ':') {
      return NO_MATCH; // cookies=..., cookies in prose
    }
    i = skipSpace(text, i + 1, limit);
    if (i >= limit || text.charAt(i) != '[' && text.charAt(i) != '{') {
      return NO_MATCH;
    }
    boolean list = text.charAt(i++) == '[';
    boolean inEntry = !list;
    int first = -1;
    int last = -1;
    int fieldStart = -1;
    int fieldEnd = -1;
    int nameStart = -1;
    int nameEnd = -1;
    int valueStart = -1;
    int valueEnd = -1;
    while (i < limit) {
      char c = text.charAt(i);
      if (c <= ' ' || c == ',' || c == '\\') {
        i++;
        continue;
      }
      if (c == '{' && list && !inEntry) {
        inEntry = true;
        nameStart = valueStart = fieldStart = -1;
        i++;
        continue;
      }
      if (c == '}' && list && inEntry) {
        if (nameStart >= 0 && valueStart >= 0 && hides(text, nameStart, nameEnd, valueStart, valueEnd)) {
          first = first < 0 ? valueStart : first;
          last = valueEnd;
        }
        inEntry = false;
        i++;
        continue;
      }
      if (!inEntry || c != '"' && c != '\'' && !KeyNames.isAlnum(c)) {
        break; // the jar's end, or an entry that nests a list or an object
      }
      int tokenStart;
      int tokenEnd;
      if (c == '"' || c == '\'') {
        tokenStart = ++i;
        while (i < limit && text.charAt(i) != c && text.charAt(i) != '\n') {
          i++;
        }
        if (i >= limit || text.charAt(i) != c) {
          break;
        }
        tokenEnd = text.charAt(i - 1) == '\\' ? i - 1 : i; // {\"name\": \"sid\"}: the escape's backslash
        i++;
      } else {
        tokenStart = i;
        while (i < limit && KeyNames.isAlnum(text.charAt(i))) {
          i++;
        }
        tokenEnd = i; // true, null, 1700000000
      }
      int j = skipQuotesAndBlanks(text, i, limit);
      if (fieldStart < 0 && j < limit && text.charAt(j) == ':') {
        fieldStart = tokenStart;
        fieldEnd = tokenEnd;
        i = j + 1;
        continue;
      }
      if (fieldStart < 0) {
        break; // a list of strings, not of entries
      }
      if (!list) {
        if (hides(text, fieldStart, fieldEnd, tokenStart, tokenEnd)) {
          first = first < 0 ? tokenStart : first;
          last = tokenEnd;
        }
      } else if (KeyNames.equalsIgnoreCase(text, fieldStart, fieldEnd, "name")) {
        nameStart = tokenStart;
        nameEnd = tokenEnd;
      } else if (KeyNames.equalsIgnoreCase(text, fieldStart, fieldEnd, "value")) {
        valueStart = tokenStart;
        valueEnd = tokenEnd;
      }
      fieldStart = -1;
    }
    return first < 0 ? NO_MATCH : Detector.pack(first, last);
  }

  /**
   * A cookie built by a constructor whose {@code (} is at {@code i - 1}: {@code new Cookie("JSESSIONID", "v")}
   * (the servlet API), {@code New-Object System.Net.Cookie("sid", "v", "/", "host")} (devtools' Copy as
   * PowerShell). Its value is hidden by the header's rule. Reads at most {@link #MAX_NAME} characters of the name
   * and to {@code limit}.
   */
  private static long constructed(CharSequence text, int i, int limit) {
    i = skipSpace(text, i, limit);
    if (i >= limit || text.charAt(i) != '"' && text.charAt(i) != '\'') {
      return NO_MATCH;
    }
    char quote = text.charAt(i);
    int nameStart = ++i;
    while (i < limit && i - nameStart <= MAX_NAME && nameChar(text.charAt(i))) {
      i++;
    }
    int nameEnd = i;
    if (nameEnd == nameStart || i >= limit || text.charAt(i) != quote) {
      return NO_MATCH;
    }
    i = skipSpace(text, i + 1, limit);
    if (i >= limit || text.charAt(i) != ',') {
      return NO_MATCH;
    }
    i = skipSpace(text, i + 1, limit);
    if (i >= limit || text.charAt(i) != quote) {
      return NO_MATCH;
    }
    int valueStart = ++i;
    while (i < limit && valueChar(text.charAt(i))) {
      i++;
    }
    return i < limit && text.charAt(i) == quote && hides(text, nameStart, nameEnd, valueStart, i)
        ? Detector.pack(valueStart, i) : NO_MATCH;
  }

  /** Past blanks and line breaks from {@code i}, at most to {@code limit}. */
  private static int skipSpace(CharSequence text, int i, int limit) {
    while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\n'
        || text.charAt(i) == '\r')) {
      i++;
    }
    return i;
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
    i = skipSpace(text, i, limit); // pretty-printed, each field on a line of its own
    if (i + 7 > limit || !KeyNames.regionEquals(text, i, "\"value\"")) {
      return limit;
    }
    i += 7;
    while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * Where the next header of a list of quoted headers starts, its opening {@code quote} skipped, when the text at
   * {@code i} (just after a header's closing quote) is {@code , } then that quote; else -1: the list ended.
   */
  private static int nextListItem(CharSequence text, int i, int limit, char quote) {
    i = skipSpace(text, i, limit);
    if (i >= limit || text.charAt(i) != ',') {
      return -1;
    }
    i = skipSpace(text, i + 1, limit);
    return i < limit && text.charAt(i) == quote ? i + 1 : -1;
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
