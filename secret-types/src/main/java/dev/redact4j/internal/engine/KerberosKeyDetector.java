package dev.redact4j.internal.engine;

/**
 * A Kerberos long-term key under its encryption type, at the anchor {@code hmac}: secretsdump's
 * {@code krbtgt:aes256-cts-hmac-sha1-96:<64 hex>}, mimikatz' {@code aes256_hmac       (4096) : <64 hex>}
 * and {@code rc4_hmac_nt       : <32 hex>}, Rubeus' {@code aes128_cts_hmac_sha1 : <32 hex>}. Such a key
 * asks the KDC for tickets as its account (overpass-the-hash; krbtgt's forges them), so it is a secret.
 *
 * <p>The type is {@code aes128}, {@code aes256} (with or without {@code cts}) or {@code rc4} before
 * {@code hmac}; after it come a short suffix ({@code -sha1-96}, {@code _nt}), blanks, an optional
 * iteration count in parentheses, and {@code :}; the key is exactly 32 or 64 hex digits. Reads at most
 * {@link #window()} characters around the anchor; allocates nothing.
 */
public final class KerberosKeyDetector implements Detector {
  private static final int MAX_SUFFIX = 12;
  private static final int MAX_BLANKS = 24;
  private static final int MAX_COUNT = 8;
  private static final int MAX_KEY = 64;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    if (!encryptionTypeBefore(text, anchorStart)) {
      return NO_MATCH;
    }
    int n = text.length();
    int i = anchorEnd;
    int limit = Math.min(n, i + MAX_SUFFIX);
    while (i < limit && (KeyNames.isAlnum(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '_')) {
      i++;
    }
    i = blanks(text, i, n);
    if (i < n && text.charAt(i) == '(') {
      int close = Math.min(n, i + 1 + MAX_COUNT);
      int j = i + 1;
      while (j < close && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
        j++;
      }
      if (j >= n || text.charAt(j) != ')') {
        return NO_MATCH;
      }
      i = blanks(text, j + 1, n);
    }
    if (i >= n || text.charAt(i) != ':') {
      return NO_MATCH;
    }
    int start = blanks(text, i + 1, n);
    int end = start;
    int stop = Math.min(n, start + MAX_KEY + 1);
    while (end < stop && CharClass.HEX.contains(text.charAt(end))) {
      end++;
    }
    int length = end - start;
    if (length != 32 && length != MAX_KEY || end < n && KeyNames.isAlnum(text.charAt(end))) {
      return NO_MATCH;
    }
    return Detector.pack(start, end);
  }

  /** {@code aes128}/{@code aes256}, then {@code cts} or not, or {@code rc4}, each followed by - or _. */
  private static boolean encryptionTypeBefore(CharSequence text, int at) {
    int p = at;
    if (!separator(text, p - 1)) {
      return false;
    }
    p--;
    if (KeyNames.regionEqualsIgnoreCase(text, p - 3, "cts") && separator(text, p - 4)) {
      p -= 4;
    }
    boolean aes = KeyNames.regionEqualsIgnoreCase(text, p - 6, "aes128")
        || KeyNames.regionEqualsIgnoreCase(text, p - 6, "aes256");
    int start = aes ? p - 6 : KeyNames.regionEqualsIgnoreCase(text, p - 3, "rc4") ? p - 3 : -1;
    return start >= 0 && (start == 0 || !KeyNames.isAlnum(text.charAt(start - 1)));
  }

  private static boolean separator(CharSequence text, int i) {
    return i >= 0 && (text.charAt(i) == '-' || text.charAt(i) == '_');
  }

  private static int blanks(CharSequence text, int i, int n) {
    int limit = Math.min(n, i + MAX_BLANKS);
    while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  @Override
  public boolean rejectsAnchorAfter(char c) {
    return c != '-' && c != '_';
  }

  /** Between the type and the key lie only the type's words, blanks, a count and a colon. */
  @Override
  public boolean keyBeforeSpan() {
    return true;
  }

  @Override
  public int window() {
    return 11 + MAX_SUFFIX + 2 * MAX_BLANKS + MAX_COUNT + 3 + MAX_BLANKS + MAX_KEY + 1;
  }
}
