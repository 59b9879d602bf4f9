package dev.redact4j.internal.engine;

/**
 * The private part of a PuTTY {@code .ppk} key file: after {@code Private-Lines: N}, the N lines of
 * base64 that follow, and the {@code Private-MAC:} line after them (with the file's MAC an attacker can
 * test guesses at the passphrase of an encrypted key offline). The header, comment and public lines stay,
 * as a public key does. Lines may be broken by real line breaks or by literal {@code \n} / {@code \r\n}
 * (a key inside a JSON string); a block cut short (fewer lines than announced) is hidden as far as it goes.
 *
 * <p>Reads at most {@link #window()} characters after the anchor; allocates nothing.
 */
public final class PuttyKeyDetector implements Detector {
  /** PuTTY writes 64 characters a line; an RSA 16384-bit key's private part holds about 200 lines. */
  private static final int MAX_LINES = 256;
  private static final int MAX_LINE = 80;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    int j = anchorEnd;
    while (j < n && text.charAt(j) == ' ') {
      j++;
    }
    int lines = 0;
    int digits = 0;
    while (j < n && KeyNames.isDigit(text.charAt(j)) && digits < 4) {
      lines = lines * 10 + text.charAt(j++) - '0';
      digits++;
    }
    if (lines == 0 || lines > MAX_LINES) {
      return NO_MATCH;
    }
    int first = -1;
    int end = -1;
    for (int k = 0; k < lines; k++) {
      int s = lineBreak(text, j);
      if (s == j || KeyNames.regionEquals(text, s, "Private-MAC:")) {
        break;
      }
      int e = base64Line(text, s);
      if (e - s < 4) {
        break; // the block was cut: hide what there is
      }
      if (first < 0) {
        first = s;
      }
      end = e;
      j = e;
    }
    if (first < 0) {
      return NO_MATCH;
    }
    int mac = lineBreak(text, end);
    if (mac > end && KeyNames.regionEquals(text, mac, "Private-MAC:")) {
      int h = mac + "Private-MAC:".length();
      while (h < n && text.charAt(h) == ' ') {
        h++;
      }
      int e = CharClass.HEX.skip(text, h, Math.min(n, h + 128));
      if (e > h) {
        end = e;
      }
    }
    return Detector.pack(first, end);
  }

  /** Where the next line starts after a break at {@code i} (real, or a literal {@code \n} or {@code \r\n}); {@code i} if none. */
  private static int lineBreak(CharSequence text, int i) {
    int n = text.length();
    if (i < n && text.charAt(i) == '\r') {
      i++;
      return i < n && text.charAt(i) == '\n' ? i + 1 : i;
    }
    if (i < n && text.charAt(i) == '\n') {
      return i + 1;
    }
    if (KeyNames.regionEquals(text, i, "\\r\\n")) {
      return i + 4;
    }
    return KeyNames.regionEquals(text, i, "\\n") ? i + 2 : i;
  }

  /** End of a line of base64 at {@code i}; JSON's escaped slash ({@code \/}) counts as one. */
  private static int base64Line(CharSequence text, int i) {
    int limit = Math.min(text.length(), i + MAX_LINE);
    while (i < limit) {
      char c = text.charAt(i);
      if (CharClass.BASE64.contains(c) || c == '=') {
        i++;
      } else if (c == '\\' && i + 1 < limit && text.charAt(i + 1) == '/') {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  @Override
  public boolean findsEveryOccurrence() {
    return true;
  }

  @Override
  public int window() {
    return 8 + MAX_LINES * (MAX_LINE + 4) + 16 + 128;
  }
}
