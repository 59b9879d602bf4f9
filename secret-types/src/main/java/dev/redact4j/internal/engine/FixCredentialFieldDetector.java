package dev.redact4j.internal.engine;

/**
 * The value of a credential field of a FIX message as trading engines log it (QuickFIX/J, QuickFIX/n,
 * Artio…): Password {@code 554=}, NewPassword {@code 925=}, EncryptedPassword {@code 1400=},
 * EncryptedNewPassword {@code 1402=}, and RawData {@code 96=} of a Logon ({@code 35=A}) right after its
 * RawDataLength {@code 95=}. The anchor is the tag with its {@code =}; it counts only at a field's start
 * in a FIX message: the nearest {@code 8=FIX…} before it on its line (BeginString, also {@code 8=FIXT.1.1})
 * opens the message, and the characters between the BeginString's value and the next tag ({@code 9=} or
 * {@code 35=}) are the message's separator, as the engine printed it: SOH itself, {@code |}, {@code  | },
 * {@code ^A}, backslash-u0001, {@code <SOH>}, {@code ;} or a blank. The tag must follow that separator, so
 * {@code 5554=}, {@code 1554=} and {@code 554=} in prose stay. The value runs to the next separator that a
 * tag ({@code <digits>=}) follows, so a password may hold {@code =} or the separator's character; with no
 * such separator on its line within {@value #MAX_VALUE} characters, to the first separator. RawData is exactly as long
 * as its RawDataLength says when a separator or the line's end follows it. A value of asterisks (masked)
 * and a {@code <password>} placeholder stay.
 *
 * <p>Reads at most {@value #MAX_BACK} characters before the anchor, stopping at a line break or at the
 * same tag written earlier (a message holds each tag once; this keeps floods linear), and about
 * {@value #MAX_VALUE} times the separator's length after it; allocates nothing.
 */
