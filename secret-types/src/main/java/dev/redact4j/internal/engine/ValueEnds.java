package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.KeyValueDetector.MAX_KEY;
import static dev.redact4j.internal.engine.KeyValueDetector.MAX_VALUE;
import static dev.redact4j.internal.engine.KeyValueDetector.isQuote;
import static dev.redact4j.internal.engine.KeyValueDetector.skipBlanks;
import static dev.redact4j.internal.engine.ValueShapes.allDigits;

/**
 * Where a value ends, and whether it is code rather than a value: unquoted values (which go on past
 * the symbols of a generated password, and stop at a blank, a quote, an ellipsis or the next
 * {@code key=} pair), quoted, HTML-escaped and ODBC-braced values, and calls, indexes and PowerShell
 * cmdlets. Static, allocation-free, and bounded: each reads at most {@link KeyValueDetector#MAX_VALUE}
 * characters and a short look-ahead.
 */
final class ValueEnds {
  private ValueEnds() {}

  /** Characters read past a symbol inside an unquoted value to tell whether the value goes on. */
  static final int LOOKAHEAD = MAX_KEY + 16;
  private static final String[] HTML_QUOTES = {"&quot;", "&#34;", "&#x22;", "&apos;", "&#39;", "&#x27;"};

  /**
   * An unquoted value that is code: an identifier (not starting with a digit) followed by {@code (}
   * or {@code [} that closes again, then nothing or more of a chain ({@code getPassword()},
   * {@code os.environ["X"]}, {@code cfg.get("a").get("b")}, {@code Buffer.from(x)}), or one whose
   * arguments go on past the value's end ({@code Buffer.from("k", ...}). A password
   * with a bracket inside ({@code TDRnU(Lbi8)wYbbr}, {@code 5X0XRl[rlDvPTB2c}) is no call.
   */
  static boolean isCall(CharSequence text, int start, int end) {
    char first = text.charAt(start);
    if (!KeyNames.isLower(first) && !KeyNames.isUpper(first) && first != '_' && first != '$') {
      return false;
    }
    boolean called = false;
    int j = start;
    while (j < end) {
      char c = text.charAt(j);
      if (c == '(' || c == '[') {
        int close = closingBracket(text, j, end);
        if (close == end) {
          return false;
        }
        if (close < 0) {
          return j > start; // Buffer.from("x", ...: the arguments go on past the value's end
        }
        called = true;
        j = close + 1;
        if (j < end && (text.charAt(j) == ';' || text.charAt(j) == ',') && j + 1 == end) {
          return true; // a statement's end: Optional.of(x);
        }
        if (j < end && text.charAt(j) == ',' && j + 1 < end && KeyNames.isLower(text.charAt(j + 1))) {
          j++; // min(8),max(64): a list of calls
          continue;
        }
        if (j < end && text.charAt(j) != '.' && text.charAt(j) != '(' && text.charAt(j) != '[') {
          return false; // TDRnU(Lbi8)wYbbr: text goes on after the bracket
        }
        continue;
      }
      if (!KeyNames.isAlnum(c) && c != '_' && c != '.' && c != '$') {
        return false;
      }
      j++;
    }
    return called;
  }

  /** A number's suffix at {@code k}: one of {@code L F D} (either case) or a hex number's {@code x} and digits. */
  private static boolean numberSuffix(CharSequence text, int k, int end) {
    char c = (char) (text.charAt(k) | 0x20);
    if (c == 'x') {
      int j = k + 1;
      while (j < end && CharClass.HEX.contains((char) (text.charAt(j) | 0x20))) {
        j++;
      }
      return j > k + 1 && (j == end || !KeyNames.isAlnum(text.charAt(j)));
    }
    return (c == 'l' || c == 'f' || c == 'd') && (k + 1 == end || !KeyNames.isAlnum(text.charAt(k + 1)));
  }

