package dev.redact4j.internal.engine;

/**
 * A credential that is a URL path segment where the path says so, with or without the URL's scheme and
 * host (an access log prints only the path):
 *
 * <ul>
 *   <li>after a segment that names a link sent to one person ({@code /reset/}, {@code /reset-password/},
 *       {@code /invite/}, {@code /magic-link/}, {@code /login/}, {@code /confirm-email/}, {@code /verify/},
 *       {@code /activate/}, {@code /unsubscribe/}, {@code /share/}...; {@code -}, {@code _} and case do not
 *       count), the next segment when it looks generated, or the one after a short id (Django's
 *       {@code /reset/<uidb64>/<token>/}, Laravel's {@code /email/verify/<id>/<hash>}, Drupal's
 *       {@code /user/reset/<uid>/<timestamp>/<hash>}), an action
 *       ({@code /invitations/accept/<token>}) or one word for what the link is to
 *       ({@code /share/incidents/<id>});
 *   <li>webhook paths logged without their host: Discord's {@code /webhooks/<id>/<token>}, Teams'
 *       {@code /IncomingWebhook/<32 hex>}, Slack's {@code /services/T<id>/B<id>/<secret>}, Zapier's
 *       {@code /hooks/catch/<id>/<hook>}, IFTTT's {@code /with/key/<key>}.
 * </ul>
 *
 * <p>A generated segment has 16 or more of {@code A-Za-z0-9-_.~=}, a letter and a digit, no dot-separated part
 * shorter than 8 (not a file name) and is no lower-case slug of short words ({@code how-to-reset-in-2026}).
 * Ids in other paths ({@code /users/<uuid>/avatar}) stay: only the segment before says a value is a credential.
 * The anchor is the slash that ends the word; {@code \/} (a JSON string's escaped slash) separates too.
 *
 * <p>Reads at most {@value #MAX_WORD} characters before the anchor and {@value #MAX_SEGMENT} per segment, three
 * segments, after it; allocates nothing.
 */
public final class PathTokenDetector implements Detector {
  private static final int MAX_WORD = 24;
  private static final int MAX_SEGMENT = 512;
  private static final int MIN_TOKEN = 16;
  /** The most path segments read back for the path's start: a link's path is shorter. */
  private static final int MAX_SEGMENTS_BACK = 16;
  /** The longest id skipped before a token: Django's base64 user id, Laravel's numeric one. */
  private static final int MAX_ID = 16;
  /** The longest word of a lower-case slug or package name ({@code pyparsing-pyparsing2-doc}). */
  private static final int MAX_SLUG_WORD = 12;
  /** Segments that name a link sent to one person, compared without case, {@code -} and {@code _}. */
  private static final String[] LINK_WORDS = {"reset", "resetpassword", "passwordreset", "forgotpassword",
      "invite", "invites", "invitation", "invitations", "magic", "magiclink", "magiclogin", "login", "signin",
      "confirm", "confirmemail", "confirmation", "verify", "verifyemail", "verification", "activate",
      "activation", "unsubscribe", "share", "emailverification", "passwordless", "pwreset", "recover",
      "acceptinvite", "acceptinvitation", "join"};
  /** The words before a webhook's secret path, read by {@link #webhook}. */
  private static final String[] WEBHOOK_WORDS = {"incomingwebhook", "key", "webhooks", "catch", "services"};
  /** Whether a word above ends in the letter, by its lower-case code. */
  private static final boolean[] WORD_ENDS = new boolean[128];

  /**
   * Per first letter ({@code a} to {@code z}), one bit per length of the words above that start with it: most
   * path segments are ruled out by these two before any word is compared (a file listing has a slash about
   * every ten characters).
   */
  private static final long[] LENGTHS_BY_FIRST = new long[26];

  static {
    for (String[] words : new String[][] {LINK_WORDS, WEBHOOK_WORDS}) {
      for (String w : words) {
        WORD_ENDS[w.charAt(w.length() - 1)] = true;
        LENGTHS_BY_FIRST[w.charAt(0) - 'a'] |= 1L << w.length();
      }
    }
  }

