package dev.redact4j.internal.engine;

/**
 * The password in the userinfo of a URL of any scheme: {@code scheme://user:password@host}, as in
 * {@code postgres://}, {@code mongodb+srv://}, {@code redis://:password@}, {@code amqps://},
 * {@code jdbc:mysql://} or {@code https://}. Only the password is hidden; the user and host stay
 * readable. The anchor is {@code ://}, or {@code :\/\/} in a JSON string whose encoder escapes
 * slashes (PHP's {@code json_encode}); the authority ends at the escape's backslash. A password may
 * hold a {@code #} that should have been encoded as {@code %23} ({@code redis://:pa#ss@host}): a
 * fragment would never be followed by {@code @host}; so may a {@code /}, {@code ;}, {@code ,}, {@code (} or
 * {@code )} after anything but a port's digits (java.net.URI and OkHttp leave the last four unencoded), and
 * so may {@code ' < > { }}, as a connection string typed into a config object prints them.
 * An SMB URL's user may follow its domain and a {@code ;} ({@code smb://CORP;user:password@host}).
 * The host may be empty, as in Airflow's connection URIs ({@code aws://<key id>:<secret>@/?region_name=}). A userinfo without a password that is a
 * generated key of 32 or more characters ({@code https://<key>@o1.ingest.sentry.io/1}, a token as a
 * git remote's user) is hidden whole, and so is such a user before a password
 * ({@code https://<token>:x-oauth-basic@}), and any userinfo without a password of the schemes whose clients read
 * it as one: Lettuce's {@code redis://<password>@host}, NATS's token authentication {@code nats://<token>@host}.
 * A URL percent-encoded whole, as a query parameter or a form field
 * carries one ({@code https%3A%2F%2Fuser%3A<password>%40host}), is read on the anchor {@code %3A%2F%2F}.
 *
 * <p>Reads at most 32 characters before the anchor and 512 after it; allocates nothing.
 */
