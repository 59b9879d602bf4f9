package dev.redact4j.internal.engine;

/**
 * Two-factor recovery (backup) codes as people paste them: after {@code recovery code}, {@code backup codes},
 * {@code 2FA codes} or {@code MFA codes} (any case), maybe a colon, or {@code below:} and a line break (a
 * quoted reply's {@code > } too), one or more codes separated by blanks: {@code xxxx-xxxx} (4 to 6 letters or
 * digits on each side of one hyphen) or 8 to 12 letters and digits with a digit. The list holds a digit
 * somewhere; it ends at the first word of another shape. Sentences ({@code backup codes are in the safe},
 * {@code recovery codes were regenerated}) stay.
 *
 * <p>Reads at most 12 characters before the anchor and {@value #MAX_LIST} after it; allocates nothing.
 */
public final class RecoveryCodesDetector implements Detector {
  private static final int MAX_LIST = 240;
  private static final String[] HEADS = {"recovery ", "backup ", "2fa ", "mfa "};

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    if (!headBefore(text, anchorStart)) {
      return NO_MATCH;
    }
    int n = text.length();
    int j = anchorEnd;
    if (j < n && (text.charAt(j) == 's' || text.charAt(j) == 'S')) {
      j++;
    }
    if (j < n && text.charAt(j) == ':') {
      j++;
    }
    if (j < n && text.charAt(j) == ' ') {
      int below = ProseValues.belowLine(text, j + 1);
      j = below > 0 ? below : j + 1;
    } else if (j < n && (text.charAt(j) == '\n' || text.charAt(j) == '\r')) {
      j += text.charAt(j) == '\r' && j + 1 < n && text.charAt(j + 1) == '\n' ? 2 : 1;
    }
    if (j + 1 < n && text.charAt(j) == '>' && text.charAt(j + 1) == ' ') {
      j += 2; // a quoted reply: > <codes>
    }
    int limit = Math.min(n, j + MAX_LIST);
    int start = j;
    int end = -1;
    boolean digit = false;
    while (j < limit) {
      int e = j;
      boolean codeDigit = false;
      int hyphens = 0;
      int hyphenAt = -1;
      while (e < limit && (KeyNames.isAlnum(text.charAt(e)) || text.charAt(e) == '-')) {
        codeDigit |= KeyNames.isDigit(text.charAt(e));
        if (text.charAt(e) == '-') {
          hyphens++;
          hyphenAt = e;
        }
        e++;
      }
      boolean code = hyphens == 1 ? hyphenAt - j >= 4 && hyphenAt - j <= 6 && e - hyphenAt - 1 >= 4
          && e - hyphenAt - 1 <= 6 : hyphens == 0 && e - j >= 8 && e - j <= 12 && codeDigit;
      if (!code || e < n && KeyNames.isAlnum(text.charAt(e))) {
        break;
      }
      digit |= codeDigit;
      end = e;
      j = e;
      while (j < limit && (text.charAt(j) == ' ' || text.charAt(j) == ',')) {
        j++;
      }
    }
    return end > start && digit ? Detector.pack(start, end) : NO_MATCH;
  }

  /** Whether one of {@link #HEADS} ends at {@code at}, as a word of its own. Reads at most 10 characters. */
  private static boolean headBefore(CharSequence text, int at) {
    for (String head : HEADS) {
      int s = at - head.length();
      if (s >= 0 && KeyNames.regionEqualsIgnoreCase(text, s, head)
          && (s == 0 || !KeyNames.isAlnum(text.charAt(s - 1)))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean rejectsAnchorFollowedBy(String literal, char c) {
    return KeyNames.isAlnum(c) && c != 's' && c != 'S';
  }

  @Override
  public int window() {
    return MAX_LIST + 16;
  }
}