  /** What may stand between such a word and its token: an action ({@code /invitations/accept/<token>}). */
  private static final String[] ACTION_WORDS = {"accept", "callback", "confirm", "verify"};

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int wordEnd = anchorStart > 0 && text.charAt(anchorStart - 1) == '\\' ? anchorStart - 1 : anchorStart;
    int wordStart = wordEnd;
    int floor = Math.max(0, wordEnd - MAX_WORD);
    int letters = 0;
    char initial = 0;
    while (wordStart > floor && wordChar(text.charAt(wordStart - 1))) {
      char c = text.charAt(--wordStart);
      if (c != '-' && c != '_') {
        letters++;
        initial = (char) (c | 0x20);
      }
    }
    if (wordEnd - wordStart < 3 || initial < 'a' || initial > 'z'
        || (LENGTHS_BY_FIRST[initial - 'a'] >>> letters & 1) == 0 || !slashBefore(text, wordStart)) {
      return NO_MATCH;
    }
    // the word first: most slashes end a word that names nothing, and their next segment is not read
    boolean link = isAny(text, wordStart, wordEnd, LINK_WORDS);
    if (!link && !isAny(text, wordStart, wordEnd, WEBHOOK_WORDS) || !urlPath(text, wordStart)) {
      return NO_MATCH;
    }
    int first = anchorEnd;
    int firstEnd = segmentEnd(text, first);
    if (firstEnd < 0) {
      return NO_MATCH;
    }
    if (link) {
      int start = first;
      int end = firstEnd;
      // at most two ids or actions before the token: Drupal's /user/reset/<uid>/<timestamp>/<hash>/login;
      // and one word for what is shared or verified: /share/incidents/<id>, /verify/email/<token>
      boolean named = false;
      for (int segment = 0; segment < 3 && end > 0; segment++) {
        if (generated(text, start, end)) {
          return Detector.pack(start, end);
        }
        boolean noun = !named && lowerWord(text, start, end);
        named |= noun;
        if (!noun && !shortId(text, start, end) && !isAny(text, start, end, ACTION_WORDS)) {
          return NO_MATCH;
        }
        start = nextSegment(text, end);
        end = start > 0 ? segmentEnd(text, start) : -1;
      }
      return NO_MATCH;
    }
    return webhook(text, wordStart, wordEnd, first, firstEnd);
  }

  /** A webhook's secret path after the word {@code text[wordStart, wordEnd)}; its first segment is {@code [first, firstEnd)}. */
  private static long webhook(CharSequence text, int wordStart, int wordEnd, int first, int firstEnd) {
    int length = firstEnd - first;
    if (is(text, wordStart, wordEnd, "incomingwebhook")) {
      return length == 32 && CharClass.HEX.skip(text, first, firstEnd) == firstEnd
          ? Detector.pack(first, firstEnd) : NO_MATCH;
    }
    if (is(text, wordStart, wordEnd, "key")) {
      return segmentBefore(text, wordStart, "with") && generated(text, first, firstEnd)
          ? Detector.pack(first, firstEnd) : NO_MATCH;
    }
    boolean discord = is(text, wordStart, wordEnd, "webhooks");
    boolean zapier = is(text, wordStart, wordEnd, "catch") && segmentBefore(text, wordStart, "hooks");
    boolean slack = is(text, wordStart, wordEnd, "services");
    if (!(discord || zapier || slack)) {
      return NO_MATCH;
    }
    if (slack ? !workspaceId(text, first, firstEnd, 'T') : !ValueShapes.allDigits(text, first, firstEnd)
        || length < (discord ? 17 : 5) || length > 20) {
      return NO_MATCH;
    }
    int second = nextSegment(text, firstEnd);
    int secondEnd = second > 0 ? segmentEnd(text, second) : -1;
    if (secondEnd < 0) {
      return NO_MATCH;
    }
    if (slack) {
      int third = workspaceId(text, second, secondEnd, 'B') ? nextSegment(text, secondEnd) : -1;
      int thirdEnd = third > 0 ? segmentEnd(text, third) : -1;
      return thirdEnd - third >= 20 && CharClass.ALNUM.skip(text, third, thirdEnd) == thirdEnd
          ? Detector.pack(first, thirdEnd) : NO_MATCH;
    }
    int hook = secondEnd - second;
    boolean token = discord ? hook >= 60 && hook <= 100 : hook >= 5 && hook <= 20
        && CharClass.ALNUM.skip(text, second, secondEnd) == secondEnd;
    return token ? Detector.pack(first, secondEnd) : NO_MATCH;
  }

  /**
   * A user id before a link's token: digits (Laravel's), or Django's base64 of one, which holds an upper-case
   * letter ({@code MTIz}); not a word ({@code /usr/share/doc/}).
   */
  private static boolean shortId(CharSequence text, int start, int end) {
    int kinds = ValueShapes.charKinds(text, start, end);
    return end - start <= MAX_ID && (kinds == ValueShapes.DIGIT || (kinds & ValueShapes.UPPER) != 0);
  }

  /** A lower-case word of letters that names a resource ({@code incidents}), not an id. */
  private static boolean lowerWord(CharSequence text, int start, int end) {
    return end - start >= 2 && end - start <= MAX_SLUG_WORD && lowerLetters(text, start, end);
  }

  private static boolean lowerLetters(CharSequence text, int start, int end) {
    for (int j = start; j < end; j++) {
      if (!KeyNames.isLower(text.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /** Slack's {@code T...} workspace or {@code B...} bot id: the letter, then 8 to 12 upper-case letters or digits. */
  private static boolean workspaceId(CharSequence text, int start, int end, char letter) {
    return end - start >= 9 && end - start <= 13 && text.charAt(start) == letter
        && CharClass.UPPER_DIGIT.skip(text, start, end) == end;
  }

  /** End of the segment of token characters at {@code start} (empty is -1), or -1 past {@value #MAX_SEGMENT}. */
  private static int segmentEnd(CharSequence text, int start) {
    int limit = Math.min(text.length(), start + MAX_SEGMENT);
    int j = start;
    while (j < limit && segmentChar(text.charAt(j))) {
      j++;
    }
    if (j == limit && limit < text.length() && segmentChar(text.charAt(limit))) {
      return -1;
    }
    while (j > start && text.charAt(j - 1) == '.') {
      j--; // a sentence's full stop after the link (Hi Bob, https://app.example.com/login/<token>. Let me know)
    }
    return j == start ? -1 : j;
  }

  /** Start of the segment after a {@code /} or {@code \/} at {@code end}, or -1. */
  private static int nextSegment(CharSequence text, int end) {
    int n = text.length();
    if (end < n && text.charAt(end) == '/') {
      return end + 1;
    }
    return end + 1 < n && text.charAt(end) == '\\' && text.charAt(end + 1) == '/' ? end + 2 : -1;
  }

  /** Whether a {@code /} (or {@code \/}) ends a segment {@code word} just before {@code wordStart}'s slash. */
  private static boolean segmentBefore(CharSequence text, int wordStart, String word) {
    int slash = text.charAt(wordStart - 1) == '/' ? wordStart - 1 : -1;
    int end = slash > 0 && text.charAt(slash - 1) == '\\' ? slash - 1 : slash;
    int start = end - word.length();
    return start > 0 && text.charAt(start - 1) == '/' && is(text, start, end, word);
  }

  /**
   * Whether the path the word at {@code wordStart} is in is a URL's: it starts with a slash ({@code GET /reset/...},
   * an access log's path, or {@code \/} in a JSON string) or holds a scheme's {@code ://}. A relative path is a
   * file's or a store's ({@code lease_id=auth/kubernetes/login/h8fc...}, a Vault lease), not a link. Reads back at
   * most {@value #MAX_SEGMENT} characters and {@value #MAX_SEGMENTS_BACK} segments.
   */
  private static boolean urlPath(CharSequence text, int wordStart) {
    int start = wordStart - 1;
    int floor = Math.max(0, start - MAX_SEGMENT);
    int slashes = 0;
    // at most MAX_SEGMENTS_BACK segments: else a flood of short ones (a.io/share/a.io/share/...) reads the window
    while (start > floor && pathChar(text.charAt(start - 1))
        && (text.charAt(start - 1) != '/' || ++slashes <= MAX_SEGMENTS_BACK)) {
      start--;
    }
    if (slashes > MAX_SEGMENTS_BACK) {
      return false;
    }
    char c = text.charAt(start);
    if (c == '/' || c == '\\' && text.charAt(start + 1) == '/') {
      return true;
    }
    for (int j = start; j + 2 < wordStart; j++) {
      if (text.charAt(j) == ':' && (text.charAt(j + 1) == '/' || text.charAt(j + 1) == '\\')) {
        return true; // https://host/reset/..., https:\/\/host\/reset\/...
      }
    }
    return hostFirst(text, start, wordStart);
  }

  /**
   * Whether the path's first part, before its first slash, is a host name logged without the scheme
   * ({@code app.example.com/share/...}): two or more dot-separated labels, the last of 2 to 24 letters.
   * A file or a store's path starts with a word ({@code docs/confirm/}, {@code auth/kubernetes/}).
   */
  private static boolean hostFirst(CharSequence text, int start, int wordStart) {
    int dot = -1;
    int j = start;
    while (j < wordStart && text.charAt(j) != '/') {
      char c = text.charAt(j);
      if (c == '.') {
        if (j == start || j - 1 == dot) {
          return false;
        }
        dot = j;
      } else if (!KeyNames.isAlnum(c) && c != '-') {
        return false;
      }
      j++;
    }
    int label = j - dot - 1;
    return dot > 0 && label >= 2 && label <= 24 && lowerLetters(text, dot + 1, j);
  }

  /** A character of a path or URL, up to what ends one in a log: a blank, a quote, a bracket, {@code =} or {@code ,}. */
  private static boolean pathChar(char c) {
    return c > ' ' && c != '"' && c != '\'' && c != '=' && c != ',' && c != '(' && c != '[' && c != '<' && c != '{';
  }

  private static boolean slashBefore(CharSequence text, int wordStart) {
    return wordStart > 0 && text.charAt(wordStart - 1) == '/';
  }

  /**
   * 16 or more segment characters with a letter and a digit, no dot-separated part shorter than 8 and no
   * lower-case slug of words of 12 or fewer characters: a token, not a file name, an article or a package.
   */
  static boolean generated(CharSequence text, int start, int end) {
    if (end - start < MIN_TOKEN) {
      return false;
    }
    int kinds = ValueShapes.charKinds(text, start, end);
    if ((kinds & ValueShapes.DIGIT) == 0 || (kinds & (ValueShapes.LOWER | ValueShapes.UPPER)) == 0) {
      return false;
    }
    int part = start;
    int dotPart = start;
    boolean slug = (kinds & ValueShapes.UPPER) == 0;
    for (int j = start; j <= end; j++) {
      char c = j < end ? text.charAt(j) : '.';
      if (c == '.') {
        if (j - dotPart < 8) {
          return false;
        }
        dotPart = j + 1;
      }
      if (c == '.' || c == '-' || c == '_') {
        // a slug's or a package's words are short: c4k8fz-<32 hex> (a Django token) is none
        slug &= j - part <= MAX_SLUG_WORD;
        part = j + 1;
      }
    }
    return !slug || ValueShapes.isUuid(text, start, end);
  }

  private static boolean isAny(CharSequence text, int start, int end, String[] words) {
    for (String w : words) {
      if (is(text, start, end, w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text[start, end)} is {@code word} (lower case) leaving out {@code -} and {@code _}, in any case. */
  private static boolean is(CharSequence text, int start, int end, String word) {
    int k = 0;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (c == '-' || c == '_') {
        continue;
      }
      if (k == word.length() || (c | 0x20) != word.charAt(k)) {
        return false;
      }
      k++;
    }
    return k == word.length();
  }

  private static boolean wordChar(char c) {
    return KeyNames.isLower(c) || KeyNames.isUpper(c) || c == '-' || c == '_';
  }

  private static boolean segmentChar(char c) {
    return KeyNames.isAlnum(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '=';
  }

  /**
   * The slash ends one of the words (its last letter, in either case, comes before it) or is escaped
   * ({@code \/}); a path's other slashes, most of a file listing's, are dropped before the call.
   */
  @Override
  public boolean rejectsAnchorAfter(char c) {
    return !(c == '\\' || c < 128 && WORD_ENDS[c | 0x20]);
  }

  @Override
  public boolean rejectsAnchorFollowedBy(String literal, char c) {
    return !segmentChar(c);
  }

  @Override
  public int window() {
    return MAX_WORD + 8 + 3 * (MAX_SEGMENT + 2);
  }
}
