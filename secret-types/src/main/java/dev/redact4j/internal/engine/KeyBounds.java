package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.KeyValueDetector.MAX_KEY;
import static dev.redact4j.internal.engine.KeyValueDetector.MAX_VALUE;
import static dev.redact4j.internal.engine.KeyValueDetector.isQuote;

/**
 * Where a key starts and ends, and what kind of key word it is: the key around an anchor, an OpenWrt uci
 * path before it, the enclosing object's key, whether the anchor continues a word of its key or is an
 * abbreviation, and whether the key is a URL query's parameter or a bare, maybe numbered {@code key}.
 * Static and allocation-free; each reads at most {@link KeyValueDetector#MAX_KEY} characters back (24 to
 * a parent key, {@link KeyValueDetector#MAX_VALUE} to a URL's {@code ?}), and forward the key up to the
 * limit it is given.
 */
final class KeyBounds {
  private KeyBounds() {}

  /** Whether the anchor {@code text[s, e)} is an abbreviation joined to a word: {@code sl_user}, {@code cl-account}. */
  static boolean abbreviation(CharSequence text, int s, int e) {
    return e - s > 3 && (text.charAt(s + 2) == '_' || text.charAt(s + 2) == '-');
  }

  /**
   * Whether the key at {@code keyStart} is a parameter of a URL's query: a {@code ?} or {@code &} before it,
   * and a {@code ?} in the word it ends ({@code /login?user=bob&password}), not a form body's
   * {@code user=bob&password}. Reads back at most to the blank before the word, {@link KeyValueDetector#MAX_VALUE} at
   * most.
   */
  static boolean inUrlQuery(CharSequence text, int keyStart) {
    if (keyStart == 0 || text.charAt(keyStart - 1) != '?' && text.charAt(keyStart - 1) != '&') {
      return false;
    }
    int limit = Math.max(0, keyStart - MAX_VALUE);
    for (int j = keyStart - 1; j >= limit && text.charAt(j) > ' '; j--) {
      if (text.charAt(j) == '?') {
        return true;
      }
    }
    return false;
  }

  /** A bare {@code key} parameter of a URL query ({@code ?address=Berlin&key=<v>}), as map and weather APIs take theirs. */
  static boolean queryKey(CharSequence text, int start, int end) {
    return end - start == 3 && start > 0 && (text.charAt(start - 1) == '?' || text.charAt(start - 1) == '&')
        && end < text.length() && text.charAt(end) == '=' && KeyNames.regionEqualsIgnoreCase(text, start, "key");
  }

  /**
   * A key that is {@code key} alone ({@code key=<v>}, {@code "key": <v>}), not part of a longer key.
   * Configs and API bodies name a vendor's key so when the object around it says whose it is
   * ({@code {"app_id": ..., "key": <v>}}); {@link KeyValueDetector#namesAnId} keeps the lower-case values a cache
   * prints.
   */
  static boolean bareKey(CharSequence text, int start, int end) {
    int e = end - start == 3 ? numberedKeyEnd(text, end) : end;
    return (e - start == 3 || e - start == 4 && e == numberedKeyEnd(text, e - 1))
        && (start == 0 || !CharClass.KEY.contains(text.charAt(start - 1)))
        && (e == text.length() || !CharClass.KEY.contains(text.charAt(e)))
        && KeyNames.regionEqualsIgnoreCase(text, start, "key");
  }

  /**
   * Past the {@code 1} or {@code 2} at {@code i} that numbers a bare key, or {@code i}: Azure lists a resource's
   * two access keys as {@code key1} and {@code key2} ({@code az cognitiveservices account keys list},
   * {@code az eventgrid topic key list}).
   */
  static int numberedKeyEnd(CharSequence text, int i) {
    return i < text.length() && (text.charAt(i) == '1' || text.charAt(i) == '2') ? i + 1 : i;
  }

  /** Whether the bare key from {@code start} to {@code end} is numbered: {@code key1}, {@code key2}. */
  static boolean numberedKey(int start, int end) {
    return end - start == 4;
  }

