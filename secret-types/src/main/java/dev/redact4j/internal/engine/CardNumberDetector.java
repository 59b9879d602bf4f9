package dev.redact4j.internal.engine;

/**
 * A payment card number (PAN): 13 to 19 digits, plain or in groups separated by single spaces or
 * dashes as issuers print them (groups of four after a first of four, the last of at most five:
 * 4-4-4-4, 4-4-4-4-3, 4-4-5; or American Express's 4-6-5 and Diners Club's 4-6-4), with an issuer
 * prefix (Visa, Mastercard, American Express, Discover, JCB, Diners Club, UnionPay, Maestro) and a
 * valid Luhn checksum. The anchor is the shape of the
 * first eight characters ({@link #ANCHOR}); anything glued to the number (letters, digits, a decimal
 * point, an underscore) rules it out, so ids, timestamps and amounts pass.
 *
 * <p>A plain number that is the value of a key naming an id ({@code trace_id=}, {@code "spanId": "})
 * is an id that happens to pass the Luhn check; a grouped one is a card under any key.
 *
 * <p>Reads at most 26 characters after the anchor and 56 before it; allocates nothing.
 */
public final class CardNumberDetector implements Detector {
  private static final int MAX_LENGTH = 23; // 19 digits and 4 separators
  /**
   * What every card number starts with: an issuer digit, then digits at 1-3 and 5-7 and a digit or a
   * separator at 4. A number starts with a group of exactly four digits or with 13+ plain ones, and a
   * separator is followed by a group of four or six (two groups are too few for 13 digits). Years,
   * dates, times and amounts never get that far, so the engine does not stop at them.
   */
  public static final Anchor ANCHOR = Anchor.shape(CharClass.of("2-6"), CharClass.DIGIT, CharClass.DIGIT,
      CharClass.DIGIT, CharClass.DIGIT.plus(" -"), CharClass.DIGIT, CharClass.DIGIT, CharClass.DIGIT);

