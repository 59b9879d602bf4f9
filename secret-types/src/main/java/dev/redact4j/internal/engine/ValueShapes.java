package dev.redact4j.internal.engine;

/**
 * What a candidate value looks like: a placeholder or reference standing for a secret
 * ({@code ${VAR}}, {@code <your-token>}, {@code env.DB_PASSWORD}, {@code ****}), a name rather than a
 * value ({@code SECRET_KEY}), filler ({@code AP6xxxxxx}), or a word with a secret's make-up. Shared by
 * the detectors that judge values found by context. Static, allocation-free, reads only
 * {@code text[start, end)}.
 */
final class ValueShapes {
  private ValueShapes() {}

  /** Values that stand for a secret rather than being one. */
  static boolean isPlaceholder(CharSequence text, int start, int end) {
    return isPlaceholder(text, start, end, false);
  }

  /**
   * Values that stand for a secret rather than being one. After a command-line flag
   * ({@code -p $Password}, {@code -Password "%PW%"}) an unexpanded {@code $VAR} or {@code %VAR%} is a
   * value ({@code variablesAreValues}): the program received it as written, and hiding it costs nothing.
   * In assignments ({@code PGPASSWORD="$DB_PASSWORD"}) it is a reference, as is {@code ${VAR}} anywhere.
   */
  static boolean isPlaceholder(CharSequence text, int start, int end, boolean variablesAreValues) {
    int len = end - start;
    char first = text.charAt(start);
    char last = text.charAt(end - 1);
    char second = len > 1 ? text.charAt(start + 1) : 0;
    if (((first == '$' || first == '%') && second == '{') || (first == '{' && last == '}' && !bracedPassword(text, start, end))
        || (first == '<' && last == '>') || (last == '>' && describedTail(text, start, end)) || (first == '@' && last == '@')
        || (first == '/' && !slashStartsValue(text, start, end))
        || (first == '.' && second == '.' && len > 3 && text.charAt(start + 2) == '/'
            && !slashStartsValue(text, start + 2, end))) {
      return true; // ${VAR}, %{VAR}, {{ var }}, {} (SLF4J), <your-token>, @token@, /path/to/file, ../../etc/x
    }
    if (first == '$' && !variablesAreValues && !sigilStartsValue(text, start, end)) {
      return true; // $VAR
    }
    if (interpolatedTemplate(text, start, end)) {
      return true; // java${target.major}, tok-${ENV}: a template the build tool fills in
    }
    if (second == ':' && drivePath(text, start, end)) {
      return true; // PWD=C:\slave\test: a Windows working directory, as /home/worker is one
    }
    if (first == '%' && (formatSpecifier(text, start, end) || (!variablesAreValues && percentVariable(text, start, end))
        || conversionWord(text, start, end))) {
      return true; // %s, %(name)s, %1$s, %DB_PASSWORD%, %X{password}; not %40ssw0rd or %aB3... (a password may start with %)
    }
    if (len > 3 && KeyNames.regionEquals(text, start, "%24") && upperName(text, start + 3, end)) {
      return true; // %24NOT_FOUND: $NOT_FOUND URL-encoded (Google AMP's AMP_TOKEN cookie)
    }
    if ((first == '!' && yamlReferenceTag(text, start, end)) || sourceReference(text, start, end)) {
      return true; // !Ref DbPassword, !vault |; env:API_TOKEN, sysprop:app.secret, file:/run/secrets/x
    }
    if (KeyNames.regionEqualsIgnoreCase(text, start, "&lt;") || KeyNames.regionEqualsIgnoreCase(text, start, "#{")
        || KeyNames.regionEqualsIgnoreCase(text, start, "arn:")) {
      return true; // &lt;YOUR_KEY&gt;, Ruby #{interpolation}, AWS ARNs
    }
    if (sigV4Scope(text, start, end)) {
      return true; // Credential=<key id>/20261201/us-east-1/s3/aws4_request: the key id has a rule of its own
    }
    if (len == ANSIBLE_NO_LOG.length() && KeyNames.regionEquals(text, start, ANSIBLE_NO_LOG)) {
      return true; // Ansible's mask for a module argument marked no_log
    }
    if (len == ANSIBLE_USER_MASK.length() && KeyNames.regionEquals(text, start, ANSIBLE_USER_MASK)) {
      return true; // Ansible's user module prints this in place of the password it set
    }
    if (len == CLOUDTRAIL_MASK.length() && KeyNames.regionEquals(text, start, CLOUDTRAIL_MASK)) {
      return true; // AWS CloudTrail's mask for a sensitive request parameter
    }
    if (len == SECURE_STRING_TYPE.length() && KeyNames.regionEquals(text, start, SECURE_STRING_TYPE)) {
      return true; // Format-List of a PSCredential prints the type's name in place of the password
    }
    if (len == 14 && KeyNames.regionEqualsIgnoreCase(text, start, "dword:")
        && CharClass.HEX.skip(text, start + 6, end) == end) {
      return true; // a .reg export's 32-bit number, as in "PasswordExpiryWarning"=dword:0000000e
    }
    if (len == 76 && KeyNames.regionEquals(text, start, "hmac-sha256:")
        && CharClass.HEX_LOWER.skip(text, start + 12, end) == end) {
      return true; // a Vault audit log's HMAC of the value, written in its place
    }
    if (first == '[' || first == '*') {
      if (first == '*' && !starThenValue(text, start, end)
          || KeyNames.regionEqualsIgnoreCase(text, start + 1, "redacted")
          || KeyNames.regionEqualsIgnoreCase(text, start + 1, "filtered")
          || KeyNames.regionEqualsIgnoreCase(text, start + 1, "hidden")
          || KeyNames.regionEqualsIgnoreCase(text, start + 1, "protected")
          || KeyNames.regionEqualsIgnoreCase(text, start + 1, "masked")
          || KeyNames.regionEqualsIgnoreCase(text, start + 1, "secure")) {
        return true;
      }
    }
    if (last == ']' && prefixMask(text, start, end)) {
      return true; // ghp_[REDACTED:github-pat-classic]: a keepPrefix mask, so that a second pass keeps it
    }
    if (last == '*' && starredAfterPrefix(text, start, end)) {
      return true; // gho_****...: gh auth status masks a token after its public prefix
    }
    if ((first == '+' || first == '-') && diffMask(text, start, end)) {
      return true; // helm diff, Argo CD: '++++++++ # (16 bytes)' stands for a Secret's value
    }
    boolean allMask = true;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (c != '*' && c != 'x' && c != 'X' && c != '.' && c != '\u2022' && c != '-' && c != '?') {
        allMask = false;
        break;
      }
    }
    if (allMask) {
      return true;
    }
    if (len == OPTIONAL_EMPTY.length() && KeyNames.regionEquals(text, start, OPTIONAL_EMPTY)
        || len == NODE_ACCESSOR.length() && KeyNames.regionEquals(text, start, NODE_ACCESSOR)) {
      return true; // Java's toString of an empty Optional; Node's util.inspect of a property with a getter and setter
    }
    if (last == '>' && len > 1 && len <= 13 && PLACEHOLDER_WORDS.contains(text, start, end - 1)) {
      return true; // Ruby's inspect closes the object after its last field: #<struct Config password=nil>
    }
    // A signature's default ends its call or statement: def read(self, pwd=None):, connect(password=null);
    int word = end;
    while (word > start + 1 && end - word < 2 && (text.charAt(word - 1) == ')' || text.charAt(word - 1) == ':'
        || text.charAt(word - 1) == ';')) {
      word--;
    }
    return word - start <= 12 && PLACEHOLDER_WORDS.contains(text, start, word) || notStatus(text, start, word);
  }

  /** Whether {@code text[start, end)} is {@code not} and a word of {@link #NOT_STATUS_WORDS}, in any case. */
  private static boolean notStatus(CharSequence text, int start, int end) {
    return end - start > 6 && end - start <= 15 && KeyNames.regionEqualsIgnoreCase(text, start, "not ")
        && NOT_STATUS_WORDS.contains(text, start + 4, end);
  }

  private static final String SIGV4_SCOPE_END = "aws4_request";

  /**
   * A SigV4 credential scope, {@code <key id>/<date>/<region>/<service>/aws4_request} (its slashes encoded as
   * {@code %2F} in a presigned URL's {@code X-Amz-Credential}), as {@code Credential=} in an Authorization header
   * names it; a comma may follow it there. It names the key, it does not hold one. A value that holds a {@code =}
   * is not the scope alone: an Authorization header's {@code Credential=...} parameters stay hidden whole.
   */
  private static boolean sigV4Scope(CharSequence text, int start, int end) {
    int e = text.charAt(end - 1) == ',' ? end - 1 : end;
    int at = e - SIGV4_SCOPE_END.length();
    if (at <= start + 1 || !KeyNames.regionEquals(text, at, SIGV4_SCOPE_END)
        || !(text.charAt(at - 1) == '/' || at > start + 3 && KeyNames.regionEqualsIgnoreCase(text, at - 3, "%2f"))) {
      return false;
    }
    for (int j = start; j < at; j++) {
      if (text.charAt(j) == '=') {
        return false;
      }
    }
    return true;
  }

  private static final String OPTIONAL_EMPTY = "Optional.empty";
  private static final String NODE_ACCESSOR = "Getter/Setter";

  /**
   * Whether the value is a template that Maven, Gradle, Spring or a shell fills in: one or more {@code ${...}}
   * references and fewer than 8 characters of its own ({@code java${target.major}${target.minor}},
   * {@code tok-${ENV}}). A secret written beside a reference ({@code <12 characters>${SUFFIX}}) is still a
   * value. Reads the value at most once.
   */
  private static boolean interpolatedTemplate(CharSequence text, int start, int end) {
    int literal = 0;
    boolean reference = false;
    for (int j = start; j < end; j++) {
      if (text.charAt(j) == '$' && j + 1 < end && text.charAt(j + 1) == '{') {
        int close = j + 2;
        while (close < end && text.charAt(close) != '}') {
          close++;
        }
        if (close == end) {
          return false;
        }
        reference = true;
        j = close;
      } else if (++literal >= 8) {
        return false;
      }
    }
    return reference;
  }

  /**
   * Whether {@code text[start, end)} is the mask helm diff and Argo CD print for a Secret's value: eight or more
   * {@code +} (or {@code -}, on a diff's removed side), alone or before the value's size, {@code # (16 bytes)}.
   */
  private static boolean diffMask(CharSequence text, int start, int end) {
    char mark = text.charAt(start);
    int j = start;
    while (j < end && text.charAt(j) == mark) {
      j++;
    }
    if (j - start < 8 || j == end) {
      return j - start >= 8;
    }
    if (!KeyNames.regionEquals(text, j, " # (") || end - j < 11) {
      return false;
    }
    int k = j + 4;
    while (k < end && KeyNames.isDigit(text.charAt(k))) {
      k++;
    }
    return k > j + 4 && k + 7 == end && KeyNames.regionEquals(text, k, " bytes)");
  }

  /**
   * A vendor's public prefix of 1 to 16 letters and digits ended by {@code _} or {@code -}, then eight or more
   * {@code *} to the end: {@code gho_********}, {@code glpat-********}, as CLIs print a token they withhold.
   * Reads at most the prefix and the stars.
   */
  private static boolean starredAfterPrefix(CharSequence text, int start, int end) {
    int limit = Math.min(end, start + 17);
    int i = start;
    while (i < limit && KeyNames.isAlnum(text.charAt(i))) {
      i++;
    }
    if (i == start || i >= limit || text.charAt(i) != '_' && text.charAt(i) != '-') {
      return false;
    }
    int stars = i + 1;
    int j = stars;
    while (j < end && text.charAt(j) == '*') {
      j++;
    }
    return j == end && end - stars >= 8;
  }

  /**
   * {@code <prefix>[REDACTED:<rule-id>]} as {@code Mask.keepPrefix()} writes it: a public prefix of 1 to
   * 16 letters, digits, {@code _} or {@code -}, then the typed mask and nothing else. Reads at most the
   * prefix and the mask.
   */
  private static boolean prefixMask(CharSequence text, int start, int end) {
    int limit = Math.min(end, start + 17);
    for (int i = start + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '[') {
        if (!KeyNames.regionEquals(text, i, "[REDACTED:") || end - 1 <= i + 10) {
          return false;
        }
        for (int j = i + 10; j < end - 1; j++) {
          char d = text.charAt(j);
          if (!(d >= 'a' && d <= 'z' || d >= '0' && d <= '9' || d == '-' || d == '_' || d == '.')) {
            return false;
          }
        }
        return true;
      }
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
        return false;
      }
    }
    return false;
  }

  /** YAML tags whose scalar names a value kept elsewhere (CloudFormation) or holds it encrypted (Ansible Vault). */
  private static final KeyNames.Words REFERENCE_TAGS =
      new KeyNames.Words("ref", "getatt", "importvalue", "findinmap", "vault");

  /** Tags that look a value up by the one name after them (Home Assistant, ESPHome): {@code !secret wifi_password}. */
  private static final KeyNames.Words NAMED_REFERENCE_TAGS = new KeyNames.Words("secret", "env_var", "input");

  /**
   * A YAML tag that makes the value a reference or a ciphertext: {@code !Ref DbPassword},
   * {@code !GetAtt Secret.Password}, {@code !vault |}, and {@code !secret name}, {@code !env_var NAME},
   * {@code !input name} when one name follows. Not Ansible's {@code !unsafe 'v'}, whose string is
   * the literal value, nor CloudFormation's {@code !Sub}, whose string may be one.
   */
  private static boolean yamlReferenceTag(CharSequence text, int start, int end) {
    int j = start + 1;
    while (j < end && (KeyNames.isLower(text.charAt(j)) || KeyNames.isUpper(text.charAt(j)) || text.charAt(j) == '_')) {
      j++;
    }
    if (NAMED_REFERENCE_TAGS.contains(text, start + 1, j)) {
      // One name and nothing else, in the value or, when a blank ended the value, right after it up to
      // the line's end or a closing quote (the YAML line quoted in a log message or a string literal).
      int limit = j < end ? end : Math.min(text.length(), end + 1 + KeyValueDetector.MAX_KEY);
      int name = j + 1;
      int nameEnd = name < limit && text.charAt(j) == ' ' ? CharClass.KEY.skip(text, name, limit) : name;
      return nameEnd > name && (nameEnd == text.length() || nameEnd == end || text.charAt(nameEnd) == '\n'
          || text.charAt(nameEnd) == '\r' || text.charAt(nameEnd) == '"' || text.charAt(nameEnd) == '\'');
    }
    return (j == end || text.charAt(j) == ' ') && REFERENCE_TAGS.contains(text, start + 1, j);
  }

  /**
   * A secret source in the syntax of {@code Secrets.fromReference}: {@code env:} and an environment
   * variable's name (upper case), {@code sysprop:} and a property's name (lower case), {@code file:}
   * and a path. {@code env:} followed by mixed case and digits is a value. LiteLLM's configuration
   * reads an environment variable the same way: {@code api_key: os.environ/OPENAI_API_KEY}.
   */
  private static boolean sourceReference(CharSequence text, int start, int end) {
    char first = text.charAt(start); // one read decides for most values: floods of short values stay cheap
    // @env:NAME: gon's, electron-builder's and altool's way to read a password from the environment
    int name = first == 'e' && KeyNames.regionEquals(text, start, "env:") ? start + 4
        : first == '@' && KeyNames.regionEquals(text, start, "@env:") ? start + 5
        : first == 'o' && KeyNames.regionEquals(text, start, "os.environ/") ? start + 11 : -1;
    if (name > 0 && end > name && !KeyNames.isDigit(text.charAt(name))) {
      for (int j = name; j < end; j++) {
        char c = text.charAt(j);
        if (!KeyNames.isUpper(c) && !KeyNames.isDigit(c) && c != '_') {
          return false;
        }
      }
      return true;
    }
    if (KeyNames.regionEquals(text, start, "sysprop:") && end > start + 8) {
      for (int j = start + 8; j < end; j++) {
        char c = text.charAt(j);
        if (!KeyNames.isLower(c) && !KeyNames.isDigit(c) && c != '.' && c != '_' && c != '-') {
          return false;
        }
      }
      return true;
    }
    return KeyNames.regionEquals(text, start, "file:") && end > start + 6
        && (text.charAt(start + 5) == '/' || text.charAt(start + 5) == '.' || text.charAt(start + 5) == '~');
  }

  /** Upper-case letters and {@code _} only, as variable and constant names are written. */
  private static boolean upperName(CharSequence text, int start, int end) {
    for (int j = start; j < end; j++) {
      if (!KeyNames.isUpper(text.charAt(j)) && text.charAt(j) != '_') {
        return false;
      }
    }
    return true;
  }

  /**
   * A documented shape: a prefix and then a description in angle brackets, lower-case words with a
   * blank ({@code sk-<your key here>}, {@code 4b1d<38 letters/digits>}); not {@code ab3<W9 xQz7Lp>}.
   */
  private static boolean describedTail(CharSequence text, int start, int end) {
    boolean blank = false;
    for (int j = end - 2; j > start; j--) {
      char c = text.charAt(j);
      if (c == '<') {
        return blank;
      }
      if (c == ' ') {
        blank = true;
      } else if (!KeyNames.isLower(c) && !KeyNames.isDigit(c) && c != '/' && c != '-' && c != '_') {
        return false;
      }
    }
    return false;
  }

  /**
   * The whole value is one printf/Python conversion: {@code %}, an optional {@code (name)}, argument
   * index, flags, width and precision, then a conversion letter ({@code %s}, {@code %(pw)s}, {@code %1$s}).
   * {@code %DB_PASS%} (a Windows variable) and {@code %40pass} (URL-encoded text) are values.
   */
  private static boolean formatSpecifier(CharSequence text, int start, int end) {
    int j = start + 1;
    if (j < end && text.charAt(j) == '(') {
      while (j < end && j < start + 40 && text.charAt(j) != ')') {
        j++;
      }
      j++;
    }
    while (j < end && "0123456789$-+# .*".indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    if (j + 3 < end && text.charAt(j + 2) == '%' && ".:/,".indexOf(text.charAt(j + 1)) >= 0
        && "sdifuxXoeEgGcrbpaAn".indexOf(text.charAt(j)) >= 0) {
      return formatSpecifier(text, j + 2, end); // %d.%d (sudo's minutes.seconds), %s:%s
    }
    return j == end - 1 && "sdifuxXoeEgGcrbpaAn".indexOf(text.charAt(j)) >= 0;
  }

  private static final String ANSIBLE_NO_LOG = "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER";
  private static final String ANSIBLE_USER_MASK = "NOT_LOGGING_PASSWORD";
  private static final String CLOUDTRAIL_MASK = "HIDDEN_DUE_TO_SECURITY_REASONS";
  private static final String SECURE_STRING_TYPE = "System.Security.SecureString";

  private static final KeyNames.Words PLACEHOLDER_WORDS = new KeyNames.Words(
    "null", "nil", "none", "true", "false", "undefined", "undef", "nothing", "empty", "redacted", "filtered", "hidden",
    "masked", "notset", "not_set", "unset", "n/a", "na", "required", "optional", "string", "str", "object",
    "bool", "boolean", "int", "integer", "byte[]", "char[]", "function", "new", "this", "self", "nullptr",
    "yes", "no", "on", "off", "sensitive", "omitted", "removed", "present", "missing", "provided",
    "data+omitted", // kubectl config view without --raw
    // what became of the value: a status line (secret: unknown) or a validation error ({"password":"invalid"})
    "invalid", "incorrect", "expired", "wrong", "unknown", "mismatch", "denied", "rejected");

  /** Words that follow "not" in a status, the whole value: {@code secret: not found}, {@code api_key: not set}. */
  private static final KeyNames.Words NOT_STATUS_WORDS = new KeyNames.Words(
    "found", "set", "provided", "configured", "available", "given", "specified", "supplied", "defined", "present",
    "required", "valid");

  /**
   * Where a path of identifiers joined by dots ({@code expected}, {@code self.eof}, {@code requests.auth.HTTPBasicAuth})
   * that starts at {@code at} ends, reading no further than {@code limit}; {@code at} when none starts there (a
   * digit, a quote or a symbol).
   */
  static int identifierPathEnd(CharSequence text, int at, int limit) {
    int j = at;
    while (j < limit) {
      char first = text.charAt(j);
      if (!KeyNames.isLower(first) && !KeyNames.isUpper(first) && first != '_') {
        return j == at ? at : j - 1; // nothing, or a path ending in a dot: the dot is not part of it
      }
      while (j < limit && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '_')) {
        j++;
      }
      if (j + 1 >= limit || text.charAt(j) != '.') {
        break;
      }
      j++;
    }
    return j;
  }

  /**
   * {@code env.DB_PASSWORD}, {@code settings.SECRET_KEY}, {@code DB_PASSWORD}, {@code your_api_key}:
   * an unquoted name of where the secret lives, not the secret.
   */
  static boolean isCodeReference(CharSequence text, int start, int end, boolean quoted) {
    if (!KeyNames.containsTermWord(text, start, end) || bootstrapToken(text, start, end)) {
      return false;
    }
    boolean dot = false;
    boolean underscore = false;
    boolean lower = false;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (c == '.') {
        dot = true;
      } else if (c == '_') {
        underscore = true;
      } else if (KeyNames.isLower(c)) {
        lower = true;
      } else if (!KeyNames.isUpper(c) && !KeyNames.isDigit(c)) {
        return false;
      }
    }
    return !quoted && (dot || (underscore && !lower));
  }

  /**
   * Whether {@code text[start, end)} is a word of some language rather than a generated value: it holds
   * a letter beyond ASCII and no digit ({@code inválida}, {@code bulunamadı}), since tokens and keys are
   * generated in ASCII. A digit keeps it a value, so a token that mojibake or a display mark runs into
   * ({@code eyJhbGciOi...â€¦}) stays hidden whole.
   */
  static boolean wordBeyondAscii(CharSequence text, int start, int end) {
    boolean letter = false;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (KeyNames.isDigit(c)) {
        return false;
      }
      letter |= c > 0x7f && Character.isLetter(c);
    }
    return letter;
  }

  /**
   * A message in Han, kana or Hangul rather than a password: at least one such letter and no ASCII
   * letter or digit ({@code 密码未更改}, {@code 修改密码}, {@code パスワードは変更されませんでした}), as
   * i18n catalogs and localised programs print under a password key. Passwords are typed with the
   * input method off, so a value mixing ASCII letters or digits with Han ({@code 密Xk9...}) stays a value.
   */
  static boolean cjkText(CharSequence text, int start, int end) {
    boolean cjk = false;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (c < 0x80) {
        if (Character.isLetterOrDigit(c)) {
          return false;
        }
      } else if (Character.isLetter(c)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
            && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL) {
          return false;
        }
        cjk = true;
      }
    }
    return cjk;
  }

  /**
   * A password value that names a password in code rather than being one: it contains a term word,
   * a structural character ({@code / # : .}) and no digit, as in {@code #add-password} or
   * {@code cms/sites/passwords#update}. Identifiers such as {@code smtp_password} may be the password.
   */
  static boolean namesPasswordInCode(CharSequence text, int start, int end) {
    boolean structural = false;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (KeyNames.isDigit(c)) {
        return false;
      }
      structural |= c == '/' || c == '#' || c == ':' || c == '.';
    }
    return structural && KeyNames.containsTermWord(text, start, end);
  }

  /**
   * A word made of letters, digits, {@code _} and {@code -} that itself names a secret: "your-api-key",
   * "SECRET_KEY", "apiToken". Few digits: a random token that happens to contain "key" or "pwd"
   * ({@code ...YVpwdtDM2sN1...}) is a value, and so is a name with a random part
   * ({@code acme-client-secret-8f3k2}, {@code ci-token-a1b2c3}): people and generators build secrets
   * that way, while names carry words and versions ({@code oauth2-client-secret}, {@code v1beta1-token}).
   */
  static boolean identifierNamingSecret(CharSequence text, int start, int end) {
    int digits = 0;
    int segment = start;
    for (int j = start; j <= end; j++) {
      char c = j < end ? text.charAt(j) : '-';
      if (c == '_' || c == '-' || c == '.') {
        if (randomSegment(text, segment, j)) {
          return false;
        }
        segment = j + 1;
      } else if (!KeyNames.isAlnum(c) || (KeyNames.isDigit(c) && ++digits > 3)) {
        return false;
      }
    }
    return !looksRandom(text, start, end) && KeyNames.containsTermWord(text, start, end);
  }

  /**
   * Letters and digits taking turns four times or more in five or more characters ({@code 8f3k2},
   * {@code a1b2c3}); a word with a version ({@code oauth2}, {@code v1beta1}, {@code sha256}) takes
   * turns fewer times.
   */
  private static boolean randomSegment(CharSequence text, int start, int end) {
    if (end - start < 5) {
      return false;
    }
    int turns = 0;
    boolean wasDigit = KeyNames.isDigit(text.charAt(start));
    for (int j = start + 1; j < end; j++) {
      boolean digit = KeyNames.isDigit(text.charAt(j));
      if (digit != wasDigit) {
        turns++;
        wasDigit = digit;
      }
    }
    return turns >= 4;
  }

  /** Longest ARN head before its resource type: {@code arn:aws-us-gov:elasticloadbalancing:us-gov-west-1:<12>:}. */
  private static final int MAX_ARN_HEAD = 80;

  /**
   * Whether {@code text[.., at]} ends inside an ARN: the word around it, back to a blank, quote or
   * backtick, {@code =}, {@code ,}, backslash or bracket and at most {@value #MAX_ARN_HEAD} characters and
   * five colons, starts with {@code arn:}. The resource type of
   * {@code arn:aws:secretsmanager:...:secret:prod/db-AbCdEf} is not a key.
   */
  static boolean insideArn(CharSequence text, int at) {
    int limit = Math.max(0, at - MAX_ARN_HEAD);
    int j = at;
    int colons = 0;
    while (j > limit) {
      char c = text.charAt(j - 1);
      if (c <= ' ' || KeyValueDetector.isQuote(c) || c == '=' || c == ',' || c == '[' || c == '(' || c == '{'
          || c == '\\') {
        break; // an ARN's head holds no backslash: a flood of escaped separators (key\:key\:) stops at once
      }
      // the resource type comes after arn:partition:service:region:account: (five colons): a flood of pat: stops
      if (c == ':' && ++colons > 5) {
        return false;
      }
      j--;
    }
    return KeyNames.regionEqualsIgnoreCase(text, j, "arn:");
  }

  /**
   * Base64 of a key, padded: generated (see {@link #looksGenerated}) and ending with {@code =}. One in 64
   * starts with {@code /}, which would otherwise read as a path: {@code encryption_key: /CEa...c0WE=}.
   */
  static boolean paddedBase64(CharSequence text, int start, int end) {
    return text.charAt(end - 1) == '=' && looksGenerated(text, start, end);
  }

  /**
   * Whether {@code text[start, end)} opens an object as {@code toString} prints it: a type name whose
   * last segment is capitalised, an opening {@code { ( [}, then a field ({@code name=}) or the closer:
   * {@code MongoCredential{mechanism=null, ...}} (the MongoDB driver's settings dump),
   * {@code DbCredentials(user=app)} (Lombok), {@code Login[password=...]} (a record), or an identity
   * hash and a blank ({@code Token{a64f992 ActivityRecord{...}}}, Android's records). Its fields are
   * keys of their own, checked where they occur. Reads at most 64 characters of name and 32 of field,
   * or {@value #RECORD_READ} of an Android record.
   */
  static boolean objectDump(CharSequence text, int start, int end) {
    int j = start;
    int segment = start;
    int limit = Math.min(end, start + 64);
    while (j < limit && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '$'
        || text.charAt(j) == '.')) {
      if (text.charAt(j) == '.') {
        segment = j + 1;
      }
      j++;
    }
    if (j >= end || j == segment || !KeyNames.isUpper(text.charAt(segment))) {
      return false;
    }
    char open = text.charAt(j);
    char close = open == '{' ? '}' : open == '(' ? ')' : open == '[' ? ']' : 0;
    if (close == 0 || ++j >= end) {
      return false;
    }
    if (text.charAt(j) == close) {
      // an empty object ends there (Options{}); one that goes on is a password with braces in it
      return j + 1 >= text.length() || " \t\r\n,;)]}\"'".indexOf(text.charAt(j + 1)) >= 0;
    }
    if (open == '{' && androidRecord(text, j)) {
      return true; // Token{a64f992 ActivityRecord{...}}: Android's records print their identity hash first
    }
    if (!KeyNames.isLower(text.charAt(j))) {
      return false;
    }
    limit = Math.min(end, j + 32);
    while (j < limit && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '_')) {
      j++;
    }
    return j < limit && text.charAt(j) == '=';
  }

  /**
   * The inside of an Android record's dump from {@code i}, after its opening brace: the identity hash
   * (6 to 8 lower-case hex digits), then a blank and the fields, as {@code ActivityRecord},
   * {@code WindowState} and {@code Token} print themselves ({@code Token{a64f992 ActivityRecord{...}}}),
   * up to a closing brace or a nested record on the same line. The hash must hold a letter, so that
   * {@code Winter{202412 ...}} stays a password (about one hash in 40 has none and stays hidden); a value
   * that nothing closes on its line (<code>Token&#123;a64f992</code>, a blank and other words) is a password too.
   * Reads up to the next brace, at most {@value #RECORD_READ} characters.
   */
  private static boolean androidRecord(CharSequence text, int i) {
    if (!identityHashThenBlank(text, i)) {
      return false;
    }
    int limit = Math.min(text.length(), i + RECORD_READ);
    for (int k = i + 7; k < limit && text.charAt(k) != '\n' && text.charAt(k) != '\r'; k++) {
      if (text.charAt(k) == '}' || text.charAt(k) == '{') {
        // a nested record has its own hash; stopping at any brace keeps a flood of them linear
        return text.charAt(k) == '}' || identityHashThenBlank(text, k + 1);
      }
    }
    return false;
  }

  /** 6 to 8 lower-case hex digits, a letter among them, then a blank, at {@code i}. */
  private static boolean identityHashThenBlank(CharSequence text, int i) {
    int n = text.length();
    int j = CharClass.HEX_LOWER.skip(text, i, Math.min(n, i + 9));
    return j - i >= 6 && j - i <= 8 && j < n && text.charAt(j) == ' ' && hexLetter(text, i, j);
  }

  /** How far {@link #androidRecord} looks for a brace; Android's records fit in a line of logcat. */
  private static final int RECORD_READ = 256;

  private static boolean hexLetter(CharSequence text, int start, int end) {
    for (int j = start; j < end; j++) {
      if (text.charAt(j) >= 'a' && text.charAt(j) <= 'f') {
        return true;
      }
    }
    return false;
  }

  /**
   * What {@code Object.toString} prints for a class that has no {@code toString} of its own: a
   * reference, not a value. Either an array's type descriptor, {@code @} and the identity hash in
   * lower-case hex ({@code [C@1b6d3586}, which {@code "password: " + charArray} prints, {@code [B@...},
   * {@code [Ljava.lang.String;@...}), or a package-qualified class name, {@code @} and a hash of 6 to 8
   * hex digits with a letter among them ({@code android.os.BinderProxy@2bd79ce},
   * {@code com.example.auth.AccessToken@5e9f23b4}). Passwords hold {@code @} too, hence the strictness:
   * {@code Welcome@123} has no package, {@code john.Smith@19850412} a hash with no letter (an identity
   * hash has fewer than 6 digits once in 2,048 and no letter about once in 40; those stay hidden).
   */
  static boolean identityToString(CharSequence text, int start, int end) {
    int at = end;
    int limit = Math.max(start, end - 9);
    while (at > limit && CharClass.HEX_LOWER.contains(text.charAt(at - 1))) {
      at--;
    }
    if (at == end || at <= start + 1 || text.charAt(--at) != '@' || end - at > 9) {
      return false;
    }
    if (text.charAt(start) == '[') {
      int j = start;
      while (j < at && text.charAt(j) == '[') {
        j++;
      }
      return j + 1 == at && "ZBCSIJFD".indexOf(text.charAt(j)) >= 0
          || text.charAt(j) == 'L' && text.charAt(at - 1) == ';' && className(text, j + 1, at - 1, false);
    }
    // A hash of digits alone is also a birthday (john.Smith@19850412); three packages make it a class name.
    return end - at - 1 >= 6 && (hexLetter(text, at + 1, end) || packageDots(text, start, at) >= 3)
        && className(text, start, at, true);
  }

  /**
   * An object as Spring Security's authentication tokens print themselves: an identity {@code toString}
   * ({@link #identityToString}), a colon and a blank, then a capitalised field name and its colon
   * ({@code ...AnonymousAuthenticationToken@9055c2bc: Principal: anonymousUser; Credentials: [PROTECTED]}).
   * Its fields are keys of their own, checked where they occur. Reads at most 160 characters of class
   * name, 8 of hash and 32 of field name.
   */
  static boolean identityToStringThenField(CharSequence text, int start, int end) {
    int limit = Math.min(end, start + 160);
    int at = start;
    while (at < limit && text.charAt(at) != '@') {
      at++;
    }
    if (at >= limit) {
      return false;
    }
    int hashEnd = CharClass.HEX_LOWER.skip(text, at + 1, Math.min(end, at + 9));
    if (hashEnd + 3 >= end || text.charAt(hashEnd) != ':' || text.charAt(hashEnd + 1) != ' '
        || !KeyNames.isUpper(text.charAt(hashEnd + 2)) || !identityToString(text, start, hashEnd)) {
      return false;
    }
    int j = hashEnd + 2;
    int fieldLimit = Math.min(end, j + 32);
    while (j < fieldLimit && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == ' ')) {
      j++; // Spring's field names: Principal, Credentials, Granted Authorities
    }
    return j < fieldLimit && text.charAt(j) == ':';
  }

  /** How many dots the class name before {@code end} holds: its package segments. */
  private static int packageDots(CharSequence text, int start, int end) {
    int dots = 0;
    for (int j = start; j < end; j++) {
      dots += text.charAt(j) == '.' ? 1 : 0;
    }
    return dots;
  }

  /**
   * A constant's name: two or more words of capitals and digits joined by single {@code _}, a capital first and
   * each word at most 12 characters ({@code AES_CM_128_HMAC_SHA1_80}, {@code SHOW_WALLPAPER}), as enums, flag
   * sets and SRTP suites are named; a generated value has lower-case letters or longer runs. Reads at most 64
   * characters.
   */
  static boolean constantName(CharSequence text, int start, int end) {
    if (end - start > 64 || end - start < 3 || !KeyNames.isUpper(text.charAt(start))) {
      return false;
    }
    int words = 1;
    int word = 0;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (c == '_') {
        if (word == 0 || j + 1 == end) {
          return false;
        }
        words++;
        word = 0;
      } else if ((KeyNames.isUpper(c) || KeyNames.isDigit(c)) && ++word <= 12) {
        continue;
      } else {
        return false;
      }
    }
    return words >= 2;
  }

  /**
   * Whether {@code text[start, end)} is a column's name: words joined by {@code _}, all lower-case letters and
   * digits ({@code server_cert_sha1}) or each a capital and then lower-case letters and digits
   * ({@code Last_Synced_Time}).
   */
  static boolean snakeName(CharSequence text, int start, int end) {
    if (end - start < 3 || text.charAt(end - 1) == '_') {
      return false;
    }
    boolean capitalised = KeyNames.isUpper(text.charAt(start));
    if (!capitalised && !KeyNames.isLower(text.charAt(start))) {
      return false;
    }
    boolean joined = false;
    for (int j = start + 1; j < end; j++) {
      char c = text.charAt(j);
      if (c == '_') {
        if (text.charAt(j - 1) == '_' || capitalised && !KeyNames.isUpper(text.charAt(j + 1))) {
          return false;
        }
        joined = true;
      } else if (!KeyNames.isLower(c) && !KeyNames.isDigit(c) && !(capitalised && text.charAt(j - 1) == '_')) {
        return false;
      }
    }
    return joined;
  }

  /**
   * Whether the word at {@code i} (to the next blank) is written as code: a constant of letters, digits and two
   * or more {@code _} whose first two parts are capitals ({@code HTTP_FLAG_IGNORE_IPv4}), a pointer type
   * ({@code FcChar8*}) or a name plus or minus a number ({@code strlen+1}). Reads at most 64 characters.
   */
  static boolean codeWord(CharSequence text, int i) {
    int n = text.length();
    int limit = Math.min(n, i + 64);
    int end = i;
    while (end < limit && text.charAt(end) > ' ') {
      end++;
    }
    char first = text.charAt(i);
    if (end == limit && end < n || end - i < 2 || !(KeyNames.isLower(first) || KeyNames.isUpper(first))) {
      return false;
    }
    while (end > i + 2 && ",.;:)`'\"".indexOf(text.charAt(end - 1)) >= 0) {
      end--; // the sentence's punctuation or the markup around the code: Pass FLAG_X, `pass T*`
    }
    int underscores = 0;
    boolean other = false;
    for (int k = i; k < end; k++) {
      char c = text.charAt(k);
      underscores += c == '_' ? 1 : 0;
      other |= c != '_' && !KeyNames.isAlnum(c);
    }
    if (!other) {
      return underscores >= 2 && upperSegment(text, i, end) && upperSegment(text, wordAfterUnderscore(text, i), end);
    }
    int name = i;
    while (name < end && KeyNames.isAlnum(text.charAt(name))) {
      name++;
    }
    if (name == i || name == end) {
      return false;
    }
    char op = text.charAt(name);
    if (op == '*') { // FcChar8*, char**: a pointer type
      int stars = name;
      while (stars < end && text.charAt(stars) == '*') {
        stars++;
      }
      return stars == end;
    }
    if ((op == '+' || op == '-') && name + 1 < end && end - name - 1 <= 2) { // strlen+1, len-2
      for (int k = name + 1; k < end; k++) {
        if (!KeyNames.isDigit(text.charAt(k))) {
          return false;
        }
      }
      return KeyNames.isLower(first);
    }
    return false;
  }

  /** Whether the part of {@code text[i, end)} up to its first {@code _} is two or more capitals or digits. */
  private static boolean upperSegment(CharSequence text, int i, int end) {
    int j = i;
    while (j < end && (KeyNames.isUpper(text.charAt(j)) || KeyNames.isDigit(text.charAt(j)))) {
      j++;
    }
    return j - i >= 2 && j < end && text.charAt(j) == '_';
  }

  /** Where the part after the first {@code _} at or after {@code i} starts. */
  private static int wordAfterUnderscore(CharSequence text, int i) {
    int j = i;
    while (text.charAt(j) != '_') {
      j++;
    }
    return j + 1;
  }

  /**
   * Whether a POSIX signal's name starts at {@code i}: {@code SIG} and two or more capitals or digits, then
   * a blank, the end or a delimiter ({@code , ; ) ] }}).
   */
  static boolean signalName(CharSequence text, int i) {
    int n = text.length();
    if (!KeyNames.regionEquals(text, i, "SIG")) {
      return false;
    }
    int j = i + 3;
    while (j < n && j < i + 16 && (KeyNames.isUpper(text.charAt(j)) || KeyNames.isDigit(text.charAt(j)))) {
      j++;
    }
    // a base64 signature may start so too; it goes on with + / = % or more letters
    return j - i >= 5 && (j == n || text.charAt(j) <= ' ' || ",;)]}".indexOf(text.charAt(j)) >= 0);
  }

  /**
   * Two or more words of upper-case letters joined by single {@code _}: an enum constant's name
   * ({@code CONTROLLER_REGISTRATION}, Kafka's protocol API in a request header), not a generated key,
   * which holds digits or lower-case letters.
   */
  static boolean upperSnakeName(CharSequence text, int start, int end) {
    int words = 1;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (c == '_') {
        if (j == start || j + 1 == end || text.charAt(j + 1) == '_') {
          return false;
        }
        words++;
      } else if (!KeyNames.isUpper(c)) {
        return false;
      }
    }
    return words >= 2;
  }

  /**
   * A Java class's binary name: lower-case package segments ({@code [a-z][a-z0-9_]*}) parted by dots,
   * at least one when {@code packaged}, then a capitalised simple name with {@code $} for a nested class.
   */
  private static boolean className(CharSequence text, int start, int end, boolean packaged) {
    int segment = start;
    int packages = 0;
    for (int j = start; j <= end; j++) {
      if (j < end && text.charAt(j) != '.') {
        continue;
      }
      if (j == segment) {
        return false; // an empty segment: a dot at the start, at the end, or twice
      }
      char first = text.charAt(segment);
      for (int k = segment + 1; k < j; k++) {
        char c = text.charAt(k);
        if (!(KeyNames.isAlnum(c) || c == '_' || c == '$' && j == end)) {
          return false;
        }
        if (j < end && KeyNames.isUpper(c)) {
          return false; // a package segment is lower case
        }
      }
      if (j < end) {
        if (!KeyNames.isLower(first)) {
          return false;
        }
        packages++;
      } else if (!KeyNames.isUpper(first)) {
        return false;
      }
      segment = j + 1;
    }
    return !packaged || packages > 0;
  }

  /**
   * A value that starts with {@code /} yet is no path: letters of both cases and a digit, at most
   * three slashes, and no segment between them that is a plain word ({@code /run/secrets/db},
   * {@code /Users/bob/x1} are paths; {@code /dD2Apxje8PoopikJgyWEqltL7JF1yrurtVSITVw}, one AWS secret key in
   * 64, and {@code /8igOjy3~XIab.Jm} are not).
   */
  static boolean slashStartsValue(CharSequence text, int start, int end) {
    if (end - start < 8 || paddedBase64(text, start, end)) {
      return end - start >= 8;
    }
    if (end - start >= 20 && text.charAt(end - 1) == '=' && !containsIgnoreCase(text, start, end, ".")
        && !containsBlank(text, start, end)) {
      return true; // base64 padding ends no path: /yQoIILKH+TJnIZITCqjTHdFUSPyLrQYqRGDEOoZVWA=
    }
    if (!mixedCaseWithDigit(text, start + 1, end)) {
      return false;
    }
    int slashes = 0;
    int segment = start + 1;
    for (int j = start + 1; j <= end; j++) {
      if (j == end || text.charAt(j) == '/') {
        if (j - segment >= 2 && !looksSecret(text, segment, j, Integer.MAX_VALUE)) {
          return false; // a directory or file name
        }
        if (j < end && ++slashes > 2) {
          return false;
        }
        segment = j + 1;
      } else if (text.charAt(j) <= ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * A Windows absolute path: a drive letter, {@code :\} (or {@code :\\} as a string literal escapes it), then
   * segments of which none looks like a secret ({@link #looksSecret}), as {@link #slashStartsValue} reads
   * a {@code /} path; {@code C:\slave\test}, {@code D:\a\repo\repo}, not {@code C:\<password>}.
   */
  private static boolean drivePath(CharSequence text, int start, int end) {
    if (end - start < 4 || !KeyNames.isAlnum(text.charAt(start)) || KeyNames.isDigit(text.charAt(start))
        || text.charAt(start + 2) != '\\') {
      return false;
    }
    int segment = start + 3;
    for (int j = start + 3; j <= end; j++) {
      if (j == end || text.charAt(j) == '\\') {
        if (j > segment && looksSecret(text, segment, j, Integer.MAX_VALUE)) {
          return false;
        }
        segment = j + 1;
      } else if (text.charAt(j) <= ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * A value that starts with {@code $} or {@code ~} yet is neither a variable nor a home path: the
   * rest has letters of both cases and a digit and no {@code _ / .} ({@code $DCAZuFsu2mKGvdC},
   * {@code ~pr4HyYGEiupxA24}; not {@code $DB_PASSWORD}, {@code $dbPassword}, {@code ~/.ssh/key}).
   */
  static boolean sigilStartsValue(CharSequence text, int start, int end) {
    if (end - start < 8) {
      return false;
    }
    for (int j = start + 1; j < end; j++) {
      char c = text.charAt(j);
      if (c == '_' || c == '/' || c == '.' || c == '{' || c == '(' || c == ':' || c <= ' ') {
        return false;
      }
    }
    return mixedCaseWithDigit(text, start + 1, end);
  }

  private static boolean mixedCaseWithDigit(CharSequence text, int start, int end) {
    return charKinds(text, start, end) == (DIGIT | LOWER | UPPER);
  }

  static final int DIGIT = 1;
  static final int LOWER = 2;
  static final int UPPER = 4;

  /** The kinds of ASCII letter and digit {@code text[start, end)} holds: {@link #DIGIT}, {@link #LOWER}, {@link #UPPER} bits. */
  static int charKinds(CharSequence text, int start, int end) {
    int kinds = 0;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      kinds |= KeyNames.isDigit(c) ? DIGIT : KeyNames.isLower(c) ? LOWER : KeyNames.isUpper(c) ? UPPER : 0;
    }
    return kinds;
  }

  /**
   * A password that starts with an opening bracket or a bar, {@code text[start, end)} with the opener
   * at {@code start} ({@code (Xk9#mP2q}, {@code [a8Fz!q2W}, {@code {r7Tq$w1Z}, {@code |9vXq@2Lm}): the
   * opener never closes before the next blank, and the rest has 6 or more characters, starts with a letter,
   * digit or symbol (not another opener, a quote or a sigil) and holds a digit and letters of both cases,
   * or a digit, a letter and a symbol. A group that closes ({@code (none)}, {@code [REDACTED]},
   * {@code {}}, {@code (String) cfg.get(...)}, {@code {cipher}...}) and a shell pipe
   * ({@code |base64}) are not.
   */
  static boolean openerStartsPassword(CharSequence text, int start, int end) {
    char open = text.charAt(start);
    char close = open == '(' ? ')' : open == '[' ? ']' : open == '{' ? '}' : 0;
    if (end - start < 7 || open != '|' && close == 0 || end < text.length() && text.charAt(end) == close) {
      return false; // [a8Fz!q2W]: a group, closed right after the value
    }
    char second = text.charAt(start + 1);
    if (!KeyNames.isAlnum(second) && "!#*+-.=?@^_~".indexOf(second) < 0) {
      return false;
    }
    boolean digit = false;
    boolean lower = false;
    boolean upper = false;
    boolean symbol = false;
    for (int j = start + 1; j < end; j++) {
      char c = text.charAt(j);
      if (c <= ' ' || c == close || c == '|' || KeyValueDetector.isQuote(c)) {
        return false;
      }
      digit |= KeyNames.isDigit(c);
      lower |= KeyNames.isLower(c);
      upper |= KeyNames.isUpper(c);
      symbol |= !KeyNames.isAlnum(c);
    }
    return digit && (lower && upper || (lower || upper) && symbol);
  }

  /**
   * One {@code *} and then at least 8 characters, with no other {@code *} or with single ones inside a value of
   * both cases and a digit ({@code *u*Ux%FrS5h}): a password that starts with a
   * symbol ({@code *983COu3^-tAI}), not a mask such as {@code ****}, {@code ***abcd} or {@code *redacted*},
   * nor MySQL's {@code *} and 40 hex digits ({@code IDENTIFIED BY PASSWORD '*6BB4...'}), a hash, nor a wildcard
   * host name ({@code *.edit.example.com}, a certificate's subject alternative name).
   */
  static boolean starThenValue(CharSequence text, int start, int end) {
    if (end - start < 9 || wildcardHostName(text, start, end)) {
      return false;
    }
    boolean hex = end - start == 41;
    boolean moreStars = false;
    for (int j = start + 1; j < end; j++) {
      char c = text.charAt(j);
      if (c == '*' && (text.charAt(j - 1) == '*' || j + 1 == end)) {
        return false; // a run of stars or a closing one: ***abcd, *redacted*
      }
      moreStars |= c == '*';
      hex &= CharClass.HEX.contains(c);
    }
    return !hex && (!moreStars || mixedCaseWithDigit(text, start + 1, end));
  }

  /**
   * {@code *.} and two or more lower-case labels of letters, digits and inner {@code -}, the last one letters
   * only: a wildcard host name as certificates and proxies list them ({@code *.mail.example.co.uk}).
   */
  private static boolean wildcardHostName(CharSequence text, int start, int end) {
    if (end - start < 5 || text.charAt(start + 1) != '.') {
      return false;
    }
    int labels = 0;
    boolean lettersOnly = false;
    int j = start + 2;
    while (j < end) {
      int labelStart = j;
      lettersOnly = true;
      for (; j < end && text.charAt(j) != '.'; j++) {
        char c = text.charAt(j);
        boolean letter = c >= 'a' && c <= 'z';
        if (!letter && !KeyNames.isDigit(c) && (c != '-' || j == labelStart || j + 1 == end
            || text.charAt(j + 1) == '.')) {
          return false;
        }
        lettersOnly &= letter;
      }
      if (j == labelStart) {
        return false; // an empty label: *..com
      }
      labels++;
      if (j < end) {
        j++; // the dot; a trailing one leaves an empty label and fails above
        if (j == end) {
          return false;
        }
      }
    }
    return labels >= 2 && lettersOnly;
  }

  /**
   * Braces around a generated password rather than a template's name: 8+ characters of both cases with
   * a digit and a symbol no name holds ({@code {BSd92ub9k$y5v)uvombU}}; not {@code {name}},
   * {@code {{ .Values.pw }}}).
   */
  private static boolean bracedPassword(CharSequence text, int start, int end) {
    if (end - start < 10 || !mixedCaseWithDigit(text, start + 1, end - 1)) {
      return false;
    }
    for (int j = start + 1; j < end - 1; j++) {
      if ("()!#%^&*+<>?~@$".indexOf(text.charAt(j)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A Kubernetes bootstrap token ({@code kubeadm join --token xkey1p.ux1xhv50qmltmj1c}): 6 and 16
   * lower-case letters or digits around a dot, whatever words the random letters happen to spell.
   */
  private static boolean bootstrapToken(CharSequence text, int start, int end) {
    if (end - start != 23 || text.charAt(start + 6) != '.') {
      return false;
    }
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (j != start + 6 && !KeyNames.isLower(c) && !KeyNames.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** A Logback or Log4j conversion word with an option: {@code %X{password}}, {@code %mdc{pw}}, {@code %replace(...)}. */
  private static boolean conversionWord(CharSequence text, int start, int end) {
    int j = start + 1;
    while (j < end && j < start + 13 && (KeyNames.isLower(text.charAt(j)) || KeyNames.isUpper(text.charAt(j)))) {
      j++;
    }
    return j > start + 1 && j < end && (text.charAt(j) == '{' || text.charAt(j) == '(');
  }

  /**
   * An OpenSSH public key ({@code ssh-ed25519 AAAA...}, {@code ecdsa-sha2-nistp256 AAAA...}): public,
   * whatever key it is written under ({@code ssh_host_ed25519_key.pub: ...}).
   */
  static boolean isPublicKey(CharSequence text, int start, int end) {
    for (String type : PUBLIC_KEY_TYPES) {
      if (KeyNames.regionEquals(text, start, type)) {
        int j = start + type.length();
        int limit = Math.min(text.length(), j + 32);
        while (j < limit && text.charAt(j) > ' ') {
          j++; // ecdsa-sha2-nistp256, sk-ssh-ed25519@openssh.com
        }
        return KeyNames.regionEquals(text, j + 1, "AAAA"); // the key's base64 follows the type, maybe past the value read
      }
    }
    return false;
  }

  private static final String[] PUBLIC_KEY_TYPES = {"ssh-rsa", "ssh-ed25519", "ssh-dss", "ecdsa-sha2-",
      "sk-ssh-ed25519", "sk-ecdsa-sha2-"};

  /** The sources of an {@code /etc/nsswitch.conf} line: {@code passwd: files systemd} names no password. */
  static boolean nsswitchSources(CharSequence text, int start, int end) {
    int j = start;
    while (j < end) {
      int w = j;
      while (j < end && text.charAt(j) != ' ' && text.charAt(j) != '\t') {
        j++;
      }
      if (!NSS_SOURCES.contains(text, w, j) && (text.charAt(w) != '[' || text.charAt(j - 1) != ']')) {
        return false; // [NOTFOUND=return] actions are allowed between sources
      }
      while (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
        j++;
      }
    }
    return true;
  }

  private static final KeyNames.Words NSS_SOURCES = new KeyNames.Words("files", "systemd", "sss", "ldap", "nis",
      "nisplus", "compat", "db", "winbind", "dns", "myhostname", "resolve", "mymachines", "altfiles", "cache",
      "extrausers", "hesiod", "usrfiles", "oslogin");

  /** {@code %NAME%}: a Windows environment variable reference. */
  private static boolean percentVariable(CharSequence text, int start, int end) {
    if (end - start < 3 || text.charAt(end - 1) != '%') {
      return false;
    }
    for (int j = start + 1; j < end - 1; j++) {
      char c = text.charAt(j);
      if (!KeyNames.isAlnum(c) && c != '_') {
        return false;
      }
    }
    return true;
  }

  static boolean containsBlank(CharSequence text, int start, int end) {
    for (int j = start; j < end; j++) {
      if (text.charAt(j) <= ' ') {
        return true;
      }
    }
    return false;
  }

  static boolean containsDigit(CharSequence text, int start, int end) {
    for (int j = start; j < end; j++) {
      if (KeyNames.isDigit(text.charAt(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Digits and both letter cases with no word separator: generated, not a name. A random token
   * contains "key" by chance often enough (about 1 in 500 for 40 characters) that such a word must
   * not make it pass for an identifier.
   */
  private static boolean looksRandom(CharSequence text, int start, int end) {
    boolean digit = false;
    boolean lower = false;
    boolean upper = false;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (c == '_' || c == '-' || c == '.') {
        return false;
      }
      digit |= KeyNames.isDigit(c);
      lower |= KeyNames.isLower(c);
      upper |= KeyNames.isUpper(c);
    }
    return digit && lower && upper;
  }

  /**
   * Whether {@code word} (lower case) occurs in {@code text[start, end)} as a word would be written:
   * all lower case, all upper case or capitalized ({@code somefakekey}, {@code a-FAKE-key},
   * {@code MyFakeKey}); {@code TTFaKeZc} holds it by chance.
   */
  static boolean containsWord(CharSequence text, int start, int end, String word) {
    int last = Math.min(end, text.length()) - word.length();
    char first = word.charAt(0);
    for (int j = Math.max(start, 0); j <= last; j++) {
      if (!startsAt(text, j, first)) {
        continue; // every value is read for "fake" and "dummy": one comparison decides most places
      }
      if (KeyNames.regionEqualsIgnoreCase(text, j, word)) {
        int kinds = charKinds(text, j + 1, j + word.length());
        if (kinds == LOWER && (KeyNames.isLower(text.charAt(j)) || KeyNames.isUpper(text.charAt(j)))
            || kinds == UPPER && KeyNames.isUpper(text.charAt(j))) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean containsIgnoreCase(CharSequence text, int start, int end, String word) {
    int last = Math.min(end, text.length()) - word.length();
    char first = word.charAt(0);
    for (int j = Math.max(start, 0); j <= last; j++) {
      if (startsAt(text, j, first) && KeyNames.regionEqualsIgnoreCase(text, j, word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text[j]} is {@code first} as {@link KeyNames#regionEqualsIgnoreCase} compares a
   * word's first character (an ASCII upper-case letter read as lower case): the one read that rules out
   * most places before the whole word is compared.
   */
  private static boolean startsAt(CharSequence text, int j, char first) {
    char c = text.charAt(j);
    return c == first || c >= 'A' && c <= 'Z' && c + 32 == first;
  }

  /** 8-4-4-4-12 hex digits. */
  static boolean isUuid(CharSequence text, int start, int end) {
    if (end - start != 36) {
      return false;
    }
    for (int j = 0; j < 36; j++) {
      char c = text.charAt(start + j);
      boolean dash = j == 8 || j == 13 || j == 18 || j == 23;
      if (dash ? c != '-' : !CharClass.HEX.contains(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A random UUID: the only kind a credential can be, since the others are built from a clock, a MAC
   * address or a name (v1, v3, v5, v7) and can be guessed. Random is version 4, or no RFC UUID at all:
   * HashiCorp's go-uuid (Consul and Nomad tokens, Vault AppRole secret ids) formats 16 purely random
   * bytes, so its version digit is any hex digit; filler ({@code 00000000-0000-...}) is none.
   */
  static boolean isRandomUuid(CharSequence text, int start, int end) {
    if (!isUuid(text, start, end)) {
      return false;
    }
    char version = text.charAt(start + 14);
    char variant = (char) (text.charAt(start + 19) | 0x20);
    boolean rfcVariant = variant == '8' || variant == '9' || variant == 'a' || variant == 'b';
    boolean rfcVersion = version >= '1' && version <= '8';
    return version == '4' && rfcVariant || !(rfcVersion && rfcVariant) && !lowVariety(text, start, end);
  }

  /**
   * More than half the value is one character (sampled at the start, middle and end): filler such
   * as {@code 0000000000000000aa} or {@code AP6xxxxxx}. Allocation-free.
   */
  static boolean lowVariety(CharSequence text, int start, int end) {
    int len = end - start;
    if (len < 6) {
      return false;
    }
    return dominant(text, start, end, text.charAt(start)) || dominant(text, start, end, text.charAt(start + len / 2))
        || dominant(text, start, end, text.charAt(end - 1));
  }

  private static final String FILLERS = "xX*#";

  /** Mostly one of the characters people type as filler: {@code AP6xxxxxx}, {@code ****}. */
  static boolean fillerRun(CharSequence text, int start, int end) {
    if (end - start < 6) {
      return false;
    }
    for (int k = 0; k < FILLERS.length(); k++) {
      if (dominant(text, start, end, FILLERS.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean dominant(CharSequence text, int start, int end, char c) {
    if (!KeyNames.isAlnum(c)) {
      return false; // ######: symbols are not filler of a token shape
    }
    return count(text, start, end, c) * 2 > end - start;
  }

  private static int count(CharSequence text, int start, int end, char c) {
    int count = 0;
    for (int j = start; j < end; j++) {
      if (text.charAt(j) == c) {
        count++;
      }
    }
    return count;
  }

  /**
   * End of a wallet's recovery phrase (BIP-39) at {@code start}: 12, 15, 18, 21 or 24 words of 3 to 8
   * lower-case letters, one blank apart, with no further word or letter after it; -1 otherwise. Prose
   * holds shorter words ({@code a}, {@code of}), or words that the BIP-39 list leaves out
   * ({@link #NOT_PHRASE_WORDS}), and rarely exactly such a count of them.
   */
  static int phraseEnd(CharSequence text, int start, int end) {
    int limit = Math.min(end, start + 24 * 9);
    int words = 0;
    int j = start;
    while (true) {
      int w = j;
      while (j < limit && KeyNames.isLower(text.charAt(j))) {
        j++;
      }
      if (j - w < 3 || j - w > 8 || ++words > 24 || NOT_PHRASE_WORDS.contains(text, w, j)) {
        return -1;
      }
      if (j + 1 < limit && text.charAt(j) == ' ' && KeyNames.isLower(text.charAt(j + 1)) && !keyAt(text, j + 1, end)) {
        j++;
        continue;
      }
      break;
    }
    if (j < end && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == ' ' && j + 1 < end
        && KeyNames.isAlnum(text.charAt(j + 1)) && !keyAt(text, j + 1, end))) {
      return -1; // more words: a sentence, or a phrase that goes on past 24; another key=value may follow
    }
    return words % 3 == 0 && words >= 12 ? j : -1;
  }

  /** A key at {@code i}, then {@code =} or {@code :}: {@code wallet=hot}, {@code accounts: 1}. */
  private static boolean keyAt(CharSequence text, int i, int end) {
    int j = CharClass.KEY.skip(text, i, Math.min(end, i + KeyValueDetector.MAX_KEY));
    return j < end && j > i && (text.charAt(j) == '=' || text.charAt(j) == ':');
  }

  /** Common English words of 3 to 6 letters that no BIP-39 phrase holds: "the", "and", "with". */
  private static final KeyNames.Words NOT_PHRASE_WORDS = new KeyNames.Words(
    "the", "and", "for", "with", "from", "was", "are", "not", "but", "has", "had", "were", "been", "its", "your",
    "our", "his", "her", "she", "him", "who", "how", "get", "got", "new", "set", "via", "per", "yes", "should",
    "would", "could", "which");

  /**
   * A number as programs print ids and counters: decimal digits, maybe in groups joined by single
   * {@code _} or {@code -} ({@code 30546173_4261722401}, Windows CBS's session), or {@code 0x} and 1 to
   * 16 hex digits, a 64-bit integer ({@code 0x14ede63a5a70002}, ZooKeeper's session id). A random token
   * holds letters; hex without {@code 0x}, or longer than 16 digits, may be one and does not count.
   */
  static boolean printedNumber(CharSequence text, int start, int end) {
    int len = end - start;
    if (len > 2 && text.charAt(start) == '0' && (text.charAt(start + 1) | 0x20) == 'x') {
      return len <= 18 && CharClass.HEX.skip(text, start + 2, end) == end;
    }
    if (len == 0 || !KeyNames.isDigit(text.charAt(start)) || !KeyNames.isDigit(text.charAt(end - 1))) {
      return false;
    }
    for (int j = start + 1; j < end - 1; j++) {
      char c = text.charAt(j);
      if (!KeyNames.isDigit(c) && !((c == '_' || c == '-') && KeyNames.isDigit(text.charAt(j + 1)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A pointer as Go's {@code %v} and {@code %+v} print a pointer field, glued to its field's {@code :}
   * ({@code {Password:0xc000012345 Port:5432}}): {@code 0x} and 8 to 12 hex digits, an address, not the string
   * it points to; closing brackets may follow it ({@code {User:app Password:0xc000012345}}, the struct's last
   * field). A hex key is longer (a 32-byte key's 64 digits) or has no {@code 0x} before it.
   */
  static boolean printedPointer(CharSequence text, int start, int end) {
    if (start == 0 || text.charAt(start - 1) != ':' || end - start < 10 || !KeyNames.regionEquals(text, start, "0x")) {
      return false;
    }
    int digits = CharClass.HEX.skip(text, start + 2, end);
    if (digits - start < 10 || digits - start > 14) {
      return false;
    }
    while (digits < end && "})]".indexOf(text.charAt(digits)) >= 0) {
      digits++;
    }
    return digits == end;
  }

  /**
   * A version number or an OID: three or more groups of 1 to 9 digits joined by dots, then maybe a
   * suffix after {@code - + ~ _} of short letter-and-digit parts ({@code 528.0.0-0}, {@code 1.1.2-1_amd64.deb},
   * {@code 2.4.1-beta.3}, {@code 1.3.6.1.5.5.7.3.2}). No token format starts with three numbers and dots.
   * Reads at most 64 characters.
   */
  static boolean versionNumber(CharSequence text, int start, int end) {
    if (end - start > 64) {
      return false;
    }
    long numbers = dottedNumbers(text, start, end, false);
    if (numbers == Detector.NO_MATCH || Detector.start(numbers) < 3) {
      return false;
    }
    int j = Detector.end(numbers);
    if (j == end) {
      return true;
    }
    char c = text.charAt(j);
    if (c != '-' && c != '+' && c != '~' && c != '_') {
      return false;
    }
    int part = 0;
    for (j++; j < end; j++) {
      c = text.charAt(j);
      if (KeyNames.isAlnum(c)) {
        if (++part > 12) {
          return false; // a part as long as a token's
        }
      } else if (c == '.' || c == '-' || c == '+' || c == '~' || c == '_') {
        part = 0;
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * The words of algorithm and mechanism names, lower case: hashes, ciphers and their modes, key types,
   * curves, signature schemes and SASL/HTTP/EAP mechanisms.
   */
  private static final KeyNames.Words ALGORITHM_WORDS = new KeyNames.Words(
      "sha", "sha1", "sha2", "sha224", "sha256", "sha384", "sha512", "sha3", "md5", "hmac", "scram", "pbkdf2",
      "bcrypt", "scrypt", "argon2", "argon2i", "argon2id", "aes", "aes128", "aes192", "aes256", "des", "3des",
      "gcm", "cbc", "ctr", "ccm", "chacha20", "poly1305", "rsa", "dsa", "ecdsa", "ecdh", "ed25519", "ed448",
      "x25519", "nistp256", "nistp384", "nistp521", "pss", "oaep", "pkcs1", "ssh", "sigv4", "aws", "aws4",
      "ntlm", "ntlmv2", "plain", "cram", "digest", "gssapi", "kerberos", "oauthbearer",
      "mschap", "mschapv2", "chap", "eap", "peap", "ttls"); // wpa_supplicant's phase2="auth=MSCHAPV2"

  /**
   * An algorithm or mechanism name: words of {@link #ALGORITHM_WORDS} and numbers of up to four digits
   * joined by {@code - _ /}, at least one of them a word ({@code scram-sha-256}, {@code hmac-sha256},
   * {@code aes-256-gcm}, {@code ssh-ed25519}, {@code ecdsa-sha2-nistp256}). It configures how to
   * authenticate or encrypt; no generated value is made of such words. Reads at most 40 characters.
   */
  static boolean algorithmName(CharSequence text, int start, int end) {
    if (end - start > 40) {
      return false;
    }
    boolean word = false;
    int part = start;
    for (int j = start; j <= end; j++) {
      char c = j < end ? text.charAt(j) : '-';
      if (c != '-' && c != '_' && c != '/') {
        if (!KeyNames.isAlnum(c) || j - part >= 11) {
          return false; // no word is longer than 11 letters
        }
        continue;
      }
      if (j == part) {
        return false;
      }
      if (allDigits(text, part, j)) {
        if (j - part > 4) {
          return false;
        }
      } else if (ALGORITHM_WORDS.contains(text, part, j)) {
        word = true;
      } else {
        return false;
      }
      part = j + 1;
    }
    return word;
  }

  /**
   * An e-mail address whose local part is a name, not a generated value ({@code alice.smith+alerts@mail.example.org}):
   * who authenticates, not how. A domain of dotted labels ending in letters; no {@code :} (that is
   * {@code user:password@host}); a local part of up to 64 characters. Reads at most 128 characters,
   * the local part three times.
   */
  static boolean emailAddress(CharSequence text, int start, int end) {
    if (end - start > 128) {
      return false;
    }
    int at = -1;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (c == '@') {
        if (at >= 0) {
          return false;
        }
        at = j;
      } else if (!KeyNames.isAlnum(c) && c != '.' && c != '-' && c != '_' && c != '+') {
        return false;
      }
    }
    if (at <= start || at - start > 64 || at + 4 > end || looksGenerated(text, start, at)
        || mixedCaseWithDigit(text, start, at)) {
      return false;
    }
    int dot = -1;
    for (int j = at + 1; j < end; j++) {
      char c = text.charAt(j);
      if (c == '.') {
        if (j == at + 1 || j == dot + 1) {
          return false; // an empty label
        }
        dot = j;
      } else if (c == '+' || c == '_') {
        return false;
      }
    }
    if (dot < 0 || end - dot < 3) {
      return false;
    }
    for (int j = dot + 1; j < end; j++) {
      if (!KeyNames.isLower(text.charAt(j)) && !KeyNames.isUpper(text.charAt(j))) {
        return false; // a top-level domain is letters
      }
    }
    return true;
  }

  static boolean allDigits(CharSequence text, int start, int end) {
    for (int j = start; j < end; j++) {
      if (!KeyNames.isDigit(text.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * An ISO 8601 date, then maybe a time and a zone, and nothing else: {@code 2020-12-01},
   * {@code 2020-12-01T20:28:40Z}, {@code 2019-10-18T04:45:48.0729893-05:00}, {@code 2020-12-01 20:28:40},
   * {@code 2022-11-27 18:58:02 UTC} (a zone's abbreviation, as PostgreSQL prints it). With {@code timeRequired},
   * a bare date does not count (a birthday may be someone's password).
   * Reads at most 40 characters.
   */
  static boolean timestamp(CharSequence text, int start, int end, boolean timeRequired) {
    int len = end - start;
    if (len < 10 || len > 40 || !digitsAt(text, start, 4) || text.charAt(start + 4) != '-'
        || !digitsAt(text, start + 5, 2) || text.charAt(start + 7) != '-' || !digitsAt(text, start + 8, 2)) {
      return false;
    }
    if (len == 10) {
      return !timeRequired;
    }
    int j = start + 10;
    char t = text.charAt(j);
    if (t != 'T' && t != ' ' || len < 16 || !digitsAt(text, j + 1, 2) || text.charAt(j + 3) != ':'
        || !digitsAt(text, j + 4, 2)) {
      return false;
    }
    j += 6;
    if (j + 2 < end && text.charAt(j) == ':' && digitsAt(text, j + 1, 2)) {
      j += 3;
      if (j < end && (text.charAt(j) == '.' || text.charAt(j) == ',')) {
        j = CharClass.DIGIT.skip(text, j + 1, end);
      }
    }
    if (j < end && text.charAt(j) == 'Z') {
      j++;
    } else if (j < end && (text.charAt(j) == '+' || text.charAt(j) == '-')) { // +00:00, -0500, +01
      j = CharClass.DIGIT.skip(text, j + 1, end);
      if (j < end && text.charAt(j) == ':') {
        j = CharClass.DIGIT.skip(text, j + 1, end);
      }
    } else if (end - j >= 4 && end - j <= 6 && text.charAt(j) == ' ') { // PostgreSQL's %t: 18:58:02 UTC, CEST
      int zone = j + 1;
      while (zone < end && KeyNames.isUpper(text.charAt(zone))) {
        zone++;
      }
      j = zone;
    }
    return j == end;
  }

  /**
   * A name, then two or more {@code /}-separated decimal numbers and nothing else: Cisco ISE's
   * {@code AcsSessionID=cisco-ise-host/435083133/126}, a node and two counters. The name is letters, digits,
   * {@code -} and {@code .}, starting with a letter, in one case as host names are written (a generated token's
   * mixed case is no host name); a token with {@code /} in it does not break into numbers.
   */
  static boolean nodeAndCounters(CharSequence text, int start, int end) {
    if (start >= end || !KeyNames.isAlnum(text.charAt(start)) || KeyNames.isDigit(text.charAt(start))) {
      return false;
    }
    int j = start;
    boolean lower = false;
    boolean upper = false;
    while (j < end && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '-' || text.charAt(j) == '.')) {
      lower |= KeyNames.isLower(text.charAt(j));
      upper |= KeyNames.isUpper(text.charAt(j));
      j++;
    }
    if (lower && upper || j - start > 63) {
      return false;
    }
    int numbers = 0;
    while (j < end && text.charAt(j) == '/') {
      int d = CharClass.DIGIT.skip(text, j + 1, end);
      if (d == j + 1) {
        return false;
      }
      numbers++;
      j = d;
    }
    return j == end && numbers >= 2;
  }

  /**
   * A decimal number as programs print measures: maybe {@code -}, digits, one {@code .}, digits, maybe an
   * exponent ({@code 0.001552}, {@code -12.500001}, {@code 1.2e-05}). A token has letters or more dots.
   */
  static boolean decimalNumber(CharSequence text, int start, int end) {
    int j = start < end && text.charAt(start) == '-' ? start + 1 : start;
    int dot = CharClass.DIGIT.skip(text, j, end);
    if (dot == j || dot >= end || text.charAt(dot) != '.') {
      return false;
    }
    int k = CharClass.DIGIT.skip(text, dot + 1, end);
    if (k == dot + 1) {
      return false;
    }
    if (k < end && (text.charAt(k) | 0x20) == 'e') {
      int e = k + 1 < end && (text.charAt(k + 1) == '-' || text.charAt(k + 1) == '+') ? k + 2 : k + 1;
      k = CharClass.DIGIT.skip(text, e, end);
      if (k == e) {
        return false;
      }
    }
    return k == end;
  }

  /**
   * A request signature's credential scope, as SigV4 and Google's V4 signing write it after the signer's id:
   * {@code <id>/20261201/eu-west-1/s3/aws4_request}, {@code <e-mail>%2F20261201%2Fauto%2Fstorage%2Fgoog4_request}
   * (a date of 8 digits, a region, a service and a terminal word ending in {@code 4_request}, parted by {@code /}
   * or its escape {@code %2F}). It names who signed and for what, no secret; an AWS key id before it is hidden by
   * its own rule. Reads at most 96 characters back from {@code end}.
   */
  static boolean signingScope(CharSequence text, int start, int end) {
    int limit = Math.max(start, end - 96);
    if (end - start < 9 || !KeyNames.regionEquals(text, end - 9, "4_request")) {
      return false; // aws4_request, goog4_request: the 4 ends the word's letters
    }
    int j = end - 9;
    while (j > limit && KeyNames.isLower(text.charAt(j - 1))) {
      j--;
    }
    for (int segment = 0; segment < 3; segment++) { // the service, the region, the date
      j = scopeSeparatorBefore(text, j, limit);
      if (j < 0) {
        return false;
      }
      int segmentEnd = j;
      while (j > limit && (KeyNames.isLower(text.charAt(j - 1)) || KeyNames.isDigit(text.charAt(j - 1))
          || text.charAt(j - 1) == '-')) {
        j--;
      }
      if (j == segmentEnd || segment == 2 && (segmentEnd - j != 8 || CharClass.DIGIT.skip(text, j, segmentEnd) != j + 8)) {
        return false;
      }
    }
    return j == start || scopeSeparatorBefore(text, j, limit) >= 0;
  }

  /** Where a scope's separator that ends at {@code j} ({@code /} or {@code %2F}) starts, or -1. */
  private static int scopeSeparatorBefore(CharSequence text, int j, int limit) {
    if (j > limit && text.charAt(j - 1) == '/') {
      return j - 1;
    }
    return j - 3 >= limit && text.charAt(j - 3) == '%' && text.charAt(j - 2) == '2'
        && (text.charAt(j - 1) | 0x20) == 'f' ? j - 3 : -1;
  }

  /**
   * A digest as programs print it, maybe after an algorithm's name and {@code :} ({@code sha256:}): hex of a
   * digest's length (32, 40, 56, 64, 96 or 128 digits, MD5 to SHA-512) or padded base64 of one (24, 28, 44, 64 or
   * 88 characters ending in {@code =}). Reads at most 140 characters.
   */
  static boolean digestValue(CharSequence text, int start, int end) {
    int s = start;
    for (int j = start; j < end && j < start + 10; j++) {
      if (text.charAt(j) == ':') {
        s = j + 1; // sha256:<hex>
        break;
      }
    }
    int len = end - s;
    if (len > 128) {
      return false;
    }
    if (CharClass.HEX.skip(text, s, end) == end) {
      return len == 32 || len == 40 || len == 56 || len == 64 || len == 96 || len == 128;
    }
    return (len == 24 || len == 28 || len == 44 || len == 64 || len == 88) && text.charAt(end - 1) == '='
        && paddedBase64(text, s, end);
  }

  /**
   * Labels and a hex digest joined by dashes, {@code Linux-node-modules-<sha256>}, as CI caches name their entries
   * after a hash of the lock files: each label has at most 12 letters and digits, one of them is a word of three
   * letters or more, and the digest has 40 or 64 digits. A generated key is one long run, not short labels.
   */
  static boolean labelledDigest(CharSequence text, int start, int end) {
    int dash = end - 1;
    while (dash > start && text.charAt(dash) != '-') {
      dash--;
    }
    int digits = end - dash - 1;
    if (dash <= start || (digits != 40 && digits != 64) || CharClass.HEX.skip(text, dash + 1, end) != end) {
      return false;
    }
    boolean word = false;
    int label = start;
    for (int j = start; j <= dash; j++) {
      if (j < dash && KeyNames.isAlnum(text.charAt(j))) {
        continue;
      }
      if (j < dash && text.charAt(j) != '-' || j - label < 1 || j - label > 12) {
        return false;
      }
      word |= j - label >= 3 && KeyValueDetector.lettersOnly(text, label, j);
      label = j + 1;
    }
    return word;
  }

  private static boolean digitsAt(CharSequence text, int at, int count) {
    for (int k = at; k < at + count; k++) {
      if (k >= text.length() || !KeyNames.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the value opens with another key's assignment whose key names metadata
   * ({@code credentials: username=bob}, {@code secret: name=db-creds namespace=prod},
   * {@code token: type=bearer}): the key before it heads a list of fields, and each field is judged
   * under its own key ({@code password=<v>} there is still hidden). Only a metadata word of letters
   * counts, so a password that holds {@code =} ({@code Summer=Fun2024}) stays a value.
   */
  static boolean opensWithMetadataAssignment(CharSequence text, int start, int end) {
    int j = start;
    while (j < end && (KeyNames.isLower(text.charAt(j)) || KeyNames.isUpper(text.charAt(j)) || text.charAt(j) == '_')) {
      j++;
    }
    return j - start >= 2 && j + 1 < end && text.charAt(j) == '=' && text.charAt(j + 1) != '='
        && KeyNames.isMetadataWord(text, start, j);
  }

  /**
   * Three or more lower-case words joined by {@code -}, {@code _} or {@code .}, each letters with digits
   * only at its end: a name ({@code oauth-authorization-code}, {@code docker-config-json-base64}, the
   * reverse-DNS {@code com.apple.private.alloy.continuity.tethering}), as lists of names hold them, not a
   * generated value ({@code x7k2-p9q4-m3n8} has digits inside its words).
   */
  static boolean kebabName(CharSequence text, int start, int end) {
    int words = 1;
    boolean digits = false;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (c == '-' || c == '_' || c == '.') {
        if (j == start || j + 1 == end || !KeyNames.isLower(text.charAt(j + 1))) {
          return false;
        }
        words++;
        digits = false;
      } else if (KeyNames.isDigit(c)) {
        digits = j > start;
      } else if (!KeyNames.isLower(c) || digits) {
        return false;
      }
    }
    return words >= 3 && KeyNames.isLower(text.charAt(start));
  }

  /**
   * Two or more words in Pascal case joined by {@code _}, each an upper-case letter and lower-case ones
   * (a second hump too: {@code AppCapabilityAccess}), digits only at its end, or an acronym of up to three
   * capitals ({@code UI}): API names as a crate's feature list holds them ({@code Win32_Security_Cryptography},
   * {@code Security_Credentials_UI}); a generated value has capitals and digits inside its words.
   */
  static boolean pascalSnakeName(CharSequence text, int start, int end) {
    int words = 0;
    int word = start;
    for (int j = start; j <= end; j++) {
      if (j < end && text.charAt(j) != '_') {
        continue;
      }
      if (!pascalWord(text, word, j)) {
        return false;
      }
      words++;
      word = j + 1;
    }
    return words >= 2;
  }

  private static boolean pascalWord(CharSequence text, int start, int end) {
    int capitals = 0;
    while (start + capitals < end && KeyNames.isUpper(text.charAt(start + capitals))) {
      capitals++;
    }
    if (capitals == end - start) {
      return capitals >= 1 && capitals <= 3; // UI, IO, COM
    }
    if (capitals != 1) {
      return false;
    }
    boolean digits = false;
    for (int j = start + 1; j < end; j++) {
      char c = text.charAt(j);
      if (KeyNames.isDigit(c)) {
        digits = true;
      } else if (digits || !(KeyNames.isLower(c) || KeyNames.isUpper(c) && j + 1 < end
          && KeyNames.isLower(text.charAt(j + 1)) && KeyNames.isLower(text.charAt(j - 1)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Not a plain word: a digit, or letters of both cases (not just a capital first letter), or a
   * symbol, or at least {@code longEnough} characters.
   */
  static boolean looksSecret(CharSequence text, int start, int end, int longEnough) {
    if (end - start >= longEnough) {
      return true;
    }
    boolean lower = false;
    boolean upper = false;
    boolean upperAfterFirst = false;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (KeyNames.isDigit(c)) {
        return true;
      } else if (KeyNames.isLower(c)) {
        lower = true;
      } else if (KeyNames.isUpper(c)) {
        upper = true;
        upperAfterFirst |= j > start;
      } else if (c != ' ' && c != '.' && c != '-' && c != '_') {
        return true;
      }
    }
    return lower && upper && upperAfterFirst;
  }

  /** The longest value {@link #looksGenerated} accepts. */
  static final int MAX_GENERATED = 512;

  /**
   * A value a machine generated, with no other evidence than its make-up: 20 to 512 letters and
   * digits (and {@code + / = _ -}), at least one digit and one letter, both cases unless it has 32 or
   * more characters; not a UUID (most are ids) and not mostly one character. Without a digit, 32 or
   * more letters of both cases whose case changes between two of five neighbouring letters or more
   * often: about one random 40-letter key in 1,100 has no digit and changes case at every second
   * letter, while a camel-case name changes it twice a word.
   */
  static boolean looksGenerated(CharSequence text, int start, int end) {
    int len = end - start;
    if (len < 20 || len > MAX_GENERATED) {
      return false;
    }
    boolean digit = false;
    boolean lower = false;
    boolean upper = false;
    int caseChanges = 0;
    char previousLetter = 0;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (KeyNames.isDigit(c)) {
        digit = true;
        continue;
      } else if (KeyNames.isLower(c)) {
        lower = true;
      } else if (KeyNames.isUpper(c)) {
        upper = true;
      } else if (c != '+' && c != '/' && c != '=' && c != '_' && c != '-') {
        return false;
      } else {
        continue;
      }
      if (previousLetter != 0 && KeyNames.isUpper(previousLetter) != KeyNames.isUpper(c)) {
        caseChanges++;
      }
      previousLetter = c;
    }
    boolean shape = digit ? (lower || upper) && (lower && upper || len >= 32)
        : lower && upper && len >= 32 && caseChanges * 5 >= len * 2;
    return shape && !isUuid(text, start, end) && !lowVariety(text, start, end);
  }

  /**
   * A DER-encoded ECDSA signature, in base64 or hex: a SEQUENCE of two INTEGERs whose lengths add up to
   * the value's ({@code MEUCIQ...}, {@code 3045022100...}), as Sigstore bundles, DSSE envelopes, Rekor
   * entries and TUF metadata carry them. It proves who signed; it grants nothing to whoever reads it. An
   * HMAC or a random value meets the lengths only by chance. Reads at most 280 characters.
   */
  static boolean derSignature(CharSequence text, int start, int end) {
    int len = end - start;
    if (len < 16 || len > 280) {
      return false;
    }
    boolean hex = CharClass.HEX.skip(text, start, end) == end;
    int pad = 0;
    while (!hex && pad < 2 && len - pad > 0 && text.charAt(end - 1 - pad) == '=') {
      pad++;
    }
    if (!hex && (len % 4 != 0 || CharClass.BASE64.skip(text, start, end - pad) != end - pad)) {
      return false;
    }
    int size = hex ? len / 2 : len / 4 * 3 - pad;
    if (hex && len % 2 != 0 || derByte(text, start, hex, 0) != 0x30 || derByte(text, start, hex, 1) != size - 2
        || derByte(text, start, hex, 2) != 0x02) {
      return false;
    }
    int r = derByte(text, start, hex, 3);
    if (r < 1 || r > 0x42 || 4 + r + 2 > size || derByte(text, start, hex, 4 + r) != 0x02) {
      return false;
    }
    return 4 + r + 2 + derByte(text, start, hex, 5 + r) == size;
  }

  /** Byte {@code k} of a hex or base64 value at {@code start} (checked by the caller to be one). */
  private static int derByte(CharSequence text, int start, boolean hex, int k) {
    if (hex) {
      return Character.digit(text.charAt(start + 2 * k), 16) << 4
          | Character.digit(text.charAt(start + 2 * k + 1), 16);
    }
    int q = start + k / 3 * 4;
    int bits = 0;
    for (int i = 0; i < 4; i++) {
      bits = bits << 6 | base64Digit(text.charAt(q + i));
    }
    return bits >> (16 - 8 * (k % 3)) & 0xff;
  }

  private static int base64Digit(char c) {
    return c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52
        : c == '+' ? 62 : c == '/' ? 63 : 0;
  }

  /**
   * A dependency's version as lockfiles and manifests write it: {@code ^4.0.23}, {@code npm:^4.0.0},
   * {@code ^3.0.0 || ^4.0.0}, {@code >=1.2 <2}, {@code 5.1.2(@types/node@22.19.19)} (pnpm's peers),
   * {@code v0.0.0-20161001094733-a6f4afe4910c} (Go's pseudo-version), {@code =1.0.0}. A bare version
   * ({@code 3.734.0}) counts only when {@code bare}: a password key may hold one. Each part of a
   * pre-release or build suffix is at most 14 characters, shorter than any token. Reads at most 128
   * characters.
   */
  static boolean dependencyVersion(CharSequence text, int start, int end, boolean bare) {
    if (end - start > 128) {
      return false;
    }
    int j = start;
    boolean marked = false;
    if (KeyNames.regionEquals(text, j, "npm:")) {
      j += 4;
      marked = true;
    }
    while (true) {
      int ops = 0;
      while (j < end && ops < 2 && "^~<>=!".indexOf(text.charAt(j)) >= 0) {
        j++;
        ops++;
      }
      marked |= ops > 0;
      if (j < end && text.charAt(j) == 'v') {
        j++;
        marked = true;
      }
      long numbers = dottedNumbers(text, j, end, true);
      if (numbers == Detector.NO_MATCH || Detector.start(numbers) < (marked ? 2 : 3)) {
        return false; // v20240917, ^19450508: one number may be a password
      }
      j = Detector.end(numbers);
      if (j < end && (text.charAt(j) == '-' || text.charAt(j) == '+')) {
        int part = 0;
        for (j++; j < end && text.charAt(j) != ' ' && text.charAt(j) != '('; j++) {
          char c = text.charAt(j);
          if (KeyNames.isAlnum(c)) {
            if (++part > 14) {
              return false;
            }
          } else if (c == '.' || c == '-' || c == '+') {
            part = 0;
          } else {
            return false;
          }
        }
      }
      if (j < end && text.charAt(j) == '(' && text.charAt(end - 1) == ')') {
        return true; // pnpm: the peers it resolved with, in parentheses
      }
      if (j == end) {
        return marked || bare;
      }
      if (text.charAt(j) != ' ') {
        return false;
      }
      while (j < end && (text.charAt(j) == ' ' || text.charAt(j) == '|')) {
        j++;
      }
      marked = true; // a range of two or more versions
    }
  }

  /**
   * The numbers joined by dots from {@code j} on ({@code 1.2.3}; with {@code wildcards}, {@code x} and
   * {@code *} count as digits: {@code 1.x}), each 1 to 9 characters: how many, and where they end (after
   * a trailing dot, if any), packed as {@link Detector#pack}; {@link Detector#NO_MATCH} if one is empty
   * or longer.
   */
  private static long dottedNumbers(CharSequence text, int j, int end, boolean wildcards) {
    int numbers = 0;
    while (j < end) {
      int d = j;
      while (j < end && (KeyNames.isDigit(text.charAt(j))
          || wildcards && (text.charAt(j) == 'x' || text.charAt(j) == '*'))) {
        j++;
      }
      if (j == d || j - d > 9) {
        return Detector.NO_MATCH;
      }
      numbers++;
      if (j == end || text.charAt(j) != '.') {
        break;
      }
      j++;
    }
    return Detector.pack(numbers, j);
  }

  /**
   * A relative path to a key or certificate file: a {@code /} inside, and a key file's extension at the
   * end ({@code live/example.com/privkey.pem}, {@code path/to/tls.key}). certbot's renewal files and
   * kubectl's {@code --key=} name the file; the key is in it. Reads at most 256 characters.
   */
  static boolean keyFilePath(CharSequence text, int start, int end) {
    if (end - start > 256 || end - start < 6) {
      return false;
    }
    int dot = end - 1;
    while (dot > start && end - dot <= 5 && text.charAt(dot) != '.') {
      dot--;
    }
    if (text.charAt(dot) != '.' || !KEY_FILE_EXTENSIONS.contains(text, dot + 1, end)) {
      return false;
    }
    boolean slash = false;
    for (int j = start; j < dot; j++) {
      char c = text.charAt(j);
      if (c == '/') {
        slash = true;
      } else if (!KeyNames.isAlnum(c) && c != '.' && c != '-' && c != '_') {
        return false;
      }
    }
    return slash;
  }

  private static final KeyNames.Words KEY_FILE_EXTENSIONS = new KeyNames.Words(
      "pem", "key", "crt", "cer", "der", "p12", "pfx", "jks", "pub", "asc", "gpg", "csr");

  /**
   * Where a value starts after the password scheme at {@code i}, as Dovecot and LDAP prefix a stored password:
   * {@code {PLAIN}<v>}, {@code {CLEAR}<v>}, {@code {SHA512-CRYPT}<v>}: 3 to 20 upper-case letters, digits,
   * {@code -} or {@code .} in braces, then a character that starts a value (not a blank, quote, {@code ;} or
   * {@code ,}: ODBC's braced {@code Pwd={ABC};} is a quoted value). -1 for anything else; reads at most 23 characters.
   */
  static int passwordSchemeEnd(CharSequence text, int i) {
    int n = text.length();
    int limit = Math.min(n, i + 22);
    int j = i + 1;
    while (j < limit && (KeyNames.isUpper(text.charAt(j)) || KeyNames.isDigit(text.charAt(j))
        || text.charAt(j) == '-' || text.charAt(j) == '.')) {
      j++;
    }
    if (j - i - 1 < 3 || j + 1 >= n || text.charAt(j) != '}') {
      return -1;
    }
    char after = text.charAt(j + 1);
    return after > ' ' && after != '"' && after != '\'' && after != ';' && after != ',' ? j + 1 : -1;
  }
}
