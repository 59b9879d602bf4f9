package dev.redact4j.internal.engine;

/**
 * The password of a Redis {@code AUTH} command where neither a key nor a quote marks it: in RESP, the
 * protocol's own framing, as client debug logs and captures print the bytes with {@code \r\n} escaped
 * ({@code *2\r\n$4\r\nAUTH\r\n$11\r\n<password>\r\n}; with a user, {@code *3 ... $7\r\ndefault\r\n$11\r\n
 * <password>}) or as they are; and typed at a {@code redis-cli} prompt ({@code 127.0.0.1:6379> AUTH
 * <password>}, {@code host:6379[2]> AUTH default <password>}). RESP gives each argument's length, which
 * the value must have exactly; at a prompt the command takes one or two words (user, password) and ends
 * its line. A placeholder or a masked value passes.
 *
 * <p>Reads at most 16 characters before the anchor and 2 × ({@value #MAX_ARGUMENT} + 16) after it;
 * allocates nothing.
 */
public final class RedisAuthCommandDetector implements Detector {
  private static final int MAX_ARGUMENT = 512;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    if (anchorEnd - anchorStart != 4 || !KeyNames.regionEquals(text, anchorStart, "AUTH")
        && !KeyNames.regionEquals(text, anchorStart, "auth")) {
      return NO_MATCH;
    }
    long span = respPassword(text, anchorStart, anchorEnd);
    return span != NO_MATCH ? span : promptPassword(text, anchorStart, anchorEnd);
  }

  /** RESP: {@code $4<break>AUTH<break>$<len><break><arg>} and maybe a second such argument, the password. */
  private static long respPassword(CharSequence text, int anchorStart, int anchorEnd) {
    int before = breakBefore(text, anchorStart);
    if (before < 2 || text.charAt(before - 2) != '$' || text.charAt(before - 1) != '4') {
      return NO_MATCH;
    }
    long first = respArgument(text, anchorEnd);
    if (first == NO_MATCH) {
      return NO_MATCH;
    }
    long second = respArgument(text, (int) first);
    long span = second == NO_MATCH ? first : second;
    int start = (int) (span >>> 32);
    int end = (int) span;
    return start < end && !ValueShapes.isPlaceholder(text, start, end) ? Detector.pack(start, end) : NO_MATCH;
  }

  /**
   * The argument framed at {@code i}: a line break, {@code $}, its length in digits, a line break, that
   * many characters, then a line break or the text's end. Returns its span packed, or {@link #NO_MATCH}.
   */
  private static long respArgument(CharSequence text, int i) {
    int n = text.length();
    int j = breakAt(text, i);
    if (j < 0 || j >= n || text.charAt(j) != '$') {
      return NO_MATCH;
    }
    int length = 0;
    int k = j + 1;
    while (k < n && k < j + 5 && KeyNames.isDigit(text.charAt(k))) {
      length = length * 10 + text.charAt(k++) - '0';
    }
    int start = breakAt(text, k);
    if (k == j + 1 || length == 0 || length > MAX_ARGUMENT || start < 0 || start + length > n) {
      return NO_MATCH;
    }
    int end = start + length;
    return end == n || breakAt(text, end) > 0 ? Detector.pack(start, end) : NO_MATCH;
  }

  /** Where the text goes on after a line break at {@code i} (CR LF as they are or escaped, or LF); -1 for none. */
  private static int breakAt(CharSequence text, int i) {
    if (KeyNames.regionEquals(text, i, "\\r\\n")) {
      return i + 4;
    }
    if (KeyNames.regionEquals(text, i, "\r\n")) {
      return i + 2;
    }
    return i < text.length() && text.charAt(i) == '\n' ? i + 1 : -1;
  }

  /** Where the line break that ends just before {@code i} starts; -1 for none. */
  private static int breakBefore(CharSequence text, int i) {
    if (i >= 4 && KeyNames.regionEquals(text, i - 4, "\\r\\n")) {
      return i - 4;
    }
    if (i >= 2 && KeyNames.regionEquals(text, i - 2, "\r\n")) {
      return i - 2;
    }
    return i >= 1 && text.charAt(i - 1) == '\n' ? i - 1 : -1;
  }

  /** {@code redis-cli}: the prompt {@code host:port> } (or {@code host:port[db]> }), then one or two words. */
  private static long promptPassword(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    if (anchorStart < 5 || text.charAt(anchorStart - 1) != ' ' || text.charAt(anchorStart - 2) != '>'
        || anchorEnd >= n || text.charAt(anchorEnd) != ' ') {
      return NO_MATCH;
    }
    int j = anchorStart - 2; // the prompt's '>'
    if (text.charAt(j - 1) == ']') {
      j--; // host:6379[2]> : the selected database
      while (j > 0 && j > anchorStart - 8 && KeyNames.isDigit(text.charAt(j - 1))) {
        j--;
      }
      j = j > 0 && text.charAt(j - 1) == '[' ? j - 1 : -1;
    }
    int port = j;
    while (j > 0 && j > port - 5 && KeyNames.isDigit(text.charAt(j - 1))) {
      j--;
    }
    if (j <= 0 || j == port || text.charAt(j - 1) != ':') {
      return NO_MATCH; // not host:port> (redis 6379> auth pending)
    }
    int start = anchorEnd + 1;
    int end = ValueEnds.blankAfter(text, start, MAX_ARGUMENT);
    if (end < n && text.charAt(end) == ' ') {
      start = end + 1; // AUTH <user> <password>
      end = ValueEnds.blankAfter(text, start, MAX_ARGUMENT);
    }
    if (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r' || end == start) {
      return NO_MATCH; // more words, or none
    }
    if (end - start >= 2 && text.charAt(start) == '"' && text.charAt(end - 1) == '"') {
      start++;
      end--;
    }
    return end - start >= 1 && !ValueShapes.isPlaceholder(text, start, end) ? Detector.pack(start, end) : NO_MATCH;
  }

  /** The command word is followed by a line break or, at a prompt, a blank. */
  @Override
  public boolean rejectsAnchorFollowedBy(String literal, char c) {
    return c != '\\' && c != '\r' && c != '\n' && c != ' ';
  }

  @Override
  public int window() {
    return 2 * (MAX_ARGUMENT + 16);
  }
}