  @Override
  public boolean rejectsAnchorAfter(char c) {
    return KeyNames.isAlnum(c) || c == '.' || c == '_' || c == '-' || c == '/' || c == ':' || c == '+';
  }

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    if (anchorStart > 0 && rejectsAnchorAfter(text.charAt(anchorStart - 1))) {
      return NO_MATCH;
    }
    int limit = Math.min(n, anchorStart + MAX_LENGTH + 1);
    int digits = 0;
    char sep = 0;
    int groups = 0;
    int groupLength = 0;
    int firstGroup = 0;
    boolean grouped = true;
    boolean sixDigitGroup = false;
    int i = anchorStart;
    int prefix = 0;
    while (i < limit) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (digits < 6) {
          prefix = prefix * 10 + (c - '0');
        }
        digits++;
        groupLength++;
        i++;
      } else if ((c == ' ' || c == '-') && (sep == 0 || sep == c) && i + 1 < n && KeyNames.isDigit(text.charAt(i + 1))
          && groupLength >= 4) {
        if (groups == 0) {
          firstGroup = groupLength;
        } else if (groupLength != 4 && groupLength != 6) {
          grouped = false;
        } else if (groupLength == 6) {
          // only American Express (4-6-5) and Diners Club (4-6-4) print a group of six, second of three
          sixDigitGroup = true;
          grouped &= groups == 1;
        }
        sep = c;
        groups++;
        groupLength = 0;
        i++;
      } else {
        break;
      }
    }
    if (digits < 13 || digits > 19 || i >= limit && i < n && KeyNames.isDigit(text.charAt(i))) {
      return NO_MATCH;
    }
    if (i < n) {
      char c = text.charAt(i);
      if (KeyNames.isAlnum(c) || c == '_' || (c == '.' && i + 1 < n && KeyNames.isDigit(text.charAt(i + 1)))
          || (c == '-' && i + 1 < n && KeyNames.isDigit(text.charAt(i + 1)))) {
        return NO_MATCH;
      }
    }
    if (sep != 0 && (!grouped || firstGroup != 4 || groupLength > 5
        || sixDigitGroup && (groups != 2 || groupLength < 4))) {
      return NO_MATCH; // 5015 150454 240, HealthApp's step counts: a 4-6-3 grouping no issuer prints
    }
    while (digits < 6 && prefix > 0) {
      prefix *= 10; // not reached for 13+ digits; keeps the prefix 6 digits wide
      digits++;
    }
    if (!brand(prefix, countDigits(text, anchorStart, i)) || !Validators.LUHN.valid(text, anchorStart, i)) {
      return NO_MATCH;
    }
    if (sep == 0 && afterIdKey(text, anchorStart)) {
      return NO_MATCH; // dd.trace_id=4326552647122954998: one decimal id in ten passes the Luhn check
    }
    return Detector.pack(anchorStart, i);
  }

  /** Last words of keys whose values are ids, counters, times or measures, never card numbers. */
  private static final KeyNames.Words ID_WORDS = new KeyNames.Words("id", "ids", "uid", "guid", "trace", "span",
      "seq", "sequence", "offset", "ts", "timestamp", "time", "epoch", "nonce", "count", "version", "serial",
      "ord", // ord=: DoubleClick's cache-busting random in every ad tag URL
      "correlator", // correlator=: Google Publisher Tag's page-view random in every ad request
      "weight", "size", "bytes", // measures: the Windows Filtering Platform's 64-bit filter Weight
      "priority"); // a WebRTC ICE candidate's priority=<up to 64 bits>

  /**
   * Whether the number is the value of a key that names an id ({@code span_id=}, {@code "traceId": "},
   * {@code dd.trace_id=}, {@code requestID:}). Only plain numbers ask: a grouped one is a card number
   * under any key. Reads at most 56 characters before the number.
   */
  private static boolean afterIdKey(CharSequence text, int start) {
    int j = start - 1;
    if (j >= 0 && (text.charAt(j) == '"' || text.charAt(j) == '\'')) {
      j--;
    }
    while (j >= 0 && j > start - 5 && text.charAt(j) == ' ') {
      j--;
    }
    if (j < 0 || (text.charAt(j) != '=' && text.charAt(j) != ':')) {
      return false;
    }
    j--;
    if (j >= 0 && (text.charAt(j) == '"' || text.charAt(j) == '\'')) {
      j--;
    }
    int end = j + 1;
    int limit = Math.max(0, end - 48);
    while (j >= limit && CharClass.KEY.contains(text.charAt(j))) {
      j--;
    }
    return j + 1 < end && (KeyNames.lastWordIn(text, j + 1, end, ID_WORDS) || gluedIdEnd(text, j + 1, end)
        || serialNumber(text, j + 1, end));
  }

  /**
   * Whether the key is {@code Serial Number}, two words: openssl prints a certificate's serial of up to 8
   * bytes in decimal. A card's number is named {@code Number} too, after other words.
   */
  private static boolean serialNumber(CharSequence text, int start, int end) {
    return end - start == 6 && KeyNames.regionEqualsIgnoreCase(text, start, "number") && start >= 7
        && text.charAt(start - 1) == ' ' && KeyNames.regionEqualsIgnoreCase(text, start - 7, "serial");
  }

  /**
   * Whether the key ends with {@code id} glued to a lower-case head in one word: {@code simid} (Bing's image
   * ids), {@code userid}, {@code orderid}; not {@code paid}, {@code valid} or {@code void}, which name no id.
   */
  private static boolean gluedIdEnd(CharSequence text, int start, int end) {
    if (end - start < 4 || (text.charAt(end - 2) | 0x20) != 'i' || (text.charAt(end - 1) | 0x20) != 'd') {
      return false;
    }
    char head = (char) (text.charAt(end - 3) | 0x20);
    return head >= 'a' && head <= 'z' && head != 'a' && head != 'l' && head != 'o';
  }

  private static int countDigits(CharSequence text, int s, int e) {
    int d = 0;
    for (int j = s; j < e; j++) {
      if (KeyNames.isDigit(text.charAt(j))) {
        d++;
      }
    }
    return d;
  }

  /** Issuer identification by the first six digits and the length. */
  static boolean brand(int iin, int length) {
    int p1 = iin / 100000;
    int p2 = iin / 10000;
    int p3 = iin / 1000;
    int p4 = iin / 100;
    if (p1 == 4) {
      return length == 13 || length == 16 || length == 19; // Visa
    }
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) {
      return length == 16; // Mastercard
    }
    if (p2 == 34 || p2 == 37) {
      return length == 15; // American Express
    }
    if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649) || (iin >= 622126 && iin <= 622925)) {
      return length >= 16 && length <= 19; // Discover
    }
    if (p4 >= 3528 && p4 <= 3589) {
      return length >= 16 && length <= 19; // JCB
    }
    if (p2 == 36 || p2 == 38 || p2 == 39 || (p3 >= 300 && p3 <= 305)) {
      return length >= 14 && length <= 19; // Diners Club
    }
    if (p2 == 62) {
      return length >= 16 && length <= 19; // UnionPay
    }
    if (p2 == 50 || (p2 >= 56 && p2 <= 58) || p2 == 63 || p2 == 67 || p2 == 60) {
      return length >= 13 && length <= 19; // Maestro
    }
    return false;
  }

  @Override
  public boolean findsEveryOccurrence() {
    return true;
  }

  @Override
  public int window() {
    return MAX_LENGTH + 3;
  }
}