  /**
   * Index of the bracket that closes the one at {@code open}, before {@code end}; -1 if none does,
   * and {@code end} if what is inside is not arguments or an index: names, numbers, {@code . , : - $ _},
   * blanks and quoted strings ({@code Zs(8YH/m4FWIt<E)} holds symbols no argument list does).
   */
  private static int closingBracket(CharSequence text, int open, int end) {
    int depth = 0;
    for (int j = open; j < end; j++) {
      char c = text.charAt(j);
      if (KeyNames.isDigit(c) && !KeyNames.isAlnum(text.charAt(j - 1)) && text.charAt(j - 1) != '_') {
        int k = j + 1;
        while (k < end && (KeyNames.isDigit(text.charAt(k)) || text.charAt(k) == '.' || text.charAt(k) == '_')) {
          k++;
        }
        if (k < end && KeyNames.isAlnum(text.charAt(k)) && !numberSuffix(text, k, end)) {
          return end; // 2YbPjEN: no number, no name
        }
        j = k - 1;
        continue;
      }
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        if (--depth == 0) {
          return j;
        }
      } else if (isQuote(c)) {
        int close = j + 1;
        while (close < end && text.charAt(close) != c) {
          close++;
        }
        j = close;
      } else if (!KeyNames.isAlnum(c) && c != '.' && c != ',' && c != ':' && c != '-' && c != '$' && c != '_'
          && c != ' ' && c != '*' && c != '?' && c != '=' && c != '#') {
        return end; // names, numbers, SQL bindings (md5(?)), masks (Secret(****)), named arguments (len=12)
      }
    }
    return -1;
  }

  /** End of a quoted value; when no closing quote is in reach, the value ends like an unquoted one. */
  static int closingQuote(CharSequence text, int start, char quote, boolean escapedQuote) {
    return closingQuote(text, start, quote, escapedQuote, MAX_VALUE);
  }

  /** {@link #closingQuote(CharSequence, int, char, boolean)} reading at most {@code max} characters. */
  static int closingQuote(CharSequence text, int start, char quote, boolean escapedQuote, int max) {
    int limit = Math.min(text.length(), start + max);
    for (int j = start; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '\\') {
        if (escapedQuote && j + 1 < limit && text.charAt(j + 1) == quote) {
          return j;
        }
        j++; // an escaped character, \" inside a plain JSON string included
        continue;
      }
      if (c == quote || c == '\n' || c == '\r') {
        return j;
      }
    }
    return unquotedEnd(text, start, (char) 0, max);
  }

  /**
   * End of a quoted value that goes on past its closing quote: YAML's, SQL's and CSV's doubled quote
   * ({@code 'it''s'}, {@code "a""b"}) and how a shell quotes a single quote inside single quotes
   * ({@code 'a'"'"'b'}, {@code 'a'\''b'}). {@code end} is the closing quote of the part that starts at
   * {@code start}; each further part is read to its own closing quote, all within {@code max} characters of
   * {@code start}. Any other quote glued to the closing one ({@code 'v'"} ending a JSON string) ends the value.
   */
  static int gluedQuotedEnd(CharSequence text, int start, int end, int max) {
    int limit = Math.min(text.length(), start + max);
    while (end + 1 < limit && isQuote(text.charAt(end))) {
      char quote = text.charAt(end);
      int part;
      if (text.charAt(end + 1) == quote && quote != '`') {
        part = end + 2;
      } else if (quote == '\'' && (KeyNames.regionEquals(text, end + 1, "\"'\"'")
          || KeyNames.regionEquals(text, end + 1, "\\''"))) {
        part = end + (text.charAt(end + 1) == '"' ? 5 : 4);
      } else {
        break;
      }
      if (part >= limit) {
        break;
      }
      end = closingQuote(text, part, quote, false, limit - part);
    }
    return end;
  }

  /**
   * Where a single-quoted field's value ends in IntelliJ's generated {@code toString}
   * ({@code Foo{user='app', password='v'}}) when the quote at {@code end} that closed it is glued to a character
   * no field list puts there ({@code password='ab'^cd', port=1}: the password holds a quote): at the next quote
   * followed by {@code ", "} or a closing brace, parenthesis or bracket. The key must follow {@code {}, {@code (} or
   * {@code ", "} and the value {@code ='}. Reads at most {@link #LOOKAHEAD} characters on the line and stops at
   * {@code =} or an opening brace (the next field or object), so floods stay cheap; {@code end} otherwise.
   */
  static int dumpQuotedEnd(CharSequence text, int keyStart, int valueStart, int end) {
    int n = text.length();
    if (end + 1 >= n || keyStart < 2 || valueStart < 2 || text.charAt(valueStart - 2) != '='
        || text.charAt(end) != '\'' || " ,;)}]\r\n.+".indexOf(text.charAt(end + 1)) >= 0) {
      return end;
    }
    char before = text.charAt(keyStart - 1);
    if (before != '{' && before != '(' && !(before == ' ' && text.charAt(keyStart - 2) == ',')) {
      return end;
    }
    int limit = Math.min(n - 1, end + LOOKAHEAD);
    for (int j = end + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r' || c == '=' || c == '{') {
        return end;
      }
      char next = text.charAt(j + 1);
      if (c == '\'' && (next == '}' || next == ')' || next == ']'
          || next == ',' && j + 2 < n && text.charAt(j + 2) == ' ')) {
        return j;
      }
    }
    return end;
  }

  /** How deep {@link #dumpFieldEnd} follows brackets opened after a value before it keeps the value's own end. */
  private static final int MAX_DUMP_DEPTH = 2;

  /**
   * Where a field's unquoted value ends in a {@code toString} dump ({@code Foo{a=1, password=v, b=2}}, Lombok's
   * {@code Foo(a=1, password=v)}) or a list of {@code ", "}-separated pairs, when the read that ended at
   * {@code end} stopped at a blank, a comma, a backslash or a bracket inside it ({@code password=ab c}, {@code ab, c}):
   * such a list separates its fields with {@code ", "} and a name, so the value goes on to the next
   * {@code , name=}, or, when it is the last field and stopped at a blank or a comma, to a {@code }} or
   * {@code )} that ends the line (not at a blank when the {@code (} follows a blank, as in cron's
   * {@code CMD (PGPASSWORD=v pg_dump)}); a {@code ", "} before them that no name follows ({@code pwd=None, *, b=1})
   * keeps {@code end}. Fails closed within {@code 2 * LOOKAHEAD} characters on the line; a bracket
   * opened and left open on the way (the next object, {@code Foo{password=v} Bar{a=1, b=2}}) keeps {@code end},
   * as does a key that is no field of such a list (it follows {@code {}, {@code (} or {@code ", "}). A Go struct's
   * field ({@code {Password:a b User:bob}}) ends as {@link #goFieldEnd} says.
   */
  static int dumpFieldEnd(CharSequence text, int keyStart, int valueStart, int end) {
    int n = text.length();
    if (end >= n || end <= valueStart || keyStart < 2) {
      return end;
    }
    char before = text.charAt(keyStart - 1); // read first: in a flood of keys, a key follows the last value
    if (before != '{' && before != '(' && before != ' ') {
      return end;
    }
    char stop = text.charAt(end);
    if (stop == ' ' && (before == '{' || before == ' ') && text.charAt(valueStart - 1) == ':') {
      return goFieldEnd(text, keyStart, end);
    }
    if (before == ' ' && text.charAt(keyStart - 2) != ',') {
      return end;
    }
    if (stop != ' ' && stop != ',' && stop != ')' && stop != '}' && stop != '\\'
        || text.charAt(valueStart - 1) != '=') {
      return end;
    }
    if ((stop == ')' || stop == '}') && (end + 1 == n || text.charAt(end + 1) == ',' || text.charAt(end + 1) < ' ')) {
      return end; // {clear-text=v}, type=JKS: the bracket closed the dump, the next item follows it
    }
    // a ( after a blank is no Lombok dump's (glued to its class name): cron's CMD (PGPASSWORD=v pg_dump -h db)
    boolean looseParen = before == '(' && (text.charAt(keyStart - 2) == ' ' || text.charAt(keyStart - 2) == '\t');
    return nextFieldEnd(text, end, Math.min(n, end + 2 * LOOKAHEAD), false,
        stop == ',' || stop == ' ' && !looseParen);
  }

  /**
   * The walk of {@link #dumpFieldEnd} and {@link #goFieldEnd} from {@code end} to {@code limit} on the line: the
   * start of the next field at bracket depth 0 ({@code ", name="}, or Go's {@code " Name:"}), else, with
   * {@code lastMayEnd}, a closing bracket that ends the line ({@code }} or {@code )}; Go's {@code }}); else
   * {@code end}. A bracket left open, or more than {@link #MAX_DUMP_DEPTH} opened, keeps {@code end}.
   */
  private static int nextFieldEnd(CharSequence text, int end, int limit, boolean go, boolean lastMayEnd) {
    int n = text.length();
    int depth = 0;
    int lastCloser = -1;
    int j = end;
    for (; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r') {
        break;
      }
      if (depth == 0 && (go ? c == ' ' && goFieldNameAt(text, j + 1, limit)
          : c == ',' && j + 1 < limit && text.charAt(j + 1) == ' ')) {
        // the next field; after a ", " that no name follows, an argument list (a, *, b=1)
        return go || fieldNameAt(text, j + 2, limit) ? j : end;
      }
      // Go prints no ( of its own: (Ztg in a password opens nothing
      if (c == '{' || c == '[' || c == '(' && !go) {
        if (++depth > MAX_DUMP_DEPTH) {
          return end; // objects inside objects: no field of this one is near, and a flood of ( reads little
        }
      } else if (c == '}' || c == ']' || c == ')' && !go) {
        depth = Math.max(depth - 1, 0);
        lastCloser = c != ']' && (j + 1 == n || text.charAt(j + 1) == '\n' || text.charAt(j + 1) == '\r')
            ? j : lastCloser;
      }
    }
    boolean lineEnds = j == n || text.charAt(j) == '\n' || text.charAt(j) == '\r';
    return lineEnds && depth == 0 && lastMayEnd && lastCloser > end ? lastCloser : end;
  }

  /**
   * Where a field's unquoted value ends in Go's {@code %+v} of a struct ({@code {Host:db Password:a b User:bob}})
   * when the read that ended at {@code end} stopped at a blank: fields follow a blank or the {@code {} as a
   * capitalised name glued to its colon, so the value goes on to the next {@code " Name:"} glued to its value,
   * or, as the last field, to a {@code }} that ends the line. Fails closed within {@link #LOOKAHEAD} characters
   * on the line; a bracket opened and left open on the way keeps {@code end}, as does a lower-case key. The
   * caller has checked the colon, the blank at {@code end} and the {@code {} or blank before the key.
   */
  private static int goFieldEnd(CharSequence text, int keyStart, int end) {
    int n = text.length();
    if (!KeyNames.isUpper(text.charAt(keyStart))) {
      return end;
    }
    return nextFieldEnd(text, end, Math.min(n, end + LOOKAHEAD), true, true);
  }

  /**
   * Whether the field of Go's {@code %+v} whose key starts at {@code keyStart} is empty ({@code {User:app Password:
   * SSLMode:require}}): the key is capitalised and opens the struct or follows another field (a capitalised name
   * and its colon), and the blank after its colon is followed at {@code valueAt} by the next field's name and colon,
   * not by a value. Reads at most {@link #LOOKAHEAD} characters either side.
   */
  static boolean goEmptyField(CharSequence text, int keyStart, int valueAt) {
    if (keyStart < 1 || !KeyNames.isUpper(text.charAt(keyStart)) || !goFieldNameAt(text, valueAt)) {
      return false;
    }
    char before = text.charAt(keyStart - 1);
    if (before != ' ') {
      return before == '{';
    }
    int limit = Math.max(0, keyStart - 2 - LOOKAHEAD);
    int j = keyStart - 2;
    boolean colon = false;
    while (j >= limit && text.charAt(j) > ' ' && text.charAt(j) != '{') {
      colon |= text.charAt(j) == ':';
      j--;
    }
    return colon && j >= limit && j + 1 < keyStart - 1 && KeyNames.isUpper(text.charAt(j + 1));
  }

  /** A Go field's name and colon at {@code i}, its value glued or empty: a capital, letters, digits, {@code _}. */
  private static boolean goFieldNameAt(CharSequence text, int i) {
    int end = Math.min(text.length(), i + MAX_KEY);
    if (i >= end || !KeyNames.isUpper(text.charAt(i))) {
      return false;
    }
    int j = i + 1;
    while (j < end && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '_')) {
      j++;
    }
    return j < end && text.charAt(j) == ':';
  }

  /** A Go field at {@code i}: a capital, letters, digits and {@code _}, then a colon glued to a value. */
  private static boolean goFieldNameAt(CharSequence text, int i, int limit) {
    if (i >= limit || !KeyNames.isUpper(text.charAt(i))) {
      return false;
    }
    int end = Math.min(limit - 1, i + MAX_KEY);
    for (int j = i + 1; j < end; j++) {
      char c = text.charAt(j);
      if (c == ':') {
        return text.charAt(j + 1) > ' ';
      }
      if (!KeyNames.isAlnum(c) && c != '_') {
        return false;
      }
    }
    return false;
  }

  /** A field's name at {@code i}: a letter or {@code _}, then letters, digits and {@code _}, then {@code =}. */
  private static boolean fieldNameAt(CharSequence text, int i, int limit) {
    char first = i < limit ? text.charAt(i) : 0;
    if (!(KeyNames.isLower(first) || KeyNames.isUpper(first) || first == '_')) {
      return false;
    }
    int end = Math.min(limit, i + MAX_KEY);
    for (int j = i + 1; j < end; j++) {
      char c = text.charAt(j);
      if (c == '=') {
        return true;
      }
      if (!KeyNames.isAlnum(c) && c != '_') {
        return false;
      }
    }
    return false;
  }

  /**
   * End of an unquoted value: a blank, a separator, a quote, or a closing bracket that closes more
   * than the value opened ({@code Foo{password=x}} ends at the brace, {@code p{a}ss} does not).
   */
  static int unquotedEnd(CharSequence text, int start, char terminator) {
    return unquotedEnd(text, start, terminator, MAX_VALUE);
  }

  /** {@link #unquotedEnd(CharSequence, int, char)} reading at most {@code max} characters. */
  static int unquotedEnd(CharSequence text, int start, char terminator, int max) {
    int limit = Math.min(text.length(), start + max);
    int depth = 0;
    int j = start;
    while (j < limit) {
      char c = text.charAt(j);
      if (c == '|' && j - start >= 6 && allDigits(text, start, j) && appSecretAfter(text, j + 1, limit)) {
        j++; // a Facebook app access token, <app id>|<app secret>: the secret is after the bar
        continue;
      }
      if (c == '|' && terminator == ' ' && ProseValues.barInWord(text, j, limit)) {
        j++; // a word after its key (prose, a flag's argument): Hunter|2024x is one word, as ProseValues reads it
        continue;
      }
      // The next key= is looked for past the read's own limit: a vendor rule reads little more than its longest
      // value, and x-honeycomb-team=<48 chars>,x-honeycomb-dataset=prod must still end at the comma
      if ((c == ',' || c == ';' || c == '&') && c != terminator && htmlAmpersand(text, j) == 0
          && goesOnAfter(text, j + 1, Math.min(text.length(), j + 1 + LOOKAHEAD))) {
        j++; // a symbol inside a generated password (Tz2,xB&4~b): not followed by a blank or another key=
        continue;
      }
      if (c == '<' && c != terminator && j + 1 < limit && text.charAt(j + 1) != '/' && !tagAt(text, j, limit)) {
        j++; // 3xT<W9: no closing tag and no element
        continue;
      }
      if (c == '\\' && j + 1 < limit && (text.charAt(j + 1) == '=' || text.charAt(j + 1) == ':')) {
        j += 2; // an escaped separator inside the value, as .properties and CEF write = and :
        continue;
      }
      if (c == '\\' && Escapes.base64SymbolEscapedAt(text, j)) {
        j += 6; // + or / escaped in a JSON string (.NET's backslash-u002B): a base64 key or password goes on
        continue;
      }
      if (c == '\\' && escapedBlankAt(text, j, limit)) {
        j += 2; // an escaped blank inside the value, as shells and .properties write one: a\ b is one word
        continue;
      }
      if ((c == '"' || c == '\'') && c != terminator && j > start && start > 0 && text.charAt(start - 1) == '='
          && j + 1 < limit && KeyNames.isAlnum(text.charAt(j + 1))) {
        // Ab3'x9 after =: a quote between a password's characters opens or closes no string (in prose, after a
        // blank or a colon, it is an apostrophe: wouldn't, isn't)
        j++;
        continue;
      }
      if (c <= ' ' || c == ',' || c == ';' || c == '&' || c == '<' || c == '|' || c == '\\' || c == terminator
          || ((c == '"' || c == '\'') && depth == 0)) {
        break; // quotes inside brackets the value opened belong to it: #{datastore['DB_PASSWORD']}
      }
      if (c == '[' && wireLineBreak(text, j)) {
        break; // Apache HttpClient's wire log: "X-API-Key: v[\r][\n]"
      }
      if (c == '{' || c == '(' || c == '[') {
        depth++;
      } else if (c == '}' || c == ')' || c == ']') {
        // Foo{password=x} ends at the brace; RTk4)DrPn goes on: a closing bracket with a letter or
        // digit after it is part of the value
        if (--depth < 0 && !continuesAfterCloser(text, j + 1, limit)) {
          break;
        }
        depth = Math.max(depth, 0);
      }
      j++;
    }
    return j;
  }

  /**
   * Whether {@code [\r]} or {@code [\n]} starts at {@code i}: how Apache HttpClient's wire log
   * ({@code org.apache.http.wire}, {@code http-outgoing-0 >> "...[\r][\n]"}) prints a line break, so
   * a header value ends there.
   */
  static boolean wireLineBreak(CharSequence text, int i) {
    return i + 3 < text.length() && text.charAt(i) == '[' && text.charAt(i + 1) == '\\'
        && (text.charAt(i + 2) == 'r' || text.charAt(i + 2) == 'n') && text.charAt(i + 3) == ']';
  }

  /**
   * Whether an unquoted value goes on after a {@code , ; &} at {@code i - 1}: something other than a
   * blank, a quote, a closing bracket or the end follows, and it does not start another
   * {@code key=} / {@code key:} pair ({@code a=1,b=2}, {@code ?token=x&user=y}, {@code Pwd=x;Database=y}).
   */
  private static boolean goesOnAfter(CharSequence text, int i, int end) {
    int limit = Math.min(end, i + LOOKAHEAD); // bounded, so that a run of ,),),) costs no more than its length
    while (i < limit && (text.charAt(i) == ',' || text.charAt(i) == ';' || text.charAt(i) == '&')
        && i + 1 < limit && text.charAt(i + 1) > ' ') {
      i++; // ON;;iMbe1: a run of them
    }
    if (i >= limit) {
      return false;
    }
    char c = text.charAt(i);
    if (c == ')' || c == ']' || c == '}') {
      return continuesAfterCloser(text, i + 1, limit); // Foo(a=1,) ends; x;)eRN6 goes on
    }
    if (c <= ' ' || isQuote(c) || c == ',' || c == ';' || c == '&' || c == '\\' && !escapedBlankAt(text, i, limit)
        || (c == '.' || c == '{' || c == '[') && i + 1 < limit && opensNext(c, text.charAt(i + 1))) {
      return false; // v&...: an ellipsis; 12345},{"note": the next element of a list
    }
    if (c == '&' || htmlAmpersand(text, i - 1) > 0) {
      return false;
    }
    if (c == '<' && KeyNames.regionEquals(text, i, "<<\"")) {
      return false; // the next entry of an Erlang map keyed by a binary: #{<<"pass">> => undefined,<<"user">> => ...}
    }
    if (!KeyNames.isLower(c) && !KeyNames.isUpper(c) && c != '_') {
      return true; // a key starts with a letter: ;69o7=p goes on
    }
    int j = i;
    int keyLimit = Math.min(limit, i + MAX_KEY);
    // ADO keys, after a semicolon, hold blanks between words of letters: Pwd=x;Initial Catalog=y (not
    // sc.exe's password= <ab;cd> start= auto, where the blank ends the password)
    boolean ado = i > 0 && text.charAt(i - 1) == ';';
    boolean letters = true;
    while (j < keyLimit && (CharClass.KEY.contains(c = text.charAt(j)) || c == '[' || c == ']' || c == '%'
        || c == ' ' && ado && letters)) {
      letters &= KeyNames.isLower(c) || KeyNames.isUpper(c) || c == ' ';
      j++;
    }
    if (j >= limit) {
      return true;
    }
    // another key=, or key: with a blank after it (ab;cd:Tr0ub4 goes on: no YAML or JSON key is glued to its value)
    // (or key =>, the next entry of an Erlang, Elixir or Perl map: #{password => undefined,pool_size => 10})
    return !(text.charAt(j) == '=' || text.charAt(j) == ':' && j + 1 < limit && text.charAt(j + 1) == ' '
        || text.charAt(j) == ' ' && KeyNames.regionEquals(text, j + 1, "=> ")
        || text.charAt(j) == ':' && KeyNames.isUpper(text.charAt(i)) && goFieldValueAt(text, j + 1, limit));
  }

  /** Whether {@code \\} and a blank that a word goes on after start at {@code i}: an escaped blank ({@code a\\ b}). */
  private static boolean escapedBlankAt(CharSequence text, int i, int limit) {
    return i + 2 < limit && text.charAt(i) == '\\' && text.charAt(i + 1) == ' ' && text.charAt(i + 2) > ' ';
  }

  /**
   * Whether a Go {@code %+v} field's value starts at {@code i} after its glued {@code Field:}: {@code nil}, a
   * pointer ({@code &T{}) or an empty slice or map ({@code []}, {@code {}}), as the kubelet dumps a container
   * ({@code Value:v,ValueFrom:nil,}). A generated value rarely holds a capitalised word, a colon and one of these.
   */
  private static boolean goFieldValueAt(CharSequence text, int i, int limit) {
    if (i + 1 >= limit) {
      return false;
    }
    char c = text.charAt(i);
    char next = text.charAt(i + 1);
    return c == 'n' && next == 'i' && i + 2 < limit && text.charAt(i + 2) == 'l'
        && (i + 3 == limit || !KeyNames.isAlnum(text.charAt(i + 3)))
        || c == '&' && KeyNames.isUpper(next) || c == '[' && next == ']' || c == '{' && next == '}';
  }

  /**
   * Whether the value goes on at {@code k}, after a closing bracket it did not open: not at a blank,
   * a quote, the end, or a separator that ends it ({@code Foo{password=x}, ...} ends at the brace,
   * {@code x;]&0gY} goes on).
   */
  private static boolean continuesAfterCloser(CharSequence text, int k, int end) {
    int limit = Math.min(end, k + LOOKAHEAD);
    while (k < limit && (text.charAt(k) == ')' || text.charAt(k) == ']' || text.charAt(k) == '}')) {
      k++; // a run of closers: judged by what follows it
    }
    if (k >= limit) {
      return false;
    }
    char c = text.charAt(k);
    if (c == ',' || c == ';' || c == '&') {
      return goesOnAfter(text, k + 1, limit);
    }
    if (c == '.' || c == '<') {
      return k + 1 < limit && KeyNames.isAlnum(text.charAt(k + 1)) && !(c == '<' && tagAt(text, k, limit));
    }
    return c > ' ' && !isQuote(c) && c != '|' && (c != '\\' || escapedBlankAt(text, k, limit));
  }

  /**
   * End of an ODBC braced value that starts at {@code start}: the {@code }} that is not doubled, when
   * the connection string goes on after it ({@code ;}, a quote, a blank or the end); -1 otherwise.
   */
  static int bracedEnd(CharSequence text, int start) {
    int n = text.length();
    int limit = Math.min(n, start + 256);
    for (int j = start; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r') {
        return -1;
      }
      if (c == '}') {
        if (j + 1 < n && text.charAt(j + 1) == '}') {
          j++; // }} is an escaped brace
          continue;
        }
        return j + 1 >= n || text.charAt(j + 1) == ';' || isQuote(text.charAt(j + 1)) || text.charAt(j + 1) <= ' '
            ? j : -1;
      }
    }
    return -1;
  }

  /**
   * Where the punctuation that ends a word of prose or code (dots, quotes, commas, colons, closing brackets)
   * starts in {@code text[start, end)}, leaving at least one character: a placeholder that ends a sentence or
   * a code comment is still one.
   */
  static int trailingPunctuationStart(CharSequence text, int start, int end) {
    while (end - 1 > start && ".\"',;:)]}".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  /** End of the word at {@code i}: the next blank or control character, at most {@code max} characters on. */
  static int blankAfter(CharSequence text, int i, int max) {
    int limit = Math.min(text.length(), i + max);
    int j = i;
    while (j < limit && text.charAt(j) > ' ') {
      j++;
    }
    return j;
  }

  /** PowerShell's approved verbs (Get-Verb), which every cmdlet name starts with. */
  private static final KeyNames.Words POWERSHELL_VERBS = new KeyNames.Words("add", "approve", "assert", "backup",
      "block", "build", "checkpoint", "clear", "close", "compare", "complete", "compress", "confirm", "connect",
      "convert", "convertfrom", "convertto", "copy", "debug", "deny", "deploy", "disable", "disconnect", "dismount",
      "edit", "enable", "enter", "exit", "expand", "export", "find", "format", "get", "grant", "group", "hide",
      "import", "initialize", "install", "invoke", "join", "limit", "lock", "measure", "merge", "mount", "move",
      "new", "open", "optimize", "out", "ping", "pop", "protect", "publish", "push", "read", "receive", "redo",
      "register", "remove", "rename", "repair", "request", "reset", "resize", "resolve", "restart", "restore",
      "resume", "revoke", "save", "search", "select", "send", "set", "show", "skip", "split", "start", "step",
      "stop", "submit", "suspend", "switch", "sync", "test", "trace", "unblock", "undo", "uninstall", "unlock",
      "unprotect", "unpublish", "unregister", "update", "use", "wait", "watch", "write");

  /**
   * A PowerShell cmdlet name at {@code i}: an approved verb, capitalized, {@code -Noun} in letters only,
   * then a blank. Not a generated password such as {@code PZgGef-TgGPBaMRA} or {@code Spring-Time2024}.
   */
  static boolean cmdletAt(CharSequence text, int i) {
    int n = Math.min(text.length(), i + 48);
    int j = i + 1;
    while (j < n && (KeyNames.isLower(text.charAt(j)) || KeyNames.isUpper(text.charAt(j)))) {
      j++; // ConvertTo
    }
    if (j == i + 1 || j + 2 >= n || text.charAt(j) != '-' || !KeyNames.isUpper(text.charAt(j + 1))
        || !KeyNames.isLower(text.charAt(i + 1)) || !POWERSHELL_VERBS.contains(text, i, j)) {
      return false;
    }
    j += 2;
    while (j < n && (KeyNames.isLower(text.charAt(j)) || KeyNames.isUpper(text.charAt(j)))) {
      j++; // letters only: Spring-Time2024 is a password
    }
    return j < n && text.charAt(j) == ' ';
  }

  /** Whether {@code c} then {@code next} start what follows a value: an ellipsis, or an object or list ({@code {"}, {@code [{}). */
  private static boolean opensNext(char c, char next) {
    return c == '.' ? next == '.' : next <= ' ' || isQuote(next) || next == '\\' || next == '{' || next == '[';
  }

  /** An ADO or ODBC key at {@code i}: a letter, then letters, digits and blanks, then {@code =}. */
  static boolean adoKeyAt(CharSequence text, int i, int limit) {
    if (i >= limit || !(KeyNames.isLower(text.charAt(i)) || KeyNames.isUpper(text.charAt(i)))) {
      return false;
    }
    int end = Math.min(limit, i + MAX_KEY);
    for (int j = i + 1; j < end; j++) {
      char c = text.charAt(j);
      if (c == '=') {
        return true;
      }
      if (!KeyNames.isAlnum(c) && c != ' ' && c != '_' && c != '.') {
        return false;
      }
    }
    return false;
  }

  /** Length of an HTML-escaped ampersand at {@code i} ({@code &amp; &#38; &#x26;}), or 0. */
  static int htmlAmpersand(CharSequence text, int i) {
    if (i < 0 || text.charAt(i) != '&') {
      return 0;
    }
    return KeyNames.regionEqualsIgnoreCase(text, i, "&amp;") ? 5 : KeyNames.regionEqualsIgnoreCase(text, i, "&#38;")
        ? 5 : KeyNames.regionEqualsIgnoreCase(text, i, "&#x26;") ? 6 : 0;
  }

  /**
   * An element tag at {@code i}: {@code <}, a name written as names are (lower case, upper case or
   * camelCase: {@code br}, {@code TD}, {@code apiKey}; digits only at its end, {@code h1}) and, within
   * 16 characters, {@code >}. Not the {@code <sfbK>} or {@code <n7rbNw>} a generated password may hold.
   */
  private static boolean tagAt(CharSequence text, int i, int limit) {
    if (i + 1 >= limit || !(KeyNames.isLower(text.charAt(i + 1)) || KeyNames.isUpper(text.charAt(i + 1)))) {
      return false;
    }
    int end = Math.min(limit, i + 18);
    int j = i + 1;
    while (j < end && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '-' || text.charAt(j) == '_'
        || text.charAt(j) == ':')) {
      j++;
    }
    if (!writtenAsName(text, i + 1, j) || digitInside(text, i + 1, j)) {
      return false;
    }
    for (; j < end; j++) {
      if (text.charAt(j) == '>') {
        return true;
      }
    }
    return false;
  }

  /** Whether a digit comes before a letter: element names end in digits at most (h1), {@code n7rbNw} is no name. */
  private static boolean digitInside(CharSequence text, int start, int end) {
    boolean digit = false;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (digit && (KeyNames.isLower(c) || KeyNames.isUpper(c))) {
        return true;
      }
    }
    return false;
  }

  /** All lower case, all upper case, or camelCase (each capital after the first letter followed by a lower-case letter). */
  private static boolean writtenAsName(CharSequence text, int start, int end) {
    int kinds = ValueShapes.charKinds(text, start, end);
    if ((kinds & ValueShapes.UPPER) == 0 || (kinds & ValueShapes.LOWER) == 0) {
      return true;
    }
    for (int j = start + 1; j < end; j++) {
      if (KeyNames.isUpper(text.charAt(j)) && (j + 1 >= end || !KeyNames.isLower(text.charAt(j + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** 20 or more letters, digits, {@code _} or {@code -} from {@code i}, and not a key ({@code id|name=x}). */
  private static boolean appSecretAfter(CharSequence text, int i, int limit) {
    int k = i;
    char c = 0;
    while (k < limit && (KeyNames.isAlnum(c = text.charAt(k)) || c == '_' || c == '-')) {
      k++;
    }
    return k - i >= 20 && (k == limit || c != '=' && c != ':');
  }

  /** Length of an HTML or XML entity for a quote at {@code i} ({@code &quot; &#34; &#x22; &apos; &#39;}), or 0. */
  static int htmlQuote(CharSequence text, int i) {
    int k = htmlQuoteIndex(text, i);
    return k < 0 ? 0 : HTML_QUOTES[k].length();
  }

  static int htmlQuoteIndex(CharSequence text, int i) {
    for (int k = 0; k < HTML_QUOTES.length; k++) {
      if (KeyNames.regionEqualsIgnoreCase(text, i, HTML_QUOTES[k])) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether an unquoted value glued to its key's {@code =} at the start of a line, which would own the
   * rest of the line, ends at its first blank after all (the caller has checked the key and the line):
   *
   * <ul>
   *   <li>a shell environment prefix, {@code PGPASSWORD=<v> psql -h db}: an upper-case name, then a
   *       command word (lower-case, {@code ./} or {@code /}) and an option ({@code -x}, {@code --x}) later
   *       on the line;
   *   <li>a value with a machine's make-up (8 or more characters, digits and letters of both cases) and
   *       then only plain words (lower-case letters, digits, {@code . _ @ -}), as a log message that
   *       starts with a key reads: {@code password=<v> for bob} (Log4j's
   *       {@code FormattedMessage("password={} {}", pw, user)}).
   * </ul>
   *
   * A passphrase of words ({@code DB_PASSWORD=correct horse battery}) or one with capitals later
   * ({@code password=<v> Bob Smith}) stays whole. Reads at most the line, up to {@link KeyValueDetector#MAX_VALUE}.
   */
  static boolean endsAtBlankAfterAll(CharSequence text, int keyStart, int keyEnd, int valueAt) {
    int n = text.length();
    int limit = Math.min(n, valueAt + MAX_VALUE);
    int word = valueAt;
    while (word < limit && text.charAt(word) > ' ') {
      word++;
    }
    if (word == valueAt || word + 1 >= limit || text.charAt(word) != ' ' || isQuote(text.charAt(valueAt))) {
      return false;
    }
    int next = word + 1;
    char first = text.charAt(next);
    if (upperName(text, keyStart, keyEnd) && (KeyNames.isLower(first) || first == '.' || first == '/')) {
      // the command word, then an option on the rest of the line
      int j = next;
      while (j < limit && text.charAt(j) > ' ') {
        j++;
      }
      for (; j + 1 < limit && text.charAt(j) != '\n' && text.charAt(j) != '\r'; j++) {
        if (text.charAt(j) == ' ' && text.charAt(j + 1) == '-' && j + 2 < limit
            && (KeyNames.isAlnum(text.charAt(j + 2)) || text.charAt(j + 2) == '-')) {
          return true;
        }
      }
      return false;
    }
    if (word - valueAt < 8 || ValueShapes.charKinds(text, valueAt, word)
        != (ValueShapes.DIGIT | ValueShapes.LOWER | ValueShapes.UPPER)) {
      return false;
    }
    for (int j = next; j < limit && text.charAt(j) != '\n' && text.charAt(j) != '\r'; j++) {
      char c = text.charAt(j);
      if (!(KeyNames.isLower(c) || KeyNames.isDigit(c) || c == ' ' || c == '.' || c == '_' || c == '@' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** An environment variable's name: upper-case letters, digits and {@code _}, starting with a letter. */
  private static boolean upperName(CharSequence text, int start, int end) {
    if (end <= start || !KeyNames.isUpper(text.charAt(start))) {
      return false;
    }
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (!(KeyNames.isUpper(c) || KeyNames.isDigit(c) || c == '_')) {
        return false;
      }
    }
    return true;
  }
}
