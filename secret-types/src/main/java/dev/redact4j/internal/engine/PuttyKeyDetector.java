package dev.redact4j.internal.engine;

/**
 * The private part of a PuTTY {@code .ppk} key file: after {@code Private-Lines: N}, the N lines of
 * base64 that follow, and the {@code Private-MAC:} line after them (with the file's MAC an attacker can
 * test guesses at the passphrase of an encrypted key offline). The header, comment and public lines stay,
 * as a public key does. Lines may be broken by real line breaks or by literal {@code \n} / {@code \r\n}
 * (a key inside a JSON string); a block cut short (fewer lines than announced) is hidden as far as it goes.
 * A key file sent as a form field and logged URL-encoded, once or twice, is read as well
 * ({@code Private-Lines%3A+2%0D%0A...%2B...}): the engine reports the anchor with its colon escaped, and
 * from there a space is {@code +} or {@code %20}, a line break {@code %0D%0A} or {@code %0A}, and base64's
 * symbols are escaped ({@link Escapes}); a bare {@code +} is a space there.
 *
 * <p>Reads at most {@link #window()} characters after the anchor; allocates nothing.
 */
public final class PuttyKeyDetector implements Detector {
  /** PuTTY writes 64 characters a line; an RSA 16384-bit key's private part holds about 200 lines. */
  private static final int MAX_LINES = 256;
  private static final int MAX_LINE = 80;
  /** A line of 64 base64 characters, each of which may be escaped twice ({@code %252B}). */
  private static final int MAX_ENCODED_LINE = MAX_LINE * Escapes.MAX_LENGTH;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    // Private-Lines%3A: a URL-encoded form field; %253A: encoded twice, where a space is %2B, not +.
    int escape = anchorEnd - anchorStart - "Private-Lines".length();
    boolean encoded = escape > 1;
    int j = encoded ? spaces(text, anchorEnd, escape) : anchorEnd;
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
      int s = encoded ? encodedLineBreak(text, j) : lineBreak(text, j);
      if (s == j || KeyNames.regionEquals(text, s, "Private-MAC")) {
        break;
      }
      int e = encoded ? encodedBase64Line(text, s, escape) : base64Line(text, s);
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
    int mac = encoded ? encodedLineBreak(text, end) : lineBreak(text, end);
    int macColon = mac + "Private-MAC".length();
    if (mac > end && KeyNames.regionEquals(text, mac, "Private-MAC")
        && (encoded ? Escapes.lengthOf(text, macColon, ':', n) == escape : macColon < n && text.charAt(macColon) == ':')) {
      int h = encoded ? spaces(text, macColon + escape, escape) : macColon + 1;
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

  /**
   * After URL-encoded spaces at {@code i}: {@code +} or {@code %20} where escapes are {@code escape}
   * (3) characters long, {@code %2B} or {@code %2520} where they are encoded twice (5).
   */
  private static int spaces(CharSequence text, int i, int escape) {
    for (int k = 0; k < 8; k++) {
      int next = escape == 3 ? (i < text.length() && text.charAt(i) == '+' ? i + 1 : after(text, i, "%20"))
          : Math.max(after(text, i, "%2B"), after(text, i, "%2520"));
      if (next < 0) {
        break;
      }
      i = next;
    }
    return i;
  }

  /** After {@code w} at {@code i}, or -1. */
  private static int after(CharSequence text, int i, String w) {
    return KeyNames.regionEquals(text, i, w) ? i + w.length() : -1;
  }

  /** Where the next line starts after a URL-encoded break at {@code i} ({@code %0D%0A}, {@code %0A}, twice encoded); {@code i} if none. */
  private static int encodedLineBreak(CharSequence text, int i) {
    int j = encodedControl(text, i, 'd');
    int k = encodedControl(text, j, 'a');
    return k > j ? k : i;
  }

  /** After {@code %0<hex>} or {@code %250<hex>} at {@code i} (either case), or {@code i}. */
  private static int encodedControl(CharSequence text, int i, char hex) {
    int n = text.length();
    int j = KeyNames.regionEquals(text, i, "%250") ? i + 4 : KeyNames.regionEquals(text, i, "%0") ? i + 2 : -1;
    return j >= 0 && j < n && Character.toLowerCase(text.charAt(j)) == hex ? j + 1 : i;
  }

  /** End of a line of URL-encoded base64 at {@code i}: letters, digits and {@code + / =} escaped in {@code escape} characters. */
  private static int encodedBase64Line(CharSequence text, int i, int escape) {
    int limit = Math.min(text.length(), i + MAX_ENCODED_LINE);
    while (i < limit) {
      char c = text.charAt(i);
      int symbol;
      if (CharClass.ALNUM.contains(c)) {
        i++;
      } else if ((symbol = Escapes.symbolAt(text, i, limit)) >= 0 && symbol >>> 16 == escape
          && "+/=".indexOf((char) symbol) >= 0) {
        i += escape;
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
    return 40 + MAX_LINES * (MAX_ENCODED_LINE + 10) + 32 + 128;
  }
}
