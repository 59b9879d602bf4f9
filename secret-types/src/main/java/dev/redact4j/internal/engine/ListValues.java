package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.Detector.NO_MATCH;
import static dev.redact4j.internal.engine.KeyValueDetector.MAX_VALUE;
import static dev.redact4j.internal.engine.KeyValueDetector.isQuote;
import static dev.redact4j.internal.engine.KeyValueDetector.skipBlanks;
import static dev.redact4j.internal.engine.SiblingEntries.siblingValue;

/**
 * Lists and block values: the next item of a YAML list or of a list Java prints, a line's indent and
 * whether a YAML block's line holds a mapping, a {@code char[]} or a list of key bytes, an Erlang tuple's
 * string, a list or object that closes on the value's line, the value entry of a name/value list, whether
 * a .NET pair's value closes its bracket, and whether a key is a whole string item of a list (not a logcat
 * tag's). Static and allocation-free; each reads at most the key's line and indent and the next line's, 64
 * characters back, and at most 512 characters (an entry list), 256 (a closing bracket) or
 * {@link KeyValueDetector#MAX_VALUE} (an array, a pair's value) forward.
 */
final class ListValues {
  private ListValues() {}

  /** Fewer characters than this in brackets ({@code [a, b]}) read as a list, not a password. */
  private static final int MIN_CHAR_ARRAY = 6;

  /** Android's log priorities, as logcat prints them before a tag. */
  private static final String LOGCAT_PRIORITIES = "VDIWEFA";

  /** Fewest numbers in a list of bytes that is key material: a 128-bit key's 16. */
  private static final int MIN_KEY_BYTES = 16;

