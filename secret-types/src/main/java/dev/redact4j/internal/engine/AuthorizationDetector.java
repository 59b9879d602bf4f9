package dev.redact4j.internal.engine;

/**
 * Credentials in an HTTP {@code Authorization} or {@code Proxy-Authorization} header, in any of the
 * shapes logs show it ({@code Authorization: Bearer x}, {@code "Authorization":"Basic x"},
 * {@code authorization=Token x}, {@code header("Authorization", "SSWS x")}), and a bare
 * {@code Bearer <token>}.
 *
 * <p>With a scheme ({@code Basic}, {@code Bearer}, {@code Token}, {@code SSWS}, {@code Negotiate},
 * any word) only the credentials after it are hidden. A bare {@code Bearer} must be followed by an
 * RFC 6750 b64token ({@code [A-Za-z0-9._~+/-]+=*}); {@code token_type=Bearer expires_in=3599} names
 * the token type, and {@code expires_in=3599} is the next key, not a credential. Parameter schemes ({@code Digest},
 * {@code OAuth}, {@code AWS4-HMAC-SHA256}: credentials after the scheme hold {@code =}) are hidden to
 * the end of the header value. A value with no scheme is hidden whole. Placeholders are left.
 *
 * <p>Reads at most 2,048 characters after the anchor; allocates nothing.
 */
public final class AuthorizationDetector implements Detector {
  private static final int MAX_VALUE = 2048;
  private final boolean bare;

