package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.KeyValueDetector.MAX_KEY;
import static dev.redact4j.internal.engine.KeyValueDetector.MAX_VALUE;
import static dev.redact4j.internal.engine.KeyValueDetector.isQuote;
import static dev.redact4j.internal.engine.KeyValueDetector.skipBlanks;
import static dev.redact4j.internal.engine.ValueEnds.adoKeyAt;

/**
 * Values that own the rest of their line: whether a key stands where it owns its line though something
 * comes first (a Dockerfile {@code ENV} or {@code ARG}, csh's {@code setenv}, a build tool's level tag), and
 * where such a value ends: at the line break, a comment, the start of another {@code key=} or
 * {@code key: } pair, or past the lines a backslash continues it on. Static and allocation-free; each reads
 * at most 24 characters before the key, {@link KeyValueDetector#MAX_KEY} characters of a following pair's
 * key, and at most {@link KeyValueDetector#MAX_VALUE} characters of the value, continued lines included.
 */
final class LineValues {
  private LineValues() {}

  /** The level tags build tools start their lines with: Maven's {@code [DEBUG]}, sbt's {@code [info]}. */
  private static final KeyNames.Words LEVEL_TAGS = new KeyNames.Words("debug", "info", "warn", "warning", "error",
      "trace", "success");

  /**
   * Whether the key follows a Dockerfile {@code ENV} or {@code ARG} instruction (upper case, as
   * written by convention and echoed by {@code docker build}) or csh's {@code setenv}, at the start of
   * a line or after a build step's {@code :} or {@code #(nop)}. Reads at most 24 characters before the
   * key.
   */
  static boolean instructionBefore(CharSequence text, int keyStart) {
    int j = keyStart - 1;
    int limit = Math.max(0, keyStart - 8);
    if (j < 0 || (text.charAt(j) != ' ' && text.charAt(j) != '\t')) {
      return false;
    }
    while (j > limit && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\t')) {
      j--;
    }
    int wordStart;
    if (j >= 3 && (KeyNames.regionEquals(text, j - 3, "ENV") || KeyNames.regionEquals(text, j - 3, "ARG"))) {
      wordStart = j - 3;
    } else if (j >= 6 && KeyNames.regionEquals(text, j - 6, "setenv")) {
      wordStart = j - 6;
    } else {
      return false;
    }
    int k = wordStart - 1;
    int stop = Math.max(0, wordStart - 8);
    while (k >= stop && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k--;
    }
    if (k < 0) {
      return true;
    }
    char c = text.charAt(k);
    return (c == '\n' || c == '\r' || c == ':' || c == ')') && (k < wordStart - 1 || c == '\n' || c == '\r');
  }

  /**
   * Whether a build tool's level tag at the start of the line, then blanks, stand before {@code keyStart}, with
   * Maven's mojo field marker between them ({@code [DEBUG]   (f) passphrase = v}, {@code [info] KEY=v}): the
   * key owns the line as at its start. Reads at most 24 characters before the key.
   */
  static boolean afterLevelTag(CharSequence text, int keyStart) {
    int limit = Math.max(0, keyStart - 24);
    int j = keyStart;
    while (j > limit && text.charAt(j - 1) == ' ') {
      j--;
    }
    if (j - 3 >= limit && j < keyStart && text.charAt(j - 1) == ')' && text.charAt(j - 3) == '('
        && (text.charAt(j - 2) == 'f' || text.charAt(j - 2) == 's')) {
      j -= 3; // (f) a field, (s) a nested setting
      while (j > limit && text.charAt(j - 1) == ' ') {
        j--;
      }
    }
    if (j == keyStart || j <= limit || text.charAt(j - 1) != ']') {
      return false;
    }
    int tagEnd = j - 1;
    int tagStart = tagEnd;
    while (tagStart > limit && KeyNames.isAlnum(text.charAt(tagStart - 1))) {
      tagStart--;
    }
    return tagStart > limit && text.charAt(tagStart - 1) == '[' && LEVEL_TAGS.contains(text, tagStart, tagEnd)
        && (tagStart == 1 || text.charAt(tagStart - 2) == '\n' || text.charAt(tagStart - 2) == '\r');
  }

