package dev.redact4j.internal.engine;

/**
 * The password of a Go database DSN in go-sql-driver/mysql's format, {@code user:<password>@tcp(host:3306)/db}
 * (also {@code @tcp6(}, {@code @unix(}), which Go services log when {@code sql.Open} fails or print in
 * a config dump. The anchor is the network type with its parenthesis, right after {@code @} (an anchor
 * of its own would add a character class to the automaton); the password runs back from the {@code @}
 * to the first colon of the DSN, which starts after a blank, a quote or a parenthesis. A
 * password holding {@code @} or {@code :} is hidden whole, as the driver reads it; so is the user, when
 * the DSN follows {@code key:} with no blank (fail closed). Only the password is hidden.
 *
 * <p>Reads at most {@value #MAX_USERINFO} characters before the anchor, and stops at a parenthesis, so
 * a flood of DSNs reads each character once; allocates nothing.
 */
public final class GoDsnDetector implements Detector {
  private static final int MAX_USERINFO = 256;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int at = anchorStart - 1; // rejectsAnchorAfter: an @ comes right before the anchor
    if (at < 0 || text.charAt(at) != '@') {
      return NO_MATCH;
    }
    int start = at;
    int limit = Math.max(0, at - MAX_USERINFO);
    while (start > limit && !dsnStarts(text.charAt(start - 1))) {
      start--;
    }
    if (start == limit && limit > 0) {
      return NO_MATCH; // longer than any user and password: not a DSN
    }
    int colon = start;
    while (colon < at && text.charAt(colon) != ':') {
      colon++;
    }
    if (colon + 1 >= at || placeholder(text, colon + 1, at)) {
      return NO_MATCH; // no password (app@tcp(...), app:@tcp(...)), or a placeholder
    }
    return Detector.pack(colon + 1, at);
  }

  @Override
  public boolean rejectsAnchorAfter(char c) {
    return c != '@';
  }

  /** What comes right before a DSN: a blank or control, a quote, a backtick or a parenthesis. */
  private static boolean dsnStarts(char c) {
    return c <= ' ' || c == '"' || c == '\'' || c == '`' || c == '(' || c == ')';
  }

  /** A URL's placeholders ({@code ${DB_PASS}}, {@code ****}, {@code <password>}) and a format verb ({@code %s}). */
  private static boolean placeholder(CharSequence text, int start, int end) {
    return end - start == 2 && text.charAt(start) == '%' || UrlCredentialsDetector.isPlaceholder(text, start, end);
  }

  @Override
  public int window() {
    return MAX_USERINFO + "@unix(".length();
  }
}
