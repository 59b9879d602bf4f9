package dev.redact4j.internal.engine;

/**
 * The passwords of a Redis ACL rule: {@code ACL SETUSER alice on ><pw> ~* +@all} (also as
 * {@code MONITOR} prints it, each argument quoted: {@code "SETUSER" "alice" "on" "><pw>"}).
 * A {@code >} rule adds a password and a {@code <} rule removes one; both show it. The span runs
 * from the first such password to the last (rules between are hidden too).
 *
 * <p>Reads at most {@value #REACH} characters after the anchor ({@code setuser}), up to the line's
 * end or the anchor's next occurrence; allocates nothing.
 */
public final class AclPasswordDetector implements Detector {
  private static final int REACH = 512;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    if (anchorStart > 0 && KeyNames.isAlnum(text.charAt(anchorStart - 1))) {
      return NO_MATCH;
    }
    int limit = Math.min(text.length(), anchorEnd + REACH);
    int first = -1;
    int last = -1;
    for (int i = anchorEnd; i + 2 < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || Detector.sameAnchorAt(text, i, anchorStart, anchorEnd)) {
        break;
      }
      if (c != ' ' && c != '\t') {
        continue;
      }
      int rule = text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\'' ? i + 2 : i + 1;
      if (rule + 1 >= limit || text.charAt(rule) != '>' && text.charAt(rule) != '<') {
        continue;
      }
      int start = rule + 1;
      int end = start;
      while (end < limit && text.charAt(end) > ' ' && text.charAt(end) != '"' && text.charAt(end) != '\'') {
        end++;
      }
      if (end - start >= 4 && !ValueShapes.isPlaceholder(text, start, end, true)) {
        first = first < 0 ? start : first;
        last = end;
      }
      i = end - 1;
    }
    return first < 0 ? NO_MATCH : Detector.pack(first, last);
  }

  @Override
  public int window() {
    return REACH + 16;
  }
}
