package dev.redact4j.internal.engine;

import java.util.Objects;

/**
 * A token of fixed structure around a literal anchor: an optional run of {@code lead} characters
 * before the anchor ({@code <32 hex>-us12} for Mailchimp, {@code <digits>:AA...} for Telegram), the
 * anchor itself ({@code ghp_}, {@code xoxb-}, {@code .atlasv1.}), then one or more segments, each an
 * optional separator character and a run of one character class with a length range
 * ({@code SG.<22>.<43>}).
 *
 * <p>Every run is read up to its maximum plus one, so a match reads at most {@link #window()}
 * characters. The last segment of a lenient token may run past its maximum: the near-miss is hidden
 * whole (up to a read limit), because hiding a token whose length is off costs little and showing
 * one costs everything. For the same reason a lenient token never ends inside a run of letters,
 * digits, {@code _} and {@code -}: where its last class stops short of the end of such a run
 * ({@code FLWSECK_TEST-<hex>} followed by {@code g1h...}, a Slack token followed by {@code _x}), the
 * rest of the run is hidden with it, up to the same limit, and no fragment of a longer secret is
 * shown. An {@code exact} token with a wrong length, or directly followed by a letter or digit, is
 * no match; exact rows are for weak anchors where a wrong length means another format.
 *
 * <p>A lenient token's last run also reads through percent-escapes of the symbols its class holds
 * ({@code %2B}, {@code %2F}, {@code %3D} for base64; also encoded twice, {@code %252F}, and JSON's
 * {@code \/}): a token URL-encoded in a query string is read whole, and no tail after an escaped
 * {@code =} (Atlassian's checksum) is shown. The escapes count their characters, within the same read
 * limit. A separator may be escaped the same ways ({@code discord.com%2Fapi%2Fwebhooks%2F<id>%2F<token>}).
 * A lenient token's run goes on across a shell line continuation (a backslash ending the line, the
 * next line's first word glued to it), within the same limit.
 *
 * <p>The character before the token must not be in the {@code before} class (letters and digits by
 * default), so prefixes inside longer words are not taken. Stateless and thread-safe; allocates
 * nothing.
 */
public final class TokenDetector implements Detector {
  /** Longest near-miss run a lenient token hides past its maximum. */
  static final int LENIENT_EXTRA = 256;

  private final CharClass leadClass;
  private final int minLead;
  /** Runs at least this long stop where their anchor comes again; shorter ones cost little in a flood. */
  private static final int LONG_RUN = 256;
  private final int maxLead;
  private final char[] separators;
  private final CharClass[] classes;
  private final int[] mins;
  private final int[] maxs;
  private final boolean exact;
  private final int optionalFrom;
  private final CharClass before;
  private final Validator validator;
  private final int window;

  private TokenDetector(Spec s) {
    this.leadClass = s.leadClass;
    this.minLead = s.minLead;
    this.maxLead = s.maxLead;
    int n = s.count;
    if (n == 0) {
      throw new IllegalArgumentException("A token needs at least one segment");
    }
    this.separators = java.util.Arrays.copyOf(s.separators, n);
    this.classes = java.util.Arrays.copyOf(s.classes, n);
    this.mins = java.util.Arrays.copyOf(s.mins, n);
    this.maxs = java.util.Arrays.copyOf(s.maxs, n);
    this.exact = s.exact;
    this.optionalFrom = s.optionalFrom < 0 ? n : s.optionalFrom;
    this.before = s.before;
    this.validator = s.validator;
    int w = maxLead + 1;
    for (int k = 0; k < n; k++) {
      w += maxs[k] + 1 + Escapes.MAX_LENGTH; // a separator may be escaped
    }
    this.window = w + (exact ? 0 : LENIENT_EXTRA);
  }

  /** Starts a specification: segments follow the anchor. */
  public static Spec spec() {
    return new Spec();
  }

  /** The common case: the anchor then {@code min..max} characters of {@code body}. */
  public static TokenDetector prefixed(CharClass body, int min, int max, boolean exact, Validator validator) {
    return spec().then(body, min, max).exact(exact).validator(validator).build();
  }

  @Override
  public boolean rejectsAnchorAfter(char c) {
    return maxLead == 0 && before.contains(c);
  }

  /**
   * The first segment starts right after the anchor, with its separator or a character of its class,
   * unless it may be empty or left out: {@code 1/} in a path ({@code /v1/users}) or {@code 00} in a
   * time ({@code 12:00:00}) is no token, and the engine need not ask.
   */
  @Override
  public boolean rejectsAnchorFollowedBy(String literal, char c) {
    if (optionalFrom == 0 || c == '%' && escapesFirstRun()) {
      return false;
    }
    return separators[0] != 0 ? c != separators[0] : mins[0] > 0 && !classes[0].contains(c);
  }

