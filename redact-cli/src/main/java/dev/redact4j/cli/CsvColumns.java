package dev.redact4j.cli;

import dev.redact4j.Finding;
import dev.redact4j.Redactor;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a CSV or TSV export whose header names a secret ({@code password}, {@code api_key},
 * a password manager's {@code login_password}): a row alone does not say what its cells are, so each
 * such cell is handed to the engine with its column's name, as a key with its value
 * ({@code password="<cell>"}). Framing only: the engine decides which names are secret keys (a probe
 * value under each name, once, from the header) and which cells hold secrets.
 *
 * <p>The header is the first line of an input (after a byte order mark): two or more names (letters, digits, blanks,
 * {@code _ - .}, each optionally quoted) split by commas, semicolons or tabs. A row is a later whole
 * line with as many cells as the header (quotes respected); any other line is read as usual.
 * Immutable.
 */
final class CsvColumns {
  /** Longer lines are data, not a header. */
  private static final int MAX_HEADER = 4096;
  private static final int MAX_NAME = 64;
  /** A value the engine hides under any secret key, so that the header's secret names can be told. */
  private static final String PROBE = "Pr0be" + "#Val-" + "u3x9Q";

  private final char delimiter;
  /** The name of each column that names a secret, null for the others. */
  private final @Nullable String[] secretNames;

  private CsvColumns(char delimiter, @Nullable String[] secretNames) {
    this.delimiter = delimiter;
    this.secretNames = secretNames;
  }

  /**
   * The columns for the lines after {@code line}: read from it when it is the first line of an input,
   * else {@code current}.
   */
  static @Nullable CsvColumns next(@Nullable CsvColumns current, Redactor redactor, Line line) {
    if (line.number != 1 || line.column != 0) {
      return current;
    }
    return line.terminator.isEmpty() || line.text.length() > MAX_HEADER ? null : header(redactor, line.text);
  }

  /** Whether {@code line} can be a row: a whole line after the header. */
  static boolean isRow(Line line) {
    return line.number > 1 && line.column == 0 && (!line.terminator.isEmpty() || line.lastOfInput);
  }

  private static @Nullable CsvColumns header(Redactor redactor, CharSequence line) {
    // Excel's "CSV UTF-8" starts with a byte order mark, which UTF-8 decoding keeps as U+FEFF
    CharSequence text = line.length() > 0 && line.charAt(0) == '\uFEFF' ? line.subSequence(1, line.length()) : line;
    char delimiter = delimiterOf(text);
    if (delimiter == 0) {
      return null;
    }
    List<int[]> cells = split(text, delimiter, 2);
    if (cells == null) {
      return null;
    }
    @Nullable String[] names = new String[cells.size()];
    boolean any = false;
    for (int i = 0; i < names.length; i++) {
      int[] cell = cells.get(i);
      String name = text.subSequence(cell[0], cell[1]).toString().strip();
      if (!isName(name)) {
        return null;
      }
      if (redactor.containsSecret(name + "=" + PROBE)) {
        names[i] = name;
        any = true;
      }
    }
    return any ? new CsvColumns(delimiter, names) : null;
  }

  /** The most frequent of comma, semicolon and tab outside quotes, or 0 when there is none. */
  private static char delimiterOf(CharSequence text) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case ',' -> commas++;
        case ';' -> semicolons++;
        case '\t' -> tabs++;
        default -> { }
      }
    }
    if (commas == 0 && semicolons == 0 && tabs == 0) {
      return 0;
    }
    return tabs >= commas && tabs >= semicolons ? '\t' : commas >= semicolons ? ',' : ';';
  }

  private static boolean isName(String name) {
    if (name.isEmpty() || name.length() > MAX_NAME) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != ' ' && c != '_' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * The cells of {@code text} split at {@code delimiter} outside double quotes, each as the
   * {@code [start, end)} of its content (without its quotes); null when there are fewer than
   * {@code min} or a quote does not close.
   */
  private static @Nullable List<int[]> split(CharSequence text, char delimiter, int min) {
    List<int[]> cells = new ArrayList<>();
    int n = text.length();
    int start = 0;
    while (true) {
      int end = start;
      int contentStart = start;
      int contentEnd;
      if (start < n && text.charAt(start) == '"') {
        end = start + 1;
        while (true) {
          if (end >= n) {
            return null;
          }
          if (text.charAt(end) == '"') {
            if (end + 1 < n && text.charAt(end + 1) == '"') {
              end += 2; // "" is a quote inside a quoted cell
              continue;
            }
            break;
          }
          end++;
        }
        contentStart = start + 1;
        contentEnd = end;
        end++;
        if (end < n && text.charAt(end) != delimiter) {
          return null; // text after the closing quote: not CSV
        }
      } else {
        while (end < n && text.charAt(end) != delimiter) {
          end++;
        }
        contentEnd = end;
      }
      cells.add(new int[] {contentStart, contentEnd});
      if (end >= n) {
        break;
      }
      start = end + 1;
    }
    return cells.size() >= min ? cells : null;
  }

  /** A cell of a row that holds a secret under its column's name. */
  record SecretCell(int start, int end, String masked, String ruleId, String fingerprint) {}

  /**
   * The cells of a row (a line for which {@link #isRow} holds) that the engine judges secrets under
   * their column's name, in order; empty when the row has not as many cells as the header.
   */
  List<SecretCell> secretCells(Redactor redactor, String row) {
    List<int[]> cells = split(row, delimiter, secretNames.length);
    if (cells == null || cells.size() != secretNames.length) {
      return List.of();
    }
    List<SecretCell> found = new ArrayList<>();
    for (int i = 0; i < secretNames.length; i++) {
      String name = secretNames[i];
      int[] cell = cells.get(i);
      if (name == null || cell[0] == cell[1]) {
        continue;
      }
      String value = row.substring(cell[0], cell[1]);
      String context = name + "=\"" + value + "\"";
      int at = name.length() + 2;
      List<Finding> findings = redactor.scan(context);
      for (Finding f : findings) {
        if (f.start() < at + value.length() && f.end() > at) {
          String masked = redactor.redactInContext(value, context, findings);
          if (!masked.equals(value)) {
            found.add(new SecretCell(cell[0], cell[1], masked, f.ruleId(), f.fingerprint()));
          }
          break;
        }
      }
    }
    return found;
  }
}
