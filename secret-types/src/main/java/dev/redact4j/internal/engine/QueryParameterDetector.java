package dev.redact4j.internal.engine;

/**
 * The value of a URL query or fragment parameter whose name is no secret word, where the name's
 * convention makes it one, after {@code ?} or {@code &} (and {@code #} for a code):
 *
 * <ul>
 *   <li>{@link #oauthCode()}: an OAuth 2.0 authorization {@code code}, only in a URL that is part of an
 *       authorization flow (its path or query holds {@code callback}, {@code oauth}, {@code authorize},
 *       {@code redirect} or a {@code state=} parameter, or an invitation's {@code /join?} or {@code /invite})
 *       and only a generated-looking value: 16 or more characters with a letter and a digit, or 20 or more
 *       letters of both cases. {@code ?code=200},
 *       {@code &code=ERR_TIMEOUT} and a product or country code stay. Parameters that are no URL (a
 *       {@code form_post} body, {@code query:code=...}) count when {@code &state=} follows the code, and a
 *       device flow's {@code device_code=}, an e-mailed link's {@code verification_code=} (or {@code invite_},
 *       {@code confirmation_}... code) and Firebase's {@code oobCode=} count wherever they stand.
 *   <li>{@link #codeKey()}: outside such a flow, a {@code code} of 32 or more generated characters of both
 *       cases and digits, a key whatever the URL (an Azure Functions key, {@code ?code=<key>==}).
 *   <li>{@link #appId()}: an {@code appid} (OpenWeather's API key) of 32 hex digits or a generated value
 *       ({@link ValueShapes#looksGenerated}); numeric ids, WeChat's {@code wx...} ids and UUIDs (Microsoft
 *       application ids, which are public) stay.
 * </ul>
 *
 * <p>Reads at most {@value #MAX_URL} characters either side of the anchor; allocates nothing.
 */
public final class QueryParameterDetector implements Detector {
  private static final int MAX_URL = 1024;
  private static final int MAX_VALUE = 512;
  private static final String[] FLOW_WORDS = {"callback", "oauth", "authorize", "redirect", "state=", "/join?",
      "/invite"};
  /** What names a code parameter for the device or e-mailed link it grants. */
  private static final String[] GRANT_PREFIXES = {"device_", "verification_", "invite_", "invitation_",
      "confirmation_", "activation_", "magic_"};

  /** What the parameter's convention makes its value: see the list above. */
  private enum Convention { OAUTH_CODE, CODE_KEY, APP_ID }

  private final Convention convention;

  private QueryParameterDetector(Convention convention) {
    this.convention = convention;
  }

  public static QueryParameterDetector oauthCode() {
    return new QueryParameterDetector(Convention.OAUTH_CODE);
  }

  public static QueryParameterDetector codeKey() {
    return new QueryParameterDetector(Convention.CODE_KEY);
  }

