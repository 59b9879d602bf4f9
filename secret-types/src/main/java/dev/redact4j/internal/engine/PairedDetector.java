package dev.redact4j.internal.engine;

/**
 * A token that is often written next to its partner: an AWS access key id followed, within a few
 * separator characters, by its 40-character secret ({@code 'AKIA...' 'wJalr...'}, {@code AKIA...:secret}).
 * The first detector finds the token; when a run of exactly {@code length} characters of
 * {@code partner} follows after at most {@code maxGap} separators, the span covers both.
 */
public final class PairedDetector implements Detector {
  private final Detector first;
  private final CharClass partner;
  private final int length;
  private final int maxGap;

  public PairedDetector(Detector first, CharClass partner, int length, int maxGap) {
    this.first = first;
    this.partner = partner;
    this.length = length;
    this.maxGap = maxGap;
  }

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    long span = first.match(text, anchorStart, anchorEnd);
    if (span == NO_MATCH) {
      return span;
    }
    int end = Detector.end(span);
    int n = text.length();
    int i = end;
    int limit = Math.min(n, end + maxGap);
    while (i < limit && isGap(text.charAt(i))) {
      i++;
    }
    if (i == end || i >= n) {
      return span;
    }
    int runEnd = partner.skip(text, i, i + length + 1);
    if (runEnd - i == length && Validators.DIGIT_AND_LETTER.valid(text, i, runEnd)) {
      return Detector.pack(Detector.start(span), runEnd);
    }
    return span;
  }

  private static boolean isGap(char c) {
    return c == ' ' || c == '\t' || c == '\'' || c == '"' || c == ':' || c == '=' || c == ',' || c == ';'
        || c == '|';
  }

  @Override
  public int window() {
    return first.window() + maxGap + length + 1;
  }
}