  /**
   * End of a value that owns the rest of its line: the line break, a {@code  #} comment, or a blank,
   * comma, semicolon or ampersand that starts another {@code key=} / {@code key: } pair. Trailing
   * blanks are not part of it.
   */
  static int lineEnd(CharSequence text, int start) {
    int limit = Math.min(text.length(), start + MAX_VALUE);
    int j = start;
    while (j < limit) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r' || (c == ' ' || c == '\t') && j + 1 < limit && text.charAt(j + 1) == '#') {
        break;
      }
      if ((c == ' ' || c == '\t' || c == ',' || c == ';' || c == '&') && startsPair(text, j + 1, limit)
          || c == ';' && adoKeyAt(text, j + 1, limit)) {
        break; // another pair: key=, key: , or an ADO key with blanks (;Initial Catalog=)
      }
      j++;
    }
    while (j > start && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\t')) {
      j--;
    }
    return j;
  }

  /**
   * Whether another pair starts at {@code i}, after the blanks that follow a separator: a key of
   * letters (with {@code _ - .}, no digits) and {@code : } or {@code =}; after {@code =}, something
   * that is not more {@code =} or the end of the value. A value of its own holds digits or ends in
   * {@code =}, as base64 padding does ({@code c2VjcmV0==}, {@code a7Fq=Wz9kLp2}). After a colon
   * ({@code colon}), or an {@code =} with blanks on both sides, whose blank is the usual one, only a
   * {@code key: } pair counts: in {@code password: <a value with =>} and {@code password = M=<rest>} the value
   * holds an {@code =}.
   */
  static boolean namedPairAt(CharSequence text, int i, boolean colon) {
    int n = text.length();
    int limit = Math.min(n, i + MAX_KEY);
    int j = i;
    while (j < limit && (KeyNames.isUpper(text.charAt(j)) || KeyNames.isLower(text.charAt(j))
        || text.charAt(j) == '_' || text.charAt(j) == '-' || text.charAt(j) == '.')) {
      j++;
    }
    if (j == i || j + 1 >= n || !KeyNames.isAlnum(text.charAt(i))) {
      return false;
    }
    char c = text.charAt(j);
    char next = text.charAt(j + 1);
    return c == ':' && next == ' ' || !colon && c == '=' && next > ' ' && next != '=' && !isQuote(next) && next != ','
        && next != ';' && next != '&';
  }

  /** A key (a letter, then up to 47 key characters) and {@code =} or {@code : } at {@code i}. */
  private static boolean startsPair(CharSequence text, int i, int limit) {
    if (i >= limit || !(KeyNames.isUpper(text.charAt(i)) || KeyNames.isLower(text.charAt(i)))) {
      return false;
    }
    int j = CharClass.KEY.skip(text, i, Math.min(limit, i + MAX_KEY));
    if (j >= limit) {
      return false;
    }
    char c = text.charAt(j);
    return c == '=' || (c == ':' && j + 1 < limit && (text.charAt(j + 1) == ' ' || text.charAt(j + 1) == '='));
  }

  /**
   * Where an unquoted value {@code text[start, end)} ends when a backslash right after it continues it on
   * the next line, as {@code .properties} files and shells do ({@code password=abc\}, a line break, blanks,
   * {@code def}): the end of its last continued part, at most four lines on; {@code end} when none.
   */
  static int continuedLines(CharSequence text, int start, int end, char terminator) {
    int n = text.length();
    for (int lines = 0; lines < 4 && end > start && end + 1 < n && text.charAt(end) == '\\'; lines++) {
      int next = end + 1;
      if (text.charAt(next) == '\r' && next + 1 < n) {
        next++;
      }
      if (text.charAt(next) != '\n') {
        break;
      }
      int from = skipBlanks(text, next + 1);
      int to = ValueEnds.unquotedEnd(text, from, terminator, Math.max(0, MAX_VALUE - (from - start)));
      if (to <= from) {
        break;
      }
      end = to;
    }
    return end;
  }
}
