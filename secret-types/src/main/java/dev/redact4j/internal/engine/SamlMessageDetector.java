package dev.redact4j.internal.engine;

/**
 * The value of a SAML 2.0 {@code SAMLResponse} or {@code SAMLart} parameter, the names the HTTP-POST,
 * HTTP-Redirect and HTTP-Artifact bindings give them (exact case): a response carries the signed assertion,
 * a bearer credential until it expires, and an artifact resolves to one. The anchor is {@code SAML}; the
 * rest of the name follows it, then {@code =} or {@code :} (quotes and blanks around it allowed), or a HAR
 * export's {@code "SAMLResponse", "value": "...}. The value is 40 or more characters of base64, base64url
 * or their percent-encoding, with both cases and a digit; {@code SAMLRequest} and {@code RelayState} stay.
 *
 * <p>Reads at most {@value #MAX_VALUE} characters of the value, and stops where the anchor occurs again;
 * allocates nothing.
 */
public final class SamlMessageDetector implements Detector {
  /**
   * An encrypted response with certificates and many attributes runs past 30 KiB of base64. Reading this far
   * costs nothing elsewhere: a value stops where the anchor occurs again, so no character is read twice.
   */
  private static final int MAX_VALUE = 1 << 16;
  private static final int MIN_VALUE = 40;
  private static final String[] NAMES = {"Response", "art"};

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    int i = -1;
    for (String name : NAMES) {
      if (KeyNames.regionEquals(text, anchorEnd, name)) {
        i = anchorEnd + name.length();
      }
    }
    if (i < 0 || i < n && KeyNames.isAlnum(text.charAt(i))) {
      return NO_MATCH; // SAMLRequest, SAMLResponseHandler
    }
    i = skip(text, i, "\"' ");
    if (i < n && text.charAt(i) == ',') {
      i = skip(text, i + 1, " ");
      if (!KeyNames.regionEquals(text, i, "\"value\"")) {
        return NO_MATCH;
      }
      i += "\"value\"".length(); // a HAR entry: {"name": "SAMLResponse", "value": "..."}
      i = skip(text, i, " ");
    }
    if (i >= n || text.charAt(i) != '=' && text.charAt(i) != ':') {
      return NO_MATCH;
    }
    int start = skip(text, i + 1, "\"' ");
    int limit = Math.min(n, start + MAX_VALUE);
    int end = start;
    while (end < limit && valueChar(text.charAt(end))
        && !(text.charAt(end) == 'S' && Detector.anchorAgain(text, end, anchorStart, anchorEnd))) {
      end++;
    }
    int all = ValueShapes.LOWER | ValueShapes.UPPER | ValueShapes.DIGIT;
    return end - start >= MIN_VALUE && (ValueShapes.charKinds(text, start, end) & all) == all
        ? Detector.pack(start, end) : NO_MATCH;
  }

  private static int skip(CharSequence text, int i, String chars) {
    int limit = Math.min(text.length(), i + 8);
    while (i < limit && chars.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** Base64, base64url and percent-encoding. */
  private static boolean valueChar(char c) {
    return KeyNames.isAlnum(c) || c == '+' || c == '/' || c == '=' || c == '%' || c == '-' || c == '_';
  }

  @Override
  public int window() {
    return MAX_VALUE + 64;
  }
}
