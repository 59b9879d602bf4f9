package dev.redact4j.internal.engine;

/**
 * Checks used by catalog rows. Each reads only the candidate and allocates nothing.
 */
public final class Validators {
  private Validators() {}

  /** At least one digit and one letter: random tokens have both, words and numbers do not. */
  public static final Validator DIGIT_AND_LETTER = (text, start, end) -> {
    boolean digit = false;
    boolean letter = false;
    for (int i = start; i < end && !(digit && letter); i++) {
      char c = text.charAt(i);
      digit |= c >= '0' && c <= '9';
      letter |= (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return digit && letter;
  };

  /** Upper-case and lower-case letters and a digit: the shape of a random base62 token. */
  public static final Validator MIXED_CASE_AND_DIGIT = (text, start, end) -> {
    int seen = 0;
    for (int i = start; i < end && seen != 7; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        seen |= 1;
      } else if (c >= 'a' && c <= 'z') {
        seen |= 2;
      } else if (c >= 'A' && c <= 'Z') {
        seen |= 4;
      }
    }
    return seen == 7;
  };

  /**
   * The candidate is not a chance piece of a longer base64 run: glued by {@code +} or {@code /} to at
   * least 8 more base64 characters of both cases and digits (or in a run of 60 or more, an armor line's
   * width), the run standing alone (between line ends, blanks, quotes, or after {@code -} or {@code :} as
   * in {@code sha512-...} and {@code h1:...}; one that starts with {@code /} only at an armor line's width). A PGP
   * armor line, an npm integrity hash or a Go module hash holds a weak prefix ({@code AP1}, {@code YC})
   * that way by chance; a token in a URL path follows a host's dot or a word, and one standing alone has
   * nothing glued to it. Unlike the other checks this one reads outside the candidate: at most 96
   * characters either side.
   */
  public static final Validator NOT_BASE64_FRAGMENT = (text, start, end) -> {
    int n = text.length();
    boolean glued = start > 0 && (text.charAt(start - 1) == '+' || text.charAt(start - 1) == '/')
        || end < n && (text.charAt(end) == '+' || text.charAt(end) == '/');
    if (!glued) {
      return true;
    }
    int left = start;
    while (left > 0 && start - left < 96 && CharClass.BASE64.contains(text.charAt(left - 1))) {
      left--;
    }
    int right = end;
    while (right < n && right - end < 96 && CharClass.BASE64.contains(text.charAt(right))) {
      right++;
    }
    int pad = right;
    while (pad < n && pad - right < 2 && text.charAt(pad) == '=') {
      pad++;
    }
    char before = left == 0 ? ' ' : text.charAt(left - 1);
    char after = pad == n ? ' ' : text.charAt(pad);
    boolean alone = (before <= ' ' || before == '"' || before == '\'' || before == '-' || before == ':')
        && (text.charAt(left) != '/' || pad - left >= 60) && (after <= ' ' || "\"',;)]}".indexOf(after) >= 0);
    if (!alone) {
      return true;
    }
    int seen = 0;
    int count = 0;
    for (int i = left; i < right; i++) {
      if (i == start) {
        i = end - 1;
        continue;
      }
      char c = text.charAt(i);
      if (c == '+' || c == '/') {
        continue;
      }
      count++;
      seen |= c <= '9' ? 1 : c <= 'Z' ? 4 : 2;
    }
    // a 64- or 76-character armor line may leave only a few characters beside the prefix
    return !(count >= 8 && seen == 7 || pad - left >= 60);
  };

  /** Upper-case or digit run that is not all one repeated character (AKIAAAAAAAAAAAAAAAAA is filler). */
  public static final Validator NOT_ONE_CHARACTER = (text, start, end) -> {
    for (int i = start + 1; i < end; i++) {
      if (text.charAt(i) != text.charAt(start)) {
        return true;
      }
    }
    return false;
  };

  /**
   * Luhn checksum over the digits of the candidate; spaces and dashes between groups are skipped.
   */
  public static final Validator LUHN = (text, start, end) -> {
    int sum = 0;
    boolean doubled = false;
    int digits = 0;
    for (int i = end - 1; i >= start; i--) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        continue;
      }
      int d = c - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
      digits++;
    }
    return digits > 0 && sum % 10 == 0;
  };

  /**
   * GitHub's token checksum: the last 6 characters are the CRC32 of the 30 before them (after the
   * {@code ghp_}-style prefix), in base62. Confidence only: catalog rows hide near-misses anyway.
   */
  public static boolean githubChecksum(CharSequence text, int bodyStart, int bodyEnd) {
    if (bodyEnd - bodyStart != 36) {
      return false;
    }
    int crc = 0xFFFFFFFF;
    for (int i = bodyStart; i < bodyEnd - 6; i++) {
      crc ^= text.charAt(i) & 0xff;
      for (int k = 0; k < 8; k++) {
        crc = (crc >>> 1) ^ (0xEDB88320 & -(crc & 1));
      }
    }
    long value = ~crc & 0xFFFFFFFFL;
    for (int i = bodyEnd - 1; i >= bodyEnd - 6; i--) {
      int digit = (int) (value % 62);
      value /= 62;
      if (text.charAt(i) != BASE62.charAt(digit)) {
        return false;
      }
    }
    return true;
  }

  static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  /** Value of a base64 or base64url character, or -1. */
  static int base64Value(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    if (c == '+' || c == '-') {
      return 62;
    }
    if (c == '/' || c == '_') {
      return 63;
    }
    return -1;
  }

  /**
   * Decodes the base64(url) text at {@code start} until {@code end}, a non-base64 character or
   * {@code maxBytes} bytes, and tells whether every byte is printable ASCII (tab and newlines
   * included) and the decoded text contains {@code needle} (ASCII, exact case) when given.
   * A JWT header decodes to printable JSON; a base64 PEM decodes to {@code -----BEGIN ... PRIVATE}.
   */
  public static boolean decodesToText(CharSequence text, int start, int end, int maxBytes, String needle,
      char lastByte) {
    int bits = 0;
    int buffer = 0;
    int produced = 0;
    int matched = 0;
    boolean found = needle.isEmpty();
    int last = -1;
    for (int i = start; i < end && produced < maxBytes; i++) {
      int v = base64Value(text.charAt(i));
      if (v < 0) {
        break;
      }
      buffer = (buffer << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        int b = (buffer >> bits) & 0xff;
        produced++;
        if (!(b >= 0x20 && b < 0x7f) && b != '\t' && b != '\n' && b != '\r') {
          return false;
        }
        last = b;
        if (!found) {
          if (b == needle.charAt(matched)) {
            matched++;
            found = matched == needle.length();
          } else {
            matched = b == needle.charAt(0) ? 1 : 0;
          }
        }
      }
    }
    return produced > 0 && found && (lastByte == 0 || last == lastByte);
  }

  /**
   * The first segment of a JWT decodes to printable JSON ending with a brace. (A JWT with a broken
   * header but a JSON payload is a test fixture far more often than a token: not accepted.)
   */
  public static final Validator JWT_HEADER = (text, start, end) -> {
    int dot = start;
    while (dot < end && text.charAt(dot) != '.') {
      dot++;
    }
    return jsonSegment(text, start, dot);
  };

  /**
   * The first segment of a JWT starts as JSON ({@code eyJ}, base64 of <code>{"</code>), ends with a brace
   * and decodes to text but for one or two bytes: a token with a character typed wrong
   * ({@code ...IsEnR5cCI6...} for {@code IsInR5cCI6}), which is still a token. A header that ends in no
   * brace, or with letters typed into it all along ({@code eyJhbasdGciOi...}), is not accepted.
   */
  public static final Validator JWT_HEADER_BRACED = (text, start, end) -> {
    int dot = start;
    while (dot < end && text.charAt(dot) != '.') {
      dot++;
    }
    return dot - start >= 10 && text.charAt(start) == 'e' && text.charAt(start + 1) == 'y'
        && text.charAt(start + 2) == 'J' && endsWithBrace(text, start, dot) && unprintableBytes(text, start, dot) <= 2;
  };

  /** How many bytes of the base64(url) {@code text[start, end)} (its first 1,368 characters) are not printable. */
  private static int unprintableBytes(CharSequence text, int start, int end) {
    int bits = 0;
    int buffer = 0;
    int count = 0;
    for (int i = start; i < end && i - start < 1368; i++) {
      int v = base64Value(text.charAt(i));
      if (v < 0) {
        return Integer.MAX_VALUE;
      }
      buffer = (buffer << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        int b = (buffer >> bits) & 0xff;
        if (!(b >= 0x20 && b < 0x7f)) {
          count++;
        }
      }
    }
    return count;
  }

  /** A base64url segment that decodes to printable text with a quote, ending with a brace. */
  private static boolean jsonSegment(CharSequence text, int start, int dot) {
    if (dot - start < 10) {
      return false;
    }
    // Trailing bits of an unpadded segment may form no full byte; decode whole quads only.
    int usable = start + ((dot - start) / 4) * 4;
    int rest = dot - usable;
    if (rest == 2 || rest == 3) {
      usable = dot;
    }
    return decodesToText(text, start, usable, 1024, "\"", (char) 0) && endsWithBrace(text, start, dot);
  }

  /** Not filler: no character makes up more than half of the candidate ({@code glagent-XXXX...}). */
  public static final Validator VARIED = (text, start, end) -> !ValueShapes.lowVariety(text, start, end);

  private static boolean endsWithBrace(CharSequence text, int start, int end) {
    // Decode the last complete group to find the final byte.
    int len = end - start;
    int quadStart = start + ((len - 1) / 4) * 4;
    int bits = 0;
    int buffer = 0;
    int last = -1;
    for (int i = quadStart; i < end; i++) {
      int v = base64Value(text.charAt(i));
      if (v < 0) {
        return false;
      }
      buffer = (buffer << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        last = (buffer >> bits) & 0xff;
      }
    }
    return last == '}' || last == ' ' || last == '\n';
  }

  /** Base64 that decodes to a PEM header of a private key. */
  public static final Validator BASE64_PRIVATE_PEM =
      (text, start, end) -> decodesToText(text, start, end, 96, "PRIVATE", (char) 0);
}
