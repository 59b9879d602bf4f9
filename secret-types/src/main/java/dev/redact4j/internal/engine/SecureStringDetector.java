package dev.redact4j.internal.engine;

/**
 * The plain text PowerShell turns into a {@code SecureString}, found from its {@code -AsPlainText}
 * switch (the anchor) whatever variable receives it: {@code ConvertTo-SecureString "<pw>" -AsPlainText},
 * {@code ConvertTo-SecureString -String '<pw>' -AsPlainText -Force}, {@code "<pw>" | ConvertTo-SecureString
 * -AsPlainText -Force} and {@code ConvertTo-SecureString -AsPlainText -Force -String "<pw>"}. Script-block
 * and transcript logs record these lines as written. Only a quoted literal, or an unquoted word right after
 * the cmdlet ({@code ConvertTo-SecureString <pw> -AsPlainText}), is hidden; a variable ({@code $plain}) is not a
 * value.
 *
 * <p>Reads at most {@value #REACH} characters on either side of the anchor, within its line;
 * allocates nothing.
 */
public final class SecureStringDetector implements Detector {
  private static final int REACH = 256;
  private static final String CMDLET = "convertto-securestring";

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    // A quote before the switch is its argument, whatever it holds; only without one is the text after read.
    long quoted = quotedBefore(text, anchorStart);
    if (quoted == NO_MATCH) {
      quoted = quotedAfter(text, anchorEnd);
    }
    if (quoted == NO_MATCH) {
      quoted = barewordBefore(text, anchorStart);
    }
    return quoted == NO_MATCH ? NO_MATCH : literal(text, Detector.start(quoted), Detector.end(quoted));
  }

  /**
   * The unquoted word of {@code ConvertTo-SecureString <pw> -AsPlainText} (or after {@code -String}), which
   * PowerShell reads as a string; not a variable, an expression or an option.
   */
  private static long barewordBefore(CharSequence text, int anchorStart) {
    int floor = Math.max(0, anchorStart - REACH);
    int end = skipBlanksBack(text, anchorStart, floor);
    int start = end;
    while (start > floor && text.charAt(start - 1) > ' ') {
      start--;
    }
    if (end == anchorStart || start == end || start == floor || "$(-@'\"".indexOf(text.charAt(start)) >= 0) {
      return NO_MATCH;
    }
    int i = skipBlanksBack(text, start, floor);
    if (i - 7 >= floor && KeyNames.regionEqualsIgnoreCase(text, i - 7, "-string")) {
      i = skipBlanksBack(text, i - 7, floor);
    }
    int cmdlet = i - CMDLET.length();
    return cmdlet >= floor && KeyNames.regionEqualsIgnoreCase(text, cmdlet, CMDLET)
        && (cmdlet == 0 || text.charAt(cmdlet - 1) <= ' ' || text.charAt(cmdlet - 1) == '(')
        ? Detector.pack(start, end) : NO_MATCH;
  }

  /**
   * The quoted text of {@code '<pw>' -AsPlainText}, {@code -String '<pw>' -AsPlainText} or
   * {@code '<pw>' | ConvertTo-SecureString -AsPlainText}, or {@link #NO_MATCH} if no quote is there.
   */
  private static long quotedBefore(CharSequence text, int anchorStart) {
    int floor = Math.max(0, anchorStart - REACH);
    int i = skipBlanksBack(text, anchorStart, floor);
    if (i == anchorStart) {
      return NO_MATCH; // "-AsPlainText" quoted itself: a word, not a switch
    }
    if (i - CMDLET.length() >= floor && KeyNames.regionEqualsIgnoreCase(text, i - CMDLET.length(), CMDLET)) {
      i = skipBlanksBack(text, i - CMDLET.length(), floor);
      if (i <= floor || text.charAt(i - 1) != '|') {
        return NO_MATCH;
      }
      i = skipBlanksBack(text, i - 1, floor);
    }
    if (i <= floor || !isQuote(text.charAt(i - 1))) {
      return NO_MATCH;
    }
    char quote = text.charAt(i - 1);
    // Inside a JSON string the quotes are escaped (\"<pw>\"): the backslashes stay outside the span.
    boolean escaped = i - 2 >= floor && text.charAt(i - 2) == '\\';
    int close = escaped ? i - 2 : i - 1;
    int open = close - 1;
    while (open >= floor && text.charAt(open) != '\n'
        && !(text.charAt(open) == quote && (!escaped || (open > floor && text.charAt(open - 1) == '\\')))) {
      open--;
    }
    // '' inside '...' is PowerShell's quote, not the literal's opening: read on past the pair
    while (!escaped && quote == '\'' && open > floor && text.charAt(open - 1) == '\'' && open + 1 < close) {
      open -= 2;
      while (open >= floor && text.charAt(open) != '\n' && text.charAt(open) != quote) {
        open--;
      }
    }
    return open >= floor && text.charAt(open) == quote ? Detector.pack(open + 1, close) : NO_MATCH;
  }

  /** The quoted text of {@code -AsPlainText '<pw>'} or {@code -AsPlainText -Force -String '<pw>'}. */
  private static long quotedAfter(CharSequence text, int anchorEnd) {
    int limit = Math.min(text.length(), anchorEnd + REACH);
    int i = skipBlanks(text, anchorEnd, limit);
    if (i == anchorEnd) {
      return NO_MATCH;
    }
    for (int words = 0; words < 2 && i < limit && text.charAt(i) == '-'; words++) {
      if (KeyNames.regionEqualsIgnoreCase(text, i, "-force")) {
        i = skipBlanks(text, i + "-force".length(), limit);
      } else if (KeyNames.regionEqualsIgnoreCase(text, i, "-string")) {
        i = skipBlanks(text, i + "-string".length(), limit);
      } else {
        return NO_MATCH;
      }
    }
    boolean escaped = i + 1 < limit && text.charAt(i) == '\\';
    if (escaped) {
      i++;
    }
    if (i >= limit || !isQuote(text.charAt(i))) {
      return NO_MATCH;
    }
    char quote = text.charAt(i);
    int close = doubledQuoteEnd(text, i + 1, quote, limit);
    while (close < limit && text.charAt(close) != '\n'
        && !(text.charAt(close) == quote && (!escaped || text.charAt(close - 1) == '\\'))) {
      close++;
      close = doubledQuoteEnd(text, close, quote, limit);
    }
    return close < limit && text.charAt(close) == quote ? Detector.pack(i + 1, escaped ? close - 1 : close) : NO_MATCH;
  }

  /**
   * The index past a doubled single quote ({@code ''}, PowerShell's quote inside a single-quoted literal) at
   * {@code i}, or {@code i} itself when none is there.
   */
  private static int doubledQuoteEnd(CharSequence text, int i, char quote, int limit) {
    while (quote == '\'' && i + 1 < limit && text.charAt(i) == '\'' && text.charAt(i + 1) == '\'') {
      i += 2;
    }
    return i;
  }

  /**
   * The quoted text as a value, unless it is shorter than four characters, a variable or a placeholder.
   * PowerShell expands {@code $name} only in double quotes: in single quotes a {@code $} is the text's own.
   */
  private static long literal(CharSequence text, int start, int end) {
    boolean single = start > 0 && text.charAt(start - 1) == '\'';
    if (end - start < 4 || ValueShapes.isPlaceholder(text, start, end, single)) {
      return NO_MATCH;
    }
    return Detector.pack(start, end);
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\'';
  }

  private static int skipBlanks(CharSequence text, int i, int limit) {
    while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static int skipBlanksBack(CharSequence text, int i, int floor) {
    while (i > floor && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
      i--;
    }
    return i;
  }

  @Override
  public int window() {
    return REACH;
  }
}
