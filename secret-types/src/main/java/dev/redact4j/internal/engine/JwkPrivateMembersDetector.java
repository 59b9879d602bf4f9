package dev.redact4j.internal.engine;

/**
 * The private members of a JSON Web Key (RFC 7517/7518) in JSON, found by its {@code "kty"} member: an
 * RSA key's {@code d}, {@code p}, {@code q}, {@code dp}, {@code dq} and {@code qi}, an EC or OKP key's
 * {@code d}, a symmetric key's {@code k}. A public key ({@code n} and {@code e}, {@code x} and {@code y}
 * alone) stays. The span runs from the first private value to the last, so public members between them
 * are hidden too; a value must be 16 or more base64url characters. Quotes escaped for a JSON string
 * ({@code \"d\":\"...\"}) count as quotes.
 *
 * <p>Reads the key's object from its opening brace up to its closing one, at most {@value #MAX_OBJECT}
 * characters either side of the anchor, and stops where another {@code "kty"} starts (that one reads its
 * own object), so each character is read by two hits at most; allocates nothing.
 */
public final class JwkPrivateMembersDetector implements Detector {
  private static final int MAX_OBJECT = 8192;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    if (anchorStart == 0 || text.charAt(anchorStart - 1) != '"' || anchorEnd >= n || text.charAt(anchorEnd) != '"'
        && text.charAt(anchorEnd) != '\\') {
      return NO_MATCH; // a member's name, not the word
    }
    int floor = Math.max(0, anchorStart - MAX_OBJECT);
    int open = anchorStart - 1;
    while (open >= floor && text.charAt(open) != '{') {
      if (text.charAt(open) == '}' || otherKty(text, open, anchorStart)) {
        return NO_MATCH; // not this key's object, or another key's member names it
      }
      open--;
    }
    if (open < floor) {
      return NO_MATCH;
    }
    int ceiling = Math.min(n, anchorEnd + MAX_OBJECT);
    int first = -1;
    int last = -1;
    int nameStart = -1;
    int nameEnd = -1;
    boolean inValue = false; // after a name's colon: the next string is its value
    for (int i = open + 1; i < ceiling; i++) {
      char c = text.charAt(i);
      if (c == '}' || otherKty(text, i, anchorStart)) {
        break;
      }
      if (c == ':') {
        inValue = true;
      } else if (c == ',') {
        inValue = false;
      } else if (c == '"') {
        int end = i + 1;
        while (end < ceiling && text.charAt(end) != '"' && text.charAt(end) != '\\') {
          end++;
        }
        if (inValue) {
          if (privateMember(text, nameStart, nameEnd) && keyMaterial(text, i + 1, end)) {
            first = first < 0 ? i + 1 : first;
            last = end;
          }
          inValue = false;
        } else {
          nameStart = i + 1;
          nameEnd = end;
        }
        // the loop steps past the closing quote, and past an escaped one's backslash too
        i = end + 1 < ceiling && text.charAt(end) == '\\' && text.charAt(end + 1) == '"' ? end + 1 : end;
      }
    }
    return first < 0 ? NO_MATCH : Detector.pack(first, last);
  }

  /** Whether {@code "kty"} starts at {@code i}, other than the anchor's. */
  private static boolean otherKty(CharSequence text, int i, int anchorStart) {
    return i != anchorStart && text.charAt(i) == 'k' && KeyNames.regionEquals(text, i, "kty")
        && i > 0 && text.charAt(i - 1) == '"';
  }

  /**
   * 16 or more base64url characters: the shortest private member (a 128-bit {@code k}) has 22, so a
   * placeholder ({@code <d>}, {@code %s}) or an empty value is none.
   */
  private static boolean keyMaterial(CharSequence text, int start, int end) {
    if (end - start < 16) {
      return false;
    }
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (!KeyNames.isAlnum(c) && c != '-' && c != '_' && c != '=') {
        return false;
      }
    }
    return true;
  }

  private static boolean privateMember(CharSequence text, int start, int end) {
    if (start < 0) {
      return false;
    }
    int len = end - start;
    char a = len > 0 ? text.charAt(start) : 0;
    if (len == 1) {
      return a == 'd' || a == 'p' || a == 'q' || a == 'k';
    }
    char b = len == 2 ? text.charAt(start + 1) : 0;
    return len == 2 && (a == 'd' && (b == 'p' || b == 'q') || a == 'q' && b == 'i');
  }

  @Override
  public int window() {
    return 2 * MAX_OBJECT + 8;
  }
}
