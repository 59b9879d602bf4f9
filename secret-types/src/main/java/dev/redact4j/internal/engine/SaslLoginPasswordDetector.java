package dev.redact4j.internal.engine;

/**
 * The password line of an SMTP {@code AUTH LOGIN} exchange in a multi-line transcript: the server's
 * {@code 334 UGFzc3dvcmQ6} (base64 of {@code Password:}) and, on the next line, the client's base64
 * password, as Python's {@code smtplib} ({@code send: '<base64>\r\n'}) and swaks ({@code  -> <base64>})
 * print them. The next line must be only a short prefix (up to {@value #MAX_PREFIX} characters ending in a
 * blank or quote) and one base64 word that decodes to printable text, then at most a closing quote and an
 * escaped line break. A next line holding the prompt again (smtplib's {@code retcode (334); Msg:
 * b'UGFzc3dvcmQ6'}) is that hit's to judge.
 *
 * <p>Reads at most {@value #MAX_TAIL} characters after the anchor on its line and
 * {@value #MAX_PREFIX} + {@value #MAX_WORD} + 8 on the next; allocates nothing.
 */
public final class SaslLoginPasswordDetector implements Detector {
  private static final int MAX_TAIL = 16;
  private static final int MAX_PREFIX = 8;
  private static final int MAX_WORD = 1024;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    int i = anchorEnd;
    int limit = Math.min(n, anchorEnd + MAX_TAIL);
    while (i < limit && text.charAt(i) != '\n') {
      i++;
    }
    if (i >= limit) {
      return NO_MATCH;
    }
    int lineStart = i + 1;
    int lineEnd = lineStart;
    int lineLimit = Math.min(n, lineStart + MAX_PREFIX + MAX_WORD + 8);
    while (lineEnd < lineLimit && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
      lineEnd++;
    }
    if (lineEnd == lineLimit && lineEnd < n) {
      return NO_MATCH;
    }
    int end = tokenEnd(text, lineStart, lineEnd);
    int start = end;
    while (start > lineStart && base64Char(text.charAt(start - 1))) {
      start--;
    }
    while (start < end && text.charAt(start) == '=') {
      start++; // padding only ends a word
    }
    if (end - start < 4 || start - lineStart > MAX_PREFIX
        || start > lineStart && " '\"".indexOf(text.charAt(start - 1)) < 0
        || Detector.anchorAgain(text, start, anchorStart, anchorEnd) || !printable(text, start, end)) {
      return NO_MATCH;
    }
    return Detector.pack(start, end);
  }

  /** Where the base64 word ends on the line {@code [start, end)}: before a closing quote, an escaped CR LF, blanks. */
  private static int tokenEnd(CharSequence text, int start, int end) {
    int e = end;
    while (e > start && text.charAt(e - 1) == ' ') {
      e--;
    }
    if (e > start && (text.charAt(e - 1) == '\'' || text.charAt(e - 1) == '"')) {
      e--;
    }
    if (e - 4 >= start && KeyNames.regionEquals(text, e - 4, "\\r\\n")) {
      e -= 4;
    }
    return e;
  }

  private static boolean base64Char(char c) {
    return KeyNames.isAlnum(c) || c == '+' || c == '/' || c == '=';
  }

  /** Whether the base64 in {@code text[start, end)} (a multiple of 4 long) decodes to printable text. */
  private static boolean printable(CharSequence text, int start, int end) {
    if ((end - start) % 4 != 0) {
      return false;
    }
    int bits = 0;
    int buffer = 0;
    for (int i = start; i < end && text.charAt(i) != '='; i++) {
      int v = Validators.base64Value(text.charAt(i));
      if (v < 0) {
        return false;
      }
      buffer = (buffer << 6) | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        int b = (buffer >> bits) & 0xff;
        if (b < 0x20 || b == 0x7f) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public int window() {
    return MAX_TAIL + MAX_PREFIX + MAX_WORD + 8;
  }
}
