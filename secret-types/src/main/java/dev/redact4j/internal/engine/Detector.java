package dev.redact4j.internal.engine;

/**
 * Verifies a candidate where one of its rule's anchors occurs.
 *
 * <p>Contract: an implementation reads only a window of bounded size around the anchor (its
 * {@link #window()}), never allocates on the common no-match path, and is stateless and thread-safe.
 * It may throw; the engine then fails closed.
 */
public interface Detector {
  /** Returned by {@link #match} when the candidate is not a secret. */
  long NO_MATCH = -1L;

  /**
   * @param text the whole text being scanned
   * @param anchorStart index of the anchor's first character
   * @param anchorEnd index just past the anchor
   * @return {@link #pack(int, int)} of the span to hide, or {@link #NO_MATCH}
   */
  long match(CharSequence text, int anchorStart, int anchorEnd);

  /** Upper bound of characters read on either side of the anchor; documents linearity. */
  int window();

  /**
   * Whether this detector never matches an anchor that directly follows the ASCII character
   * {@code c}. The engine drops such hits before calling it, mostly when it builds its automaton:
   * digits inside ids, hashes and timestamps are most of the hits of anchors such as a card
   * number's first digit. Must be a pure function of {@code c}.
   */
  default boolean rejectsAnchorAfter(char c) {
    return false;
  }

  /**
   * Whether this detector never matches the anchor {@code literal} when the ASCII character {@code c}
   * directly follows it: a key word that goes on as a longer word ({@code auth} in
   * {@code Authenticate}, {@code pat} in {@code path}) names nothing. The engine drops such hits
   * before calling it. Must be a pure function of its arguments; {@code literal} is in the case the
   * rule declared it.
   */
  default boolean rejectsAnchorFollowedBy(String literal, char c) {
    return false;
  }

  /**
   * Whether all that lies between this detector's anchor and a span it returns is the anchor's own
   * key ({@code client_secret_key} before its value): the engine then skips other key words there, as
   * their value is the same. False for detectors that step over other words to reach their value (a
   * command line's options, a JAAS entry's options), whose key words must be looked at.
   */
  default boolean keyBeforeSpan() {
    return false;
  }

  /**
   * Whether every occurrence of a value this detector finds is found by it too, whatever surrounds
   * it (a prefixed token, a card number, a PEM block). Values of other detectors (a password after
   * its key) are also looked for elsewhere in their line, where no key names them.
   */
  default boolean findsEveryOccurrence() {
    return false;
  }

  /**
   * Whether the anchor {@code text[anchorStart, anchorEnd)} occurs again, written the same way, at
   * {@code i > anchorStart} where a word can start (not after a letter or digit, unless it ends an
   * escape of a symbol: {@code %2F}). Such an occurrence
   * is a hit of its own that finds whatever follows it, so a detector reading forward from an
   * earlier one may stop there: without that, each anchor of a flood ({@code key=a-key=a-…},
   * {@code -storepass -storepass …}) reads the whole window and a line of them costs hundreds of
   * times a clean one. Case counts, so that an exact-case anchor ({@code ::add-mask::}) stops only
   * where it is a hit again.
   */
  static boolean anchorAgain(CharSequence text, int i, int anchorStart, int anchorEnd) {
    // after an escape (%2FeyJ...) as the engine reads it: the escaped symbol, not the hex digit, comes before
    return i > anchorStart && (!KeyNames.isAlnum(text.charAt(i - 1)) || !KeyNames.isAlnum(Escapes.before(text, i)))
        && sameAnchorAt(text, i, anchorStart, anchorEnd);
  }

  /** Whether {@code text} holds the anchor {@code text[anchorStart, anchorEnd)} at {@code i}, written the same way. */
  static boolean sameAnchorAt(CharSequence text, int i, int anchorStart, int anchorEnd) {
    int length = anchorEnd - anchorStart;
    if (i + length > text.length()) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (text.charAt(i + k) != text.charAt(anchorStart + k)) {
        return false;
      }
    }
    return true;
  }

  static long pack(int start, int end) {
    return ((long) start << 32) | (end & 0xffffffffL);
  }

  static int start(long packed) {
    return (int) (packed >>> 32);
  }

  static int end(long packed) {
    return (int) packed;
  }
}
