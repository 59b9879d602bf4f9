package dev.redact4j.internal.engine;

/**
 * A PEM private-key block: {@code -----BEGIN <label> PRIVATE KEY-----} (RSA, EC, DSA, OPENSSH,
 * ENCRYPTED, PGP ... BLOCK), or an OpenVPN key block (labelled {@code OpenVPN Static key V1}: the
 * {@code tls-auth} and {@code tls-crypt} key), hidden from the header through the matching {@code -----END ...-----}.
 * Works across real line breaks, literal {@code \n} as inside JSON strings (a GCP service-account
 * file's {@code private_key}), and source code that concatenates lines ({@code "..." +}).
 *
 * <p>A truncated block (no END within {@value #MAX_BLOCK} characters, as when a log line was cut) is
 * hidden from the header through the first line after it, whatever it holds, and then for as long as
 * the text looks like key material (base64 lines and their separators).
 *
 * <p>Reads at most {@value #MAX_BLOCK} + 128 characters after the anchor; allocates nothing.
 */
public final class PemBlockDetector implements Detector {
  static final int MAX_BLOCK = 16384;
  /** Room for the label and {@code PRIVATE KEY BLOCK-----}: gitleaks' rule allows a label of 100 characters. */
  private static final int MAX_LABEL = 128;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    int labelEnd = indexOf(text, "-----", anchorEnd, Math.min(n, anchorEnd + MAX_LABEL));
    // OpenVPN's own blocks (Static key V1, tls-crypt-v2 server or client key) are all secret keys
    if (labelEnd < 0 || indexOf(text, "PRIVATE", anchorEnd, labelEnd) < 0
        && !KeyNames.regionEquals(text, anchorEnd, " OpenVPN ")) {
      return NO_MATCH;
    }
    int headerEnd = labelEnd + 5;
    int endMarker = indexOf(text, "-----END", headerEnd, Math.min(n, headerEnd + MAX_BLOCK));
    if (endMarker >= 0) {
      int close = indexOf(text, "-----", endMarker + 8, Math.min(n, endMarker + 8 + MAX_LABEL));
      return Detector.pack(anchorStart, close >= 0 ? close + 5 : Math.min(n, endMarker + 8));
    }
    return Detector.pack(anchorStart, truncatedEnd(text, headerEnd));
  }

  private static int truncatedEnd(CharSequence text, int from) {
    int n = text.length();
    int limit = Math.min(n, from + MAX_BLOCK);
    int i = skipSeparators(text, from, limit);
    // The first line after the header is hidden whatever it holds.
    while (i < limit) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '"' || (c == '\\' && i + 1 < n && (text.charAt(i + 1) == 'n'
          || text.charAt(i + 1) == 'r'))) {
        break;
      }
      i++;
    }
    int end = i;
    // Then key-material lines: base64 and header fields (Proc-Type: ...), with their separators.
    while (i < limit) {
      int next = skipSeparators(text, i, limit);
      int j = next;
      while (j < limit && (CharClass.BASE64.contains(text.charAt(j)) || text.charAt(j) == '=')) {
        j++;
      }
      if (j - next < 16) {
        break;
      }
      end = j;
      i = j;
    }
    return end;
  }

  /** Line breaks, literal \n and \r, quotes, {@code +} and blanks between lines of a key. */
  private static int skipSeparators(CharSequence text, int i, int limit) {
    while (i < limit) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '"' || c == '+' || c == ',') {
        i++;
      } else if (c == '\\' && i + 1 < limit && (text.charAt(i + 1) == 'n' || text.charAt(i + 1) == 'r')) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  /** First index of {@code s} in {@code text[from, to)}, or -1. Linear for these literals. */
  static int indexOf(CharSequence text, String s, int from, int to) {
    char first = s.charAt(0);
    int last = to - s.length();
    outer:
    for (int i = from; i <= last; i++) {
      if (text.charAt(i) != first) {
        continue;
      }
      for (int k = 1; k < s.length(); k++) {
        if (text.charAt(i + k) != s.charAt(k)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Override
  public boolean findsEveryOccurrence() {
    return true;
  }

  @Override
  public int window() {
    return MAX_BLOCK + 2 * MAX_LABEL + 16;
  }
}
