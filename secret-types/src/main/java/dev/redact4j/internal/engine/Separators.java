package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.KeyValueDetector.MAX_GAP;
import static dev.redact4j.internal.engine.KeyValueDetector.MAX_KEY;
import static dev.redact4j.internal.engine.KeyValueDetector.isQuote;
import static dev.redact4j.internal.engine.KeyValueDetector.skipBlanks;
import static dev.redact4j.internal.engine.ProseValues.proseWord;
import static dev.redact4j.internal.engine.ValueEnds.htmlQuote;
import static dev.redact4j.internal.engine.XmlElements.closingInlineTag;

/**
 * Separators between a key and its value, and the escapes around them: which separator stands after a
 * key ({@code = : => :=}, Make's and PHP's, URL-encoded once or twice, a console table's leader), what
 * closes a key before it (quotes escaped in JSON up to four strings deep, a closing inline tag, hex and
 * JSON unicode escapes), whether backslashes escape a separator, whether a key is a GitHub Actions workflow
 * command's name, and where an encoded value ends. Static and allocation-free; each reads at most
 * {@link KeyValueDetector#MAX_KEY} characters back, and forward at most
 * {@link KeyValueDetector#MAX_GAP} blanks or a leader, 16 backslashes, a quoted phrase of
 * {@link #MAX_DASHED_VALUE} characters, or the value it is given.
 */
final class Separators {
  private Separators() {}

  /** Most backslashes before a quote escaped again at each depth of JSON in JSON: 15, four strings deep. */
  private static final int MAX_ESCAPE_RUN = 15;

  private static final String[] WORKFLOW_COMMANDS = {"::set-output name=", "::save-state name="};

  /** The longest quoted value after a dash that {@link #dashedQuotedValue} reads. */
  private static final int MAX_DASHED_VALUE = 256;

  /**
   * Whether {@code =} or {@code :} follows at {@code i}, after a closing quote and a blank or two: a cheap
   * look that sends the bare key of prose ({@code api key lookup took 3 ms}) away before the walk.
   */
  static boolean separatorFollows(CharSequence text, int i) {
    int n = text.length();
    if (i + 1 < n && text.charAt(i) == '\\' && isQuote(text.charAt(i + 1))) {
      i++; // {\"key\":\"v\"}, a JSON body inside a JSON string
    }
    if (i < n && isQuote(text.charAt(i))) {
      i++;
    }
    for (int blanks = 0; i < n && blanks < 2 && text.charAt(i) == ' '; blanks++) {
      i++;
    }
    return i < n && (text.charAt(i) == '=' || text.charAt(i) == ':');
  }

  /**
   * Whether backslashes from {@code at} (at most 16) escape a separator: {@code \:} and {@code \=} as a
   * properties file writes them in a key, {@code \":} after a key quoted in JSON inside JSON.
   */
  static boolean escapedSeparator(CharSequence text, int at) {
    int limit = Math.min(text.length(), at + 16);
    int j = at;
    while (j < limit && text.charAt(j) == '\\') {
      j++;
    }
    if (j < limit && text.charAt(j) == '"') {
      j++;
    }
    return j < text.length() && (text.charAt(j) == ':' || text.charAt(j) == '=');
  }

  /**
   * The length of a quote escaped at least twice at {@code i} (two or more backslashes, at most
   * {@link #MAX_ESCAPE_RUN}, then the quote), or 0.
   */
  static int deepEscapedQuote(CharSequence text, int i) {
    int limit = Math.min(text.length(), i + MAX_ESCAPE_RUN);
    int j = i;
    while (j < limit && text.charAt(j) == '\\') {
      j++;
    }
    return j - i >= 2 && j < text.length() && text.charAt(j) == '"' ? j - i + 1 : 0;
  }

  /** Whether a quote escaped for a JSON string, {@code \"}, starts at {@code i}. */
  static boolean escapedQuoteAt(CharSequence text, int i) {
    return i + 1 < text.length() && text.charAt(i) == '\\' && text.charAt(i + 1) == '"';
  }

