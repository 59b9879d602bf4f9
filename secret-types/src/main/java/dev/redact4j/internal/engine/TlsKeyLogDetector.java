package dev.redact4j.internal.engine;

/**
 * The secret of a TLS key log line (NSS's format, written where {@code SSLKEYLOGFILE} points and read by
 * Wireshark): a label ({@code CLIENT_RANDOM}, {@code CLIENT_HANDSHAKE_TRAFFIC_SECRET},
 * {@code SERVER_TRAFFIC_SECRET_0}, {@code EXPORTER_SECRET}, ...), a blank, the client random (64 hex digits),
 * a blank, and the secret (32 to 128 hex digits), which decrypts the session. Anchored on the label's
 * distinctive part ({@code CLIENT_RANDOM}, {@code _TRAFFIC_SECRET}, {@code EXPORTER_SECRET}); a traffic
 * secret's generation number ({@code _0}) may follow. Only the secret is hidden: the client random travels
 * in clear and ties the line to a capture. Reads at most {@link #window()} characters after the anchor;
 * allocates nothing.
 */
public final class TlsKeyLogDetector implements Detector {
  private static final int MAX_GENERATION = 4;
  private static final int CLIENT_RANDOM = 64;
  private static final int MIN_SECRET = 32;
  private static final int MAX_SECRET = 128;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    if (text.charAt(anchorStart) != '_' && anchorStart > 0 && KeyNames.isAlnum(text.charAt(anchorStart - 1))) {
      return NO_MATCH; // CLIENT_RANDOM inside a longer name; _TRAFFIC_SECRET follows its label's first word
    }
    int n = text.length();
    int i = anchorEnd;
    if (i < n && text.charAt(i) == '_') { // SERVER_TRAFFIC_SECRET_0
      int digits = i + 1;
      int limit = Math.min(n, digits + MAX_GENERATION);
      i = digits;
      while (i < limit && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == digits) {
        return NO_MATCH;
      }
    }
    int random = hexAfterBlank(text, i, CLIENT_RANDOM);
    if (random - i - 1 != CLIENT_RANDOM) {
      return NO_MATCH;
    }
    int end = hexAfterBlank(text, random, MAX_SECRET);
    int length = end - random - 1;
    if (length < MIN_SECRET || end < n && KeyNames.isAlnum(text.charAt(end))) {
      return NO_MATCH;
    }
    return Detector.pack(random + 1, end);
  }

  /** The end of a run of at most {@code max} hex digits after a blank at {@code i}; {@code i} if none. */
  private static int hexAfterBlank(CharSequence text, int i, int max) {
    int n = text.length();
    if (i >= n || text.charAt(i) != ' ') {
      return i;
    }
    int end = i + 1;
    int limit = Math.min(n, end + max + 1);
    while (end < limit && CharClass.HEX.contains(text.charAt(end))) {
      end++;
    }
    return end - i - 1 > max ? i : end;
  }

  /** The label's {@code SECRET} is no key of the client random after it: other key words there are skipped. */
  @Override
  public boolean keyBeforeSpan() {
    return true;
  }

  @Override
  public boolean findsEveryOccurrence() {
    return true;
  }

  @Override
  public int window() {
    return 1 + MAX_GENERATION + 1 + CLIENT_RANDOM + 2 + MAX_SECRET + 1;
  }
}
