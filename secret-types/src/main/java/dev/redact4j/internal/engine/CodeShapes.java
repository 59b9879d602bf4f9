package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.KeyValueDetector.MAX_KEY;
import static dev.redact4j.internal.engine.KeyValueDetector.MAX_VALUE;
import static dev.redact4j.internal.engine.KeyValueDetector.isQuote;
import static dev.redact4j.internal.engine.KeyValueDetector.skipBlanks;
import static dev.redact4j.internal.engine.ValueShapes.looksGenerated;

/**
 * Code around a key that assigns no literal secret, and which literal a call passes: a field set from a
 * variable ({@code this.token = token}), a keyword argument passing a variable of its own name, a name
 * compared with a key, a method of a named object, a string's concatenation, a typed declaration's
 * {@code =}, a conditional's branch; and a call's sole or last literal argument
 * ({@code changeUserPassword("bob", "v")}). Static and allocation-free; each reads the key, one identifier
 * or operator after it, at most 128 characters back to a call's name, and a call's literal arguments of up
 * to {@link KeyValueDetector#MAX_VALUE} characters each.
 */
final class CodeShapes {
  private CodeShapes() {}

  /** Methods of strings and of Unix's password databases that take an encoding, a separator or a name. */
  private static final KeyNames.Words PARAMETER_METHODS = new KeyNames.Words(
      "encode", "decode", "split", "rsplit", "partition", "strip", "lstrip", "rstrip", "startswith", "endswith",
      "getbytes", "format", "search", "match", "getpwnam", "getspnam", "getgrnam");

  /** String types a declaration may name between its key and {@code =}. */
  private static final String[] STRING_TYPES = {"string", "String", "str", "&str"};

  /** Whether the key's last dotted name starts lower-case, as a method's does: {@code Intercom.setAuthToken}. */
  /**
   * Whether the key is a method called on an object that the key word names, a method whose argument is a
   * parameter of the operation ({@link #PARAMETER_METHODS}): {@code password.encode("utf-8")},
   * {@code token.split(":")}, {@code pwd.getpwnam("nobody")}; not {@code secret.assign("v")} nor
   * {@code password.equals("v")}, which take a value, nor POP3's {@code client.pass_("v")}, whose key word is the
   * method's.
   */
  static boolean methodOfNamedObject(CharSequence text, int keyStart, int keyEnd, int anchorStart) {
    int dot = keyEnd - 1;
    while (dot > anchorStart && text.charAt(dot) != '.') {
      dot--;
    }
    return dot > Math.max(keyStart, anchorStart) && PARAMETER_METHODS.contains(text, dot + 1, keyEnd);
  }

  static boolean methodName(CharSequence text, int keyStart, int keyEnd) {
    int j = keyEnd;
    while (j > keyStart && (KeyNames.isAlnum(text.charAt(j - 1)) || text.charAt(j - 1) == '_')) {
      j--;
    }
    return j < keyEnd && KeyNames.isLower(text.charAt(j));
  }

  /** Whether the literal that opens at {@code quoteAt} is a call's only argument: {@code setAccessToken("v")}. */
  static boolean soleArgument(CharSequence text, int quoteAt) {
    char quote = text.charAt(quoteAt);
    int close = ValueEnds.closingQuote(text, quoteAt + 1, quote, false, MAX_VALUE);
    return close + 1 < text.length() && text.charAt(close) == quote && text.charAt(close + 1) == ')';
  }

  /**
   * Where the password literal of a call named {@code ...UserPassword} starts, whose first literal, at
   * {@code quoteAt}, is the user: mongosh's {@code db.changeUserPassword("bob", "v")}. Any other call's
   * literal is its value ({@code quoteAt}); so is the first when no second literal follows it. A call named
   * {@code ...Credentials} takes the password last: sbt's {@code Credentials("realm", "host", "user", "v")}.
   *
   * @return the literal's start; -1 when a credentials call's last argument is no literal ({@code ****})
   */
  static int userThenPassword(CharSequence text, int keyStart, int keyEnd, int quoteAt) {
    if (keyEnd - keyStart >= 11 && KeyNames.regionEqualsIgnoreCase(text, keyEnd - 11, "credentials")) {
      return lastLiteral(text, quoteAt);
    }
    if (keyEnd - keyStart < 12 || !KeyNames.regionEqualsIgnoreCase(text, keyEnd - 12, "userpassword")) {
      return quoteAt;
    }
    char quote = text.charAt(quoteAt);
    int close = ValueEnds.closingQuote(text, quoteAt + 1, quote, false, MAX_KEY);
    if (close >= text.length() || text.charAt(close) != quote) {
      return quoteAt;
    }
    int next = skipBlanks(text, close + 1 < text.length() && text.charAt(close + 1) == ',' ? close + 2 : close);
    return next > close + 1 && next < text.length() && text.charAt(next) == quote ? next : quoteAt;
  }

