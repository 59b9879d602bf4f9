package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.KeyValueDetector.isQuote;

import java.util.Arrays;

/**
 * Values in prose after a key word rather than after a separator: {@code the password is 'v'},
 * {@code login failed with password Hunter2024!}, {@code changed to v}, and the value after
 * {@code password} on a {@code .netrc} line. Static, allocation-free, and bounded: each reads at most
 * a line's worth of characters around its start.
 */
final class ProseValues {
  private ProseValues() {}

  /** Returned by {@link #passwordInProse} when the rest of the line holds neither shape. */
  static final int NONE = Integer.MIN_VALUE;

  /**
   * The value after a password key in prose, found in one pass over the rest of its line (every
   * {@code password reset requested ...} in a log reads it):
   *
   * <ul>
   *   <li>within 48 characters, {@code is} or {@code value} and a quoted value: {@code the password for 'bob' is "v"},
   *       {@code parameter 'password' of type 'System.String' with value 'v'};
   *   <li>else a colon after a few plain words and then a word with a secret's make-up
   *       ({@link #proseWord}): {@code Generated password for user admin: G3JxacV9H6-S0rC},
   *       {@code A temporary password is generated for root@localhost: ...} (mysqld),
   *       {@code Your new password is: ...}, or, after a colon that ends its line, on the next line,
   *       indented (Elasticsearch's first start). Reads at most 96 characters and one word.
   * </ul>
   *
   * <p>The key {@code text[keyStart, keyEnd)} again, as a word of its own, ends the search: that
   * occurrence searches on by itself, so a line of {@code pw pw pw …} costs no 96 characters per word.
   *
   * @return the quoted value's start; the complement ({@code ~start}) of a word after a colon, which
   *     ends at the next blank; or {@link #NONE}
   */
  static int passwordInProse(CharSequence text, int i, int keyStart, int keyEnd) {
    int n = text.length();
    int keyLength = keyEnd - keyStart;
    if (KeyNames.regionEqualsIgnoreCase(text, i, "for ")) {
      int quote = sqlSetPasswordFor(text, i + 4);
      if (quote >= 0) {
        return quote;
      }
    }
    // Each walk reads on while j is below its end; a walk that stops moves its end to where it stopped.
    int isEnd = Math.min(n - 4, i + 48);
    int colonLimit = Math.min(n - 2, i + 96);
    int colonEnd = colonLimit;
    char keyFirst = text.charAt(keyStart);
    int colonValue = -1;
    int copula;
    for (int j = i - 1; j < isEnd || j < colonEnd; j++) {
      char c = text.charAt(j);
      if (c < PLAIN_WORD_CHARS.length && PLAIN_WORD_CHARS[c]) {
        continue; // most of prose: no key again, no " is ", no colon, and plain words go on the colon's walk
      }
      if (c == ' ') {
        char next = text.charAt(j + 1); // j + 1 < n: no walk reads past n - 2
        if (next == keyFirst && j + 1 + keyLength < n && !KeyNames.isAlnum(text.charAt(j + 1 + keyLength))
            && Detector.anchorAgain(text, j + 1, keyStart, keyEnd)) {
          // the key again, as a word of its own (pw pw pw ...): that one reads on by itself
          return colonValue >= 0 ? ~colonValue : NONE;
        }
      }
      if (j < isEnd) {
        if (c == '\n' || c == '\r') {
          isEnd = j;
        } else if (c == ' ' && text.charAt(j + 1) == 'v' && j + 7 < n && KeyNames.regionEquals(text, j + 1, "value ")
            && isQuote(text.charAt(j + 7))) {
          return j + 7; // ASP.NET Core's model binding: parameter 'password' of type 'System.String' with value 'v'
        } else if (c == ' ' && (copula = copulaLength(text, j + 1)) > 0) {
          int v = j + 2 + copula;
          // a sign before a quote is code or its docs: `pass` turned into `password` by suffix = "word"
          boolean sign = text.charAt(j + 1) == '=' || text.charAt(j + 1) == '-';
          // ```<v>``` is a Markdown code span, not a quoted value: proseWord reads inside it
          if (v < n && isQuote(text.charAt(v)) && !sign && !KeyNames.regionEquals(text, v, "```")) {
            return v;
          }
          if (!sign && escapedQuoteAt(text, v)) {
            return v; // a JSON log's message: the password is \"v\", the value's quotes escaped
          }
          if (!sign && KeyValueDetector.bytesLiteralQuote(text, v) != v) {
            return v + 1; // Python's repr of bytes or a Python 2 string: the password is b'v', u'v'
          }
          // people write it so: the new password for the staging DB is <v>, das Passwort für X ist <v>,
          // pass for the jump host = <v>; proseWord reads a word copula itself
          int word = proseWord(text, sign ? v : j + 1, 8);
          if (word >= 0) {
            return ~word;
          }
          isEnd = j;
        }
      }
      if (j < colonEnd && j >= i) {
        if (c == ':' && text.charAt(j + 1) == ' ') {
          // a JSON log's escaped quote before the word (Spring Boot's Value: \"v\"): the word starts after it
          colonValue = proseWord(text, escapedQuoteAt(text, j + 2) ? j + 4 : j + 2, 8);
          if (colonValue < 0 && announcesGenerated(text, i, j)) {
            colonValue = generatedWord(text, j + 2);
          }
          colonEnd = j;
        } else if (c == ':' && (text.charAt(j + 1) == '\n' || text.charAt(j + 1) == '\r')) {
          // Elasticsearch's first start: "Password for the elastic user (reset with `...`):\n  <v>"
          int v = j + 1;
          while (v < n && (text.charAt(v) == '\n' || text.charAt(v) == '\r') && v < j + 3) {
            v++;
          }
          int indented = KeyValueDetector.skipBlanks(text, v);
          colonValue = proseWord(text, indented, 8);
          boolean nextLine = v == j + 2 || v == j + 3 && text.charAt(j + 1) == '\r';
          if (colonValue >= 0 && indented == v && !(nextLine && endsLine(text, indented))) {
            // unindented (Password below:\n<v>) only a value alone on the very next line; after a blank
            // line it is another program's (Jenkins' initial admin password, which its own rule names)
            colonValue = -1;
          }
          if (colonValue >= 0 && endsLine(text, colonValue) && readsAsName(text, colonValue)) {
            colonValue = -1; // [sudo] password for bob:\n5.15.0-89-generic: the output of the command it ran
          }
          colonEnd = j;
        } else if (!(c == ' ' || c == '.' && j + 1 < colonLimit && text.charAt(j + 1) != ' ')) {
          colonEnd = j; // not plain words: another key, a sentence's end, a line break
        }
      }
    }
    return colonValue >= 0 ? ~colonValue : NONE;
  }

