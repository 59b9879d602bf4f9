package dev.redact4j.cli;

import org.jspecify.annotations.Nullable;

/**
 * Framing for Kubernetes Secret manifests in YAML, as {@code kubectl get secret -o yaml} prints them:
 * every value under a Secret's {@code data:} (base64) or {@code stringData:} is a secret whatever its
 * key is named ({@code extra: <base64 of an API key>}), which no rule can tell from the value alone.
 * kubectl prints keys in alphabetical order, so {@code data:} comes before {@code kind: Secret}: the
 * block is held until the line after it, where the kind usually is. Columns count the key's first
 * character, after the blanks and a list item's {@code - } ({@code items:} of a list).
 */
final class SecretManifests {
  private SecretManifests() {}

  /** The key column of a whole line {@code data:} or {@code stringData:} (also {@code - data:}), or -1. */
  static int dataColumn(CharSequence text) {
    int column = keyColumn(text);
    if (column < 0) {
      return -1;
    }
    int end = trimmedEnd(text);
    return end - column == 5 && LineGrouper.startsWith(text, column, "data:", 5)
        || end - column == 11 && LineGrouper.startsWith(text, column, "stringData:", 11) ? column : -1;
  }

  /** The key column of a line {@code kind: <kind>}, or -1; {@code secret[0]} is set to whether it is {@code Secret}. */
  static int kindColumn(CharSequence text, boolean[] secret) {
    int column = keyColumn(text);
    if (column < 0 || !LineGrouper.startsWith(text, column, "kind: ", 6)) {
      return -1;
    }
    int end = trimmedEnd(text);
    secret[0] = end - column == 12 && LineGrouper.startsWith(text, column + 6, "Secret", 6);
    return column;
  }

  /** The column of a list item's dash ({@code - apiVersion: v1} starts the next object of a list), or -1. */
  static int itemColumn(CharSequence text) {
    int i = indent(text);
    return i + 1 < text.length() && text.charAt(i) == '-' && text.charAt(i + 1) == ' ' ? i : -1;
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
