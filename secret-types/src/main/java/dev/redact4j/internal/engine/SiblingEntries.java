package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.Detector.NO_MATCH;
import static dev.redact4j.internal.engine.KeyValueDetector.isQuote;
import static dev.redact4j.internal.engine.KeyValueDetector.skipBlanks;

/**
 * Name/value entries, where the key is the value of a sibling field:
 * {@code {"name":"DB_PASSWORD","value":"..."}}, CloudFormation's {@code ParameterKey} /
 * {@code ParameterValue}, {@code - name: X} with {@code value: v} on a following line. Static and
 * allocation-free.
 */
final class SiblingEntries {
  /** Longest distance from a name field's value to its sibling value field's value. */
  static final int SPAN = 256;

  /**
   * Fields whose value is the name of an entry: {@code {"name":"DB_PASSWORD","value":"..."}}; also
   * {@code type}, as Keycloak's admin API takes a user's credentials: {@code {"type":"password","value":"..."}};
   * {@code property}, as Spring Boot reports a failed binding ({@code Property: db.password}, then {@code Value: "v"});
   * {@code id}, as Azure Key Vault's audit event names the secret it sets by its URL; {@code keyName}, as
   * {@code az storage account keys list} names each access key ({@code "keyName": "key1"}).
   */
  private static final KeyNames.Words NAME_FIELDS = new KeyNames.Words("name", "key", "parameterkey", "parametername",
      "optionname", "type", "property", "id", "keyname");
  /** Fields that hold the value of such an entry; {@code vStr}, a Jaeger thrift {@code Tag}'s string value. */
  private static final KeyNames.Words VALUE_FIELDS = new KeyNames.Words("value", "parametervalue", "vstr");

  /**
   * Elements that name an entry held by the next element: Hadoop's, web.xml's, a property list's; an
   * HTML table's or definition list's cell, as an error page echoes a form post.
   */
  private static final KeyNames.Words NAME_ELEMENTS =
      new KeyNames.Words("name", "param-name", "env-entry-name", "key", "td", "th", "dt");
  /** Elements that hold the value of such an entry. */
  private static final KeyNames.Words VALUE_ELEMENTS =
      new KeyNames.Words("value", "param-value", "env-entry-value", "string", "td", "dd");
  /** Inline HTML elements a value cell may wrap its text in. */
  private static final KeyNames.Words INLINE_ELEMENTS = new KeyNames.Words("code", "pre", "tt", "kbd", "samp");

  /**
   * Most quote characters and backslashes around a field's name: 16, its quote escaped in JSON four strings
   * deep, as log shippers wrap a record in one another's.
   */
  private static final int MAX_QUOTING = 16;

  private SiblingEntries() {}

  /** Returned by {@link #phpDumpString} for a var_dump key whose value is no string. */
  static final int NO_STRING = -2;

  /**
   * PHP's {@code var_dump} prints an array key or property ({@code ["password"]=>},
   * {@code ["password":protected]=>}, {@code ["password":"App\Db":private]=>}) on its own line and
   * its value on the next, or after a blank when a logger joined the lines: {@code string(14) "value"}.
   * For a key quoted from {@code keyStart} to {@code keyEnd}: the value string's opening quote;
   * {@link #NO_STRING} when the key is such a key but no string follows (the key's line alone,
   * {@code NULL}, {@code int(3)}); -1 for any other text.
   * Reads at most {@link #SPAN} characters.
   */
  static int phpDumpString(CharSequence text, int keyStart, int keyEnd) {
    int n = text.length();
    if (keyStart < 2 || keyEnd >= n || text.charAt(keyStart - 1) != '"' || text.charAt(keyStart - 2) != '['
        || text.charAt(keyEnd) != '"') {
      return -1;
    }
    int limit = Math.min(n, keyEnd + SPAN);
    int j = keyEnd + 1;
    if (j < limit && text.charAt(j) == ':') {
      j = visibilityEnd(text, j, limit);
    }
    if (j < 0 || !KeyNames.regionEquals(text, j, "]=>")) {
      return -1;
    }
    j += 3;
    while (j < limit && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
      j++;
    }
    j = skipBlanks(text, j < limit && text.charAt(j) == '\n' ? j + 1 : j); // or joined on one line
    if (!KeyNames.regionEquals(text, j, "string(")) {
      return NO_STRING;
    }
    j += "string(".length();
    while (j < limit && KeyNames.isDigit(text.charAt(j))) {
      j++;
    }
    return KeyNames.regionEquals(text, j, ") \"") ? j + 2 : NO_STRING;
  }

