package dev.redact4j.cli;

import org.jspecify.annotations.Nullable;

/**
 * Framing for Kubernetes Secret manifests in YAML and pretty-printed JSON, as {@code kubectl get secret}
 * prints them ({@code -o yaml}, {@code -o json}):
 * every value under a Secret's {@code data:} (base64) or {@code stringData:} is a secret whatever its
 * key is named ({@code extra: <base64 of an API key>}), which no rule can tell from the value alone.
 * kubectl prints keys in alphabetical order, so {@code data:} comes before {@code kind: Secret}: the
 * block is held until the line after it, where the kind usually is. Columns count the key's first
 * character, after the blanks and a list item's {@code - } ({@code items:} of a list).
 */
final class SecretManifests {
  private SecretManifests() {}

  /**
   * The key column of a whole line {@code data:} or {@code stringData:} (also {@code - data:}), or of
   * pretty-printed JSON's <code>"data": &#123;</code> ({@code kubectl get secret -o json}); -1 for any other line.
   */
  static int dataColumn(CharSequence text) {
    int column = keyColumn(text);
    if (column < 0) {
      return -1;
    }
    int end = trimmedEnd(text);
    return is(text, column, end, "data:") || is(text, column, end, "stringData:")
        || is(text, column, end, "\"data\": {") || is(text, column, end, "\"stringData\": {") ? column : -1;
  }

  /**
   * The key column of a line {@code kind: <kind>} or {@code "kind": "<kind>",}, or -1; {@code secret[0]}
   * is set to whether the kind is {@code Secret}.
   */
  static int kindColumn(CharSequence text, boolean[] secret) {
    int column = keyColumn(text);
    if (column < 0) {
      return -1;
    }
    int end = trimmedEnd(text);
    if (LineGrouper.startsWith(text, column, "kind: ", 6)) {
      secret[0] = is(text, column, end, "kind: Secret");
      return column;
    }
    if (LineGrouper.startsWith(text, column, "\"kind\": ", 8)) {
      secret[0] = is(text, column, end, "\"kind\": \"Secret\"") || is(text, column, end, "\"kind\": \"Secret\",");
      return column;
    }
    return -1;
  }

  /**
   * The column where the next object of a list starts: a YAML list item's dash ({@code - apiVersion: v1})
   * or a JSON object's brace alone on its line (<code>&#123;</code>, <code>&#125;,</code>); -1 for any other line.
   */
  static int itemColumn(CharSequence text) {
    int i = indent(text);
    int end = trimmedEnd(text);
    if (i + 1 < text.length() && text.charAt(i) == '-' && text.charAt(i + 1) == ' ') {
      return i;
    }
    return is(text, i, end, "{") || is(text, i, end, "}") || is(text, i, end, "},") ? i : -1;
  }

  /**
   * Whether a JSON block held from its <code>"data": &#123;</code> line ends with this line: its closing
   * brace at {@code column}.
   */
  static boolean closesJson(CharSequence text, int column) {
    int end = trimmedEnd(text);
    return indent(text) == column && (is(text, column, end, "}") || is(text, column, end, "},"));
  }

  private static boolean is(CharSequence text, int from, int end, String word) {
    return end - from == word.length() && LineGrouper.startsWith(text, from, word, word.length());
  }

  /** The number of leading blanks of {@code text}, its length when it is blank. */
  static int indent(CharSequence text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /**
   * The value of an entry line {@code key: value} of a data block, with the quotes around it removed
   * ({@code password: "v"}), or null when the line is no such entry or its value is empty or a block
   * scalar's indicator ({@code |}, {@code >-}: the lines after it are the value).
   */
  static @Nullable String entryValue(CharSequence text) {
    int i = indent(text);
    int n = trimmedEnd(text);
    if (i < n && text.charAt(i) == '"') {
      return jsonValue(text, i, n);
    }
    int colon = i;
    while (colon < n && text.charAt(colon) != ':' && text.charAt(colon) != ' ') {
      colon++;
    }
    if (colon == i || colon + 1 >= n || text.charAt(colon) != ':' || text.charAt(colon + 1) != ' ') {
      return null;
    }
    int v = colon + 2;
    while (v < n && text.charAt(v) == ' ') {
      v++;
    }
    if (v >= n || text.charAt(v) == '|' || text.charAt(v) == '>') {
      return null;
    }
    if (n - v >= 2 && (text.charAt(v) == '"' || text.charAt(v) == '\'') && text.charAt(n - 1) == text.charAt(v)) {
      return text.subSequence(v + 1, n - 1).toString();
    }
    return text.subSequence(v, n).toString();
  }

  /** The string value of a JSON entry {@code "key": "value"} (a comma after it or not), as written, or null. */
  private static @Nullable String jsonValue(CharSequence text, int i, int n) {
    int k = i + 1;
    while (k < n && text.charAt(k) != '"') {
      k++;
    }
    int v = k + 1;
    if (v + 2 >= n || text.charAt(v) != ':' || text.charAt(v + 1) != ' ' || text.charAt(v + 2) != '"') {
      return null;
    }
    int end = text.charAt(n - 1) == ',' ? n - 1 : n;
    return end - 1 > v + 2 && text.charAt(end - 1) == '"' ? text.subSequence(v + 3, end - 1).toString() : null;
  }

  private static int keyColumn(CharSequence text) {
    int i = indent(text);
    if (i + 1 < text.length() && text.charAt(i) == '-' && text.charAt(i + 1) == ' ') {
      i += 2;
    }
    return i < text.length() ? i : -1;
  }

  private static int trimmedEnd(CharSequence text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
      end--;
    }
    return end;
  }
}
