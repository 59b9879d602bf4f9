package dev.redact4j.internal.engine;

/**
 * The passwords a JAAS login module entry lists for its users, as Kafka's {@code PlainLoginModule}
 * takes them: {@code ... LoginModule required username="admin" password="..." user_admin="<pw>"
 * user_alice="<pw>";}. Each {@code user_<name>} option is a password whatever the name, so no key
 * word finds it. The span runs from the first such value to the last (names between are hidden too),
 * also inside a JSON string ({@code user_alice=\"<pw>\"}).
 *
 * <p>Reads at most {@value #REACH} characters after the anchor ({@code LoginModule}), up to the
 * entry's {@code ;} or the anchor's next occurrence; allocates nothing.
 */
public final class JaasUsersDetector implements Detector {
  private static final int REACH = 2048;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int limit = Math.min(text.length(), anchorEnd + REACH);
    int first = -1;
    int last = -1;
    for (int i = anchorEnd; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ';' || Detector.sameAnchorAt(text, i, anchorStart, anchorEnd)) {
        break;
      }
      if (!(c == ' ' || c == '\t' || c == '\n') || !KeyNames.regionEqualsIgnoreCase(text, i + 1, "user_")) {
        continue;
      }
      int j = i + 1 + "user_".length();
      while (j < limit && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '-'
          || text.charAt(j) == '.')) {
        j++;
      }
      if (j + 2 >= limit || text.charAt(j) != '=') {
        continue;
      }
      boolean escaped = text.charAt(j + 1) == '\\';
      int open = escaped ? j + 2 : j + 1;
      if (open >= limit || text.charAt(open) != '"') {
        continue;
      }
      int close = open + 1;
      while (close < limit && text.charAt(close) != '\n'
          && !(text.charAt(close) == '"' && (!escaped || text.charAt(close - 1) == '\\'))) {
        close++;
      }
      int end = escaped ? close - 1 : close;
      if (close >= limit || text.charAt(close) != '"' || end <= open + 1
          || ValueShapes.isPlaceholder(text, open + 1, end)) {
        continue;
      }
      if (first < 0) {
        first = open + 1;
      }
      last = end;
      i = close;
    }
    return first < 0 ? NO_MATCH : Detector.pack(first, last);
  }

  @Override
  public int window() {
    return REACH;
  }
}
