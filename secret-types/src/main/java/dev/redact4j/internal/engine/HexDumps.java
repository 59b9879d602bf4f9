package dev.redact4j.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads Netty's hex dumps ({@code LoggingHandler}, Reactor Netty's {@code wiretap}, so Spring's
 * {@code WebClient}), in which a secret is cut into rows of 16 bytes, each spelled in hex and shown in
 * an ASCII column:
 *
 * <pre>
 * |00000040| 65 61 72 65 72 20 65 79 4a 68 62 47 63 69 4f 69 |earer eyJhbGciOi|
 * </pre>
 *
 * <p>A dump is a run of lines, the first starting {@code |00000000|}, each starting {@code |}, eight hex
 * digits and {@code |}. Its bytes are decoded from the hex cells (exact, where the ASCII column shows
 * CR, LF and every other byte outside 0x20–0x7E as {@code .}), one char per byte (ISO-8859-1), and the
 * decoded text is checked by the same engine. Each byte of a span found there is hidden in its cells:
 * its two hex digits become {@code **} and its ASCII cell {@code *}, row by row, so the table keeps its
 * shape. A row that is not exactly as Netty writes it (a hex cell cut short, the ASCII column not at
 * its place or not 16 wide) is hidden whole after its offset when a span holds or touches its bytes:
 * a broken table never shows more than a whole one would.
 *
 * <p>Linear: each character of a dump is read a bounded number of times, and at most
 * {@value #MAX_BYTES} bytes of one dump are decoded; a longer dump fails the text closed (it is
 * hidden whole), rather than be read without bound or shown in part. Only texts in which
 * the engine's automaton saw {@link #MARKER} get here (an anchor no rule reads).
 */
final class HexDumps {
  static final int MAX_BYTES = 64 * 1024;
  static final String MARKER = "|00000000|";
  /** Where the ASCII column starts in a row as Netty writes it: offset cell, 16 hex cells, blank, bar. */
  private static final int ASCII_AT = 10 + 16 * 3 + 2;

  private HexDumps() {}

  /**
   * {@code found} with the spans of every dump in {@code text} added (a new buffer when it was null),
   * or null when nothing was found in or out of them; a failed buffer when a dump is too long or
   * its decoded text could not be checked.
   */
  static @Nullable SpanBuffer read(Engine engine, CharSequence text, @Nullable SpanBuffer found) {
    try {
      Dump dump = null;
      SpanBuffer cells = null;
      int n = text.length();
      int line = 0;
      while (line < n) {
        if (text.charAt(line) == '|' && startsWith(text, line, MARKER)) {
          if (dump == null) {
            dump = new Dump();
          }
          line = dump.parse(text, line);
          if (dump.tooLong) {
            return failed();
          }
          cells = dump.hide(engine, cells);
          if (cells != null && cells.failed()) {
            return cells;
          }
          continue; // parse stopped at the start of the line after the dump
        }
        line = nextLine(text, line);
      }
      return cells == null ? found : merged(engine, found, cells, dump);
    } catch (RuntimeException | StackOverflowError e) {
      return failed(); // fail closed, as Engine.find does
    }
  }

  /**
   * {@code found} and the dumps' {@code cells} in one buffer. A span of {@code found} inside one row of a
   * dump (a value the scan saw in the ASCII column, {@code |","password":"7B|}) is hidden by stars too,
   * so the row keeps its width; merged with a cell span of another kind, it would be masked typed.
   */
  private static SpanBuffer merged(Engine engine, @Nullable SpanBuffer found, SpanBuffer cells, Dump dump) {
    if (found == null) {
      return cells;
    }
    SpanBuffer out = engine.newSpans();
    int row = 0;
    for (int i = 0; i < found.size(); i++) {
      int start = found.start(i);
      int end = found.end(i);
      while (row < dump.allRows && dump.allRowEnd[row] <= start) {
        row++;
      }
      boolean inRow = row < dump.allRows && dump.allRowFrom[row] <= start && end <= dump.allRowEnd[row];
      out.add(start, end, found.rule(i), inRow ? SpanBuffer.STARS : found.kind(i));
    }
    for (int i = 0; i < cells.size(); i++) {
      out.add(cells.start(i), cells.end(i), cells.rule(i), cells.kind(i));
    }
    return out;
  }

  private static SpanBuffer failed() {
    SpanBuffer failed = new SpanBuffer();
    failed.fail();
    return failed;
  }

