package dev.redact4j.internal.engine;

/**
 * The password in the userinfo of a URL of any scheme: {@code scheme://user:password@host}, as in
 * {@code postgres://}, {@code mongodb+srv://}, {@code redis://:password@}, {@code amqps://},
 * {@code jdbc:mysql://} or {@code https://}. Only the password is hidden; the user and host stay
 * readable. The anchor is {@code ://}.
 *
 * <p>Reads at most 32 characters before the anchor and 512 after it; allocates nothing.
 */
public final class UrlCredentialsDetector implements Detector {
  private static final int MAX_SCHEME = 32;
  private static final int MAX_USERINFO = 512;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    int s = anchorStart;
    int limit = Math.max(0, anchorStart - MAX_SCHEME);
    while (s > limit && schemeChar(text.charAt(s - 1))) {
      s--;
    }
    if (anchorStart - s < 2) {
      return NO_MATCH;
    }
    int colon = -1;
    int at = -1;
    int end = Math.min(n, anchorEnd + MAX_USERINFO);
    for (int j = anchorEnd; j < end; j++) {
      char c = text.charAt(j);
      if (c <= ' ' || c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || c == '<' || c == '>'
          || c == '\\' || c == '`' || c == '(' || c == ')' || c == ',' || c == ';' || c == '{' || c == '}') {
        break;
      }
      if (c == ':' && colon < 0) {
        colon = j;
      } else if (c == '@') {
        at = j;
      }
    }
    if (at < 0 || colon < 0 || colon + 1 >= at || at + 1 >= n) {
      return NO_MATCH;
    }
    char host = text.charAt(at + 1);
    if (!(CharClass.ALNUM.contains(host) || host == '[' || host == '%' || host == '_')) {
      return NO_MATCH;
    }
    if (isPlaceholder(text, colon + 1, at)) {
      return NO_MATCH;
    }
    return Detector.pack(colon + 1, at);
  }

  /** Only unmistakable placeholders: in a URL even "password" may be the password. */
  static boolean isPlaceholder(CharSequence text, int start, int end) {
    char first = text.charAt(start);
    char last = text.charAt(end - 1);
    if (first == '$' || first == '*' || (first == '<' && last == '>') || (first == '{' && last == '}')
        || first == '[') {
      return true;
    }
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (c != 'x' && c != 'X' && c != '*' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static boolean schemeChar(char c) {
    return CharClass.ALNUM.contains(c) || c == '+' || c == '.' || c == '-';
  }

  @Override
  public int window() {
    return MAX_SCHEME + MAX_USERINFO + 3;
  }
}
