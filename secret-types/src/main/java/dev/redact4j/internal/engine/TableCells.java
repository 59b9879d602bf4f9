package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.KeyValueDetector.MAX_GAP;
import static dev.redact4j.internal.engine.KeyValueDetector.MAX_VALUE;
import static dev.redact4j.internal.engine.KeyValueDetector.atLineStart;
import static dev.redact4j.internal.engine.KeyValueDetector.isQuote;
import static dev.redact4j.internal.engine.KeyValueDetector.skipBlanks;
import static dev.redact4j.internal.engine.ValueShapes.looksSecret;

/**
 * Table rows and cells around a key: whether the key is the first word of a padded CLI table row,
 * fills a cell after a column bar ({@code |} or the box-drawing bar), heads a TSV row whose next cell
 * holds a secret's make-up, or is a CEF header's field name rather than a key; and where a cell's word
 * ends. Static and allocation-free; each reads at most {@link KeyValueDetector#MAX_GAP} blanks or
 * 40 characters back (256 for a CEF header), and at most {@link KeyValueDetector#MAX_VALUE}
 * characters of a cell forward.
 */
final class TableCells {
  private TableCells() {}

  /** The type column of {@code aws ssm get-parameters --output text}, between a parameter's name and value. */
  private static final String SECURE_STRING = "SecureString\t";

  /**
   * Whether the key is the first word of its line and its value stands two or more blanks after it, as in
   * a CLI's padded {@code Name    Value} table ({@code scw iam api-key create}, {@code vault token lookup}):
   * a row, not a sentence. Reads the blanks before the key, at most {@link KeyValueDetector#MAX_GAP}.
   */
  static boolean tableRow(CharSequence text, int keyStart, int afterKey, int valueAt) {
    if (valueAt - afterKey < 2) {
      return false;
    }
    int j = keyStart;
    int limit = Math.max(0, keyStart - MAX_GAP);
    while (j > limit && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\t')) {
      j--;
    }
    return j == 0 || text.charAt(j - 1) == '\n' || text.charAt(j - 1) == '\r';
  }

