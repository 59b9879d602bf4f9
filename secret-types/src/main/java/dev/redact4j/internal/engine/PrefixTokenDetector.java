package dev.redact4j.internal.engine;

/**
 * A token that starts with a fixed prefix (the anchor), such as {@code ghp_}, {@code xoxb-} or
 * {@code AKIA}, followed by a body of one character class.
 *
 * <p>The body is the longest run of body characters after the prefix, read up to {@code maxBody + 1}
 * characters. A run shorter than {@code minBody} is no match. A run longer than {@code maxBody} is a
 * match when the rule is lenient (the near-miss is hidden whole, up to the read limit) and no match
 * when it is {@code exact}. Exact rules are for weak prefixes where a wrong length means "not this
 * format". The character before the prefix must not be a letter or digit, so prefixes inside longer
 * words are not taken.
 */
public final class PrefixTokenDetector implements Detector {
  /** Longest near-miss run a lenient rule hides past its maximum. */
  private static final int LENIENT_EXTRA = 256;

  private final CharClass body;
  private final int minBody;
  private final int maxBody;
  private final boolean exact;
  private final boolean wordStart;
  private final Validator validator;

  public PrefixTokenDetector(CharClass body, int minBody, int maxBody, boolean exact, boolean wordStart,
      Validator validator) {
    if (minBody < 1 || maxBody < minBody) {
      throw new IllegalArgumentException("Bad body length range " + minBody + ".." + maxBody);
    }
    this.body = body;
    this.minBody = minBody;
    this.maxBody = maxBody;
    this.exact = exact;
    this.wordStart = wordStart;
    this.validator = validator;
  }

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    if (wordStart && anchorStart > 0 && CharClass.ALNUM.contains(text.charAt(anchorStart - 1))) {
      return NO_MATCH;
    }
    int limit = anchorEnd + (exact ? maxBody + 1 : maxBody + LENIENT_EXTRA);
    int end = body.skip(text, anchorEnd, limit);
    int length = end - anchorEnd;
    if (length < minBody) {
      return NO_MATCH;
    }
    if (exact && (length > maxBody || (end < text.length() && CharClass.ALNUM.contains(text.charAt(end))))) {
      return NO_MATCH;
    }
    if (!validator.valid(text, anchorStart, end)) {
      return NO_MATCH;
    }
    return Detector.pack(anchorStart, end);
  }

  @Override
  public int window() {
    return maxBody + LENIENT_EXTRA + 1;
  }
}