  private static boolean startsWith(CharSequence text, int at, String prefix) {
    if (at + prefix.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (text.charAt(at + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The start of the line after the one {@code at} is in, or the text's length. */
  private static int nextLine(CharSequence text, int at) {
    int n = text.length();
    while (at < n && text.charAt(at) != '\n') {
      at++;
    }
    return Math.min(n, at + 1);
  }

  /** A line that starts as a dump's row: {@code |}, eight hex digits, {@code |}. */
  private static boolean isRow(CharSequence text, int at) {
    if (at + 10 > text.length() || text.charAt(at) != '|' || text.charAt(at + 9) != '|') {
      return false;
    }
    for (int k = 1; k < 9; k++) {
      if (hexValue(text.charAt(at + k)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int hexValue(char c) {
    return c >= '0' && c <= '9' ? c - '0'
        : c >= 'a' && c <= 'f' ? c - 'a' + 10
        : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }

  /** One dump's decoded bytes and where each is shown; reused for the dumps of one text. */
  private static final class Dump {
    byte[] bytes = new byte[256];
    /** Per byte, where its first hex digit is in the text. */
    int[] hexAt = new int[256];
    int count;
    /** Per row: its first byte, where its cells start (after the offset), its end, its ASCII column or -1. */
    int[] rowFirst = new int[16];
    int[] rowFrom = new int[16];
    int[] rowEnd = new int[16];
    int[] rowAscii = new int[16];
    int rows;
    /** Every row of every dump of the text so far, in text order: where its cells start and end. */
    int[] allRowFrom = new int[16];
    int[] allRowEnd = new int[16];
    int allRows;
    boolean tooLong;

    /** Decodes the rows from {@code line} on; returns where the first line after them starts. */
    int parse(CharSequence text, int line) {
      count = 0;
      rows = 0;
      int n = text.length();
      while (line < n && isRow(text, line)) {
        int next = nextLine(text, line);
        int end = next > line && next <= n && text.charAt(next - 1) == '\n' ? next - 1 : next;
        if (end > line && text.charAt(end - 1) == '\r') {
          end--;
        }
        if (!parseRow(text, line, end)) {
          tooLong = true;
          return n;
        }
        line = next;
      }
      return line;
    }

    private boolean parseRow(CharSequence text, int line, int end) {
      if (rows == rowFirst.length) {
        int grown = rows * 2;
        rowFirst = Arrays.copyOf(rowFirst, grown);
        rowFrom = Arrays.copyOf(rowFrom, grown);
        rowEnd = Arrays.copyOf(rowEnd, grown);
        rowAscii = Arrays.copyOf(rowAscii, grown);
      }
      int first = count;
      int at = line + 10;
      int cells = 0;
      while (cells < 16 && at + 3 <= end && text.charAt(at) == ' ') {
        int high = hexValue(text.charAt(at + 1));
        int low = hexValue(text.charAt(at + 2));
        if (high < 0 || low < 0 || at + 3 < end && text.charAt(at + 3) != ' ') {
          break;
        }
        if (count == MAX_BYTES) {
          return false;
        }
        if (count == bytes.length) {
          bytes = Arrays.copyOf(bytes, count * 2);
          hexAt = Arrays.copyOf(hexAt, count * 2);
        }
        bytes[count] = (byte) (high << 4 | low);
        hexAt[count] = at + 1;
        count++;
        cells++;
        at += 3;
      }
      rowFirst[rows] = first;
      rowFrom[rows] = line + 10;
      rowEnd[rows] = end;
      rowAscii[rows] = wellFormed(text, line, end, at, cells) ? line + ASCII_AT : -1;
      rows++;
      if (allRows == allRowFrom.length) {
        allRowFrom = Arrays.copyOf(allRowFrom, allRows * 2);
        allRowEnd = Arrays.copyOf(allRowEnd, allRows * 2);
      }
      allRowFrom[allRows] = line + 10;
      allRowEnd[allRows] = end;
      allRows++;
      return true;
    }

    /**
     * Whether the row is as Netty writes it: blanks pad the hex column to 16 cells, then {@code " |"},
     * 16 ASCII cells (the last row's padded with blanks) and {@code |} ending the line.
     */
    private static boolean wellFormed(CharSequence text, int line, int end, int afterCells, int cells) {
      if (end != line + ASCII_AT + 17 || cells == 0 || text.charAt(end - 1) != '|'
          || text.charAt(line + ASCII_AT - 1) != '|') {
        return false;
      }
      for (int at = afterCells; at < line + ASCII_AT - 1; at++) {
        if (text.charAt(at) != ' ') {
          return false;
        }
      }
      return true;
    }

    /** Checks the decoded bytes and adds to {@code found} (null: none yet) the cells of each span found in them. */
    @Nullable SpanBuffer hide(Engine engine, @Nullable SpanBuffer found) {
      if (count == 0) {
        return found;
      }
      SpanBuffer inner = engine.find(new String(bytes, 0, count, StandardCharsets.ISO_8859_1), false);
      if (inner == null) {
        return found;
      }
      if (inner.failed()) {
        return inner;
      }
      SpanBuffer out = found != null ? found : engine.newSpans();
      int r = 0;
      for (int i = 0; i < inner.size(); i++) {
        int start = inner.start(i);
        int end = Math.min(count, inner.end(i));
        int rule = inner.rule(i);
        while (r < rows && rowLast(r) < start) {
          r++; // rows wholly before the span; a broken row that ends where it starts is still looked at
        }
        for (int k = r; k < rows && rowFirst[k] <= end; k++) {
          int from = Math.max(start, rowFirst[k]);
          int to = Math.min(end, rowLast(k));
          if (rowAscii[k] < 0) {
            out.add(rowFrom[k], rowEnd[k], rule, SpanBuffer.STARS); // broken: hide all of it that it touches
          } else if (from < to) {
            out.add(hexAt[from], hexAt[to - 1] + 2, rule, SpanBuffer.STARS_KEEP_BLANKS);
            int ascii = rowAscii[k] - rowFirst[k];
            out.add(ascii + from, ascii + to, rule, SpanBuffer.STARS);
          }
        }
      }
      return out;
    }

    /** The end (exclusive) of row {@code k}'s bytes. */
    private int rowLast(int k) {
      return k + 1 < rows ? rowFirst[k + 1] : count;
    }
  }
}