  /**
   * The first {@code %26} or {@code %22} (an encoded {@code &} or quote) in {@code [start, end)}, or
   * {@code end}; after a separator encoded twice ({@code %253D}), {@code %2526} and {@code %2522} too.
   */
  static int encodedEnd(CharSequence text, int start, int end) {
    boolean twice = start >= 5 && twiceEncodedSeparator(text, start - 5);
    for (int j = start; j + 2 < end; j++) {
      if (text.charAt(j) == '%' && text.charAt(j + 1) == '2' && (text.charAt(j + 2) == '6' || text.charAt(j + 2) == '2')) {
        return j;
      }
      if (twice && j + 4 < end && KeyNames.regionEquals(text, j, "%252") && (text.charAt(j + 4) == '6' || text.charAt(j + 4) == '2')) {
        return j;
      }
    }
    return end;
  }

  /** {@code %253D} or {@code %253A} at {@code i} (either case): {@code =} or {@code :} URL-encoded twice. */
  private static boolean twiceEncodedSeparator(CharSequence text, int i) {
    return i + 4 < text.length() && KeyNames.regionEquals(text, i, "%253")
        && ((text.charAt(i + 4) | 0x20) == 'd' || (text.charAt(i + 4) | 0x20) == 'a');
  }

  static int skipKeyClosers(CharSequence text, int i) {
    int n = text.length();
    // a key's quote escaped in JSON up to four strings deep, \\\\\\\"; backslashes alone no further than 8
    int limit = Math.min(n, i + Math.max(8, i < n && text.charAt(i) == '\\' ? deepEscapedQuote(text, i) : 0));
    while (i < limit) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'' || c == ']' || c == '`') {
        i++;
      } else if (c == '>' && i + 1 < n && text.charAt(i + 1) == '>' && text.charAt(i - 1) == '"') {
        i += 2; // an Erlang or Elixir binary as a map's key or a pair's first element: #{<<"password">> => ...}
      } else if (c == '[' && i + 1 < n && (text.charAt(i + 1) == ']' || KeyNames.isDigit(text.charAt(i + 1)))) {
        i++; // char secret[25] = "...", secret[] = "..."
        while (i < limit && KeyNames.isDigit(text.charAt(i))) {
          i++;
        }
      } else if (c == '\\' && i + 1 < n && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
        i += 2;
      } else if (c == '%' && i + 2 < n && (text.charAt(i + 1) == '5' && (text.charAt(i + 2) | 0x20) == 'd'
          || text.charAt(i + 1) == '2' && text.charAt(i + 2) == '2')) {
        i += 3; // user%5Bpassword%5D=, %22password%22%3A: an encoded ] or quote
      } else if (c == '\\' && (unicodeEscape(text, i, "0022") || unicodeEscape(text, i, "0027"))) {
        i += 6; // a quote escaped as backslash-u0022 or -u0027: JSON in a string as .NET or Gson write it
      } else if (c == '\\' && (hexEscape(text, i, "22") || hexEscape(text, i, "27"))) {
        i += 4; // \x22password\x22: a quote as nginx escapes a request body, or a JavaScript string
      } else if (c == '&' && htmlQuote(text, i) > 0) {
        i += htmlQuote(text, i); // {&quot;password&quot;:&quot;...&quot;}: HTML- or XML-escaped JSON
      } else if (c == '*' && i + 1 < n && text.charAt(i + 1) == '*') {
        i += 2; // Markdown bold: **password**: v
      } else if (c == '<' && closingInlineTag(text, i) > 0) {
        i = closingInlineTag(text, i); // an error page's <b>password</b>: v
      } else {
        break;
      }
    }
    return i;
  }

  static boolean escapeAt(CharSequence text, int i, boolean unicode, String code) {
    return unicode ? unicodeEscape(text, i, code) : hexEscape(text, i, code);
  }

  /** Skips encoded blanks ({@code %20}) at {@code i}, at most {@link KeyValueDetector#MAX_GAP} characters of them. */
  static int skipEncodedBlanks(CharSequence text, int i) {
    int limit = Math.min(text.length() - 2, i + MAX_GAP);
    while (i < limit && text.charAt(i) == '%' && text.charAt(i + 1) == '2' && text.charAt(i + 2) == '0') {
      i += 3;
    }
    return i;
  }

  /**
   * Whether the key that ends at {@code i} is the name of a GitHub Actions workflow command that sets a
   * value after {@code ::} ({@code ::set-output name=db_password::v}, {@code ::save-state}). Reads back at most
   * {@link KeyValueDetector#MAX_KEY} characters and the command.
   */
  private static boolean workflowCommandName(CharSequence text, int i) {
    int j = i;
    int limit = Math.max(0, i - MAX_KEY);
    while (j > limit && CharClass.KEY.contains(text.charAt(j - 1))) {
      j--;
    }
    for (String command : WORKFLOW_COMMANDS) {
      if (j < i && j >= command.length() && KeyNames.regionEquals(text, j - command.length(), command)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Length of the separator at {@code i}: {@code = : => := -> ==}, Make's {@code ::= :::= ?= +=}, PHP's
   * {@code .= ??=}, {@code %3D} or {@code %3A} (also {@code %253D}), a leader ({@code ----}), or 0.
   */
  static int separator(CharSequence text, int i) {
    int n = text.length();
    if (i >= n) {
      return 0;
    }
    char c = text.charAt(i);
    if (KeyNames.isAlnum(c)) {
      return 0; // a word: every separator below starts with a symbol
    }
    char next = i + 1 < n ? text.charAt(i + 1) : 0;
    char third = i + 2 < n ? text.charAt(i + 2) : 0;
    if ((c == '?' || c == '+' || c == '.') && next == '=' && third != '=') {
      return 2; // ORDERS_TOKEN ?= value (Make), $token .= "value" (PHP): an assignment all the same
    }
    if (c == '?' && next == '?' && third == '=') {
      return 3; // $token ??= 'value'
    }
    if (c == ':' && next == ':' && (third == '=' || third == ':' && i + 3 < n && text.charAt(i + 3) == '=')) {
      return third == '=' ? 3 : 4; // Make's ::= and :::=
    }
    if (c == '=') {
      if (next == '=') {
        return third == '=' ? 3 : 2; // comparisons in code: password == "value"
      }
      // =~ is a regex match (password =~ /.../); =~ glued to a word is a value starting with ~
      return next == '>' ? 2 : next == '~' && (third <= ' ' || third == '/') ? 0 : 1;
    }
    if (c == '!' && next == '=') {
      return third == '=' ? 3 : 2;
    }
    if (c == ':') {
      if (next == ':') {
        // LDIF's base64 value (userPassword:: e1NT...), not a Haskell signature (password :: Text);
        // GitHub Actions' ::set-output name=db_password::v; else Java method references and C++ scopes
        return third == ' ' && i > 0 && text.charAt(i - 1) > ' ' || workflowCommandName(text, i) ? 2 : 0;
      }
      return next == '=' ? 2 : 1;
    }
    if (c == '-' && next == '>') {
      return 2;
    }
    if (c == '\uff1a' || c == '\uff1d') {
      return 1; // 密码：v, 密码＝v: the full-width colon and equals sign a Chinese or Japanese input method types
    }
    if (c == '%' && next == '3' && ((third | 0x20) == 'd' || (third | 0x20) == 'a')) {
      return 3; // URL-encoded = or :
    }
    if (c == '%' && twiceEncodedSeparator(text, i)) {
      return 5; // %253D: a query string passed in a parameter of another
    }
    if (c == '\\' && unicodeEscape(text, i, "003d")) {
      return 6; // = as Gson writes it inside a JSON string, backslash-u003d: "url":"...?access_token=<value>"
    }
    if (c == '\\' && (next == '=' || next == ':')) {
      return 2; // Properties.store() and CEF escape = and : in keys and values: password\=v
    }
    if (c == '\\' && (hexEscape(text, i, "3d") || hexEscape(text, i, "3a"))) {
      return 4; // = or : as JavaScript and nginx escape them, \x3d and \x3a
    }
    if (c == '-' && next == ' ' && i > 0 && text.charAt(i - 1) == ' ' && dashedQuotedValue(text, i + 2)) {
      return 1; // acme token - '<v>': notes and runbooks list a key so, the dash standing for the separator
    }
    if (c == '-' || c == '.') {
      return leader(text, i, c);
    }
    return 0;
  }

  /**
   * Whether a quote ({@code ' " `}) opens a blank-free value at {@code i} that the same quote closes within
   * {@link #MAX_DASHED_VALUE} characters: a quoted phrase after a dash ({@code token - "refresh failed"}) is
   * prose, and an unquoted word after one is a list's or a title's.
   */
  private static boolean dashedQuotedValue(CharSequence text, int i) {
    int n = text.length();
    if (i >= n || !isQuote(text.charAt(i))) {
      return false;
    }
    char quote = text.charAt(i);
    int limit = Math.min(n, i + 1 + MAX_DASHED_VALUE);
    for (int j = i + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == quote) {
        return j > i + 1;
      }
      if (c <= ' ') {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a hex escape (a backslash, {@code x}, two hex digits in either case) of {@code hex} (two
   * lower-case hex digits) starts at {@code i}: nginx writes a quote of a logged body as {@code \x22},
   * JavaScript and Python escape symbols of a string so.
   */
  static boolean hexEscape(CharSequence text, int i, String hex) {
    return i + 4 <= text.length() && text.charAt(i) == '\\' && text.charAt(i + 1) == 'x'
        && (text.charAt(i + 2) | 0x20) == hex.charAt(0) && (text.charAt(i + 3) | 0x20) == hex.charAt(1);
  }

  /**
   * Whether a JSON unicode escape (a backslash, {@code u}, four hex digits in either case) of
   * {@code hex} (four lower-case hex digits) starts at {@code i}. Gson escapes {@code = & ' < >} this
   * way by default, .NET's serializer quotes too.
   */
  static boolean unicodeEscape(CharSequence text, int i, String hex) {
    if (i + 6 > text.length() || text.charAt(i) != '\\' || text.charAt(i + 1) != 'u') {
      return false;
    }
    for (int k = 0; k < 4; k++) {
      if ((text.charAt(i + 2 + k) | 0x20) != hex.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Length of a leader between a label and its value in console tables and setup summaries, or 0: a
   * long arrow ({@code password ---> value}), or four or more dots ({@code Password ....... value},
   * {@code Password . . . . : value}) or three or more dashes ({@code Ldap password ---- value}),
   * optionally ended by {@code :} or {@code =}, then a blank. Three dots stay prose
   * ({@code Checking password ... done}). Reads at most {@link KeyValueDetector#MAX_GAP} characters.
   */
  private static int leader(CharSequence text, int i, char c) {
    int n = text.length();
    int limit = Math.min(n, i + MAX_GAP);
    int j = i;
    int count = 0;
    while (j < limit) {
      char d = text.charAt(j);
      if (d == c) {
        count++;
      } else if (!(d == ' ' && c == '.' && j + 1 < limit && text.charAt(j + 1) == c)) {
        break; // dots may be spaced: ". . . ."
      }
      j++;
    }
    if (c == '-' && j < n && text.charAt(j) == '>') {
      return j + 1 - i;
    }
    if (count < (c == '.' ? 4 : 3)) {
      return 0;
    }
    int k = skipBlanks(text, j);
    if (k < n && (text.charAt(k) == ':' || text.charAt(k) == '=')) {
      j = k + 1;
    }
    if (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      return j - i;
    }
    // password........<value> (HikariCP-style dumps): glued to a long run of dots, only a value with a
    // secret's make-up, so that "checking password........done" stays.
    return c == '.' && count >= 8 && j == i + count && proseWord(text, j, 6) == j ? j - i : 0;
  }
}