  /**
   * For a key that is a YAML list item ({@code - --db-password}) ending its line at {@code lineEnd}:
   * where the next item's value starts when that item is on the next line at the same indent and is
   * no option ({@code - value}); else -1.
   */
  static int nextListItem(CharSequence text, int keyStart, int lineEnd) {
    int n = text.length();
    if (keyStart < 2 || text.charAt(keyStart - 1) != ' ' || text.charAt(keyStart - 2) != '-') {
      return -1;
    }
    int dash = keyStart - 2;
    int lineStart = dash;
    while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\t')) {
      lineStart--;
    }
    if (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
      return -1;
    }
    int j = lineEnd;
    if (text.charAt(j) == '\r') {
      j++;
    }
    if (j >= n || text.charAt(j) != '\n') {
      return -1;
    }
    int indent = dash - lineStart;
    int next = j + 1;
    for (int k = 0; k < indent; k++) {
      if (next + k >= n || text.charAt(next + k) != text.charAt(lineStart + k)) {
        return -1;
      }
    }
    int v = next + indent;
    return v + 2 < n && text.charAt(v) == '-' && text.charAt(v + 1) == ' ' && text.charAt(v + 2) != '-'
        && text.charAt(v + 2) > ' ' ? v + 2 : -1;
  }

  /**
   * For an option that is an item of a list printed by Java ({@code [mysql, --password, value]}, the
   * option first or after {@code ", "}) followed by {@code ", "} at {@code i}: where the next item
   * starts when it is no option; else -1.
   */
  static int nextPrintedListItem(CharSequence text, int keyStart, int i) {
    int n = text.length();
    boolean item = keyStart > 0 && text.charAt(keyStart - 1) == '['
        || keyStart >= 2 && text.charAt(keyStart - 1) == ' ' && text.charAt(keyStart - 2) == ',';
    return item && i + 2 < n && text.charAt(i) == ',' && text.charAt(i + 1) == ' ' && text.charAt(i + 2) != '-'
        && text.charAt(i + 2) > ' ' ? i + 2 : -1;
  }

  /**
   * Whether the unquoted word at {@code v} is the last item of a two-item bracket, a {@code ]} right after it
   * ({@code [X-Api-Key, v]}, a .NET {@code KeyValuePair}'s print): no blank, comma or bracket in between, and
   * something other than letters and {@code -} in it ({@code [X-Api-Key, X-Request-Id]} lists two header names).
   * Reads at most {@link KeyValueDetector#MAX_VALUE} characters.
   */
  static boolean pairValueCloses(CharSequence text, int v) {
    int limit = Math.min(text.length(), v + MAX_VALUE);
    if (v >= limit || isQuote(text.charAt(v))) {
      return false;
    }
    boolean name = true;
    for (int j = v; j < limit; j++) {
      char c = text.charAt(j);
      if (c == ']') {
        return j > v && !name;
      }
      name &= KeyNames.isLower(c) || KeyNames.isUpper(c) || c == '-';
      if (c <= ' ' || c == ',' || c == '[') {
        return false;
      }
    }
    return false;
  }

  /** The blanks before {@code keyStart} when only blanks (or a list item's {@code - }) precede it on its line; -1 otherwise. */
  static int lineIndent(CharSequence text, int keyStart) {
    int j = keyStart;
    if (j >= 2 && text.charAt(j - 1) == ' ' && text.charAt(j - 2) == '-') {
      j -= 2;
    }
    int blanks = 0;
    while (j > 0 && text.charAt(j - 1) == ' ' && blanks < 64) {
      j--;
      blanks++;
    }
    return j == 0 || text.charAt(j - 1) == '\n' || text.charAt(j - 1) == '\r' ? keyStart - j : -1;
  }

  /** Whether {@code text[s, e)} holds {@code ": "} or ends with {@code ':'}: a mapping, not a scalar. */
  static boolean containsMapping(CharSequence text, int s, int e) {
    for (int j = s; j < e; j++) {
      if (text.charAt(j) == ':' && (j + 1 == e || text.charAt(j + 1) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the key at {@code keyStart} is a whole string item, words and all ({@code "API_KEY"},
   * {@code 'DB password'}): a list item that only ends with a key ({@code "x|db-password"},
   * {@code "requirepass %s"}) names nothing. The text may start inside the item's quotes.
   */
  static boolean wholeStringItem(CharSequence text, int keyStart) {
    int limit = Math.max(0, keyStart - 32);
    for (int j = keyStart; j > limit; j--) {
      char c = text.charAt(j - 1);
      if (isQuote(c)) {
        int b = j - 1;
        while (b > 0 && text.charAt(b - 1) == ' ') {
          b--;
        }
        // {'X-Amz-Target': 'secretsmanager.GetSecretValue', 'Content-Type': ...}: a map's value, not a pair's key;
        // but a logcat tag's colon starts the message: ReactNativeJS: 'auth token', '<v>' (console.log's arguments)
        return b == 0 || text.charAt(b - 1) != ':' || logcatTagBefore(text, b - 1);
      }
      if (!KeyNames.isAlnum(c) && c != ' ' && c != '_' && c != '-' && c != '.') {
        return false;
      }
    }
    return limit == 0;
  }

  /**
   * Whether the colon at {@code colon} ends a logcat tag, as the threadtime format ({@code I ReactNativeJS: })
   * or the brief one ({@code I/ReactNativeJS( 4321): }) prints it. Reads at most 64 characters back.
   */
  private static boolean logcatTagBefore(CharSequence text, int colon) {
    int limit = Math.max(0, colon - 64);
    int j = colon;
    if (j > limit && text.charAt(j - 1) == ')') { // the brief format's ( pid)
      j--;
      while (j > limit && (text.charAt(j - 1) == ' ' || KeyNames.isDigit(text.charAt(j - 1)))) {
        j--;
      }
      if (j == limit || text.charAt(j - 1) != '(') {
        return false;
      }
      j--;
    }
    while (j > limit && text.charAt(j - 1) == ' ') {
      j--; // threadtime pads a short tag
    }
    int tagEnd = j;
    while (j > limit && (KeyNames.isAlnum(text.charAt(j - 1)) || ".$_".indexOf(text.charAt(j - 1)) >= 0)) {
      j--;
    }
    if (j == tagEnd || j < 2 || LOGCAT_PRIORITIES.indexOf(text.charAt(j - 2)) < 0) {
      return false;
    }
    char before = text.charAt(j - 1);
    return before == '/' || before == ' ' && (j == 2 || text.charAt(j - 3) == ' ');
  }

  /**
   * Where the value starts of the entry named {@code value} in the list of name/value entries whose first one
   * opens at {@code j}, as Postman's API key auth keeps its key, in either order: {@code "apikey": [{"key": "key",
   * "value": "X-API-Key"}, {"key": "value", "value": "v"}]}; or -1. Reads at most 512 characters, not past the
   * list's end or into a nested list.
   */
  static int entryNamedValue(CharSequence text, int j, int limit) {
    int end = Math.min(limit, j + 512);
    for (int p = j + 1; p + 12 < end; p++) {
      char c = text.charAt(p);
      if (c == '[' || c == ']') {
        return -1;
      }
      if (c == '"' && KeyNames.regionEquals(text, p + 1, "key\"")) {
        int q = skipBlanks(text, p + 5);
        if (q < end && text.charAt(q) == ':' && KeyNames.regionEquals(text, q = skipBlanks(text, q + 1), "\"value\"")) {
          long sibling = siblingValue(text, q + 7);
          return sibling == NO_MATCH ? -1 : Detector.end(sibling);
        }
      }
    }
    return -1;
  }

  /** Past line breaks at {@code j} and the indent after each, at most to {@code limit}. */
  static int skipLineBreaks(CharSequence text, int j, int limit) {
    while (j < limit && (text.charAt(j) == '\n' || text.charAt(j) == '\r')) {
      j = skipBlanks(text, j + 1);
    }
    return j;
  }

  /**
   * Whether {@code close} occurs on the line after {@code from}, within 256 characters: then a list or
   * an object that holds blanks opened at the value ({@code [a8Fz!q2W, Zx9!kLm2]}), not a password.
   */
  static boolean closesOnLine(CharSequence text, int from, char close) {
    int limit = Math.min(text.length(), from + 256);
    for (int j = from; j < limit; j++) {
      char c = text.charAt(j);
      if (c == close) {
        return true;
      }
      if (c == '\n' || c == '\r') {
        return false;
      }
    }
    return false;
  }

  /**
   * End (after the {@code ]}) of a {@code char[]} as {@code Arrays.toString} and Log4j's and SLF4J's
   * {@code {}} print it, {@code [h, u, n, t, e, r]}, opening at {@code open}: single characters parted
   * by {@code ", "}, at least {@value #MIN_CHAR_ARRAY} of them; -1 otherwise. Java code keeps
   * passwords in {@code char[]}, so a key's value of this shape is one, printed a character at a time.
   * Reads at most {@link KeyValueDetector#MAX_VALUE} characters, and stops at the first that breaks the shape.
   */
  static int charArrayEnd(CharSequence text, int open) {
    int limit = Math.min(text.length(), open + MAX_VALUE);
    int j = open + 1;
    for (int elements = 1; j < limit; elements++) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r' || j + 1 >= limit) {
        return -1;
      }
      char after = text.charAt(j + 1);
      if (after == ']') {
        return elements >= MIN_CHAR_ARRAY ? j + 2 : -1;
      }
      if (after != ',' || j + 2 >= limit || text.charAt(j + 2) != ' ') {
        return -1;
      }
      j += 3;
    }
    return -1;
  }

  /**
   * End (after the {@code ]}) of a list of bytes opening at {@code open}: at least {@value #MIN_KEY_BYTES}
   * numbers of 0 to 255 (decimal, or {@code 0x} and one or two hex digits) parted by {@code ,} and blanks,
   * as Zigbee2MQTT's {@code network_key} and Solana's keypair files write a key; -1 otherwise. Reads at
   * most {@link KeyValueDetector#MAX_VALUE} characters, and stops at the first that breaks the shape.
   */
  static int byteListEnd(CharSequence text, int open) {
    int limit = Math.min(text.length(), open + MAX_VALUE);
    int j = open + 1;
    for (int elements = 1; ; elements++) {
      j = skipBlanks(text, j);
      boolean hex = j + 2 < limit && text.charAt(j) == '0' && (text.charAt(j + 1) | 0x20) == 'x';
      int digits = hex ? j + 2 : j;
      int most = hex ? 2 : 3;
      int value = 0;
      for (j = digits; j < limit && j <= digits + most
          && (hex ? CharClass.HEX.contains(text.charAt(j)) : KeyNames.isDigit(text.charAt(j))); j++) {
        value = hex ? 0 : value * 10 + text.charAt(j) - '0';
      }
      if (j == digits || j - digits > most || value > 255) {
        return -1;
      }
      j = skipBlanks(text, j);
      if (j >= limit) {
        return -1;
      }
      if (text.charAt(j) == ']') {
        return elements >= MIN_KEY_BYTES ? j + 1 : -1;
      }
      if (text.charAt(j++) != ',') {
        return -1;
      }
    }
  }

  /**
   * Where the quote of an Erlang tuple's string value opens after the comma at {@code i - 1}
   * ({@code , "v"} or a binary's {@code , <<"v">>}), or -1: an atom or variable ({@code {password, undefined}})
   * is no value.
   */
  static int erlangTupleString(CharSequence text, int i) {
    int v = skipBlanks(text, i);
    int n = text.length();
    if (v + 2 < n && text.charAt(v) == '<' && text.charAt(v + 1) == '<') {
      v += 2;
    }
    return v < n && text.charAt(v) == '"' ? v : -1;
  }
}