  /**
   * The start of the last of a call's literal arguments, the first at {@code quoteAt}, when the call closes right
   * after it; -1 when a later argument is no literal; {@code quoteAt} when a literal is not closed. Reads at most
   * eight arguments of up to {@link KeyValueDetector#MAX_VALUE} characters each.
   */
  private static int lastLiteral(CharSequence text, int quoteAt) {
    int n = text.length();
    int at = quoteAt;
    for (int arg = 0; arg < 8; arg++) {
      char quote = text.charAt(at);
      int close = ValueEnds.closingQuote(text, at + 1, quote, false, MAX_VALUE);
      if (close >= n || text.charAt(close) != quote) {
        return quoteAt;
      }
      int next = skipBlanks(text, close + 1);
      if (next < n && text.charAt(next) == ')') {
        return at;
      }
      next = next < n && text.charAt(next) == ',' ? skipBlanks(text, next + 1) : n;
      if (next >= n || !isQuote(text.charAt(next))) {
        return -1;
      }
      at = next;
    }
    return -1;
  }

  /**
   * A keyword argument that passes a variable of its own name, {@code connect(host=h, password=password)}:
   * the value is the key again, exactly, and ends the argument ({@code ,} or {@code )}), and the call is
   * code: its name starts lower-case or is qualified ({@code redis.Redis(}). Lombok's
   * {@code DbConfig(password=password)} prints a field's value, and a pair among pairs
   * ({@code user=admin password=password}) is a literal: both stay hidden. Reads at most 128
   * characters back.
   */
  static boolean argumentNamedAfterItself(CharSequence text, int keyStart, int keyEnd, int valueAt) {
    int n = text.length();
    int len = keyEnd - keyStart;
    int after = valueAt + len;
    if (after >= n || text.charAt(after) != ',' && text.charAt(after) != ')') {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (text.charAt(keyStart + k) != text.charAt(valueAt + k)) {
        return false;
      }
    }
    // The call's opening parenthesis: right before the key, or before earlier arguments on the same line.
    int open = keyStart - 1;
    int limit = Math.max(0, keyStart - 128);
    if (open >= 1 && text.charAt(open) == ' ' && text.charAt(open - 1) == ',') {
      while (open > limit && text.charAt(open) != '(' && text.charAt(open) != ')' && text.charAt(open) != '\n') {
        open--;
      }
    }
    if (open < 1 || text.charAt(open) != '(') {
      return indentedAlone(text, keyStart); // a call's arguments one to a line, as black formats them
    }
    int name = open;
    while (name > limit && (KeyNames.isAlnum(text.charAt(name - 1)) || text.charAt(name - 1) == '_')) {
      name--;
    }
    return name < open && (KeyNames.isLower(text.charAt(name)) || name > 0 && text.charAt(name - 1) == '.');
  }

  /**
   * Whether only blanks, at least one, come before {@code keyStart} on its line
   * ({@link KeyValueDetector#atLineStart}, which reads at most 65 characters back).
   */
  private static boolean indentedAlone(CharSequence text, int keyStart) {
    return keyStart > 0 && (text.charAt(keyStart - 1) == ' ' || text.charAt(keyStart - 1) == '\t')
        && KeyValueDetector.atLineStart(text, keyStart);
  }