  /**
   * Where a value alone on its line starts, below a key that ends the line before it at the line break
   * {@code at} ({@code Your new password:\n<v>}, maybe after one blank line, maybe indented): a word with a
   * secret's make-up ({@link #proseWord}) and nothing after it on its line; else -1. Reads at most two line
   * breaks, the blanks of an indent and one word.
   */
  static int valueBelow(CharSequence text, int at) {
    int n = text.length();
    int v = at;
    for (int breaks = 0; breaks < 2 && v < n && (text.charAt(v) == '\r' || text.charAt(v) == '\n'); breaks++) {
      v += text.charAt(v) == '\r' && v + 1 < n && text.charAt(v + 1) == '\n' ? 2 : 1;
    }
    if (v == at) {
      return -1;
    }
    int word = proseWord(text, KeyValueDetector.skipBlanks(text, v), 8);
    return word >= 0 && endsLine(text, word) && !readsAsName(text, word) ? word : -1;
  }

  /**
   * Whether the word at {@code w}, alone on a line below a key, reads as a name a program prints (the output
   * of the command that a {@code Password:} prompt ran) rather than a value. Quotes around it and a closing
   * {@code . , ; ) !} are no part of it. A name is a version (a digit, a dot and a digit:
   * {@code 5.15.0-89-generic}); a host, file or class name or an e-mail address (after its last dot letters,
   * or a letter and at most 5 more letters or digits: {@code ip-10-0-1-23.ec2.internal},
   * {@code log4j2-spring.xml}, {@code x.tar.bz2}); an option ({@code --enable-fips140}); or parts joined by
   * {@code -} or {@code _} of which at least two, and at least half, are words (letters of one case, not all
   * hex: {@code nginx-deployment-66b6c48dd5-4jw2h}, {@code use_ppc9le_crypto}) and that is no passphrase
   * ({@link #hyphenatedPhrase}). A random value's letters mix both cases. Reads the word once.
   */
  static boolean readsAsName(CharSequence text, int w) {
    int e = wordEnd(text, w, text.length());
    while (e > w && ".,;)!'\"".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    while (w < e && (text.charAt(w) == '\'' || text.charAt(w) == '"')) {
      w++;
    }
    if (e - w > 3 && text.charAt(w) == '-' && text.charAt(w + 1) == '-' && KeyNames.isLower(text.charAt(w + 2))) {
      return true; // an option
    }
    int lastDot = -1;
    int parts = 0;
    int words = 0;
    int partStart = w;
    for (int j = w; j <= e; j++) {
      char c = j < e ? text.charAt(j) : '-';
      if (c == '.' && j > w && j + 1 < e && KeyNames.isDigit(text.charAt(j - 1))
          && KeyNames.isDigit(text.charAt(j + 1))) {
        return true; // a version
      }
      lastDot = c == '.' ? j : lastDot;
      if (c == '-' || c == '_') {
        parts++;
        words += oneCaseWord(text, partStart, j) ? 1 : 0;
        partStart = j + 1;
      }
    }
    if (lastDot >= 0 && lastDot + 1 < e && KeyNames.isAlnum(text.charAt(lastDot + 1))
        && !KeyNames.isDigit(text.charAt(lastDot + 1))) {
      int j = lastDot + 1;
      boolean digit = false;
      for (; j < e && KeyNames.isAlnum(text.charAt(j)); j++) {
        digit |= KeyNames.isDigit(text.charAt(j));
      }
      if (j == e && (!digit || e - lastDot <= 7)) {
        return true; // a host, a file or a class
      }
    }
    return words >= 2 && words * 2 >= parts && !hyphenatedPhrase(text, w, e);
  }

  /** Whether {@code text[s, e)} is two or more letters of one case, not all of them hex digits: a word. */
  private static boolean oneCaseWord(CharSequence text, int s, int e) {
    if (e - s < 2) {
      return false;
    }
    boolean lower = KeyNames.isLower(text.charAt(s));
    boolean nonHex = false;
    for (int j = s; j < e; j++) {
      char c = text.charAt(j);
      if (lower ? !KeyNames.isLower(c) : !KeyNames.isUpper(c)) {
        return false;
      }
      char l = (char) (c | 0x20);
      nonHex |= l > 'f';
    }
    return nonHex;
  }

  /** Whether the word at {@code i} ends its line (or the text): a value alone after "below:". */
  static boolean endsLine(CharSequence text, int i) {
    int e = wordEnd(text, i, text.length());
    return e == text.length() || text.charAt(e) == '\n' || text.charAt(e) == '\r';
  }

  /** Characters of code around a word, which a directive's password without a digit does not hold. */
  private static final String CODE_PUNCTUATION = "()[]{};,:<>\"'`\\/";

  /**
   * The one word of a configuration directive, at {@code i} after a key that starts its line and blanks, as Fluentd,
   * Fluent Bit, nginx and Apache write a setting ({@code password <v>}, {@code HTTP_Passwd <v>},
   * {@code hec_token <v>}): the word ends the line (blanks may follow), has 8 to 128 characters, is no placeholder,
   * and has a secret's make-up: {@link #proseWord}'s, or letters of both cases (not just a capital first) and a
   * symbol such as {@code # * ! %} without a digit nor code's punctuation ({@code kYaF#isxZrw*}), or, when
   * {@code uuids} (a token's key), a random UUID ({@link ValueShapes#isRandomUuid}), as Splunk's HEC issues
   * tokens. Prose such as {@code token expired} or {@code Password Reset-Required} stays. The caller checks where
   * the key starts. Reads the word and the blanks after it.
   *
   * @return the word's start, or -1
   */
  static int directiveWord(CharSequence text, int i, boolean uuids) {
    int n = text.length();
    int e = wordEnd(text, i, n);
    int after = e;
    while (after < n && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
      after++;
    }
    if (e - i < 8 || e - i > 128 || after < n && text.charAt(after) != '\n' && text.charAt(after) != '\r'
        || ValueShapes.isPlaceholder(text, i, e)) {
      return -1;
    }
    if (proseWord(text, i, 8) == i || uuids && ValueShapes.isRandomUuid(text, i, e)) {
      return i;
    }
    boolean lower = false;
    boolean upperAfterFirst = false;
    boolean symbol = false;
    for (int j = i; j < e; j++) {
      char c = text.charAt(j);
      if (KeyNames.isDigit(c)) {
        return -1; // proseWord judged the words with digits
      }
      if (CODE_PUNCTUATION.indexOf(c) >= 0) {
        return -1; // a C declaration's field (PASS_FUNCTION FinalPass;), a call: code, not a setting
      }
      lower |= KeyNames.isLower(c);
      upperAfterFirst |= j > i && KeyNames.isUpper(c);
      symbol |= !KeyNames.isAlnum(c) && ".-_".indexOf(c) < 0;
    }
    return lower && upperAfterFirst && symbol ? i : -1;
  }

  /**
   * Where a value alone on the line after {@code below:} starts, when {@code below:} and a line break stand
   * at {@code i} (API key below:\n<v>), else -1. Reads 9 characters.
   */
  static int belowLine(CharSequence text, int i) {
    int n = text.length();
    if (!KeyNames.regionEqualsIgnoreCase(text, i, "below:")) {
      return -1;
    }
    int v = i + 6;
    v += v < n && text.charAt(v) == '\r' ? 1 : 0;
    return v < n && text.charAt(v) == '\n' ? v + 1 : -1;
  }

  /**
   * The characters of plain words that the colon's walk in {@link #passwordInProse} reads over and that
   * neither walk stops at: letters, digits, {@code - _ ' ( ) ` /}, and {@code @} (a user@host: mysqld's
   * "generated for root@localhost: <v>"). Blanks, dots and colons are looked at one by one.
   */
  private static final boolean[] PLAIN_WORD_CHARS = new boolean[128];

  static {
    for (char c = 0; c < PLAIN_WORD_CHARS.length; c++) {
      PLAIN_WORD_CHARS[c] = KeyNames.isAlnum(c) || "-_'()`/@".indexOf(c) >= 0;
    }
  }

  /**
   * MySQL's {@code SET PASSWORD FOR 'bob'@'%' = 'v'}: from {@code i}, after {@code FOR}, an account
   * ({@code 'bob'@'%'}, {@code app@localhost}) of at most 96 characters, then {@code =} and a quote.
   * @return the quote's index, or -1
   */
  private static int sqlSetPasswordFor(CharSequence text, int i) {
    int n = text.length();
    int limit = Math.min(n, i + 96);
    int j = i;
    while (j < limit && (KeyNames.isAlnum(text.charAt(j)) || "'\"`@%._-$".indexOf(text.charAt(j)) >= 0)) {
      j++;
    }
    if (j == i || j + 3 >= n || text.charAt(j) != ' ' || text.charAt(j + 1) != '=' || text.charAt(j + 2) != ' ') {
      return -1;
    }
    return isQuote(text.charAt(j + 3)) ? j + 3 : -1;
  }
  /** Words that announce a password a program made: mysqld's "A temporary password is generated for ...". */
  private static final String[] GENERATED_WORDS = {"generated", "temporary", "initial", "random"};
  private static final String GENERATED_FIRSTS = firstChars(GENERATED_WORDS);

  /** The first character of each of {@code words}, once: one test rules a place out before any word is compared. */
  private static String firstChars(String... words) {
    StringBuilder firsts = new StringBuilder();
    for (String word : words) {
      if (firsts.indexOf(word.substring(0, 1)) < 0) {
        firsts.append(word.charAt(0));
      }
    }
    return firsts.toString();
  }

  /**
   * Whether the line around a password key word, from 40 characters before the word's end {@code i} to
   * the colon at {@code colon}, announces a generated password, which may hold any symbol.
   */
  private static boolean announcesGenerated(CharSequence text, int i, int colon) {
    int from = Math.max(0, i - 40);
    // one pass for all the words, each place read once (a prose line of "password ...:" came here for each word)
    for (int j = from; j < colon; j++) {
      char c = text.charAt(j);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      if (GENERATED_FIRSTS.indexOf(lower) < 0) {
        continue;
      }
      for (String word : GENERATED_WORDS) {
        if (word.charAt(0) == lower && j + word.length() <= colon && KeyNames.regionEqualsIgnoreCase(text, j, word)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The start of a generated password at {@code i}: 8 to 128 characters up to the next blank, letters
   * of both cases or letters and a digit, any symbol, and no placeholder ({@code <...>}, {@code ${...}});
   * -1 otherwise.
   */
  private static int generatedWord(CharSequence text, int i) {
    int n = text.length();
    int e = wordEnd(text, i, n);
    int kinds = ValueShapes.charKinds(text, i, e);
    boolean letters = (kinds & (ValueShapes.LOWER | ValueShapes.UPPER)) != 0;
    boolean mixed = (kinds & ValueShapes.DIGIT) != 0 || kinds == (ValueShapes.LOWER | ValueShapes.UPPER);
    return e - i >= 8 && e - i <= 128 && letters && mixed && !ValueShapes.isPlaceholder(text, i, e) ? i : -1;
  }

  /**
   * Words that may stand between a key word and its value in prose: password is X, changed to X, and
   * the copulas of other languages ({@link #COPULAS}).
   */
  private static final String[] PROSE_LINKS = {"is", "was", "to", "now", "ist", "est", "es", "é", "è", "lautet", "je",
      "\u2014", "\u2013"};
  private static final int LONGEST_LINK = Arrays.stream(PROSE_LINKS).mapToInt(String::length).max().orElse(0);
  /**
   * "is" in English, German, French, Spanish, Portuguese, Italian and Czech (das Passwort ist X, la password è X,
   * heslo je X), German's "reads" (das Passwort lautet X), and the signs people type for it: pass for the jump
   * host = X, password for the vault ui -> X, пароль — X (a dash stands for "is" in Russian and Ukrainian).
   */
  private static final String[] COPULAS = {"is", "ist", "est", "es", "é", "è", "lautet", "je", "=", "->", "\u2014",
      "\u2013"};
  private static final String COPULA_FIRSTS = firstChars(COPULAS);

  /** The length of a copula ({@link #COPULAS}) at {@code i} that a blank follows, or 0. Reads at most 4 chars. */
  private static int copulaLength(CharSequence text, int i) {
    // most blanks in prose start no copula: one test instead of eight compares (every "password reset ..." walks here)
    if (COPULA_FIRSTS.indexOf(text.charAt(i)) < 0) {
      return 0;
    }
    for (String copula : COPULAS) {
      int e = i + copula.length();
      if (e < text.length() && text.charAt(e) == ' ' && KeyNames.regionEquals(text, i, copula)) {
        return copula.length();
      }
    }
    return 0;
  }
  /** Algorithm names that follow a password word without being one: password Argon2id hash. */
  private static final String[] ALGORITHMS = {"argon2", "pbkdf2", "bcrypt", "scrypt", "sha", "md5", "hmac", "aes",
      "rsa", "des", "ntlm", "des3"};

  /**
   * Where a word with a secret's make-up starts, at {@code i} or after one linking word: at least
   * {@code min} characters up to the next blank, with letters and digits, and both cases or a symbol
   * unless it has 16 or more (10 after a link word); not an algorithm name, a placeholder, a key
   * ({@code word=}) or a path. Words that prose is made of fail this, so they stay. Of a
   * {@code user:password} word only the password is tested and returned. Reads at most one short word
   * and 129 characters.
   *
   * @return the word's start (its password's in a {@code user:password} word), or -1
   */
  static int proseWord(CharSequence text, int i, int min) {
    int n = text.length();
    int w = i;
    int e = wordEnd(text, w, n);
    boolean linked = false;
    // a word longer than every link word (most words of prose) skips the comparisons
    for (int k = 0; k < PROSE_LINKS.length && e - w <= LONGEST_LINK; k++) {
      String link = PROSE_LINKS[k];
      if (e - w == link.length() && KeyNames.regionEqualsIgnoreCase(text, w, link) && e < n && text.charAt(e) == ' ') {
        w = e + 1;
        e = wordEnd(text, w, n);
        linked = true;
        break;
      }
    }
    int marked = InlineMarkup.valueInside(text, w);
    if (marked > w) {
      e = InlineMarkup.valueEnd(text, w, marked, wordEnd(text, marked, n)); // is **<v>**, is <strong><v></strong>
      w = marked;
    }
    if (e - w < min) {
      return -1; // most words of prose: the bar below only shortens the word
    }
    if (linked && hyphenatedPhrase(text, w, e)) {
      return w; // password is Jungle-amber-garden: a passphrase as people type it
    }
    boolean anyDigit = false;
    for (int j = w; j < e; j++) {
      char c = text.charAt(j);
      if (c == '|' && !barInWord(text, j, e)) {
        e = j; // ...password <v>|5|suser=bob: a record's field ends at its bar
        break;
      }
      anyDigit |= KeyNames.isDigit(c);
    }
    if (!anyDigit) {
      return -1; // a word without a digit (rotation, Authenticate), as the test below would find
    }
    int len = e - w;
    if (len < min || len > 128) {
      return -1;
    }
    boolean digit = false;
    boolean lower = false;
    boolean upper = false;
    boolean symbol = false;
    // stats auth admin:<password> (HAProxy), a user:password pair: the password after the user's colon
    int colon = userColon(text, w, e);
    int from = colon < 0 ? w : colon + 1;
    if (e - from < 8) {
      return -1;
    }
    len = e - from;
    boolean base64 = paddedBase64(text, from, e);
    // what text[from, j) is: only dashes so far (0), a key's name (1: a letter or _, then name characters) or
    // neither (2). An = after a key's name is the key's (user=bob2024), else a password's symbol (Ab3x*=Kd9q)
    int name = 0;
    for (int j = from; j < e; j++) {
      char c = text.charAt(j);
      // base64's / and = are its alphabet and padding, not a path or a key
      if (!base64 && (c == '=' && name != 2 || c == ':' || c == '/' || c == '\\' || c == '(' || c == '{'
          || c == '$' && j == w || c == '<')) {
        return -1; // a key, a path, code or a placeholder, not a value (a $ inside a word is a password's symbol)
      }
      if (c == ',' || c == ';' || c == '&') {
        name = 0; // a list's next field starts: DE-1,street=Untere is two fields, not a password holding =
      } else if (name == 0 && c != '-') {
        name = KeyNames.isLower(c) || KeyNames.isUpper(c) || c == '_' ? 1 : 2;
      } else if (name == 1 && !KeyNames.isAlnum(c) && "_.-[]".indexOf(c) < 0) { // an index: ESC[0m=, a[1]=
        name = 2;
      }
      digit |= KeyNames.isDigit(c);
      lower |= KeyNames.isLower(c);
      upper |= KeyNames.isUpper(c);
      symbol |= !KeyNames.isAlnum(c) && c != '.' && c != ',' && c != '-' && c != '_';
    }
    boolean letter = lower || upper;
    // after a link word (wifi password is <v>) a key of one case and digits, 10 or more, is one too
    if (!letter || !digit || !(lower && upper || symbol || len >= 16 || linked && len >= 10)) {
      return -1;
    }
    for (String algorithm : ALGORITHMS) {
      if (KeyNames.regionEqualsIgnoreCase(text, w, algorithm)) {
        return -1;
      }
    }
    return from;
  }

  /**
   * Whether {@code text[w, e)}, less a closing {@code . , ; ! )}, is three or more words of 4 or more
   * letters joined by hyphens, the first maybe capitalized and the others lower-case, maybe ending in
   * digits: {@code Jungle-amber-garden}, {@code saddle-quartz-island-garden42}. Prose's hyphenated words
   * have fewer parts or shorter ones ({@code case-sensitive}, {@code one-time-use}).
   */
  private static boolean hyphenatedPhrase(CharSequence text, int w, int e) {
    while (e > w && ".,;!)".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    while (e > w && KeyNames.isDigit(text.charAt(e - 1))) {
      e--;
    }
    int parts = 0;
    int j = w;
    while (j < e) {
      int s = j;
      while (j < e && (KeyNames.isLower(text.charAt(j)) || j == w && KeyNames.isUpper(text.charAt(j)))) {
        j++;
      }
      if (j - s < 4 || j < e && (text.charAt(j) != '-' || j + 1 == e)) {
        return false;
      }
      parts++;
      j++;
    }
    return parts >= 3;
  }

  /**
   * Where the colon of a {@code user:password} word at {@code w} stands: a user name (letters, digits,
   * {@code . _ - @}, a letter among them) and one colon with more after it; -1 for any other word
   * ({@code host:8080}, {@code 12:30:01}).
   */
  private static int userColon(CharSequence text, int w, int e) {
    int j = w;
    boolean letter = false;
    while (j < e && (KeyNames.isAlnum(text.charAt(j)) || ".-_@".indexOf(text.charAt(j)) >= 0)) {
      letter |= KeyNames.isLower(text.charAt(j)) || KeyNames.isUpper(text.charAt(j));
      j++;
    }
    if (!letter || j == w || j + 1 >= e || text.charAt(j) != ':') {
      return -1;
    }
    for (int k = j + 1; k < e; k++) {
      if (text.charAt(k) == ':') {
        return -1;
      }
    }
    return j;
  }

  /**
   * Whether {@code text[w, e)} is padded base64 of 16 bytes or more, also after strongSwan's {@code 0s}
   * prefix ({@code : PSK 0s<base64>}): base64 letters and at least one {@code =} of padding to a multiple
   * of four. A path or a {@code key=value} word ends in no {@code =}.
   */
  private static boolean paddedBase64(CharSequence text, int w, int e) {
    int from = e - w > 2 && text.charAt(w) == '0' && text.charAt(w + 1) == 's' ? w + 2 : w;
    if (e - from < 24 || (e - from) % 4 != 0 || text.charAt(e - 1) != '=') {
      return false;
    }
    int body = text.charAt(e - 2) == '=' ? e - 2 : e - 1;
    for (int j = from; j < body; j++) {
      char c = text.charAt(j);
      if (!KeyNames.isAlnum(c) && c != '+' && c != '/') {
        return false;
      }
    }
    return true;
  }

  /** Short words that English sentences are made of and passphrases rarely hold: the, of, to, when. */
  private static final KeyNames.Words FUNCTION_WORDS = new KeyNames.Words(
    "a", "an", "the", "of", "to", "in", "on", "for", "with", "and", "or", "from", "by", "is", "are", "be", "that",
    "this", "when", "if", "not", "as", "at", "into", "no", "but", "than", "instead", "it", "was", "were", "has");

  /**
   * Whether {@code text[s, e)} is a function word ({@link #FUNCTION_WORDS}: with, when, to) in lower case, and
   * the word after it, from {@code e + 1}, has no secret's make-up ({@link #secretLike}): a sentence goes on.
   * Reads at most 64 characters of the next word.
   */
  static boolean functionWordInSentence(CharSequence text, int s, int e) {
    if (e - s > 7 || !KeyNames.isLower(text.charAt(s)) || !FUNCTION_WORDS.contains(text, s, e)) {
      return false;
    }
    int limit = Math.min(text.length(), e + 65);
    int next = e + 1;
    while (next < limit && text.charAt(next) > ' ') {
      next++;
    }
    return next > e + 1 && (next < limit || next == text.length()) && !secretLike(text, e + 1, next);
  }

  /** Verbs that changelogs and log messages start a sentence with: fix, add, refuse, document. */
  private static final KeyNames.Words LEADING_VERBS = new KeyNames.Words(
    "fix", "add", "remove", "use", "avoid", "allow", "handle", "return", "refuse", "set", "save", "do", "don't",
    "make", "ensure", "check", "support", "apply", "detect", "sanitize", "compute", "eliminate", "limit", "copy",
    "import", "export", "define", "encode", "decode", "accept", "increase", "improve", "include", "document",
    "report", "free", "drop", "keep", "move", "rename", "replace", "rewrite", "simplify", "clarify", "mention",
    "send", "skip", "try", "treat", "update", "store", "load", "read", "write", "print", "show", "warn", "fail",
    "pass", "call", "will", "can", "cannot", "should", "must", "may", "reject", "require", "enable", "disable",
    "introduce", "implement", "convert", "combine", "split", "prevent", "clean", "reset", "initialize", "verify",
    "validate", "parse", "generate", "give", "get", "let", "mark", "note", "open", "close", "run", "switch",
    "new", "initial");

  /**
   * Whether a sentence, not a value, starts at {@code i} after a key and a colon. Its first word is a
   * plain word ({@link #plainWord}: {@code Fix}, {@code refuse}), and then either
   *
   * <ul>
   *   <li>it has three words, two of them {@link #FUNCTION_WORDS}, or four words, one of them such a
   *       word: {@code refuse to operate when missing host}. A passphrase is plain words without
   *       them ({@code correct horse battery staple}), and a value with blanks is rarely longer than
   *       three words ({@code value with spaces});
   *   <li>or, with {@code afterCode} (the key names a file or function, see {@link KeyNames#namesCode}),
   *       it has two words or more and no digit: {@code checkPassword: comparing hashes}; or it is one
   *       word that ends the text with a full stop, a changelog's {@code passwd.c: Likewise.}
   * </ul>
   *
   * <p>Without {@code afterCode} the first word must also lead a sentence: a verb ({@link #LEADING_VERBS},
   * or a word ending in {@code -ed} or {@code -ing}) or a function word ({@code in CA certificates ...});
   * {@code value with quotes and spaces} stays a value.
   *
   * <p>A value that starts with anything but a plain word ({@code Summer2024!}, {@code s3cr3t! now}),
   * or holds a word with a secret's make-up ({@link #secretLike}: {@code Bob Xk9mP2qLw, retrying in 5s}),
   * is never a sentence. Reads at most 12 words of the line, and 160 characters.
   */
  static boolean sentence(CharSequence text, int i, boolean afterCode) {
    return sentence(text, i, afterCode, false);
  }

  /**
   * {@link #sentence(CharSequence, int, boolean)}, where with {@code keyLeads} the first word may also
   * be the key's own name ({@link #repeatsKeyWord}): Kafka's {@code ssl.keystore.password: Password
   * cannot be null} is a sentence about the key, and so, led by that word, are three words with one
   * function word ({@code solr.auth.password : password for authentication}, a setting's help).
   */
  static boolean sentence(CharSequence text, int i, boolean afterCode, boolean keyLeads) {
    int limit = Math.min(text.length(), i + 160);
    int words = 0;
    int functionWords = 0;
    boolean digits = false;
    int j = i;
    while (words < 12 && j < limit) {
      int w = j;
      while (j < limit && text.charAt(j) > ' ') {
        j++;
      }
      if (words == 0 && !(plainWord(text, w, j) && (afterCode || keyLeads || leadsSentence(text, w, j)))
          || secretLike(text, w, j)) {
        return false;
      }
      for (int k = w; k < j && !digits; k++) {
        digits = KeyNames.isDigit(text.charAt(k));
      }
      words++;
      if (FUNCTION_WORDS.contains(text, w, j)) {
        functionWords++;
      }
      if (j + 1 >= limit || text.charAt(j) != ' ' || text.charAt(j + 1) <= ' ') {
        break;
      }
      j++;
    }
    // After a code name, words without digits: setPassword: new hunter123 keeps its value.
    // Led by the key's own word, three words with one function word describe the key: a setting's help,
    // solr.auth.password : password for authentication
    // After a code name, one word ending a sentence is a changelog's entry: passwd.c: Likewise.
    return words >= 4 && functionWords >= 1 || words >= 3 && functionWords >= 2
        || afterCode && !digits && (words >= 2 || text.charAt(j - 1) == '.' && (j == text.length() || text.charAt(j) == '\n'))
        || keyLeads && words >= 3 && functionWords >= 1;
  }

  /**
   * Whether the word at {@code i}, up to a blank, is the last word of the key {@code text[keyStart,
   * keyEnd)}, in any case: {@code Password} after {@code ssl.keystore.password: } or {@code dbPassword: }.
   * Reads at most the key's length.
   */
  static boolean repeatsKeyWord(CharSequence text, int i, int keyStart, int keyEnd) {
    int s = keyEnd;
    while (s > keyStart && KeyNames.isLower(text.charAt(s - 1))) {
      s--;
    }
    if (s > keyStart && KeyNames.isUpper(text.charAt(s - 1))) {
      s--; // dbPassword: the camel-case word
    }
    int length = keyEnd - s;
    if (length < 3 || i + length >= text.length() || text.charAt(i + length) != ' ') {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (Character.toLowerCase(text.charAt(i + k)) != Character.toLowerCase(text.charAt(s + k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the plain word {@code text[s, e)} can lead a sentence: a verb or a function word. */
  private static boolean leadsSentence(CharSequence text, int s, int e) {
    if (e > s + 1 && ".,;:".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return LEADING_VERBS.contains(text, s, e) || FUNCTION_WORDS.contains(text, s, e)
        || e - s >= 5 && (KeyNames.regionEqualsIgnoreCase(text, e - 2, "ed")
            || KeyNames.regionEqualsIgnoreCase(text, e - 3, "ing"));
  }

  /**
   * Whether the word {@code text[s, e)} has a secret's make-up: digits and letters of both cases
   * ({@code Xk9mP2qLw}), or a symbol that prose keeps out of words ({@code Xk9#mP2q}).
   */
  private static boolean secretLike(CharSequence text, int s, int e) {
    boolean digit = false;
    boolean lower = false;
    boolean upper = false;
    for (int j = s; j < e; j++) {
      char c = text.charAt(j);
      if ("!#$%^&*@~|".indexOf(c) >= 0 && j > s && j + 1 < e) {
        return true;
      }
      digit |= KeyNames.isDigit(c);
      lower |= KeyNames.isLower(c);
      upper |= KeyNames.isUpper(c);
    }
    return digit && lower && upper;
  }

  /**
   * Whether {@code text[s, e)} is a word of prose: letters, the first maybe upper-case and the others
   * lower-case, maybe joined by a hyphen or an apostrophe ({@code use-after-free}, {@code don't}), and
   * maybe a closing {@code . , ; :}.
   */
  private static boolean plainWord(CharSequence text, int s, int e) {
    if (e > s + 1 && ".,;:".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    if (e <= s || !KeyNames.isLower(text.charAt(s)) && !KeyNames.isUpper(text.charAt(s))) {
      return false;
    }
    for (int j = s + 1; j < e; j++) {
      char c = text.charAt(j);
      if (!KeyNames.isLower(c) && !((c == '-' || c == '\'') && j + 1 < e && KeyNames.isLower(text.charAt(j + 1)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the bar at {@code bar} belongs to the word it is in, read up to {@code limit}: a character
   * other than a blank follows it, and no other bar nor an {@code =} comes after it in the word. So
   * {@code Hunter|2024x} is one word, the whole of which a password is, while in
   * {@code <v>|5|suser=bob} (ArcSight CEF's Name, Severity and Extension fields) the bar ends the value.
   * The same rule for where a prose word ends and where its hidden value ends keeps any part of a
   * password from showing. Reads the rest of the word once.
   */
  static boolean barInWord(CharSequence text, int bar, int limit) {
    int j = bar + 1;
    if (j >= limit || text.charAt(j) <= ' ') {
      return false;
    }
    for (; j < limit && text.charAt(j) > ' '; j++) {
      if (text.charAt(j) == '|' || text.charAt(j) == '=') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text} at {@code i} holds a backslash and a double quote, a JSON string's escaped quote. */
  private static boolean escapedQuoteAt(CharSequence text, int i) {
    return i + 1 < text.length() && text.charAt(i) == '\\' && text.charAt(i + 1) == '"';
  }

  /**
   * The end of the word at {@code i}: the next blank or control character, an escaped {@code \r} or
   * {@code \n} (a repr or Wireshark prints a command's line end so: {@code PASS <v>\r\n}), an escaped
   * double quote (a JSON log's {@code Value: \"v\"}), the quote that ends a JSON string or a closing HTML tag
   * ({@code <p>... password <v></p>}), at most 129 characters on.
   */
  private static int wordEnd(CharSequence text, int i, int n) {
    int limit = Math.min(n, i + 129);
    int j = i;
    while (j < limit && text.charAt(j) > ' ' && !(text.charAt(j) == '\\' && j + 1 < n
        && (text.charAt(j + 1) == 'r' || text.charAt(j + 1) == 'n' || text.charAt(j + 1) == '"'))
        && !(text.charAt(j) == '"' && j > i && closesJsonString(text, j, n))
        && !(text.charAt(j) == '<' && j > i && j + 1 < n && text.charAt(j + 1) == '/')) { // <p>... <v></p>
      j++;
    }
    return j;
  }

  /**
   * Whether the quote at {@code q} ends a JSON string, as chat exports hold a message ({@code "text":"pw is <v>",
   * "ts":...}): not escaped, and a comma, a closing brace or bracket, or the text's end follows it. The value
   * ends there, as its mask does ({@link ValueEnds#unquotedEnd}).
   */
  private static boolean closesJsonString(CharSequence text, int q, int n) {
    return text.charAt(q - 1) != '\\' && (q + 1 == n || ",}]".indexOf(text.charAt(q + 1)) >= 0);
  }

  /**
   * Where the quoted answer to a prompt starts, read from {@code i} right after the prompt's closing quote: an expect
   * script's {@code send "v\r"} (or {@code send -- "v"}) in the action block ({@code { send ... }}) or on the next
   * line; -1 for anything else. Reads at most 64 characters.
   */
  static int promptAnswer(CharSequence text, int i) {
    int n = text.length();
    int limit = Math.min(n, i + 64);
    int j = i;
    boolean lineBreak = false;
    while (j < limit && (text.charAt(j) <= ' ' || text.charAt(j) == '{') && !(lineBreak && text.charAt(j) == '{')) {
      lineBreak |= text.charAt(j) == '\n';
      j++;
    }
    if (!KeyNames.regionEquals(text, j, "send ")) {
      return -1;
    }
    j += 5;
    if (KeyNames.regionEquals(text, j, "-- ")) {
      j += 3;
    }
    return j < limit && (text.charAt(j) == '"' || text.charAt(j) == '\'') ? j : -1;
  }

  /** What Terraform prints after a resource address and a colon while it plans or applies. */
  private static final String[] TERRAFORM_PROGRESS = {"Refreshing state...", "Creating...", "Modifying...",
      "Destroying...", "Reading...", "Still creating...", "Still modifying...", "Still destroying...",
      "Still reading...", "Creation complete after ", "Modifications complete after ", "Destruction complete after ",
      "Read complete after ", "Creation errored after ", "Modifications errored after ",
      "Destruction errored after ", "Preparing import...", "Importing...", "Import prepared!",
      "Plan to ", "Drift detected "}; // terraform -json: "random_password.db: Plan to create"

  /**
   * Whether a Terraform progress message starts at {@code i}, as in
   * {@code aws_kms_key.main: Refreshing state... [id=...]} or {@code tls_private_key.ci: Creation complete
   * after 0s}: the resource address before it names a resource type, not a key with a value. Case-sensitive.
   */
  static boolean terraformProgress(CharSequence text, int i) {
    char first = i < text.length() ? text.charAt(i) : 0;
    if (first != 'R' && first != 'C' && first != 'M' && first != 'D' && first != 'S' && first != 'P' && first != 'I') {
      return false;
    }
    for (String message : TERRAFORM_PROGRESS) {
      if (KeyNames.regionEquals(text, i, message)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Terraform's plan checks print an attribute's value after its path as a cty value:
   * {@code .password: planned value cty.StringVal("v") for a non-computed attribute} (TF_LOG, legacy
   * SDK providers), {@code .password: was cty.StringVal("v"), but now ...}. The string's opening quote,
   * or -1 when the text at {@code i} is not such a value. Case-sensitive.
   */
  static int terraformCtyString(CharSequence text, int i) {
    int j = KeyNames.regionEquals(text, i, "planned value ") ? i + "planned value ".length()
        : KeyNames.regionEquals(text, i, "was ") ? i + "was ".length() : i;
    return KeyNames.regionEquals(text, j, "cty.StringVal(\"") ? j + "cty.StringVal(".length() : -1;
  }

  /**
   * A netrc entry: the key word is a token of its own, right after {@code login <user>}, on its line
   * or over line breaks that follow a word ({@code machine h login u password p}, or one token per
   * line). Reads the login value and the blanks around it, at most 96 characters: prose that only
   * mentions a login earlier ({@code login failed for bob: wrong password supplied}) is not one.
   */
  static boolean afterNetrcLogin(CharSequence text, int keyStart) {
    if (keyStart > 0 && text.charAt(keyStart - 1) > ' ') {
      return false;
    }
    int limit = Math.max(0, keyStart - 96);
    int valueEnd = blanksBefore(text, keyStart, limit);
    int j = valueEnd;
    while (j > limit && text.charAt(j - 1) > ' ') {
      j--;
    }
    if (j == valueEnd || j == limit && j > 0 || ".,;:!?)".indexOf(text.charAt(valueEnd - 1)) >= 0) {
      return false; // no login value, a token longer than any, or the end of a sentence: login ok; password reset
    }
    j = blanksBefore(text, j, limit);
    if (j < 5 || !KeyNames.regionEquals(text, j - 5, "login") || j > 5 && text.charAt(j - 6) > ' ') {
      return false;
    }
    // a label's value ("Subject: login", then the body's first word on the next line) is no netrc token
    int before = j - 5;
    while (before > limit && (text.charAt(before - 1) == ' ' || text.charAt(before - 1) == '\t')) {
      before--;
    }
    return before == j - 5 || before == 0 || text.charAt(before - 1) != ':';
  }

  /**
   * Where the blanks that end at {@code end} start; -1 when there are none, or when they hold a line
   * break that does not follow a word ("login failed.\npassword reset" is two sentences).
   */
  private static int blanksBefore(CharSequence text, int end, int limit) {
    int j = end;
    while (j > limit && text.charAt(j - 1) <= ' ') {
      char c = text.charAt(j - 1);
      if ((c == '\n' || c == '\r') && !(j >= 2 && (KeyNames.isAlnum(text.charAt(j - 2)) || text.charAt(j - 2) == '\r'))) {
        return -1;
      }
      j--;
    }
    return j == end ? -1 : j;
  }
}