  /**
   * Where a table cell's word that goes on at {@code i} ends: at a blank or a column bar, so that a generated
   * password's {@code &} or {@code =} (which elsewhere start a query string's next pair) stays in it. Reads at
   * most {@link KeyValueDetector#MAX_VALUE} characters.
   */
  static int cellWordEnd(CharSequence text, int i) {
    int limit = Math.min(text.length(), i + MAX_VALUE);
    while (i < limit && text.charAt(i) > ' ' && !isCellBar(text.charAt(i)) && !isQuote(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A table's column bar: ASCII {@code |} or the box-drawing {@code \u2502} CLIs draw tables with. */
  static boolean isCellBar(char c) {
    return c == '|' || c == '\u2502';
  }

  /**
   * Whether the column bar at {@code bar} after a key is a table's: a blank follows it, and the key starts its
   * line (psql's {@code password | v}, a Markdown row without outer bars) or tabs pad the bar on both sides.
   */
  static boolean barAfterRowKey(CharSequence text, int keyStart, int bar) {
    int n = text.length();
    if (bar + 1 >= n || bar == 0 || text.charAt(bar + 1) != ' ' && text.charAt(bar + 1) != '\t') {
      return false;
    }
    char before = text.charAt(bar - 1);
    return before == '\t' && text.charAt(bar + 1) == '\t'
        || (before == ' ' || before == '\t') && atLineStart(text, keyStart);
  }

  /**
   * Whether a short key word (under 4 letters: {@code Pw}, {@code pat}, {@code sig}) is glued inside a key that
   * holds a digit before a letter, as a generated id does: Zeek's connection uid {@code ClAEC04WRqPwVdohR9} in a
   * TSV row, no key. Reads the key once.
   */
  static boolean shortWordInsideId(CharSequence text, int keyStart, int keyEnd, int anchorStart,
      int anchorEnd) {
    if (anchorEnd - anchorStart >= 4 || anchorStart == keyStart || !KeyNames.isAlnum(text.charAt(anchorStart - 1))) {
      return false;
    }
    for (int j = keyStart + 1; j < keyEnd; j++) {
      if (KeyNames.isDigit(text.charAt(j - 1)) && KeyNames.isAlnum(text.charAt(j)) && !KeyNames.isDigit(text.charAt(j))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the tab before a TSV row's value cell is, when a tab and nothing else follows the key and the key starts
   * its line or follows a tab ({@code DB_PASSWORD<TAB>v}); an SSM parameter's type column may stand between. Else -1.
   */
  static int tabCellSeparator(CharSequence text, int keyStart, int keyEnd, int afterKey, int valueAt) {
    int n = text.length();
    if (afterKey != keyEnd || keyEnd >= n || text.charAt(keyEnd) != '\t' || valueAt >= n) {
      return -1;
    }
    int rowStart = labelStart(text, keyStart); // Client Secret<TAB>v: a label of words
    if (!(rowStart > 0 && text.charAt(rowStart - 1) == '\t' || atLineStart(text, rowStart))) {
      return -1;
    }
    for (int j = keyEnd; j < valueAt; j++) {
      if (text.charAt(j) != '\t') {
        return -1; // a blank in between: a padded column or prose, read as before
      }
    }
    int cellAt = KeyNames.regionEquals(text, valueAt, SECURE_STRING) ? valueAt + SECURE_STRING.length() : valueAt;
    // only a cell with a secret's make-up makes the row a table's; else the key is read as before (and a flood of
    // key<TAB>key<TAB> rows stops at each short word)
    return secretCell(text, cellAt, cellWordEnd(text, cellAt)) ? cellAt - 1 : -1;
  }

  /** Whether the word after the column bar at {@code bar} and its padding has a secret's make-up. */
  static boolean secretCellAfter(CharSequence text, int bar) {
    int at = skipBlanks(text, bar + 1);
    return secretCell(text, at, cellWordEnd(text, at));
  }

  /**
   * Where a Title Case label that ends with the key starts ({@code Client Secret}, {@code Password Confirmation}):
   * up to two words of letters and digits before it, each followed by one blank; {@code keyStart} when none.
   * Reads at most 40 characters.
   */
  static int labelStart(CharSequence text, int keyStart) {
    int start = keyStart;
    int limit = Math.max(0, keyStart - 40);
    for (int words = 0; words < 2 && start >= 2 && text.charAt(start - 1) == ' '
        && KeyNames.isUpper(text.charAt(start)) && KeyNames.isAlnum(text.charAt(start - 2)); words++) {
      int j = start - 1;
      while (j > limit && KeyNames.isAlnum(text.charAt(j - 1))) {
        j--;
      }
      if (!KeyNames.isUpper(text.charAt(j))) {
        break; // a word of prose before the key, not a label's capitalised word
      }
      start = j;
    }
    return start;
  }

  /** Whether only blanks stand between a column bar and {@code keyStart}: the key fills a table's cell. */
  static boolean cellBarBefore(CharSequence text, int keyStart) {
    int j = keyStart - 1;
    int limit = Math.max(0, keyStart - MAX_GAP);
    while (j >= limit && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j--; // the blanks that pad the cell
    }
    return j >= limit && isCellBar(text.charAt(j));
  }

  /**
   * Whether a table cell's value has a secret's make-up: 8 or more characters with a digit or a symbol, or
   * both cases; not a documentation table's type ({@code string}, {@code Optional}) or a word.
   */
  static boolean secretCell(CharSequence text, int start, int end) {
    return end - start >= 8 && looksSecret(text, start, end, Integer.MAX_VALUE);
  }

  /**
   * Whether the bar at {@code bar} opens a field of a CEF header, ArcSight's Common Event Format that
   * appliances and SIEMs write ({@code CEF:0|Vendor|Product|Version|Signature ID|Name|Severity|Extension}):
   * one of the first six bars after {@code CEF:} and the version, none escaped ({@code \|}), on one line.
   * Those fields are names (Delinea's {@code |Secret Server|} starts every audit line), not keys; the
   * extension's {@code key=value} pairs come after the seventh bar and are read as usual. Reads at most
   * 256 characters back.
   */
  static boolean cefHeaderField(CharSequence text, int bar) {
    int limit = Math.max(0, bar - 256);
    int bars = 0;
    for (int j = bar; j >= limit; j--) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r') {
        return false;
      }
      if (c == '|' && (j == 0 || text.charAt(j - 1) != '\\')) {
        if (++bars > 6) {
          return false;
        }
        int version = j;
        while (version > limit && KeyNames.isDigit(text.charAt(version - 1))) {
          version--;
        }
        if (version < j && KeyNames.regionEquals(text, version - 4, "CEF:")) {
          return true;
        }
      }
    }
    return false;
  }
}