public final class UrlCredentialsDetector implements Detector {
  private static final int MAX_SCHEME = 32;
  private static final int MAX_USERINFO = 512;
  /** Fewest characters of a userinfo without a password that is hidden whole, when it looks generated. */
  private static final int MIN_USER_KEY = 32;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    // jdbc\:postgresql\://app\:pw@db: java.util.Properties.store escapes every ':' (jcmd VM.system_properties)
    boolean escaped = anchorStart > 1 && text.charAt(anchorStart - 1) == '\\'
        && schemeChar(text.charAt(anchorStart - 2));
    int schemeEnd = escaped ? anchorStart - 1 : anchorStart;
    int s = schemeEnd;
    int limit = Math.max(0, schemeEnd - MAX_SCHEME);
    while (s > limit && schemeChar(text.charAt(s - 1))) {
      s--;
    }
    if (schemeEnd - s < 2) {
      return NO_MATCH;
    }
    int end = Math.min(n, anchorEnd + MAX_USERINFO);
    if (text.charAt(anchorStart) == '%') {
      return encodedUserinfo(text, anchorEnd, end);
    }
    long first = userinfo(text, anchorEnd, end, escaped, loneUserinfoIsSecret(text, s, schemeEnd));
    if (first == NO_MATCH) {
      return NO_MATCH;
    }
    int colon = Detector.start(first);
    int at = Detector.end(first);
    if (isPlaceholder(text, colon + 1, at)) {
      return NO_MATCH;
    }
    // Multi-host URLs repeat the userinfo per host: postgresql://u:p@h1:5432,u:p@h2:5432/db. The span
    // runs to the last password so that none is shown (the hosts between them are hidden too).
    int j = hostEnd(text, at + 1, end);
    while (j < end && text.charAt(j) == ',') {
      long next = userinfo(text, j + 1, end, escaped, false);
      if (next == NO_MATCH) {
        break;
      }
      at = Detector.end(next);
      j = hostEnd(text, at + 1, end);
    }
    return Detector.pack(colon + 1, at);
  }

  /**
   * {@code user:password@host} from {@code from}: packs the first colon and the last {@code @} before
   * the authority ends (for a generated key as the whole userinfo, the character before {@code from}
   * in place of the colon), or {@link #NO_MATCH}. When {@code escaped}, a backslash escapes the character
   * after it, as {@code Properties.store} writes {@code \:}, {@code \=} and {@code \#}. When {@code loneSecret},
   * a userinfo without a colon is a password whatever its make-up.
   */
  private static long userinfo(CharSequence text, int from, int end, boolean escaped, boolean loneSecret) {
    int n = text.length();
    int colon = -1;
    int at = -1;
    int firstAt = -1;
    boolean question = false;
    for (int j = from; j < end; j++) {
      char c = text.charAt(j);
      if (escaped && c == '\\' && j + 1 < end && text.charAt(j + 1) > ' ') {
        j++;
        if (text.charAt(j) == ':' && colon < 0) {
          colon = j;
        }
        continue;
      }
      if (c == ':' && colon >= 0 && j + 2 < end && text.charAt(j + 1) == '/' && text.charAt(j + 2) == '/') {
        break; // another URL's scheme (http://a:b/http://a:b/...): no password holds "://"; a flood stops here
      }
      if (c == '#' && colon >= 0) {
        continue; // redis://:pa#ss@host: a '#' the password holds unencoded ends the URL only if no '@' follows
      }
      if (c == '?' && !question && colon >= 0 && at < 0 && j > colon + 1 && text.charAt(from) != '['
          && !ValueShapes.allDigits(text, colon + 1, j)) {
        question = true; // one only: a flood of URLs (http://a:b?http://a:b?...) reads on no further than the next
        continue; // https://elastic:<pa?ss>@host: a '?' a password holds unencoded; host:8443?q=a@b is a query
      }
      if (c == '/' && colon >= 0 && at < 0 && j > colon + 1 && text.charAt(from) != '['
          && !ValueShapes.allDigits(text, colon + 1, j)) {
        continue; // app:Ab3/x9@host after mongodb: a '/' a generated password holds unencoded, not a port's path
      }
      if ((c == ';' || c == ',' || c == '(' || c == ')' || c == '\'' || c == '<' || c == '>' || c == '{' || c == '}')
          && colon >= 0 && at < 0 && j > colon + 1
          && text.charAt(from) != '[' && !ValueShapes.allDigits(text, colon + 1, j)) {
        // app:Ab3;x9)q@host: sub-delimiters java.net.URI and OkHttp leave unencoded in a password; a
        // connection string in an object's dump may hold ' < > { } as typed (app:Ab3{x9@host)
        continue;
      }
      if (c == ';' && colon < 0 && at < 0 && j > from && CharClass.KEY.skip(text, from, j) == j) {
        continue; // smb://DOMAIN;user:password@host: a CIFS URI's userinfo names the user's domain first
      }
      if (AUTHORITY_ENDS.contains(c)) {
        break;
      }
      if (c == ':' && colon < 0) {
        colon = j;
      } else if (c == '@') {
        firstAt = at < 0 ? j : firstAt;
        at = j;
      }
    }
    // https://<key>@o1.ingest.sentry.io/1, https://<40 hex>@github.com/org/repo: a generated key as the whole userinfo
    // a colon after the '@' is the port's (redis://<password>@host:6379)
    boolean userKey = (colon < 0 || colon > at) && at > from
        && (loneSecret || at - from >= MIN_USER_KEY && ValueShapes.looksGenerated(text, from, at));
    if (at < 0 || !userKey && (colon < 0 || colon + 1 >= at) || at + 1 >= n) {
      return NO_MATCH;
    }
    char host = text.charAt(at + 1);
    // Airflow's connection URIs leave the host empty for cloud services: aws://<key id>:<secret>@/?region_name=;
    // not a port's colon after a userinfo (https://<key>@localhost:@PORT@/1, a template)
    boolean emptyHost = host == '/' && !userKey && colon < firstAt;
    if (!(CharClass.ALNUM.contains(host) || host == '[' || host == '%' || host == '_' || emptyHost)) {
      return NO_MATCH;
    }
    // https://<40 hex>:x-oauth-basic@github.com: a generated key as the user, before a password, is hidden with it
    boolean generatedUser = !userKey && colon - from >= MIN_USER_KEY
        && ValueShapes.looksGenerated(text, from, colon);
    return Detector.pack(userKey || generatedUser ? from - 1 : colon, at);
  }

  /**
   * The password of a percent-encoded URL's userinfo from {@code from}, after the anchor {@code %3A%2F%2F}:
   * between the first {@code %3A} and the last {@code %40} before the authority ends (an encoded {@code /},
   * {@code ?} or {@code #}, another encoded scheme, a {@code &} or a character that ends a raw authority), if
   * an alphanumeric host follows; or {@link #NO_MATCH}. One pass over at most {@link #MAX_USERINFO} characters.
   */
  private static long encodedUserinfo(CharSequence text, int from, int end) {
    int colon = -1;
    int at = -1;
    int j = from;
    while (j < end) {
      char c = text.charAt(j);
      if (c == '%' && j + 2 < end) {
        char hi = text.charAt(j + 1);
        char lo = (char) (text.charAt(j + 2) | 0x20);
        if (hi == '2' && (lo == 'f' || lo == '3') || hi == '3' && lo == 'f') {
          break; // %2F, %23, %3F: the path, the fragment, the query (and %3A%2F%2F: another URL)
        }
        if (hi == '3' && lo == 'a' && colon < 0) {
          colon = j;
        } else if (hi == '4' && lo == '0' && colon >= 0) {
          at = j;
        }
        j += 3;
        continue;
      }
      if (c == '&' || AUTHORITY_ENDS.contains(c)) {
        break;
      }
      j++;
    }
    if (colon < 0 || at < colon + 4 || at + 3 >= text.length() || !CharClass.ALNUM.contains(text.charAt(at + 3))
        || isPlaceholder(text, colon + 3, at)) {
      return NO_MATCH;
    }
    return Detector.pack(colon + 3, at);
  }

  /**
   * What ends a URL's authority: blanks and controls, a path, query or fragment, quotes, brackets and
   * separators ({@code " # ' ( ) , / ; < > ? \ ` { }}). A mask look-up per character, as every URL in a
   * log is read here.
   */
  private static final CharClass AUTHORITY_ENDS = CharClass.of("\0- \"#'(),/;<>?\\`{}");

  /** End of {@code host[:port]} at {@code from}. */
  private static int hostEnd(CharSequence text, int from, int end) {
    int j = from;
    while (j < end && (CharClass.KEY.contains(text.charAt(j)) || text.charAt(j) == ':' || text.charAt(j) == '['
        || text.charAt(j) == ']' || text.charAt(j) == '%')) {
      j++;
    }
    return j;
  }

  /**
   * Only unmistakable placeholders: in a URL even "password" may be the password, and so may a
   * generated one that starts with {@code $} or {@code *} ({@code $ZWmR6nUeTJ6BP}), unlike {@code $DB_PASS}.
   */
  static boolean isPlaceholder(CharSequence text, int start, int end) {
    char first = text.charAt(start);
    char last = text.charAt(end - 1);
    if ((first == '$' && !ValueShapes.sigilStartsValue(text, start, end))
        || (first == '*' && !ValueShapes.starThenValue(text, start, end))
        || (first == '<' && last == '>') || (first == '{' && last == '}') || first == '[') {
      return true;
    }
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      // bullets and circles: how a console or a settings page masks a password it shows
      if (c != 'x' && c != 'X' && c != '*' && c != '.' && c != '\u2022' && c != '\u25cf') {
        return false;
      }
    }
    return true;
  }

  /** Schemes whose clients read a userinfo without a colon as the password or token, not as a user's name. */
  private static final String[] LONE_SECRET_SCHEMES = {"redis", "rediss", "redis-sentinel", "rediss-sentinel", "nats"};

  private static boolean loneUserinfoIsSecret(CharSequence text, int start, int end) {
    for (String scheme : LONE_SECRET_SCHEMES) {
      if (KeyNames.equalsIgnoreCase(text, start, end, scheme)) {
        return true;
      }
    }
    return false;
  }

  private static boolean schemeChar(char c) {
    return CharClass.ALNUM.contains(c) || c == '+' || c == '.' || c == '-';
  }

  /** Between the scheme and the password lies only the user name. */
  @Override
  public boolean keyBeforeSpan() {
    return true;
  }

  @Override
  public int window() {
    return MAX_SCHEME + MAX_USERINFO + 4;
  }
}
