package dev.redact4j.internal.engine;

/**
 * A token that is often written next to its partner: an AWS access key id followed, within a few
 * separator characters, by its 40-character secret ({@code 'AKIA...' 'wJalr...'}, {@code AKIA...:secret}).
 * The first detector finds the token; when a run of exactly {@code length} characters of
 * {@code partner} follows after at most {@code maxGap} separators, the span covers both. Between tabs a
 * timestamp may stand between them, as the AWS CLI's {@code --output text} sorts a credential's fields
 * ({@code AKIA...<tab>2024-05-01T10:00:00+00:00<tab>secret}); the span then covers the timestamp too.
 */
public final class PairedDetector implements Detector {
  private final Detector first;
  private final CharClass partner;
  private final int length;
  private final int maxGap;
  /** Longest timestamp field read between the token and its partner. */
  private static final int MAX_TIMESTAMP = 35;

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
    if (i == end + 1 && text.charAt(end) == '\t') {
      i = afterTimestampField(text, i);
    }
    int runEnd = partner.skip(text, i, i + length + 1);
    if (runEnd - i == length && Validators.DIGIT_AND_LETTER.valid(text, i, runEnd)) {
      return Detector.pack(Detector.start(span), runEnd);
    }
    return span;
  }

  /**
   * Where the field after a timestamp field at {@code i} starts ({@code 2024-05-01T10:00:00+00:00} then a tab),
   * or {@code i} when no such field starts there. Reads at most {@link #MAX_TIMESTAMP} + 1 characters.
   */
  private static int afterTimestampField(CharSequence text, int i) {
    int n = text.length();
    int limit = Math.min(n, i + MAX_TIMESTAMP);
    int j = i;
    while (j < limit && isTimestampChar(text.charAt(j))) {
      j++;
    }
    // a date at least (10 characters, starting with a digit and a dash at the fifth), then a tab
    boolean date = j - i >= 10 && KeyNames.isDigit(text.charAt(i)) && text.charAt(i + 4) == '-';
    return date && j < n && text.charAt(j) == '\t' ? j + 1 : i;
  }

  private static boolean isTimestampChar(char c) {
    return KeyNames.isDigit(c) || c == '-' || c == ':' || c == 'T' || c == '+' || c == '.' || c == 'Z';
  }

  private static boolean isGap(char c) {
    return c == ' ' || c == '\t' || c == '\'' || c == '"' || c == ':' || c == '=' || c == ',' || c == ';'
        || c == '|';
  }

  @Override
  public int window() {
    return first.window() + maxGap + MAX_TIMESTAMP + 1 + length + 1;
  }
}
