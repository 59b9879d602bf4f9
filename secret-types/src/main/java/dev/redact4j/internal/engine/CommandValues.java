package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.KeyValueDetector.MAX_VALUE;
import static dev.redact4j.internal.engine.KeyValueDetector.SHORT_READ;
import static dev.redact4j.internal.engine.KeyValueDetector.isQuote;
import static dev.redact4j.internal.engine.KeyValueDetector.skipBlanks;
import static dev.redact4j.internal.engine.ProseValues.proseWord;
import static dev.redact4j.internal.engine.ValueEnds.closingQuote;

/**
 * Passwords that particular commands and devices place by position rather than after a separator: the
 * arguments of {@code wpa_passphrase} and of {@code htpasswd} in batch mode, a Redis login as MONITOR prints
 * its arguments, {@code reg add}'s {@code /d} data, netsh's {@code Key Content}, the current value
 * {@code aws configure} prompts with, and a network device's stored password after its storage marker
 * (Cisco {@code 0}/{@code 7}, FortiOS {@code ENC}). Static and allocation-free; each reads at most
 * {@link KeyValueDetector#SHORT_READ} characters of arguments (256 of Redis's first), 24 of a prompt's or
 * {@code reg}'s words, and {@link KeyValueDetector#MAX_VALUE} of a device's value.
 */
final class CommandValues {
  private CommandValues() {}

  /** Shortest Cisco type 7 string read as one: the offset's two digits and three characters' hex. */
  private static final int MIN_TYPE_7 = 8;

  /** Shortest FortiOS {@code ENC} value read as one (a stored password encrypts to far more). */
  private static final int MIN_FORTIOS_ENC = 16;

  /**
   * The length of {@code Content} at {@code i}, a word alone after the key {@code Key} alone at {@code anchorStart}
   * (netsh wlan show profile key=clear), or 0.
   */
  static int keyContentAt(CharSequence text, int anchorStart, int i) {
    int n = text.length();
    boolean keyAlone = i == anchorStart + 4 && KeyNames.regionEqualsIgnoreCase(text, anchorStart, "key")
        && (anchorStart == 0 || !CharClass.KEY.contains(text.charAt(anchorStart - 1)));
    return keyAlone && KeyNames.regionEquals(text, i, "Content")
        && (i + 7 == n || !KeyNames.isAlnum(text.charAt(i + 7))) ? 7 : 0;
  }

  /**
   * The index of {@code /d} when the key is reg.exe's value name ({@code /v <key>}) and {@code /d}, alone or after
   * {@code /t <type>}, follows it at {@code i}; else -1.
   */
  static int regAddData(CharSequence text, int keyStart, int i) {
    int n = text.length();
    if (keyStart < 3 || !KeyNames.regionEqualsIgnoreCase(text, keyStart - 3, "/v ")) {
      return -1;
    }
    if (i + 3 < n && KeyNames.regionEqualsIgnoreCase(text, i, "/t ")) {
      i += 3;
      int end = Math.min(n, i + 24);
      while (i < end && text.charAt(i) > ' ') {
        i++; // REG_SZ, REG_EXPAND_SZ: the type's name
      }
      i++;
    }
    return i + 3 < n && KeyNames.regionEqualsIgnoreCase(text, i, "/d ") ? i : -1;
  }

  /**
   * Where a prompt's bracketed current value that {@code text[open]} opens ends, past the {@code ]}, or -1:
   * {@code [None]} in any case, or a run of {@code *} and up to four letters and digits, as
   * {@code aws configure} prints a stored key. Reads at most 24 characters.
   */
  static int promptDefaultEnd(CharSequence text, int open) {
    int limit = Math.min(text.length(), open + 24);
    if (open + 6 <= limit && KeyNames.regionEqualsIgnoreCase(text, open + 1, "none]")) {
      return open + 6;
    }
    int j = open + 1;
    while (j < limit && text.charAt(j) == '*') {
      j++;
    }
    int stars = j - open - 1;
    while (j < limit && j - open - 1 - stars < 4 && KeyNames.isAlnum(text.charAt(j))) {
      j++;
    }
    return stars >= 4 && j < limit && text.charAt(j) == ']' ? j + 1 : -1;
  }

  /**
   * Where a network device's configuration puts a password after the marker of how it is stored, the
   * marker at {@code i}: Cisco IOS and Arista EOS {@code password 0 <v>} (clear text, a word with a
   * secret's make-up, {@link ProseValues#proseWord}) and {@code password 7 <v>} (type 7, a reversible
   * cipher: two decimal digits, then upper-case hex); FortiOS {@code set passwd ENC <v>} (reversibly
   * encrypted, base64). Types 5, 8 and 9 are hashes that their own rules hide. Reads at most one word.
   *
   * @return the value's start (it ends at the next blank), or -1
   */
  static int deviceStoredValue(CharSequence text, int i) {
    int n = text.length();
    if (i + 2 >= n) {
      return -1;
    }
    char c = text.charAt(i);
    if (c == '0' && text.charAt(i + 1) == ' ') {
      return proseWord(text, i + 2, 8) == i + 2 ? i + 2 : -1;
    }
    boolean type7 = c == '7' && text.charAt(i + 1) == ' ';
    if (!type7 && !KeyNames.regionEquals(text, i, "ENC ")) {
      return -1;
    }
    int v = i + (type7 ? 2 : 4);
    int limit = Math.min(n, v + MAX_VALUE);
    int e = v;
    while (e < limit && (type7 ? CharClass.HEX.contains(text.charAt(e)) && !KeyNames.isLower(text.charAt(e))
        : CharClass.BASE64.contains(text.charAt(e)) || text.charAt(e) == '=')) {
      e++;
    }
    if (e < n && text.charAt(e) > ' ') {
      return -1; // password 7 attempts, ENC(...): no value of the marker's shape
    }
    if (type7) {
      return e - v >= MIN_TYPE_7 && (e - v) % 2 == 0 && KeyNames.isDigit(text.charAt(v))
          && KeyNames.isDigit(text.charAt(v + 1)) ? v : -1;
    }
    return e - v >= MIN_FORTIOS_ENC ? v : -1;
  }

