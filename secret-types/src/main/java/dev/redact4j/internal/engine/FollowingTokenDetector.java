package dev.redact4j.internal.engine;

/**
 * A token that follows a fixed phrase after a short gap: {@code Unseal Key 1: <key>},
 * {@code vault operator unseal <key>}, Jenkins' {@code ...password to proceed to installation:}
 * followed by the password on a later line. The gap may hold only characters of {@code gap}, at most
 * {@code maxGap} of them; the token is a run of {@code min..max} characters of {@code body} that
 * is not part of a longer run and passes the validator.
 *
 * <p>Reads at most {@code maxGap + max + 1} characters after the anchor; allocates nothing.
 */
public final class FollowingTokenDetector implements Detector {
  private final CharClass gap;
  private final int maxGap;
  private final CharClass body;
  private final int min;
  private final int max;
  private final Validator validator;
  private final boolean searching;

  public FollowingTokenDetector(CharClass gap, int maxGap, CharClass body, int min, int max, Validator validator) {
    this(gap, maxGap, body, min, max, validator, false);
  }

  /**
   * @param searching when true, shorter or longer runs of {@code body} (words such as
   *     {@code "params"}) are stepped over within {@code maxGap}
   */
  public FollowingTokenDetector(CharClass gap, int maxGap, CharClass body, int min, int max, Validator validator,
      boolean searching) {
    this.searching = searching;
    this.gap = gap;
    this.maxGap = maxGap;
    this.body = body;
    this.min = min;
    this.max = max;
    this.validator = validator;
  }

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    if (anchorStart > 0 && KeyNames.isAlnum(text.charAt(anchorStart - 1))) {
      return NO_MATCH;
    }
    int limit = Math.min(n, anchorEnd + maxGap);
    int start = gap.skip(text, anchorEnd, limit);
    // Searching stops where the anchor comes again: that hit searches on by itself.
    while (start < limit && !Detector.anchorAgain(text, start, anchorStart, anchorEnd)) {
      int end = body.skipToAnchorAgain(text, start, start + max + 1, anchorStart, anchorEnd);
      end = quotedEnd(text, start, end, n);
      int length = end - start;
      if (length >= min && length <= max && validator.valid(text, start, end)) {
        return Detector.pack(start, end);
      }
      if (!searching || end == start) {
        return NO_MATCH;
      }
      start = gap.skip(text, end, limit); // a shorter run such as "params": look further
      if (start < limit && !gap.contains(text.charAt(start)) && !body.contains(text.charAt(start))) {
        return NO_MATCH;
      }
    }
    return NO_MATCH;
  }

  /**
   * Where a token that opens a quote ends: at the closing quote when a blank comes first and the
   * quote closes on its line ({@code requirepass "two words"}), else where the run ended.
   */
  private int quotedEnd(CharSequence text, int start, int end, int n) {
    char quote = start > 0 ? text.charAt(start - 1) : 0;
    if ((quote != '"' && quote != '\'') || end >= n || end - start >= max || (text.charAt(end) != ' ' && text.charAt(end) != '\t')) {
      return end;
    }
    int limit = Math.min(n, start + max);
    for (int j = end; j < limit; j++) {
      char c = text.charAt(j);
      if (c == quote) {
        return j;
      }
      if (c < ' ' && c != '\t') {
        break;
      }
    }
    return end;
  }

  /** Between the phrase and the token lie only gap characters and short words of the phrase. */
  @Override
  public boolean keyBeforeSpan() {
    return true;
  }

  @Override
  public int window() {
    return maxGap + max + 1;
  }
}