  /** A lenient token of one run that holds base64 symbols may start with an escaped one ({@code ops_eyJ%2B...}). */
  private boolean escapesFirstRun() {
    return !exact && classes.length == 1 && separators[0] == 0
        && (classes[0].contains('+') || classes[0].contains('/') || classes[0].contains('='));
  }

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    int start = anchorStart;
    if (maxLead > 0) {
      int limit = Math.max(0, anchorStart - maxLead - 1);
      int s = anchorStart;
      while (s > limit && leadClass.contains(text.charAt(s - 1))) {
        s--;
      }
      int lead = anchorStart - s;
      if (lead < minLead || lead > maxLead) {
        return NO_MATCH;
      }
      start = s;
    }
    if (start > 0 && before.contains(Escapes.before(text, start))) {
      return NO_MATCH; // an escaped symbol before the token (%2F) is that symbol, not its hex digit
    }
    int pos = anchorEnd;
    int last = classes.length - 1;
    int used = last;
    int runLimit = n;
    for (int k = 0; k <= last; k++) {
      char sep = separators[k];
      int partStart = pos;
      if (sep != 0) {
        int escape = pos < n && text.charAt(pos) != sep ? Escapes.lengthOf(text, pos, sep, n) : 0;
        if (pos >= n || text.charAt(pos) != sep && escape == 0) {
          if (k >= optionalFrom) {
            used = k - 1;
            break; // the rest of the token is optional: a JWT without its signature
          }
          return NO_MATCH;
        }
        pos += escape == 0 ? 1 : escape; // or escaped: the /<token> of a webhook URL passed URL-encoded
      }
      boolean open = k == last && !exact;
      runLimit = pos + maxs[k] + LENIENT_EXTRA;
      // A long run, or a lenient last one (read up to LENIENT_EXTRA past its maximum), ends where the
      // anchor comes again: a flood of the anchor (ptr_ptr_...) would otherwise read that far per hit.
      boolean toAnchorAgain = (maxs[k] >= LONG_RUN || open) && maxLead == 0;
      int end = run(toAnchorAgain, classes[k], text, pos, pos + maxs[k] + (open ? LENIENT_EXTRA : 1), anchorStart,
          anchorEnd);
      if (open) {
        int limit = pos + maxs[k] + LENIENT_EXTRA;
        // the parts after an escape or a line continuation stop at the anchor too: a flood of eyJ%2F or of
        // anchor\<newline> reads each part once
        int stopStart = toAnchorAgain ? anchorStart : -1;
        end = skipEscaped(classes[k], classes[k], text, end, limit, stopStart, anchorEnd);
        int next;
        while ((next = continuedAt(text, end, limit)) >= 0) { // ghp_abc\<newline>def is one shell word
          end = skipEscaped(classes[k], classes[k], text,
              run(toAnchorAgain, classes[k], text, next, limit, anchorStart, anchorEnd), limit, stopStart, anchorEnd);
        }
      }
      int length = end - pos;
      if (length < mins[k] && k > optionalFrom) {
        used = k - 1; // a later optional part too short to be one: the token ended before it (a JWT, then ". ")
        pos = partStart;
        break;
      }
      if (length < mins[k] || (length > maxs[k] && !open)) {
        return NO_MATCH;
      }
      pos = end;
    }
    if (exact && pos < n && (classes[used].contains(text.charAt(pos)) || CharClass.ALNUM.contains(text.charAt(pos)))) {
      return NO_MATCH;
    }
    if (pos == start || !validator.valid(text, start, pos)) {
      return NO_MATCH;
    }
    if (!exact) { // the rest of the run: never show a fragment
      pos = skipEscaped(CharClass.TOKEN, classes[used], text, CharClass.TOKEN.skip(text, pos, runLimit), runLimit);
      int next;
      while ((next = continuedAt(text, pos, runLimit)) >= 0) { // ghp_abc\<newline>def is one shell word
        pos = skipEscaped(CharClass.TOKEN, classes[used], text, CharClass.TOKEN.skip(text, next, runLimit), runLimit);
      }
    }
    return Detector.pack(start, pos);
  }

  /**
   * Where a word goes on after a shell line continuation at {@code i}: a backslash, a line break
   * ({@code \n} or {@code \r\n}) and a token character right after it; -1 otherwise (an indented
   * next line starts a new word).
   */
  private static int continuedAt(CharSequence text, int i, int limit) {
    int stop = Math.min(limit, text.length());
    if (i + 2 >= stop || text.charAt(i) != '\\') {
      return -1;
    }
    int next = text.charAt(i + 1) == '\r' ? i + 2 : i + 1;
    if (next + 1 >= stop || text.charAt(next) != '\n') {
      return -1;
    }
    return CharClass.TOKEN.contains(text.charAt(next + 1)) ? next + 1 : -1;
  }

  /**
   * From {@code end}, where a run of {@code run} stopped: on through each percent-escape of a symbol of
   * {@code symbols} and the run after it, up to {@code limit}.
   */
  private static int skipEscaped(CharClass run, CharClass symbols, CharSequence text, int end, int limit) {
    return skipEscaped(run, symbols, text, end, limit, -1, -1);
  }

  /**
   * As {@link #skipEscaped(CharClass, CharClass, CharSequence, int, int)}, each run after an escape ending
   * where the anchor {@code text[anchorStart, anchorEnd)} comes again, unless {@code anchorStart} is -1: a
   * flood of eyJ%2F reads each part once.
   */
  private static int skipEscaped(CharClass run, CharClass symbols, CharSequence text, int end, int limit,
      int anchorStart, int anchorEnd) {
    int stop = Math.min(limit, text.length());
    int i = end;
    int at;
    while ((at = Escapes.symbolAt(text, i, stop)) >= 0 && symbols.contains((char) at)) {
      i = anchorStart < 0 ? run.skip(text, i + (at >>> 16), stop)
          : run.skipToAnchorAgain(text, i + (at >>> 16), stop, anchorStart, anchorEnd);
    }
    return i;
  }

  /** A run of {@code run} from {@code from} to {@code limit}, ending early where the anchor comes again if asked. */
  private int run(boolean toAnchorAgain, CharClass run, CharSequence text, int from, int limit, int anchorStart,
      int anchorEnd) {
    return toAnchorAgain ? runToAnchorAgain(run, text, from, limit, anchorStart, anchorEnd) : run.skip(text, from, limit);
  }

  /**
   * A long run (a base64 PEM, up to 8,192 characters) ends where this anchor comes again as a hit of
   * its own, which reads on by itself ({@link CharClass#skipToAnchorAgain}); an occurrence that
   * follows a character this rule rejects before it is no hit, and the run goes on through it.
   */
  private int runToAnchorAgain(CharClass run, CharSequence text, int from, int limit, int anchorStart, int anchorEnd) {
    int end = run.skipToAnchorAgain(text, from, limit, anchorStart, anchorEnd);
    while (end < limit && end < text.length() && run.contains(text.charAt(end))
        && before.contains(Escapes.before(text, end))) {
      end = run.skipToAnchorAgain(text, end + 1, limit, anchorStart, anchorEnd);
    }
    return end;
  }

  @Override
  public boolean findsEveryOccurrence() {
    return true;
  }

  @Override
  public int window() {
    return window;
  }

  /** Mutable description of a token; {@link #build()} freezes it. Not thread-safe. */
  public static final class Spec {
    private CharClass leadClass = CharClass.ALNUM;
    private int minLead;
    private int maxLead;
    private char[] separators = new char[4];
    private CharClass[] classes = new CharClass[4];
    private int[] mins = new int[4];
    private int[] maxs = new int[4];
    private int count;
    private boolean exact;
    private int optionalFrom = -1;
    private CharClass before = CharClass.ALNUM;
    private Validator validator = Validator.ANY;

    private Spec() {}

    /** {@code min..max} characters of {@code cls} directly before the anchor belong to the token. */
    public Spec lead(CharClass cls, int min, int max) {
      if (min < 0 || max < min || max > 512) {
        throw new IllegalArgumentException("Bad lead range " + min + ".." + max);
      }
      this.leadClass = Objects.requireNonNull(cls);
      this.minLead = min;
      this.maxLead = max;
      return this;
    }

    /** A segment directly after the previous one. */
    public Spec then(CharClass cls, int min, int max) {
      return then((char) 0, cls, min, max);
    }

    /** A segment after the separator character {@code sep}. */
    public Spec then(char sep, CharClass cls, int min, int max) {
      if (min < 0 || max < min || max > 8192) {
        throw new IllegalArgumentException("Bad segment range " + min + ".." + max);
      }
      if (count == classes.length) {
        separators = java.util.Arrays.copyOf(separators, count * 2);
        classes = java.util.Arrays.copyOf(classes, count * 2);
        mins = java.util.Arrays.copyOf(mins, count * 2);
        maxs = java.util.Arrays.copyOf(maxs, count * 2);
      }
      separators[count] = sep;
      classes[count] = Objects.requireNonNull(cls);
      mins[count] = min;
      maxs[count] = max;
      count++;
      return this;
    }

    /** The segments added after this call may be missing (each needs its separator to be present). */
    public Spec optionalRest() {
      this.optionalFrom = count;
      return this;
    }

    public Spec exact(boolean exact) {
      this.exact = exact;
      return this;
    }

    /** Characters that may not directly precede the token (default: letters and digits). */
    public Spec notAfter(CharClass cls) {
      this.before = Objects.requireNonNull(cls);
      return this;
    }

    public Spec validator(Validator validator) {
      this.validator = Objects.requireNonNull(validator);
      return this;
    }

    public TokenDetector build() {
      return new TokenDetector(this);
    }
  }
}