  /**
   * Code that sets a field from a variable or a call: {@code this.dbPassword = dbPassword;},
   * {@code self.token = token}, {@code this.secret = secret(cfg);}, or an entry of a dict or map from one
   * ({@code params["password"] = password}, a traceback's code line). A literal secret in code is quoted;
   * an unquoted identifier that names a secret itself, after {@code this.}, {@code self.} or a quoted
   * subscript and {@code " = "}, is a name.
   */
  static boolean memberGetsVariable(CharSequence text, int keyStart, int valueAt) {
    int n = text.length();
    if (!(KeyNames.regionEquals(text, keyStart, "this.") || KeyNames.regionEquals(text, keyStart, "self.")
        || subscriptKey(text, keyStart))
        || valueAt < 2 || text.charAt(valueAt - 1) != ' ' || text.charAt(valueAt - 2) != '=') {
      return false;
    }
    int j = valueAt;
    while (j < n && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '$')) {
      j++;
    }
    return j > valueAt && !KeyNames.isDigit(text.charAt(valueAt)) && KeyNames.containsTermWord(text, valueAt, j)
        && (j == n || text.charAt(j) == ';' || text.charAt(j) == '(' || text.charAt(j) <= ' ');
  }
  /** Whether the key at {@code keyStart} is quoted in a subscript: {@code params["password"]}, {@code d['token']}. */
  private static boolean subscriptKey(CharSequence text, int keyStart) {
    return keyStart >= 3 && (text.charAt(keyStart - 1) == '"' || text.charAt(keyStart - 1) == '\'')
        && text.charAt(keyStart - 2) == '[' && KeyNames.isAlnum(text.charAt(keyStart - 3));
  }


  /**
   * Whether quoted text that starts with {@code +} is the middle of a concatenation ({@code "+ pw +"},
   * {@code "+password+"}, {@code "+getPw()"}) rather than a value that starts with {@code +}: a blank,
   * a closing {@code +}, or a call; generated base64 closed by its quote is a value
   * ({@code "+EMl/43PS...c7svA="}), and so is a password such as {@code +qIXFYs9gzchFy7l}.
   */
  static boolean concatenated(CharSequence text, int start, int end) {
    if (closedBase64(text, start, end)) {
      return false;
    }
    if (end - start < 2 || text.charAt(end - 1) == '+') {
      return true;
    }
    for (int j = start + 1; j < end; j++) {
      char c = text.charAt(j);
      if (c <= ' ' || c == '(') {
        return true;
      }
    }
    return !ValueShapes.looksSecret(text, start + 1, end, Integer.MAX_VALUE);
  }

  /**
   * A quoted value that starts with {@code +} yet is base64 rather than a concatenation: generated, not
   * ending with {@code +}, and closed by a quote ({@code "signing_key": "+EMl/43PS...c7svA="}).
   */
  private static boolean closedBase64(CharSequence text, int start, int end) {
    return end < text.length() && isQuote(text.charAt(end)) && text.charAt(end - 1) != '+'
        && looksGenerated(text, start, end);
  }

  /**
   * Whether an unquoted name that code compares with a key starts at {@code at}: identifiers joined by dots
   * ({@code expected}, {@code TOKEN_PLACEHOLDER}, {@code self.eof}), ending the condition or opening an index or
   * a call ({@code data['confirm']}). Code quotes a literal; a generated value stays a value. Reads at most
   * {@link KeyValueDetector#MAX_VALUE} characters.
   */
  static boolean comparedName(CharSequence text, int at) {
    int end = ValueShapes.identifierPathEnd(text, at, Math.min(text.length(), at + MAX_VALUE));
    char after = end < text.length() ? text.charAt(end) : ' ';
    return end > at && (after <= ' ' || ":;,)([]".indexOf(after) >= 0) && !looksGenerated(text, at, end);
  }

  /** Whether an identifier at {@code i}, after blanks, ends a statement or an argument: {@code UNDECIDED;}. */
  static boolean conditionalBranch(CharSequence text, int i) {
    int n = text.length();
    int j = skipBlanks(text, i);
    int start = j;
    while (j < n && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '.')) {
      j++;
    }
    return j > start && j < n && (text.charAt(j) == ';' || text.charAt(j) == ')' || text.charAt(j) == ',');
  }

  /** A string-concatenation operator ({@code + . &}) after optional blanks at {@code i}. */
  static boolean concatenation(CharSequence text, int i) {
    int j = skipBlanks(text, i);
    if (j >= text.length()) {
      return true;
    }
    char c = text.charAt(j);
    char next = j + 1 < text.length() ? text.charAt(j + 1) : ' ';
    return c == '+' || c == '&' || c == ';' || c == ')' || c == ','
        || (c == '.' && (j > i || next == '$' || next == ' ' || KeyNames.isAlnum(next)));
  }

  /**
   * Where the {@code =} is when a string type comes between the key and it, at {@code i} (where the
   * separator {@code sep} long was looked for): Go's {@code apiToken string = "v"}, Kotlin's, Python's and
   * TypeScript's {@code apiToken: String = "v"}; else -1.
   */
  static int typedDeclaration(CharSequence text, int i, int sep) {
    int n = text.length();
    // One read decides most hits (a key flood reads here at every key): a blank after the colon, then s, S or &.
    int at = sep == 0 ? i : sep == 1 && i + 1 < n && text.charAt(i + 1) == ' ' && text.charAt(i) == ':'
        ? skipBlanks(text, i + 1) : -1;
    if (at < 0 || at >= n) {
      return -1;
    }
    char first = text.charAt(at);
    if (first != 's' && first != 'S' && first != '&') {
      return -1;
    }
    for (String type : STRING_TYPES) {
      if (KeyNames.regionEquals(text, at, type)) {
        int end = at + type.length();
        int eq = skipBlanks(text, end);
        if (eq > end && eq < n && text.charAt(eq) == '=' && (eq + 1 == n || text.charAt(eq + 1) != '=')) {
          return eq;
        }
      }
    }
    return -1;
  }
}
