package dev.redact4j.internal.engine;

/**
 * The password of a PostgreSQL {@code .pgpass} line, {@code hostname:port:database:username:password}
 * (the last field after {@code db.example.com:5432:orders:app:}), anchored on the port with its colons
 * ({@code :5432:}, {@code :*:}). Only the unambiguous shape: a host name (or {@code *}) that starts its
 * line, a blank, a quote, {@code =} or {@code >}; then exactly five fields, none empty and none holding a
 * blank; the password ends the line, a blank, a quote or (after {@code >}) an end tag, holds no further
 * unescaped {@code :} and is no plain word or placeholder ({@code *:*:*:app:app}, {@code $PGPASSWORD}). A
 * timestamp ({@code 12:30:45}) has no such shape.
 *
 * <p>Reads at most {@value #MAX_FIELD} characters before the anchor and three fields after it; allocates
 * nothing.
 */
public final class PgpassDetector implements Detector {
  private static final int MAX_FIELD = 256;

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int host = anchorStart;
    int floor = Math.max(0, anchorStart - MAX_FIELD);
    while (host > floor && hostChar(text.charAt(host - 1))) {
      host--;
    }
    boolean escapedBreak = host > 0 && text.charAt(host - 1) == '\\' && text.charAt(host) == 'n';
    if (escapedBreak) {
      host++; // a literal \n before the line, inside a JSON string
    }
    if (host == anchorStart || host > 0 && !escapedBreak && !startsField(text.charAt(host - 1))) {
      return NO_MATCH;
    }
    int database = field(text, anchorEnd);
    if (database < 0) {
      return NO_MATCH;
    }
    int user = field(text, database + 1);
    if (user < 0) {
      return NO_MATCH;
    }
    int start = user + 1;
    int end = start;
    int limit = Math.min(text.length(), start + MAX_FIELD);
    // an element's text (<include>g:a:*:*:test</include>, Maven's artifact patterns) ends at its end tag
    boolean elementText = host > 0 && text.charAt(host - 1) == '>';
    while (end < limit) {
      char c = text.charAt(end);
      if (c <= ' ' || c == '"' || c == '\'' || c == '`' || c == '<' && elementText
          || c == '\\' && end + 1 < limit && text.charAt(end + 1) == 'n') {
        break;
      }
      if (c == ':') {
        return NO_MATCH; // a sixth field: not a .pgpass line
      }
      end += c == '\\' ? 2 : 1; // \: and \\ are escaped in .pgpass
    }
    end = Math.min(end, limit);
    int word = end;
    while (word > start && ",.;)]}".indexOf(text.charAt(word - 1)) >= 0) {
      word--; // the punctuation that closes prose or code after a plain word: app:app}, app:app.
    }
    if (end - start < 4 || ValueShapes.isPlaceholder(text, start, end)
        || !ValueShapes.looksSecret(text, start, word, 12)) {
      return NO_MATCH;
    }
    return Detector.pack(start, end);
  }

  /** Index of the {@code :} that ends a database or user field starting at {@code i}; -1 if none. */
  private static int field(CharSequence text, int i) {
    int limit = Math.min(text.length(), i + 64);
    int j = i;
    while (j < limit) {
      char c = text.charAt(j);
      if (c == ':') {
        return j > i ? j : -1;
      }
      if (c <= ' ' || c == '"' || c == '\'' || c == '/' || c == '@' || c == '=') {
        return -1;
      }
      j++;
    }
    return -1;
  }

  private static boolean hostChar(char c) {
    return KeyNames.isAlnum(c) || c == '.' || c == '-' || c == '_' || c == '*';
  }

  private static boolean startsField(char c) {
    return c <= ' ' || c == '"' || c == '\'' || c == '`' || c == '=' || c == '>';
  }

  @Override
  public int window() {
    return 2 * MAX_FIELD + 2 * 64;
  }
}
