package dev.redact4j.internal.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a user regex over the whole text through a {@link CharSequence} that counts the characters
 * the matcher reads. {@code java.util.regex} has no timeout; the count is the only portable brake on
 * a regex that backtracks. Past the budget the engine fails closed.
 */
public final class RegexDetector implements WholeTextDetector {
  /** Reads every text may use whatever its length. */
  static final long FIXED_ALLOWANCE = 10_000;

  private final Pattern pattern;
  private final int readsPerChar;
  private final boolean hasSecretGroup;

  public RegexDetector(Pattern pattern, int readsPerChar) {
    this.pattern = pattern;
    this.readsPerChar = readsPerChar;
    this.hasSecretGroup = pattern.pattern().contains("(?<secret>");
  }

  @Override
  public void findAll(CharSequence text, int rule, SpanBuffer out) {
    long budget = FIXED_ALLOWANCE + (long) readsPerChar * text.length();
    Matcher m = pattern.matcher(new BudgetedText(text, budget));
    while (m.find()) {
      int start = hasSecretGroup ? m.start("secret") : m.start();
      int end = hasSecretGroup ? m.end("secret") : m.end();
      if (start >= 0) {
        out.add(start, end, rule);
      }
    }
  }

  /** A view that throws once more than {@code budget} characters have been read through it. */
  static final class BudgetedText implements CharSequence {
    private final CharSequence text;
    private final int offset;
    private final int length;
    private final long[] remaining;

    BudgetedText(CharSequence text, long budget) {
      this(text, 0, text.length(), new long[] {budget});
    }

    private BudgetedText(CharSequence text, int offset, int length, long[] remaining) {
      this.text = text;
      this.offset = offset;
      this.length = length;
      this.remaining = remaining;
    }

    @Override
    public char charAt(int index) {
      if (--remaining[0] < 0) {
        throw new BudgetExceededException("A custom regex exceeded its read budget");
      }
      return text.charAt(offset + index);
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new BudgetedText(text, offset + start, end - start, remaining);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        sb.append(charAt(i));
      }
      return sb.toString();
    }
  }
}
