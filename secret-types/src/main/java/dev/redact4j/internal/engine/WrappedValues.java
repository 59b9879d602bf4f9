package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.KeyValueDetector.isQuote;
import static dev.redact4j.internal.engine.KeyValueDetector.skipBlanks;

/**
 * Values kept inside a wrapper object: where the value of a wrapper's first field starts, a {@code value}
 * field or a typed encoding's tag ({@code {"value": "v"}}, DynamoDB's {@code {"S": "v"}}, OTLP's
 * {@code arrayValue}, SQS's {@code DataType}, Hoverfly's exact matcher), or an object dumped by its
 * {@code toString} with {@code value} first ({@code Secret[value=v]}). Static and allocation-free; each
 * reads at most a field's name and the blanks and quotes around it, 40 characters past a
 * {@code DataType} field or an array's name, and 64 characters of a dumped object.
 */
final class WrappedValues {
  private WrappedValues() {}

  /**
   * Where the value of a wrapper object's {@code value} field starts, when that field comes first:
   * {@code {"value": "v"}}, {@code {'Value': 'v'}}, {@code {value=v}}, or a type tag's ({@code {"S": "v"}},
   * see {@link #wrapperField}; after SQS's {@code "DataType"} field too, after Terraform's {@code "sensitive"}
   * and {@code "type"} fields, and after Hoverfly's {@code "matcher": "exact"}), also on the line after the brace
   * as pretty-printed JSON puts it (Spring Boot's /actuator/env, a Terraform state's outputs); -1
   * otherwise, and for a value that is itself an object or a list
   * (read no deeper). Reads at most 16 characters besides blanks, and 40 for each field skipped.
   */
  static int wrappedValue(CharSequence text, int i) {
    return wrappedValue(text, i, true);
  }