  /**
   * Where a PHP dump's note of a property's visibility that starts at the colon {@code colon} ends: {@code :protected},
   * {@code :private}, or {@code :private} after the declaring class of a private property ({@code :"App\Db":private}
   * in var_dump, {@code :App\Db:private} in print_r): the index of the {@code ]} that follows it, or -1.
   */
  private static int visibilityEnd(CharSequence text, int colon, int limit) {
    int j = colon + 1;
    if (j < limit && text.charAt(j) == '"') {
      j++;
      while (j < limit && text.charAt(j) != '"' && text.charAt(j) != '\n') {
        j++;
      }
      j = j + 1 < limit && text.charAt(j) == '"' && text.charAt(j + 1) == ':' ? j + 2 : limit;
    } else {
      int k = j;
      while (k < limit && (KeyNames.isAlnum(text.charAt(k)) || text.charAt(k) == '_' || text.charAt(k) == '\\')) {
        k++;
      }
      j = k > j && k < limit && text.charAt(k) == ':' ? k + 1 : j;
    }
    if (KeyNames.regionEquals(text, j, "protected]")) {
      return j + "protected".length();
    }
    return KeyNames.regionEquals(text, j, "private]") ? j + "private".length() : -1;
  }

  /**
   * PHP's {@code print_r} prints a property's visibility inside its brackets: {@code [password:protected] => v},
   * {@code [password:App\Db:private] => v}. For a key from {@code keyStart} to {@code keyEnd}, the colon after it:
   * the index after the {@code ]}, where the {@code =>} follows; or -1 for any other text. Reads at most
   * {@link #SPAN} characters.
   */
  static int printrPropertyEnd(CharSequence text, int keyStart, int keyEnd) {
    if (keyStart < 1 || text.charAt(keyStart - 1) != '[') {
      return -1;
    }
    int close = visibilityEnd(text, keyEnd, Math.min(text.length(), keyEnd + SPAN));
    return close >= 0 && KeyNames.regionEquals(text, close, "] =>") ? close + 1 : -1;
  }

