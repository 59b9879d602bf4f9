package dev.redact4j.internal.engine;

/**
 * The password of a Postfix {@code sasl_passwd} line, {@code <relay host>:<port> <user>:<password>}
 * ({@code [smtp.example.com]:587 ops@example.com:<password>}), anchored on the submission port with
 * its colon and the blank after it ({@code :587 }, {@code :465 }). Only that shape: the
 * relay host starts its line (a bracketed name, or a name with a dot), one blank or tab, then a word
 * that ends the line and holds a colon after a non-empty user; the password is what follows the first
 * colon, and is no placeholder. A time or a log's {@code host:587 connected} has no such shape.
 *
 * <p>Reads at most {@value #MAX_FIELD} characters on either side of the anchor; allocates nothing.
 */
public final class SaslPasswdDetector implements Detector {
  private static final int MAX_FIELD = 256;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    if (!relayHostBefore(text, anchorStart)) {
      return NO_MATCH;
    }
    int n = text.length();
    int start = anchorEnd;
    while (start < n && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
      start++;
    }
    int limit = Math.min(n, start + MAX_FIELD);
    int end = start;
    int colon = -1;
    while (end < limit && text.charAt(end) > ' ') {
      if (text.charAt(end) == ':' && colon < 0) {
        colon = end;
      }
      end++;
    }
    int after = end;
    while (after < n && (text.charAt(after) == ' ' || text.charAt(after) == '\t' || text.charAt(after) == '\r')) {
      after++;
    }
    if (colon <= start || colon + 1 >= end || after < n && text.charAt(after) != '\n'
        || ValueShapes.isPlaceholder(text, colon + 1, end)) {
      return NO_MATCH;
    }
    return Detector.pack(colon + 1, end);
  }

  /**
   * Whether a relay host that starts its line ends at {@code at}: {@code [smtp.example.com]} or
   * {@code smtp.example.com}.
   */
  private static boolean relayHostBefore(CharSequence text, int at) {
    int floor = Math.max(0, at - MAX_FIELD);
    int j = at;
    boolean bracketed = j > 0 && text.charAt(j - 1) == ']';
    if (bracketed) {
      j--;
    }
    boolean dot = false;
    while (j > floor && (KeyNames.isAlnum(text.charAt(j - 1)) || text.charAt(j - 1) == '.'
        || text.charAt(j - 1) == '-')) {
      dot |= text.charAt(j - 1) == '.';
      j--;
    }
    if (bracketed) {
      if (j == 0 || text.charAt(j - 1) != '[') {
        return false;
      }
      j--;
    }
    if (j == at || !(bracketed || dot)) {
      return false;
    }
    while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\t')) {
      j--;
    }
    return j == 0 || text.charAt(j - 1) == '\n' || text.charAt(j - 1) == '\r';
  }

  @Override
  public int window() {
    return 2 * MAX_FIELD + 16;
  }
}
