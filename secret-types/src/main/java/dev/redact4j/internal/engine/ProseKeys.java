package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.Separators.escapedQuoteAt;
import static dev.redact4j.internal.engine.ValueEnds.closingQuote;
import static dev.redact4j.internal.engine.ValueShapes.looksGenerated;

/**
 * Keys that stand in a sentence rather than in a {@code key=value} shape: whether what comes before and
 * after a key is what prose puts around a word, and whether {@code secret} or {@code secrets} names a stored
 * secret by a quoted name ({@code in secret 'billing-db'}). Static and allocation-free; each reads a
 * character or two around the key, a preposition before it, and the quoted name up to its closing quote
 * ({@link ValueEnds#closingQuote}).
 */
final class ProseKeys {
  private ProseKeys() {}

  private static final String[] PREPOSITIONS = {"in", "from", "of", "for"};

  /**
   * Whether the key at {@code keyStart} follows what prose puts before a word: the start of the text,
   * or one blank after a character that ends no name field ({@code "name": }), comparison ({@code == })
   * or instruction ({@code ENV}, {@code ARG}, {@code setenv}): not {@code : = !}, nor {@code V G v}, nor
   * a blank. With {@link #proseAfter}, no shape of {@link KeyValueDetector#locate} but a value in prose can follow the
   * key. Reads two characters.
   */
  static boolean proseBefore(CharSequence text, int keyStart) {
    if (keyStart == 0) {
      return true;
    }
    if (keyStart < 2 || text.charAt(keyStart - 1) != ' ') {
      return false;
    }
    char before = text.charAt(keyStart - 2);
    return before > ' ' && before != ':' && before != '=' && before != '!' && before != 'V' && before != 'G'
        && before != 'v';
  }

  /**
   * Whether blanks follow the key (it ends at {@code afterKey}) and then, at {@code i}, what starts a
   * word of prose and no other shape: a letter or digit that starts neither a {@code string} type nor
   * {@code value=} (not {@code s S v V}), or a dash and a blank ({@code OrderService - placed}). The
   * caller has found no separator at {@code i}. Reads at most two characters.
   */
  static boolean proseAfter(CharSequence text, int afterKey, int i) {
    int n = text.length();
    if (i <= afterKey || i >= n) {
      return false;
    }
    char c = text.charAt(i);
    return KeyNames.isAlnum(c) && c != 's' && c != 'S' && c != 'v' && c != 'V'
        || c == '-' && i + 1 < n && text.charAt(i + 1) == ' ';
  }

  /**
   * The word {@code secret} or {@code secrets} alone, then a blank and a quoted value that is not
   * generated, in a sentence: after {@code in}, {@code from}, {@code of} or {@code for}, or with a word
   * after the value. That is prose naming a stored secret ({@code in secret 'billing-db'},
   * {@code secrets "db" not found}, {@code Secret 'db' updated}), as Kubernetes, Vault and secret
   * operators print it; {@code secret "value"} alone on its line (a DSL literal) stays a value.
   */
  static boolean namesSecretObject(CharSequence text, int keyStart, int keyEnd, int quoteAt) {
    if (!KeyNames.equalsIgnoreCase(text, keyStart, keyEnd, "secret")
        && !KeyNames.equalsIgnoreCase(text, keyStart, keyEnd, "secrets")) {
      return false;
    }
    boolean escaped = escapedQuoteAt(text, quoteAt); // secret \"db\" not found, inside a JSON string
    int open = escaped ? quoteAt + 1 : quoteAt;
    int close = closingQuote(text, open + 1, text.charAt(open), escaped);
    if (close >= text.length() || text.charAt(close) != text.charAt(quoteAt)
        || looksGenerated(text, open + 1, close)) {
      return false;
    }
    close += escaped ? 1 : 0;
    boolean wordAfter = close + 2 < text.length() && text.charAt(close + 1) == ' '
        && KeyNames.isLower(text.charAt(close + 2));
    return wordAfter || prepositionBefore(text, keyStart);
  }

  private static boolean prepositionBefore(CharSequence text, int keyStart) {
    if (keyStart < 3 || text.charAt(keyStart - 1) != ' ') {
      return false;
    }
    for (String word : PREPOSITIONS) {
      int at = keyStart - 1 - word.length();
      if (at >= 0 && KeyNames.regionEqualsIgnoreCase(text, at, word)
          && (at == 0 || !KeyNames.isAlnum(text.charAt(at - 1)))) {
        return true;
      }
    }
    return false;
  }
}