  public static QueryParameterDetector appId() {
    return new QueryParameterDetector(Convention.APP_ID);
  }

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    char before = anchorStart > 0 ? text.charAt(anchorStart - 1) : 0;
    boolean code = convention != Convention.APP_ID;
    // oobCode= (Firebase's e-mailed action links) is an anchor of its own: a one-time code wherever it stands
    boolean device = convention == Convention.OAUTH_CODE && anchorEnd - anchorStart > "code=".length();
    if (before != '?' && before != '&' && !(code && before == '#')
        && !(before == ' ' && afterUriStem(text, anchorStart - 1))) {
      device = device || convention == Convention.OAUTH_CODE && deviceCode(text, anchorStart);
      if (!device && !(convention == Convention.OAUTH_CODE && opensParameters(before))) {
        return NO_MATCH; // a parameter, not error_code= or "exit code=1"
      }
    }
    int end = anchorEnd;
    int limit = Math.min(n, anchorEnd + MAX_VALUE);
    while (end < limit && valueChar(text.charAt(end))) {
      end++;
    }
    if (end == limit && limit < n && valueChar(text.charAt(limit))) {
      return NO_MATCH;
    }
    if (code) {
      // Each code is one rule's: a flow's code is an authorization code, any other long one a key.
      boolean loose = convention == Convention.OAUTH_CODE && before != '?' && before != '&' && before != '#'
          && !(before == ' ' && afterUriStem(text, anchorStart - 1));
      boolean found = generatedCode(text, anchorEnd, end) && (convention == Convention.OAUTH_CODE
          ? device || (loose ? stateFollows(text, end) : inAuthorizationFlow(text, anchorStart, end))
          : longGenerated(text, anchorEnd, end) && !inAuthorizationFlow(text, anchorStart, end));
      return found ? Detector.pack(anchorEnd, end) : NO_MATCH;
    }
    boolean hex32 = end - anchorEnd == 32 && CharClass.HEX.skip(text, anchorEnd, end) == end;
    return hex32 || ValueShapes.looksGenerated(text, anchorEnd, end) ? Detector.pack(anchorEnd, end) : NO_MATCH;
  }

  /**
   * Whether the word before the blank at {@code blank} is a URL path ({@code /api/hook}), as IIS's W3C log
   * writes the query (cs-uri-query) after the path (cs-uri-stem) and a blank, without its {@code ?}. Reads
   * back at most {@value #MAX_URL} characters.
   */
  private static boolean afterUriStem(CharSequence text, int blank) {
    int limit = Math.max(0, blank - MAX_URL);
    int j = blank - 1;
    while (j >= limit && text.charAt(j) > ' ') {
      j--;
    }
    return j + 1 < blank && text.charAt(j + 1) == '/' && (j < 0 || text.charAt(j) == ' ');
  }

  /**
   * Whether {@code before} may start a parameter list that is no URL: a {@code response_mode=form_post}
   * body ({@code body: code=...}), a query logged apart from its path ({@code query:code=...}), a quoted one.
   */
  private static boolean opensParameters(char before) {
    return before == 0 || before == ' ' || before == ':' || before == '"' || before == '\'' || before == '{'
        || before == '[' || before == '(';
  }

  /**
   * Whether the parameters after a value that ends at {@code end} (up to a blank or a quote) hold
   * {@code &state=}: then the parameter list is an authorization response, whatever printed it.
   */
  private static boolean stateFollows(CharSequence text, int end) {
    int ceiling = Math.min(text.length(), end + MAX_URL);
    int j = end;
    while (j < ceiling && urlChar(text.charAt(j))) {
      j++;
    }
    return ValueShapes.containsIgnoreCase(text, end, j, "&state=");
  }

  /**
   * Whether the {@code code=} at {@code anchorStart} ends a parameter named for what it grants: {@code device_code=}
   * (RFC 8628's device flow, as a client polls the token endpoint with it: the code lets whoever holds it collect
   * the tokens), or the one-time code of an e-mailed link ({@code verification_code=}, Auth0's passwordless link;
   * {@code invite_code=}, {@code confirmation_code=}...).
   */
  private static boolean deviceCode(CharSequence text, int anchorStart) {
    for (String prefix : GRANT_PREFIXES) {
      int start = anchorStart - prefix.length();
      if (start >= 0 && KeyNames.regionEqualsIgnoreCase(text, start, prefix)) {
        char c = start > 0 ? text.charAt(start - 1) : ' ';
        return c == '?' || c == '&' || opensParameters(c);
      }
    }
    return false;
  }

  /** Characters of a query value, percent-encoded ones included ({@code 4%2F0AeaY...}). */
  private static boolean valueChar(char c) {
    return KeyNames.isAlnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '%' || c == '/' || c == '+'
        || c == '=' || c == '!' || c == '*';
  }

  /**
   * 16 or more characters with a letter and a digit, or 20 or more letters of both cases; not a code
   * word ({@code ERR_TIMEOUT}) or a number.
   */
  private static boolean generatedCode(CharSequence text, int start, int end) {
    int kinds = ValueShapes.charKinds(text, start, end);
    boolean letter = (kinds & (ValueShapes.LOWER | ValueShapes.UPPER)) != 0;
    boolean bothCases = (kinds & (ValueShapes.LOWER | ValueShapes.UPPER)) == (ValueShapes.LOWER | ValueShapes.UPPER);
    int len = end - start;
    return len >= 16 && (kinds & ValueShapes.DIGIT) != 0 && letter || len >= 20 && bothCases;
  }

  /**
   * 32 or more characters whose longest stretch between percent escapes ({@code %2B}, {@code %3D}) a
   * machine generated ({@link ValueShapes#looksGenerated}), with both cases and a digit: a key whatever
   * the URL (an Azure Functions key, {@code ?code=<key>==}), not a word code. Reads the value once.
   */
  private static boolean longGenerated(CharSequence text, int start, int end) {
    if (end - start < 32) {
      return false;
    }
    int best = start;
    int bestEnd = start;
    int run = start;
    for (int j = start; j <= end; j++) {
      if (j == end || text.charAt(j) == '%') {
        if (j - run > bestEnd - best) {
          best = run;
          bestEnd = j;
        }
        run = j + 3; // past the escape; a run that starts at or past the end is empty
        j += 2;
      }
    }
    int all = ValueShapes.LOWER | ValueShapes.UPPER | ValueShapes.DIGIT;
    // both cases and a digit: SPRING-SALE-2024-WELCOME-BACK-FRIENDS is a word code of one case
    return (ValueShapes.charKinds(text, best, bestEnd) & all) == all && ValueShapes.looksGenerated(text, best, bestEnd);
  }

  /** Whether the URL around the parameter (up to blanks or quotes) holds a word of an authorization flow. */
  private static boolean inAuthorizationFlow(CharSequence text, int anchorStart, int valueEnd) {
    int start = anchorStart;
    int floor = Math.max(0, anchorStart - MAX_URL);
    while (start > floor && urlChar(text.charAt(start - 1))) {
      start--;
    }
    int end = valueEnd;
    int ceiling = Math.min(text.length(), valueEnd + MAX_URL);
    while (end < ceiling && urlChar(text.charAt(end))) {
      end++;
    }
    for (String word : FLOW_WORDS) {
      if (ValueShapes.containsIgnoreCase(text, start, end, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean urlChar(char c) {
    return c > ' ' && c != '"' && c != '\'' && c != '`' && c != '<' && c != '>' && c < 0x7f;
  }

  /** The anchor is the parameter's name: one literal keeps the automaton small, and the character before it is checked first. */
  @Override
  public boolean rejectsAnchorAfter(char c) {
    // a blank: IIS's query field after the path; a code's parameters may open a form_post body, follow a
    // quote or a colon, or end device_code=
    return c != '?' && c != '&' && c != '#' && c != ' '
        && !(convention == Convention.OAUTH_CODE && (c == '_' || opensParameters(c)));
  }

  @Override
  public int window() {
    return 2 * MAX_URL + MAX_VALUE;
  }
}