public final class FixCredentialFieldDetector implements Detector {
  /** Farthest the message's BeginString is looked for before the tag: a Logon's header and its fields. */
  private static final int MAX_BACK = 2048;
  /** Longest value read; encrypted passwords and signatures in RawData are a few hundred characters. */
  private static final int MAX_VALUE = 1024;
  /** Longest separator: {@code <SOH>} and backslash-u0001 are six characters at most with blanks. */
  private static final int MAX_SEPARATOR = 7;
  /** Separators that are written as letters or digits; others are runs of symbols and blanks. */
  private static final String[] NAMED_SEPARATORS = {"^A", "\\u0001", "\\x01", "\\001", "<SOH>", "[SOH]"};

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int start = messageStart(text, anchorStart, anchorEnd);
    if (start < 0) {
      return NO_MATCH;
    }
    int versionEnd = start + 5; // past "8=FIX"
    while (versionEnd < anchorStart && versionEnd < start + 16 && isVersionChar(text.charAt(versionEnd))) {
      versionEnd++;
    }
    int firstTag = firstTagAfter(text, versionEnd, anchorStart);
    if (firstTag < 0) {
      return NO_MATCH;
    }
    int sepLength = firstTag - versionEnd;
    if (!isSeparator(text, versionEnd, firstTag) || !separatorAt(text, anchorStart - sepLength, versionEnd, sepLength)
        || endedBefore(text, versionEnd, sepLength, start, anchorStart)) {
      return NO_MATCH;
    }
    int end;
    if (KeyNames.regionEquals(text, anchorStart, "96=")) { // RawData of a Logon, right after its length
      int length = rawDataLength(text, anchorStart - sepLength, versionEnd, sepLength);
      if (length < 0 || !isLogon(text, firstTag, versionEnd, sepLength)) {
        return NO_MATCH;
      }
      end = anchorEnd + length;
      if (end > text.length() || end < text.length() && !separatorAt(text, end, versionEnd, sepLength)
          && !isLineBreak(text.charAt(end))) {
        end = valueEnd(text, anchorEnd, versionEnd, sepLength);
      }
    } else {
      end = valueEnd(text, anchorEnd, versionEnd, sepLength);
    }
    return end > anchorEnd && !masked(text, anchorEnd, end) && !(text.charAt(anchorEnd) == '<'
        && text.charAt(end - 1) == '>') ? Detector.pack(anchorEnd, end) : NO_MATCH; // <password>: documentation
  }

  /**
   * Where the nearest {@code 8=FIX} before the anchor on its line starts (not after a digit but that of an
   * escaped SOH); -1 if a line break, the text's start, the same tag written earlier or {@value #MAX_BACK}
   * characters come first.
   */
  private static int messageStart(CharSequence text, int anchorStart, int anchorEnd) {
    char first = text.charAt(anchorStart);
    for (int i = anchorStart - 1; i >= 0 && i >= anchorStart - MAX_BACK; i--) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        return -1;
      }
      if (c == '8' && KeyNames.regionEquals(text, i, "8=FIX") && (i == 0 || !KeyNames.isDigit(text.charAt(i - 1))
          || namedSeparatorBefore(text, i))) {
        return i; // not 58=FIX (a Text field); after the last message's escaped SOH, though
      }
      if (c == first && Detector.sameAnchorAt(text, i, anchorStart, anchorEnd)) {
        return -1; // the tag again: another message's, or a flood, each hit reads back to the last
      }
    }
    return -1;
  }

  /** Whether SOH written out with a digit last (backslash-u0001, backslash-x01) ends just before {@code i}. */
  private static boolean namedSeparatorBefore(CharSequence text, int i) {
    for (String named : NAMED_SEPARATORS) {
      if (KeyNames.regionEquals(text, i - named.length(), named)) {
        return true;
      }
    }
    return false;
  }

  /** FIX.4.4, FIXT.1.1, FIX.5.0SP2: the BeginString's value. */
  private static boolean isVersionChar(char c) {
    return KeyNames.isAlnum(c) || c == '.';
  }

  /** Where BodyLength ({@code 9=}) or, when a log leaves it out, MsgType ({@code 35=}) starts after the version. */
  private static int firstTagAfter(CharSequence text, int versionEnd, int limit) {
    for (int k = versionEnd + 1; k <= versionEnd + MAX_SEPARATOR && k < limit; k++) {
      if (KeyNames.regionEquals(text, k, "9=") || KeyNames.regionEquals(text, k, "35=")) {
        return k;
      }
    }
    return -1;
  }

  /** Symbols and blanks, or SOH written out ({@code ^A}, {@code <SOH>}…) with blanks around it. */
  private static boolean isSeparator(CharSequence text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && text.charAt(s) == ' ') {
      s++;
    }
    while (e > s && text.charAt(e - 1) == ' ') {
      e--;
    }
    for (String named : NAMED_SEPARATORS) {
      if (e - s == named.length() && KeyNames.regionEquals(text, s, named)) {
        return true;
      }
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (KeyNames.isAlnum(c) || isLineBreak(c) || c == '=') {
        return false;
      }
    }
    return true;
  }

  /** Whether the separator {@code text[sep, sep + length)} is written at {@code i} too. */
  private static boolean separatorAt(CharSequence text, int i, int sep, int length) {
    if (i < 0 || i + length > text.length()) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (text.charAt(i + k) != text.charAt(sep + k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text} holds a tag, one to five digits and {@code =}, at {@code i}. */
  private static boolean tagAt(CharSequence text, int i) {
    int k = i;
    while (k < text.length() && k < i + 6 && KeyNames.isDigit(text.charAt(k))) {
      k++;
    }
    return k > i && k < i + 6 && k < text.length() && text.charAt(k) == '=';
  }

  /**
   * Whether the CheckSum field ({@code 10=}), which ends a message, starts a field between the message's
   * start and the anchor: the tag then belongs to the text after the message. Reads that stretch once.
   */
  private static boolean endedBefore(CharSequence text, int sep, int sepLength, int start, int anchorStart) {
    for (int i = start + sepLength; i + 3 <= anchorStart; i++) {
      if (text.charAt(i) == '1' && KeyNames.regionEquals(text, i, "10=") && separatorAt(text, i - sepLength, sep,
          sepLength)) {
        return true;
      }
    }
    return false;
  }

  /** The value of the RawDataLength field that ends at {@code fieldStart} (its separator's start); -1 if none. */
  private static int rawDataLength(CharSequence text, int fieldStart, int sep, int sepLength) {
    int i = fieldStart;
    int length = 0;
    int scale = 1;
    while (i > 0 && fieldStart - i < 4 && KeyNames.isDigit(text.charAt(i - 1))) {
      length += (text.charAt(i - 1) - '0') * scale;
      scale *= 10;
      i--;
    }
    if (i == fieldStart || length == 0 || length > MAX_VALUE || i < 3 || !KeyNames.regionEquals(text, i - 3, "95=")
        || !separatorAt(text, i - 3 - sepLength, sep, sepLength)) {
      return -1;
    }
    return length;
  }

  /** Whether the message's type is Logon: {@code 35=A} is its first tag or follows BodyLength. */
  private static boolean isLogon(CharSequence text, int firstTag, int sep, int sepLength) {
    int i = firstTag;
    if (text.charAt(i) == '9') {
      i += 2;
      while (i < text.length() && i < firstTag + 9 && KeyNames.isDigit(text.charAt(i))) {
        i++;
      }
      if (!separatorAt(text, i, sep, sepLength)) {
        return false;
      }
      i += sepLength;
    }
    return KeyNames.regionEquals(text, i, "35=A") && (separatorAt(text, i + 4, sep, sepLength));
  }

  /**
   * Where the value starting at {@code i} ends: at the next separator a tag follows, or, with none before
   * the line's end or {@value #MAX_VALUE} characters, at the first separator, else there.
   */
  private static int valueEnd(CharSequence text, int i, int sep, int sepLength) {
    int n = text.length();
    int firstSeparator = -1;
    int j = i;
    for (; j < n && j < i + MAX_VALUE && !isLineBreak(text.charAt(j)); j++) {
      if (separatorAt(text, j, sep, sepLength)) {
        if (tagAt(text, j + sepLength)) {
          return j;
        }
        if (firstSeparator < 0) {
          firstSeparator = j;
        }
      }
    }
    return firstSeparator >= 0 ? firstSeparator : j; // a password holding the separator, at a message's end
  }

  /** A value of asterisks: masked already by the engine that logged it. */
  private static boolean masked(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) != '*') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** The tag follows a separator: symbols, blanks, or the last character of ^A, backslash-u0001 or {@code <SOH>}. */
  @Override
  public boolean rejectsAnchorAfter(char c) {
    return KeyNames.isDigit(c) && c != '1' || KeyNames.isAlnum(c) && c != 'A' && !KeyNames.isDigit(c) || c == '=';
  }

  @Override
  public int window() {
    return Math.max(MAX_BACK, MAX_VALUE * (MAX_SEPARATOR + 1));
  }
}