  /**
   * Where a key that starts at {@code keyStart} with {@code .} starts when an OpenWrt uci anonymous section comes
   * before it: {@code wireless.@wifi-iface[0].key}, the whole path (its words qualify a bare key); else
   * {@code keyStart}. Reads back no further than {@code keyLimit}.
   */
  static int uciSectionStart(CharSequence text, int keyStart, int keyLimit) {
    if (keyStart < 4 || keyStart >= text.length() || text.charAt(keyStart) != '.' || text.charAt(keyStart - 1) != ']') {
      return keyStart;
    }
    int j = keyStart - 2;
    while (j > keyLimit && KeyNames.isDigit(text.charAt(j))) {
      j--;
    }
    if (j == keyStart - 2 || text.charAt(j) != '[') {
      return keyStart;
    }
    int k = j;
    while (k > keyLimit && CharClass.KEY.contains(text.charAt(k - 1))) {
      k--;
    }
    if (k == j || k < 2 || text.charAt(k - 1) != '@' || text.charAt(k - 2) != '.') {
      return keyStart;
    }
    k--;
    while (k > keyLimit && CharClass.KEY.contains(text.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  /** Where the key holding the anchor at {@code anchorStart} starts, as {@link KeyValueDetector#locate} reads it. */
  static int keyStartAround(CharSequence text, int anchorStart) {
    int keyStart = anchorStart;
    int keyLimit = Math.max(0, anchorStart - MAX_KEY);
    while (keyStart > keyLimit && CharClass.KEY.contains(text.charAt(keyStart - 1))) {
      keyStart--;
    }
    return keyStart;
  }

  /**
   * Whether the key word at {@code at} continues a word of its key: after {@code _ - .}, or as a
   * camel-case hump ({@code brandfetchKey}); not after a blank or inside a word ({@code monkey}).
   */
  static boolean afterWordOfSameKey(CharSequence text, int at) {
    if (at < 2) {
      return false;
    }
    char before = text.charAt(at - 1);
    return (before == '_' || before == '-' || before == '.') && KeyNames.isAlnum(text.charAt(at - 2))
        || KeyNames.isLower(before) && KeyNames.isUpper(text.charAt(at))
        // after an acronym's last capital, LoRaWAN's NwkSKey: Key itself capitalised, as a hump is
        || KeyNames.isUpper(before) && KeyNames.isUpper(text.charAt(at)) && at + 1 < text.length()
            && KeyNames.isLower(text.charAt(at + 1));
  }

  /**
   * Where the key of the enclosing object ends when the quoted key at {@code keyStart} is the first in
   * that object ({@code {"Jwt": {"Key"}, {@code {'stripe': {'key'}): the end of the parent's name
   * inside its quotes, or -1. Reads at most 24 characters back.
   */
  static int parentKeyEnd(CharSequence text, int keyStart) {
    int j = keyStart - 1;
    if (j < 1 || !isQuote(text.charAt(j))) {
      return -1;
    }
    int limit = Math.max(0, keyStart - 24);
    j = skipBlanksBack(text, j - 1, limit);
    if (j < limit || text.charAt(j) != '{') {
      return -1;
    }
    j = skipBlanksBack(text, j - 1, limit);
    if (j < limit || text.charAt(j) != ':') {
      return -1;
    }
    j = skipBlanksBack(text, j - 1, limit);
    return j > limit && isQuote(text.charAt(j)) && KeyNames.isAlnum(text.charAt(j - 1)) ? j : -1;
  }

  /**
   * The last index at or before {@code j}, down to {@code limit}, that holds no blank or line break;
   * below {@code limit} if none.
   */
  static int skipBlanksBack(CharSequence text, int j, int limit) {
    while (j >= limit && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\n'
        || text.charAt(j) == '\r')) {
      j--;
    }
    return j;
  }

  /**
   * Where the key that goes on at {@code from} ends: at the first character that cannot continue a
   * key, or where a run of four dots starts (a leader: {@code password........value}); at most at
   * {@code limit}. One pass, as every key word hit reads it.
   */
  static int keyEnd(CharSequence text, int from, int limit) {
    int end = Math.min(limit, text.length());
    int dots = 0;
    for (int j = from; j < end; j++) {
      char c = text.charAt(j);
      if (c == '.') {
        if (++dots == 4) {
          return j - 3;
        }
      } else if (CharClass.KEY.contains(c) || (c > 0x7f && Character.isLetter(c))) {
        dots = 0; // contraseña: a key word may go on in letters beyond ASCII
      } else {
        return j;
      }
    }
    return end;
  }
}