  /**
   * Where the passphrase starts on a {@code wpa_passphrase <ssid> <passphrase>} command line whose
   * arguments start at {@code i}: the second argument (either may be quoted), 8 to 63 characters as WPA
   * requires, ending the command (the line, or before {@code >}, {@code |}, {@code ;} or {@code &});
   * -1 otherwise (without it the tool reads the passphrase from standard input). Reads one line, at
   * most {@link KeyValueDetector#SHORT_READ} characters.
   */
  static int wpaPassphrase(CharSequence text, int i) {
    int n = text.length();
    int limit = Math.min(n, i + SHORT_READ);
    int ssidEnd = argumentEnd(text, i, limit);
    if (ssidEnd < 0 || ssidEnd >= limit || text.charAt(ssidEnd) != ' ') {
      return -1;
    }
    int start = skipBlanks(text, ssidEnd);
    int end = argumentEnd(text, start, limit);
    int inner = start < n && isQuote(text.charAt(start)) ? 2 : 0;
    if (end < 0 || end - start - inner < 8 || end - start - inner > 63) {
      return -1;
    }
    int after = skipBlanks(text, end);
    return after >= n || "\n\r>|;&".indexOf(text.charAt(after)) >= 0 ? start : -1;
  }

  /** The end of a shell argument at {@code i}, a word or a quoted string (past its closing quote); -1 if none. */
  static int argumentEnd(CharSequence text, int i, int limit) {
    if (i >= limit) {
      return -1;
    }
    char q = text.charAt(i);
    int j = i + 1;
    if (q == '"' || q == '\'') {
      while (j < limit && text.charAt(j) != q && text.charAt(j) != '\n') {
        j++;
      }
      return j < limit && text.charAt(j) == q ? j + 1 : -1;
    }
    if (q <= ' ' || "|;&>".indexOf(q) >= 0) {
      return -1;
    }
    while (j < limit && text.charAt(j) > ' ') {
      j++;
    }
    return j;
  }

  /**
   * Where the password starts on an {@code htpasswd} command line whose options start at {@code i}:
   * with {@code -b} (batch mode) it is the argument after the file and the user, or after the user
   * alone with {@code -n}; -1 without {@code -b} (htpasswd then prompts). Reads one line, at most
   * {@link KeyValueDetector#SHORT_READ} characters.
   */
  static int htpasswdPassword(CharSequence text, int i) {
    int limit = Math.min(text.length(), i + SHORT_READ);
    boolean batch = false;
    boolean noFile = false;
    int arguments = 0;
    while (i < limit) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == ';' || c == '|' || c == '&') {
        return -1;
      }
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      }
      int start = i;
      while (i < limit && text.charAt(i) > ' ') {
        i++;
      }
      if (c == '-' && arguments == 0) {
        for (int k = start + 1; k < i; k++) {
          batch |= text.charAt(k) == 'b';
          noFile |= text.charAt(k) == 'n';
        }
      } else if (++arguments == (noFile ? 2 : 3)) {
        return batch ? start : -1;
      }
    }
    return -1;
  }

  /** The key is a Redis command word {@code "AUTH"}, quoted as MONITOR prints each argument. */
  static boolean redisAuth(CharSequence text, int keyStart, int keyEnd) {
    return keyEnd - keyStart == 4 && keyStart > 0 && keyEnd < text.length() && text.charAt(keyStart - 1) == '"'
        && text.charAt(keyEnd) == '"' && KeyNames.regionEqualsIgnoreCase(text, keyStart, "auth");
  }

  /**
   * The password argument of a Redis {@code AUTH} from its first argument's quote at {@code i}: the
   * second argument when there is one (the first is then the ACL user), else the first; also the first
   * before MIGRATE's {@code "KEYS"} word ({@code "MIGRATE" ... "AUTH" "<password>" "KEYS" "a"}).
   */
  static int redisAuthPassword(CharSequence text, int i) {
    int close = closingQuote(text, i + 1, '"', false, 256);
    return close + 2 < text.length() && text.charAt(close) == '"' && text.charAt(close + 1) == ' '
        && text.charAt(close + 2) == '"' && !KeyNames.regionEquals(text, close + 2, "\"KEYS\"") ? close + 2 : i;
  }
}