  /**
   * @param bare true for the {@code Bearer} anchor (a token must follow the word), false for the
   *     {@code Authorization} anchor (a header value must follow the name)
   */
  public AuthorizationDetector(boolean bare) {
    this.bare = bare;
  }

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    if (anchorStart > 0 && KeyNames.isAlnum(text.charAt(anchorStart - 1)) && !afterEscapedBreak(text, anchorStart)) {
      return NO_MATCH; // "xbearer", but "Proxy-Authorization" and "X-Authorization" pass
    }
    if (bare) {
      return bareToken(text, anchorEnd);
    }
    int i = anchorEnd;
    int limit = Math.min(n, i + 6);
    while (i < limit && (text.charAt(i) == '"' || text.charAt(i) == '\'' || text.charAt(i) == '\\'
        || text.charAt(i) == ']')) {
      i++;
    }
    boolean closed = i > anchorEnd;
    i = blanks(text, i);
    boolean cell = i < n && text.charAt(i) == ' ' && !closed && tableCell(text, anchorStart);
    int pad = Math.min(n, i + 64);
    while (cell && i < pad && text.charAt(i) == ' ') {
      i++; // a table pads its name column to the longest name
    }
    // a comma parts a quoted name from its value, header("Authorization", "v"); after a bare name it parts a
    // list of header names (Access-Control-Allow-Headers: Authorization, X-Api-Key)
    if (i >= n || (text.charAt(i) != ':' && text.charAt(i) != '=' && (text.charAt(i) != ',' || !closed)
        && (text.charAt(i) != '|' || closed || !tableCell(text, anchorStart)))) {
      return NO_MATCH;
    }
    i = blanks(text, i + 1);
    char quote = 0;
    if (i < n && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
      quote = text.charAt(i);
      i++;
    } else if (i + 1 < n && text.charAt(i) == '\\' && text.charAt(i + 1) == '"') {
      quote = '\\';
      i += 2;
    }
    int firstEnd = credentialEnd(text, i);
    if (firstEnd <= i) {
      return NO_MATCH;
    }
    int j = firstEnd;
    while (j < n && j < firstEnd + 4 && text.charAt(j) == ' ') {
      j++;
    }
    int secondEnd = j > firstEnd ? credentialEnd(text, j) : j;
    if (secondEnd > j) {
      if (placeholder(text, j, secondEnd) || wordOfASentence(text, j, secondEnd)) {
        return NO_MATCH;
      }
      if (parameterScheme(text, i, firstEnd) || authParam(text, j, secondEnd)) {
        int end = valueEnd(text, j, quote);
        if (KeyNames.equalsIgnoreCase(text, i, firstEnd, SIGV4) && maskedSignature(text, j, end)) {
          return NO_MATCH; // the signature is SigV4's only secret, and a logger or a writer masked it
        }
        return Detector.pack(j, end); // Digest username="...", response="..."
      }
      return Detector.pack(j, secondEnd);
    }
    if (placeholder(text, i, firstEnd) || firstEnd - i < 8 || nextKey(text, firstEnd, quote)
        || ValueShapes.pascalSnakeName(text, i, firstEnd) || calledName(text, i, firstEnd)) {
      return NO_MATCH; // "Win32_Security_Authorization", "Win32_Security_Credentials": a list of API names
    }
    return Detector.pack(i, firstEnd);
  }

  /**
   * Whether the header's value is code that computes it: a function or method named by a path of identifiers
   * and called right after ({@code _basic_auth_str(user, pw)}, {@code request.headers.get("Authorization")}),
   * as a traceback prints its source lines. A generated token followed by a parenthesis stays a token.
   */
  private static boolean calledName(CharSequence text, int start, int end) {
    return end < text.length() && text.charAt(end) == '(' && ValueShapes.identifierPathEnd(text, start, end) == end
        && !ValueShapes.looksGenerated(text, start, end);
  }

  /**
   * Whether the name ending at the anchor fills a table's cell, {@code | git_basic_authorization | <v> |} (Fastlane
   * prints its options so): the next {@code |} then parts the name from its value. Reads at most 64 characters back.
   */
  private static boolean tableCell(CharSequence text, int anchorStart) {
    int j = anchorStart;
    int limit = Math.max(0, anchorStart - 64);
    while (j > limit && (KeyNames.isAlnum(text.charAt(j - 1)) || text.charAt(j - 1) == '_'
        || text.charAt(j - 1) == '-' || text.charAt(j - 1) == '.')) {
      j--;
    }
    while (j > limit && text.charAt(j - 1) == ' ') {
      j--;
    }
    return j > 0 && text.charAt(j - 1) == '|';
  }

  /**
   * Whether the "credentials" after a scheme-like word are a word of a sentence: a short lowercase word that
   * ends in a colon or is followed by another word, as in containerd's "may require authorization: server
   * message: insufficient_scope" or "authorization: failed to fetch oauth token". Credentials are not a
   * dictionary-sized run of lowercase letters with more words after it.
   */
  private static boolean wordOfASentence(CharSequence text, int s, int e) {
    int n = text.length();
    boolean label = text.charAt(e - 1) == ':';
    int wordEnd = label ? e - 1 : e;
    if (wordEnd == s || wordEnd - s > 12) {
      return false;
    }
    for (int k = s; k < wordEnd; k++) {
      if (text.charAt(k) < 'a' || text.charAt(k) > 'z') {
        return false;
      }
    }
    if (label) {
      return e >= n || text.charAt(e) == ' ';
    }
    return e + 1 < n && text.charAt(e) == ' ' && Character.isLetter(text.charAt(e + 1));
  }

  /**
   * Whether the quoted string that ends at {@code end} is followed by a colon: the next key of a JSON object,
   * after a value that ends in the header's name ({@code "authentication_and_authorization","remote_ip":}).
   */
  private static boolean nextKey(CharSequence text, int end, char quote) {
    if (quote != '"' && quote != '\'' || end >= text.length() || text.charAt(end) != quote) {
      return false;
    }
    int j = blanks(text, end + 1);
    return j < text.length() && text.charAt(j) == ':';
  }

  /**
   * Whether an escaped line break or tab ({@code \r\n}, {@code \t}) ends right before {@code at}: a request
   * head printed as a string literal (Node's {@code _header}, Python's {@code send: b'...'}) starts each header there.
   */
  private static boolean afterEscapedBreak(CharSequence text, int at) {
    char c = text.charAt(at - 1);
    return at >= 2 && text.charAt(at - 2) == '\\' && (c == 'n' || c == 'r' || c == 't');
  }

  private static long bareToken(CharSequence text, int i) {
    int n = text.length();
    if (i < n && text.charAt(i) == ':') {
      i++;
    }
    int start = i;
    while (i < n && i < start + 4 && text.charAt(i) == ' ') {
      i++;
    }
    if (i == start || i >= n) {
      return NO_MATCH;
    }
    int end = b64tokenEnd(text, i);
    if (end < 0 || end - i < 8 || placeholder(text, i, end) || !ValueShapes.looksSecret(text, i, end, 20)) {
      return NO_MATCH;
    }
    return Detector.pack(i, end);
  }

  /**
   * End of an RFC 6750 b64token at {@code i}: {@code [A-Za-z0-9._~+/-]+=*}, also URL-encoded
   * ({@code %2B}); -1 when more token characters follow its {@code =} padding, as in
   * {@code token_type=Bearer expires_in=3599}, where the word after Bearer is the next key.
   */
  private static int b64tokenEnd(CharSequence text, int i) {
    int n = text.length();
    int limit = Math.min(n, i + MAX_VALUE);
    while (i < limit) {
      char c = text.charAt(i);
      if (b64tokenChar(c)) {
        i++;
      } else if (c == '%' && i + 2 < limit && CharClass.HEX.contains(text.charAt(i + 1))
          && CharClass.HEX.contains(text.charAt(i + 2))) {
        i += 3;
      } else {
        break;
      }
    }
    int padding = i;
    while (i < limit && text.charAt(i) == '=') {
      i++;
    }
    return i > padding && i < n && (b64tokenChar(text.charAt(i)) || text.charAt(i) == '%') ? -1 : i;
  }

  private static boolean b64tokenChar(char c) {
    return KeyNames.isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
  }

  /** token68 and friends: letters, digits and {@code -._~+/=:%}. */
  private static int credentialEnd(CharSequence text, int i) {
    int limit = Math.min(text.length(), i + MAX_VALUE);
    while (i < limit) {
      char c = text.charAt(i);
      if (KeyNames.isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '='
          || c == ':' || c == '%') {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static int valueEnd(CharSequence text, int i, char quote) {
    int limit = Math.min(text.length(), i + MAX_VALUE);
    while (i < limit) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '[' && ValueEnds.wireLineBreak(text, i)) {
        break; // a line break, also as HttpClient's wire log prints it
      }
      boolean escaped = text.charAt(i - 1) == '\\';
      if ((quote == '"' && c == '"' && !escaped) || (quote == '\'' && c == '\'')
          || (quote == '\\' && c == '"' && escaped && (i < 2 || text.charAt(i - 2) != '\\'))) {
        return quote == '\\' ? i - 1 : i;
      }
      i++;
    }
    return i;
  }

  private static final String SIGV4 = "aws4-hmac-sha256";
  private static final String SIGNATURE_PARAM = "Signature=";

  /**
   * Whether the SigV4 credentials {@code text[s, e)} hold a {@code Signature=} whose value is a mask or a
   * placeholder ({@code *****}, {@code <signature>}, {@code REDACTED}), as the AWS provider's {@code tf_logger} and
   * documentation print it; the credential scope and signed headers name no secret. Reads {@code text[s, e)} once.
   */
  private static boolean maskedSignature(CharSequence text, int s, int e) {
    for (int k = s; k + SIGNATURE_PARAM.length() < e; k++) {
      if (text.charAt(k) == 'S' && KeyNames.regionEquals(text, k, SIGNATURE_PARAM)) {
        int v = k + SIGNATURE_PARAM.length();
        int end = v;
        while (end < e && text.charAt(end) != ',' && text.charAt(end) != ' ' && text.charAt(end) != '"'
            && text.charAt(end) != '\'' && text.charAt(end) != '\\') {
          end++;
        }
        return end > v && placeholder(text, v, end);
      }
    }
    return false;
  }

  private static final KeyNames.Words PARAMETER_SCHEMES = new KeyNames.Words(
    "digest", "oauth", "aws4-hmac-sha256", "hoba", "mutual", "signature", "scram-sha-256", "scram-sha-1", "vapid");

  private static boolean parameterScheme(CharSequence text, int s, int e) {
    return PARAMETER_SCHEMES.contains(text, s, e);
  }

  /** The longest auth-param name {@link #authParam} reads. */
  private static final int MAX_PARAM_NAME = 24;

  /**
   * Whether {@code text[s, e)} is the name and {@code =} of an RFC 7235 auth-param whose value is quoted,
   * {@code id="} after any scheme ({@code Hawk id="...", mac="..."}): the credentials are the whole list, as
   * for the schemes {@link #parameterScheme} knows. A name is a word (letters, digits, {@code -}, {@code _},
   * a letter first), which base64 credentials that end in one {@code =} before a closing quote rarely are.
   */
  private static boolean authParam(CharSequence text, int s, int e) {
    if (e - s < 2 || e - s > MAX_PARAM_NAME + 1 || e >= text.length() || text.charAt(e - 1) != '='
        || text.charAt(e) != '"' || !Character.isLetter(text.charAt(s))) {
      return false;
    }
    for (int k = s + 1; k < e - 1; k++) {
      char c = text.charAt(k);
      if (!KeyNames.isAlnum(c) && c != '-' && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean placeholder(CharSequence text, int s, int e) {
    char c = text.charAt(s);
    return c == '$' || c == '<' || c == '{' || c == '%' || c == '*'
        || ValueShapes.isPlaceholder(text, s, e)
        || (e - s <= 16 && (KeyNames.regionEqualsIgnoreCase(text, s, "token")
            || KeyNames.regionEqualsIgnoreCase(text, s, "your")))
        // an access log's request line ends with the protocol: "GET /cb?...&token_type=Bearer HTTP/1.1"
        || (e - s <= 8 && KeyNames.regionEquals(text, s, "HTTP/"));
  }

  private static int blanks(CharSequence text, int i) {
    int limit = Math.min(text.length(), i + 8);
    while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** Between the header name and the credentials lie only the scheme and blanks. */
  @Override
  public boolean keyBeforeSpan() {
    return true;
  }

  @Override
  public int window() {
    return 2 * MAX_VALUE + 32;
  }
}