  /**
   * Where the value starts when {@code text} at {@code i} dumps an object whose first field is
   * {@code value}, as a record, Lombok or a hand-written {@code toString} prints a secret type:
   * {@code Secret[value=v]}, {@code Password(value=v)}, {@code SecretValue{value=v, ...}}; or -1.
   * Reads at most 64 characters of type name.
   */
  static int dumpedWrapperValue(CharSequence text, int i) {
    int n = text.length();
    int limit = Math.min(n, i + 64);
    int j = i;
    while (j < limit && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '$')) {
      j++;
    }
    if (j >= limit || "[({".indexOf(text.charAt(j)) < 0 || !KeyNames.regionEquals(text, j + 1, "value=")) {
      return -1;
    }
    return j + 7 < n ? j + 7 : -1;
  }

  static int wrappedValue(CharSequence text, int i, boolean followArrays) {
    int n = text.length();
    int j = skipBlanks(text, i + 1);
    if (j < n && (text.charAt(j) == '\n' || text.charAt(j) == '\r' && j + 1 < n && text.charAt(j + 1) == '\n')) {
      j = skipBlanks(text, j + (text.charAt(j) == '\r' ? 2 : 1)); // {\n    "value": "v"
    }
    int quotes = 0;
    while (j < n && quotes < 2 && (isQuote(text.charAt(j)) || text.charAt(j) == '\\')) {
      j++;
      quotes++;
    }
    if (quotes > 0 && followArrays && KeyNames.regionEqualsIgnoreCase(text, j, "arrayvalue")) {
      // OTLP JSON: {"arrayValue": {"values": [{"stringValue": "v"}]}}, the first element's value (one level)
      int element = firstArrayElement(text, j + 10, quotes);
      return element < 0 ? -1 : wrappedValue(text, element, false);
    }
    if (quotes > 0 && KeyNames.regionEquals(text, j, "sensitive") && j + 9 < n && isQuote(text.charAt(j + 9))) {
      // terraform output -json: {"sensitive": true, "type": "string", "value": "v"}, its fields sorted by name
      j = afterDataType(text, j + 9, quotes);
      if (j < 0) {
        return -1;
      }
    }
    if (quotes > 0 && KeyNames.regionEqualsIgnoreCase(text, j, "datatype")) {
      j = afterDataType(text, j + 8, quotes); // SQS: {"DataType":"String","StringValue":"v"}
    } else if (quotes > 0 && KeyNames.regionEquals(text, j, "type") && j + 4 < n && isQuote(text.charAt(j + 4))) {
      j = afterDataType(text, j + 4, quotes); // ARM parameters and outputs: {"type": "String", "value": "v"}
    } else if (quotes > 0 && KeyNames.regionEquals(text, j, "matcher") && exactMatcher(text, j + 7, quotes)) {
      j = afterDataType(text, j + 7, quotes); // Hoverfly: {"matcher": "exact", "value": "v"}, not a glob or regex
    }
    int field = j < 0 ? 0 : wrapperField(text, j, quotes > 0);
    if (field == 0) {
      return -1;
    }
    j += field;
    while (j < n && quotes-- > 0 && (isQuote(text.charAt(j)) || text.charAt(j) == '\\')) {
      j++;
    }
    j = skipBlanks(text, j);
    if (j >= n || (text.charAt(j) != ':' && text.charAt(j) != '=')) {
      return -1;
    }
    j = skipBlanks(text, j + 1);
    return j < n && text.charAt(j) != '{' && text.charAt(j) != '[' ? j : -1;
  }

  /**
   * Where the first element object of an OTLP {@code arrayValue} starts, its name ending at {@code j}
   * and quoted by {@code quotes} characters: the {@code {} in {@code ": {"values": [{}; -1 for any other
   * shape. Reads at most 40 characters besides blanks.
   */
  private static int firstArrayElement(CharSequence text, int j, int quotes) {
    int n = text.length();
    j = skipBlanks(text, skipQuotes(text, j, quotes));
    if (j >= n || text.charAt(j) != ':' || (j = skipBlanks(text, j + 1)) >= n || text.charAt(j) != '{') {
      return -1;
    }
    j = skipQuotes(text, skipBlanks(text, j + 1), quotes);
    if (!KeyNames.regionEquals(text, j, "values")) {
      return -1;
    }
    j = skipBlanks(text, skipQuotes(text, j + 6, quotes));
    if (j >= n || text.charAt(j) != ':' || (j = skipBlanks(text, j + 1)) >= n || text.charAt(j) != '[') {
      return -1;
    }
    j = skipBlanks(text, j + 1);
    return j < n && text.charAt(j) == '{' ? j : -1;
  }

  /** Past at most {@code quotes} quote characters (or backslashes escaping them) at {@code j}. */
  static int skipQuotes(CharSequence text, int j, int quotes) {
    for (int q = 0; q < quotes && j < text.length() && (isQuote(text.charAt(j)) || text.charAt(j) == '\\'); q++) {
      j++;
    }
    return j;
  }

  /**
   * The length of the field name at {@code j} that holds a wrapper object's one value: {@code value},
   * or, quoted, a type tag of a typed JSON encoding: DynamoDB's {@code "S"}, Avro's {@code "string"},
   * {@code "stringValue"} (Firestore, OpenTelemetry, SQS message attributes), WireMock's exact matcher
   * {@code "equalTo"}; 0 for any other name.
   */
  private static int wrapperField(CharSequence text, int j, boolean quoted) {
    if (KeyNames.regionEqualsIgnoreCase(text, j, "value")) {
      return 5;
    } else if (!quoted || j + 1 >= text.length()) {
      return 0;
    } else if (KeyNames.regionEqualsIgnoreCase(text, j, "stringvalue")) {
      return 11;
    } else if (KeyNames.regionEquals(text, j, "string")) {
      return 6;
    } else if (KeyNames.regionEquals(text, j, "equalTo") && j + 7 < text.length()
        && (isQuote(text.charAt(j + 7)) || text.charAt(j + 7) == '\\')) {
      return 7; // WireMock's exact matcher, "X-Api-Key": {"equalTo": "v"}
    }
    return text.charAt(j) == 'S' && !KeyNames.isAlnum(text.charAt(j + 1)) ? 1 : 0;
  }

  /**
   * Whether the field whose name ends at {@code j}, quoted by {@code quotes} characters, holds the word
   * {@code exact}: Hoverfly's {@code "matcher": "exact"}, whose sibling value is the literal value, not a pattern.
   */
  private static boolean exactMatcher(CharSequence text, int j, int quotes) {
    int n = text.length();
    j = skipBlanks(text, skipQuotes(text, j, quotes));
    if (j >= n || text.charAt(j) != ':') {
      return false;
    }
    j = skipQuotes(text, skipBlanks(text, j + 1), quotes);
    return KeyNames.regionEquals(text, j, "exact") && j + 5 < n
        && (isQuote(text.charAt(j + 5)) || text.charAt(j + 5) == '\\');
  }

  /**
   * Where the next field's name starts after a {@code DataType} field whose name ends at {@code j}
   * ({@code "DataType":"String", "StringValue"}), its name quoted by {@code quotes} characters; -1 if
   * the field is not a short quoted word followed by a comma. Reads at most 40 characters.
   */
  private static int afterDataType(CharSequence text, int j, int quotes) {
    int n = text.length();
    int limit = Math.min(n, j + 40);
    while (j < limit && text.charAt(j) != ',') {
      char c = text.charAt(j++);
      if (c == '{' || c == '}' || c == '[' || c == '\n') {
        return -1;
      }
    }
    j = j < limit ? skipBlanks(text, j + 1) : -1;
    if (j >= 0 && j + 1 < n && (text.charAt(j) == '\n' || text.charAt(j) == '\r' && text.charAt(j + 1) == '\n')) {
      j = skipBlanks(text, j + (text.charAt(j) == '\r' ? 2 : 1)); // pretty-printed: the next field on its own line
    }
    for (int q = 0; j >= 0 && j < n && q < quotes && (isQuote(text.charAt(j)) || text.charAt(j) == '\\'); q++) {
      j++;
    }
    return j;
  }
}
