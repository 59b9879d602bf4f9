package dev.redact4j.internal.engine;

/**
 * A PIN of 6 to 12 digits after the word {@code PIN} (any case, a word of its own), as people write it in
 * chat, tickets and e-mail: {@code PIN: <digits>}, {@code PIN = <digits>}, {@code door code PIN <digits>},
 * {@code PIN-Code: <digits>}, or a few words and a copula before the digits ({@code the PIN for the card
 * reader is <digits>}, {@code die PIN ist <digits>}, {@code le code PIN est <digits>}). Fewer digits, digits
 * that go on as a decimal, date or id ({@code 123456.78}, {@code 2024-11-30}), a machine's field glued
 * with {@code =} ({@code pin=123456}, which a custom rule may name), digits after words that are
 * no copula ({@code PIN changed for account 12345678}) and a {@code pin} inside a word, a path or an
 * identifier ({@code /pin/123456789012/}, {@code spinning}, {@code SIM_PIN}) stay.
 *
 * A message sent to the PIN's owner shows one of 4 digits or more: {@code Your PIN is <digits>},
 * {@code Your new PIN: <digits>}.
 *
 * <p>Reads six characters before the anchor and at most {@value #MAX_WORDS} plus 16 after it; allocates
 * nothing.
 */
public final class PinDetector implements Detector {
  private static final int MAX_WORDS = 40;
  private static final int MIN_DIGITS = 6;
  private static final int MAX_DIGITS = 12;
  private static final int OWNERS_MIN_DIGITS = 4;
  /** "is" in the languages people write a PIN in; the last word before the digits must be one. */
  private static final String[] COPULAS = {"is", "was", "ist", "lautet", "est", "es", "é", "è"};

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    if (anchorStart > 0 && !wordBefore(text.charAt(anchorStart - 1))
        || anchorEnd < n && KeyNames.isAlnum(text.charAt(anchorEnd))) {
      return NO_MATCH;
    }
    // a message sent to the PIN's owner (Your PIN is, Your new PIN:) shows one of four digits or more
    int min = ownersWordBefore(text, anchorStart) ? OWNERS_MIN_DIGITS : MIN_DIGITS;
    int j = anchorEnd;
    if (j + 5 <= n && (text.charAt(j) == '-' || text.charAt(j) == ' ')
        && KeyNames.regionEqualsIgnoreCase(text, j + 1, "code")) {
      j += 5; // PIN-Code, PIN code
    }
    if (j < n && text.charAt(j) == ':') {
      return digits(text, KeyValueDetector.skipBlanks(text, j + 1), min);
    }
    // a field glued with = (order 17 pin=909090) is a machine's, which a custom rule names (order-pin)
    if (j + 1 >= n || text.charAt(j) != ' ') {
      return NO_MATCH;
    }
    j++;
    if (j < n && text.charAt(j) == '=') {
      return digits(text, KeyValueDetector.skipBlanks(text, j + 1), min); // pin = <digits>
    }
    int limit = Math.min(n, j + MAX_WORDS);
    int word = j;
    for (int k = j; k < limit; k++) {
      char c = text.charAt(k);
      if (KeyNames.isDigit(c)) {
        // right after the word (door code PIN <digits>) or after a copula (the PIN is <digits>)
        return k == j || k == word && copula(text, word - 1 - lastWordLength(text, word - 1), word - 1)
            ? digits(text, k, min) : NO_MATCH;
      } else if (c == ' ') {
        word = k + 1;
      } else if (c == ':') {
        return digits(text, KeyValueDetector.skipBlanks(text, k + 1), min); // PIN for the card reader: <digits>
      } else if (!Character.isLetter(c)) {
        return NO_MATCH;
      }
    }
    return NO_MATCH;
  }

  /** Whether {@code your} or {@code new} and a blank come just before {@code at}. Reads at most 6 characters. */
  private static boolean ownersWordBefore(CharSequence text, int at) {
    return wordEndsBefore(text, at, "your") || wordEndsBefore(text, at, "new");
  }

  private static boolean wordEndsBefore(CharSequence text, int at, String word) {
    int s = at - 1 - word.length();
    return s >= 0 && text.charAt(at - 1) == ' ' && KeyNames.regionEqualsIgnoreCase(text, s, word)
        && (s == 0 || !KeyNames.isAlnum(text.charAt(s - 1)));
  }

  /** Whether {@code pin} may start a word after {@code c}: not a letter, digit or {@code / . _ - $ @}. */
  private static boolean wordBefore(char c) {
    return !KeyNames.isAlnum(c) && "/._-$@".indexOf(c) < 0;
  }

  /** The length of the word of letters that ends at {@code end}, at most 8. */
  private static int lastWordLength(CharSequence text, int end) {
    int s = end;
    while (s > 0 && end - s < 8 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return end - s;
  }

  private static boolean copula(CharSequence text, int s, int e) {
    for (String copula : COPULAS) {
      if (e - s == copula.length() && KeyNames.regionEqualsIgnoreCase(text, s, copula)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The span of 6 to 12 digits at {@code i} that end a word: not followed by a letter, a digit, or a
   * {@code . , - / :} and a digit (a decimal, a date, an id, a time).
   */
  private static long digits(CharSequence text, int i, int min) {
    int n = text.length();
    int e = i;
    while (e < n && e - i <= MAX_DIGITS && KeyNames.isDigit(text.charAt(e))) {
      e++;
    }
    if (e - i < min || e - i > MAX_DIGITS || e < n && KeyNames.isAlnum(text.charAt(e))
        || e + 1 < n && ".,-/:".indexOf(text.charAt(e)) >= 0 && KeyNames.isDigit(text.charAt(e + 1))) {
      return NO_MATCH;
    }
    return Detector.pack(i, e);
  }

  @Override
  public boolean rejectsAnchorAfter(char c) {
    return !wordBefore(c);
  }

  @Override
  public boolean rejectsAnchorFollowedBy(String literal, char c) {
    return KeyNames.isAlnum(c);
  }

  @Override
  public int window() {
    return MAX_WORDS + MAX_DIGITS + 16;
  }
}