  /**
   * Whether the key from {@code keyStart} to {@code keyEnd} is the declaring class a PHP dump prints between a
   * private property's name and its visibility ({@code [credentials:Credentials:private] => },
   * {@code ["algorithm":"SigningKey":private]=>}, a namespace before it): a class, not a key.
   */
  static boolean phpDeclaringClass(CharSequence text, int keyStart, int keyEnd) {
    if (keyEnd >= text.length() || keyStart < 2) {
      return false;
    }
    boolean quoted = text.charAt(keyEnd) == '"';
    if (!KeyNames.regionEquals(text, quoted ? keyEnd + 1 : keyEnd, ":private]")) {
      return false;
    }
    int j = keyStart - 1;
    while (j > 0 && j > keyStart - SPAN && text.charAt(j) == '\\') { // App\Db\Credentials: the namespace's words
      j--;
      while (j > 0 && j > keyStart - SPAN && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '_')) {
        j--;
      }
    }
    return quoted ? text.charAt(j) == '"' && j > 0 && text.charAt(j - 1) == ':' : text.charAt(j) == ':';
  }

  /**
   * Where the default value starts of the Terraform variable block that opens at {@code brace} and is
   * named by the key: {@code variable "db_password" { type = string, default = "v" }}; or -1. Skips
   * quoted strings, stops at the block's {@code }}, reads at most {@link #SPAN} characters.
   */
  static int variableDefault(CharSequence text, int keyStart, int brace) {
    if (keyStart < 10 || text.charAt(keyStart - 1) != '"' || !KeyNames.regionEquals(text, keyStart - 10, "variable ")) {
      return -1;
    }
    int end = Math.min(text.length(), brace + SPAN);
    for (int j = brace + 1; j < end; j++) {
      char c = text.charAt(j);
      if (c == '}') {
        return -1;
      }
      if (c == '"') {
        j++;
        while (j < end && text.charAt(j) != '"' && text.charAt(j) != '\n') {
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
      } else if (c == 'd' && (text.charAt(j - 1) <= ' ' || text.charAt(j - 1) == '{')
          && KeyNames.regionEquals(text, j, "default")) {
        int k = skipBlanks(text, j + "default".length());
        if (k + 1 < end && text.charAt(k) == '=' && text.charAt(k + 1) != '=') {
          return skipBlanks(text, k + 1);
        }
      }
    }
    return -1;
  }

  /**
   * Where the value starts of the element right after the name element that holds the key
   * {@code text[keyStart, keyEnd)} whole: {@code <name>fs.s3a.secret.key</name>\n<value>v</value>},
   * {@code <param-name>db.password</param-name><param-value>v</param-value>},
   * {@code <key>Password</key><string>v</string>}; or -1. Reads at most 16 characters before the key
   * and {@link #SPAN} after it; whether the value element closes is for the caller to check.
   */
  static int elementValue(CharSequence text, int keyStart, int keyEnd) {
    int n = text.length();
    if (keyStart < 2 || text.charAt(keyStart - 1) != '>' || keyEnd + 2 >= n || text.charAt(keyEnd) != '<'
        || text.charAt(keyEnd + 1) != '/') {
      return -1;
    }
    int nameEnd = keyStart - 1;
    int j = nameEnd - 1;
    int limit = Math.max(0, nameEnd - 16);
    while (j >= limit && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '-')) {
      j--;
    }
    if (j < 0 || text.charAt(j) != '<' || !NAME_ELEMENTS.contains(text, j + 1, nameEnd)) {
      return -1;
    }
    int k = keyEnd + 2; // </name>: the closing tag of the same element
    for (int c = j + 1; c < nameEnd; c++, k++) {
      if (k >= n || text.charAt(k) != text.charAt(c)) {
        return -1;
      }
    }
    if (k >= n || text.charAt(k) != '>') {
      return -1;
    }
    int end = Math.min(n, k + SPAN);
    k++;
    while (k < end && text.charAt(k) <= ' ') {
      k++;
    }
    if (k >= end || text.charAt(k) != '<') {
      return -1;
    }
    int valueName = ++k;
    while (k < end && (KeyNames.isAlnum(text.charAt(k)) || text.charAt(k) == '-')) {
      k++;
    }
    if (k >= end || text.charAt(k) != '>' || !VALUE_ELEMENTS.contains(text, valueName, k)) {
      return -1;
    }
    if (nameEnd - j - 1 != 2) {
      return k + 1; // name, key, param-name...: an HTML cell's name has two letters
    }
    int valueStart = k + 1;
    if (k + 2 < end && text.charAt(k + 1) == '<') {
      int m = k + 2;
      while (m < end && KeyNames.isLower(text.charAt(m))) {
        m++;
      }
      if (m < end && text.charAt(m) == '>' && INLINE_ELEMENTS.contains(text, k + 2, m)) {
        valueStart = m + 1; // <td><code>v</code></td>: the text inside the cell's inline element
      }
    }
    for (int v = valueStart; v < end && text.charAt(v) != '<'; v++) {
      if (text.charAt(v) <= ' ') {
        return -1; // a documentation table describes the field in words: <td>password</td><td>The password</td>
      }
    }
    return valueStart;
  }

  /** How far {@link #cefLabelledValue} looks for the field a CEF label names, either way. */
  private static final int CEF_SPAN = 128;

  /**
   * CEF's custom fields carry their meaning in a label field: {@code cs1Label=password cs1=<v>}, in either
   * order. When the key is the whole value of a field named {@code <field>Label}: where the value of
   * {@code <field>} starts, on the same line within {@link #CEF_SPAN} characters; or -1.
   */
  static int cefLabelledValue(CharSequence text, int keyStart, int keyEnd) {
    int n = text.length();
    if (keyStart < 7 || !KeyNames.regionEquals(text, keyStart - 6, "Label=")
        || keyEnd < n && text.charAt(keyEnd) != ' ' && text.charAt(keyEnd) != '\r' && text.charAt(keyEnd) != '\n') {
      return -1;
    }
    int nameEnd = keyStart - 6;
    int j = nameEnd - 1;
    int limit = Math.max(0, nameEnd - 24);
    while (j >= limit && KeyNames.isAlnum(text.charAt(j))) {
      j--;
    }
    int nameStart = j + 1;
    if (nameStart == nameEnd || j >= 0 && text.charAt(j) != ' ' && text.charAt(j) != '|') {
      return -1;
    }
    int end = Math.min(n, keyEnd + CEF_SPAN);
    for (int p = keyEnd + 1; p < end && text.charAt(p - 1) != '\n'; p++) {
      if (text.charAt(p - 1) == ' ' && fieldNamed(text, p, nameStart, nameEnd)) {
        return p + nameEnd - nameStart + 1;
      }
    }
    int stop = Math.max(0, nameStart - CEF_SPAN);
    for (int p = nameStart - 2; p > stop && text.charAt(p) != '\n'; p--) {
      if ((text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '|') && fieldNamed(text, p, nameStart, nameEnd)) {
        return p + nameEnd - nameStart + 1;
      }
    }
    return -1;
  }

  /** Whether {@code text[nameStart, nameEnd)} and then {@code =} start at {@code p}. */
  private static boolean fieldNamed(CharSequence text, int p, int nameStart, int nameEnd) {
    int equals = p + nameEnd - nameStart;
    return equals < text.length() && text.charAt(equals) == '=' && Detector.sameAnchorAt(text, p, nameStart, nameEnd);
  }

  /**
   * Whether the key is a {@code key} or {@code name} attribute whose quoted value a {@code value} or
   * {@code content} attribute follows: {@code <add key="Smtp:Password" value="v"/>} (.NET's appSettings),
   * so the attribute's value names the entry and is no secret. Reads at most 128 characters.
   */
  static boolean namesValueAttribute(CharSequence text, int keyStart, int keyEnd, int valueAt) {
    int n = text.length();
    if (keyEnd - keyStart != 3 && keyEnd - keyStart != 4 || !KeyNames.equalsIgnoreCase(text, keyStart, keyEnd, "key")
        && !KeyNames.equalsIgnoreCase(text, keyStart, keyEnd, "name") || valueAt + 1 >= n) {
      return false;
    }
    if (text.charAt(valueAt) == '\\') {
      valueAt++; // key=\"Smtp:Password\" value=\"v\": the element inside a JSON string or a string literal
    }
    if (!isQuote(text.charAt(valueAt))) {
      return false;
    }
    char quote = text.charAt(valueAt);
    int limit = Math.min(n, valueAt + 128);
    int j = valueAt + 1;
    while (j < limit && text.charAt(j) != quote && text.charAt(j) != '\n') {
      j++;
    }
    if (j >= limit || text.charAt(j) != quote) {
      return false;
    }
    j = skipBlanks(text, j + 1);
    return KeyNames.regionEqualsIgnoreCase(text, j, "value=") || KeyNames.regionEqualsIgnoreCase(text, j, "content=");
  }

  /**
   * Whether the key is the whole value of a name field: {@code "name":"DB_PASSWORD"},
   * {@code 'Key': 'API_KEY'}, {@code name=DB_PASSWORD}, {@code - name: DB_PASSWORD}. Reads at most 48
   * characters before the name field's value (and 96 more along a path or URL that ends in the key).
   */
  static boolean namedBySibling(CharSequence text, int keyStart) {
    return nameFieldStart(text, keyStart) >= 0;
  }

  /**
   * Where the name field whose whole value is the key starts (at its opening quote, if any), or -1.
   * The key may end a quoted path, as AWS SSM parameters are named ({@code "name":"/app/prod/api-key"}),
   * or a quoted URL's path, as Azure Key Vault names a secret
   * ({@code "id":"https://kv.vault.azure.net/secrets/db-password"}).
   */
  private static int nameFieldStart(CharSequence text, int keyStart) {
    int start = keyStart;
    if (start > 0 && text.charAt(start - 1) == '/') {
      int p = start - 1;
      int stop = Math.max(0, keyStart - 96);
      while (p >= stop && (CharClass.KEY.contains(text.charAt(p)) || text.charAt(p) == '/')) {
        p--;
      }
      if (p > stop && text.charAt(p) == ':' && text.charAt(p + 1) == '/') { // the URL's scheme, https://
        p--;
        while (p >= stop && KeyNames.isLower(text.charAt(p))) {
          p--;
        }
      } else if (p >= 0 && text.charAt(p + 1) != '/') {
        return -1;
      }
      if (p < 0 || !isQuote(text.charAt(p))) {
        return -1;
      }
      start = p + 1;
    }
    int limit = Math.max(0, start - 2 * MAX_QUOTING - 16); // "name":" as four strings deep escape it
    int j = skipQuotesBack(text, start - 1, limit);
    while (j >= limit && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j--;
    }
    if (j < limit || (text.charAt(j) != ':' && text.charAt(j) != '=')) {
      return -1;
    }
    j--;
    while (j >= limit && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j--;
    }
    j = skipQuotesBack(text, j, limit);
    int fieldEnd = j + 1;
    while (j >= limit && KeyNames.isAlnum(text.charAt(j))) {
      j--;
    }
    if (j >= 0 && CharClass.KEY.contains(text.charAt(j))) {
      return -1; // file_name: ..., a longer field whose last word is name
    }
    if (fieldEnd - j - 1 == 4 && KeyNames.regionEquals(text, j + 1, "path")) {
      // a JSON Patch operation (RFC 6902), {"op":"replace","path":"/password","value":"v"}; a path alone names none
      return patchOpBefore(text, skipQuotesBack(text, j, limit)) ? skipQuotesBack(text, j, limit) + 1 : -1;
    }
    return NAME_FIELDS.contains(text, j + 1, fieldEnd) ? skipQuotesBack(text, j, limit) + 1 : -1;
  }

  /** What a JSON Patch operation's {@code op} field may hold. */
  private static final KeyNames.Words PATCH_OPS =
      new KeyNames.Words("add", "remove", "replace", "move", "copy", "test");

  /**
   * Whether the field before {@code j} (the character before a field's name, at most its quote) is a
   * JSON Patch {@code "op":"<operation>",}, also JSON-escaped. Reads at most 24 characters back.
   */
  private static boolean patchOpBefore(CharSequence text, int j) {
    int limit = Math.max(0, j - 24);
    while (j >= limit && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j--;
    }
    if (j < limit || text.charAt(j) != ',') {
      return false;
    }
    j = skipQuotesBack(text, j - 1, limit);
    int wordEnd = j + 1;
    while (j >= limit && KeyNames.isLower(text.charAt(j))) {
      j--;
    }
    if (!PATCH_OPS.contains(text, j + 1, wordEnd)) {
      return false;
    }
    j = skipQuotesBack(text, j, limit);
    if (j < limit || text.charAt(j) != ':') {
      return false;
    }
    j = skipQuotesBack(text, j - 1, limit);
    return j >= 1 && text.charAt(j) == 'p' && text.charAt(j - 1) == 'o'
        && (j == 1 || !KeyNames.isAlnum(text.charAt(j - 2)));
  }

  /**
   * The value field of the entry whose name field holds the key when it comes first:
   * {@code {"value":"<v>","name":"DB_PASSWORD"}}, also JSON-escaped. Walks back over up to four
   * fields, each before a comma, within {@link #SPAN} characters of the name field. Returns, as
   * {@link #siblingValue} does, {@link Detector#pack} of the value field's start and its value's
   * start, or {@link Detector#NO_MATCH}.
   */
  static long precedingValue(CharSequence text, int keyStart) {
    int nameField = nameFieldStart(text, keyStart);
    if (nameField < 0) {
      return NO_MATCH;
    }
    int limit = Math.max(0, nameField - SPAN);
    int j = nameField - 1;
    for (int fields = 0; fields < 4; fields++) {
      j = skipBlanksBack(text, j, limit);
      if (j < limit || text.charAt(j) != ',') {
        return NO_MATCH;
      }
      j = skipBlanksBack(text, j - 1, limit);
      if (j < limit) {
        return NO_MATCH;
      }
      // The field's value ends at j: a quoted string (its opening quote found on the same line) or a scalar.
      char c = text.charAt(j);
      int valueStart;
      if (isQuote(c)) {
        int k = j - 1;
        while (k >= limit && text.charAt(k) != c && text.charAt(k) != '\n') {
          k--;
        }
        if (k < limit || text.charAt(k) != c) {
          return NO_MATCH;
        }
        valueStart = k > 0 && text.charAt(k - 1) == '\\' ? k - 1 : k;
      } else {
        int k = j;
        while (k >= limit && (c = text.charAt(k)) != ':' && c != '=' && c != ',' && c != '{' && c != '\n') {
          k--;
        }
        valueStart = k + 1;
      }
      int colon = skipBlanksBack(text, valueStart - 1, limit);
      if (colon < limit || (text.charAt(colon) != ':' && text.charAt(colon) != '=')) {
        return NO_MATCH;
      }
      int m = skipQuotesBack(text, skipBlanksBack(text, colon - 1, limit), limit);
      int nameEnd = m + 1;
      while (m >= limit && (KeyNames.isAlnum(text.charAt(m)) || text.charAt(m) == '_')) {
        m--;
      }
      if (m + 1 == nameEnd) {
        return NO_MATCH;
      }
      int fieldStart = skipQuotesBack(text, m, limit) + 1;
      if (VALUE_FIELDS.contains(text, m + 1, nameEnd)) {
        return Detector.pack(fieldStart, skipBlanks(text, colon + 1));
      }
      j = fieldStart - 1;
    }
    return NO_MATCH;
  }

  private static int skipBlanksBack(CharSequence text, int j, int limit) {
    while (j >= limit && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j--;
    }
    return j;
  }

  private static int skipQuotesBack(CharSequence text, int j, int limit) {
    int stop = Math.max(limit, j - MAX_QUOTING); // \\\", a quote escaped in JSON two strings deep, and deeper
    while (j >= stop && (isQuote(text.charAt(j)) || text.charAt(j) == '\\')) {
      j--;
    }
    return j;
  }

  private static int skipQuotes(CharSequence text, int j, int limit) {
    int stop = Math.min(limit, j + MAX_QUOTING);
    while (j < stop && (isQuote(text.charAt(j)) || text.charAt(j) == '\\')) {
      j++;
    }
    return j;
  }

  /**
   * The value field of the entry whose name field ends at {@code i}: up to four fields later, within
   * {@link #SPAN} characters, each after a comma, a semicolon or a line break (YAML) (the first also after a blank
   * when the name was quoted, as protobuf's text format prints it, or after {@code ][}), and before anything
   * that closes the entry or opens another ({@code }}, {@code - }, {@code {}, {@code [}). Returns
   * {@link Detector#pack} of the value field's start and its value's start, or {@link Detector#NO_MATCH}.
   * {@code valueFrom} is not a value field, so secret references stay.
   */
  static long siblingValue(CharSequence text, int i) {
    int limit = Math.min(text.length(), i + SPAN);
    int j = i;
    for (int fields = 0; fields < 4; fields++) {
      j = skipBlanks(text, j);
      if (j >= limit) {
        return NO_MATCH;
      }
      char c = text.charAt(j);
      // protobuf's text format parts fields with a blank: key: "x-api-key" value: "v", the value field next
      boolean blankParted = fields == 0 && j > i && text.charAt(i - 1) == '"' && KeyNames.isLower(c);
      if (c == ',' || c == ';') {
        j++;
      } else if (escapedLineBreak(text, j, limit)) {
        // a JSON log's escaped line break, one string: Property: db.password\n    Value: \"v\" (Spring Boot)
        j += escapedLineBreak(text, j + 2, limit) ? 4 : 2;
      } else if (c == '[' && j > 0 && text.charAt(j - 1) == ']') {
        j++; // HttpClient 4's cookie, [name: JSESSIONID][value: v]: each field in brackets of its own
      } else if (c != '\n' && c != '\r' && !blankParted) {
        return NO_MATCH;
      }
      while (j < limit && text.charAt(j) <= ' ') {
        j++;
      }
      // a plan's or a diff's marker before the field (Terraform, OpenTofu, Pulumi: + value = "v", ~ value = ...);
      // "- " opens YAML's next list entry, so it is a marker only before an HCL field (name = ...)
      char marker = j + 1 < limit && "+~-".indexOf(text.charAt(j)) >= 0 && text.charAt(j + 1) == ' '
          && (c == '\n' || c == '\r') ? text.charAt(j) : 0;
      if (marker != 0) {
        j = skipBlanks(text, j + 2);
      }
      int fieldStart = j;
      j = skipQuotes(text, j, limit);
      int nameStart = j;
      while (j < limit && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '_')) {
        j++;
      }
      int nameEnd = j;
      j = skipBlanks(text, skipQuotes(text, j, limit));
      if (nameEnd == nameStart || j >= limit || (text.charAt(j) != ':' && text.charAt(j) != '=')
          || marker == '-' && text.charAt(j) != '=' && !(fields == 0 && swiftDumpKeyLine(text, i, fieldStart))) {
        return NO_MATCH;
      }
      j = skipBlanks(text, j + 1);
      if (VALUE_FIELDS.contains(text, nameStart, nameEnd)) {
        if (emptyBeforeField(text, j, limit)) {
          return NO_MATCH; // the kubelet's Go dump EnvVar{Name:DB_PASSWORD,Value:,ValueFrom:&EnvVarSource{...}}
        }
        return Detector.pack(fieldStart, j);
      }
      if (blankParted) {
        return NO_MATCH;
      }
      // Another field of the entry ("type":"String", masked: false): skip its scalar value.
      if (j < limit && text.charAt(j) == '\\') {
        j++;
      }
      if (j < limit && isQuote(text.charAt(j))) {
        char quote = text.charAt(j++);
        while (j < limit && text.charAt(j) != quote && text.charAt(j) != '\n') {
          j++;
        }
        if (j >= limit || text.charAt(j) != quote) {
          return NO_MATCH;
        }
        j++;
      } else {
        while (j < limit && (c = text.charAt(j)) != ',' && c != '\n' && c != '\r' && c != '}' && c != ')') {
          if (c == '{' || c == '[') {
            return NO_MATCH;
          }
          j++;
        }
      }
    }
    return NO_MATCH;
  }

  /** Whether {@code text} at {@code j} holds an escaped line break, {@code \n} or {@code \r}, before {@code limit}. */
  static boolean escapedLineBreak(CharSequence text, int j, int limit) {
    return j + 1 < limit && text.charAt(j) == '\\' && (text.charAt(j + 1) == 'n' || text.charAt(j + 1) == 'r');
  }

  /**
   * Whether the name field ending at {@code i} is a tuple's {@code key} as Swift's {@code dump} prints a
   * dictionary entry, {@code - key: "X-Api-Key"}, at the indentation of the {@code - } that opens the next field
   * at {@code fieldStart - 2} ({@code - value: "v"}): there {@code - } marks each field, not a YAML list's next
   * entry. Reads the name field's line only.
   */
  private static boolean swiftDumpKeyLine(CharSequence text, int i, int fieldStart) {
    int valueIndent = fieldStart - 2;
    int lineStart = valueIndent;
    while (lineStart > 0 && text.charAt(lineStart - 1) == ' ') {
      lineStart--;
    }
    int indent = valueIndent - lineStart;
    int j = i;
    int stop = Math.max(0, i - SPAN);
    while (j > stop && text.charAt(j - 1) != '\n') {
      j--;
    }
    for (int k = 0; k < indent; k++) {
      if (j + k >= i || text.charAt(j + k) != ' ') {
        return false;
      }
    }
    return KeyNames.regionEquals(text, j + indent, "- key: \"");
  }

  /**
   * Whether the value at {@code j} is empty: a comma, then at once the next field's name and a colon, as Go's
   * {@code %+v} prints a struct ({@code Value:,ValueFrom:nil}). Reads at most 48 characters.
   */
  private static boolean emptyBeforeField(CharSequence text, int j, int limit) {
    if (j >= limit || text.charAt(j) != ',') {
      return false;
    }
    int k = j + 1;
    int stop = Math.min(limit, k + 48);
    while (k < stop && KeyNames.isAlnum(text.charAt(k))) {
      k++;
    }
    return k > j + 1 && k < stop && text.charAt(k) == ':' && KeyNames.isUpper(text.charAt(j + 1));
  }
}
