package dev.redact4j.internal.engine;

/**
 * The password of an IRC {@code IDENTIFY} sent to NickServ, as a client's raw log or a typed command shows
 * it: {@code PRIVMSG NickServ :IDENTIFY [account] <password>}, {@code /msg NickServ IDENTIFY <password>}.
 * The word right before the command must be {@code NickServ} (any case), with {@code :} or a blank
 * between, and one or two words (account, password of 4 or more characters) must end the line. So prose
 * that uses the word ({@code Please identify yourself to NickServ}) passes, as does a placeholder.
 *
 * <p>Reads at most 10 characters before the anchor and 2 × {@value #MAX_WORD} + 2 after it; allocates
 * nothing.
 */
public final class NickServIdentifyDetector implements Detector {
  private static final int MAX_WORD = 256;
  /** Services refuse shorter passwords (Atheme and Anope ask for 5 or more). */
  private static final int MIN_PASSWORD = 4;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    if (anchorEnd - anchorStart != 8 || anchorEnd >= n || text.charAt(anchorEnd) != ' ' || anchorStart < 9) {
      return NO_MATCH;
    }
    int before = anchorStart - 1;
    if (text.charAt(before) == ':' && text.charAt(before - 1) == ' ') {
      before--;
    }
    if (text.charAt(before) != ' ' || !KeyNames.regionEqualsIgnoreCase(text, before - 8, "nickserv")
        || before > 8 && KeyNames.isAlnum(text.charAt(before - 9))) {
      return NO_MATCH;
    }
    int start = anchorEnd + 1;
    int end = ValueEnds.blankAfter(text, start, MAX_WORD);
    if (end < n && text.charAt(end) == ' ') {
      start = end + 1; // IDENTIFY <account> <password>
      end = ValueEnds.blankAfter(text, start, MAX_WORD);
    }
    if (end - start < MIN_PASSWORD || end < n && text.charAt(end) != '\r' && text.charAt(end) != '\n'
        || ValueShapes.isPlaceholder(text, start, ValueEnds.trailingPunctuationStart(text, start, end))) {
      return NO_MATCH; // no word or a short one, more words, or a placeholder
    }
    return Detector.pack(start, end);
  }

  /** The command word is followed by a blank. */
  @Override
  public boolean rejectsAnchorFollowedBy(String literal, char c) {
    return c != ' ';
  }

  @Override
  public int window() {
    return 2 * MAX_WORD + 12;
  }
}
