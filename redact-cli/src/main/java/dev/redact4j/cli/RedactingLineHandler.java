package dev.redact4j.cli;

import dev.redact4j.Finding;
import dev.redact4j.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes each line redacted, with its own terminator, so the output has exactly as many lines as the
 * input. A PEM block is redacted as one text and split back into its lines; lines the mask swallowed
 * are written empty. An unterminated block is written as {@link #FAILED} lines (fail closed).
 *
 * <p>Not thread-safe; one per output.
 */
final class RedactingLineHandler implements LineHandler {
  /** What an unterminated private key block's lines become. Same text as the engine's failure mark. */
  static final String FAILED = "[REDACTION FAILED]";
  private static final int FLUSH_AT = 1 << 16;

  private final Redactor redactor;
  private final Writer out;
  private final @Nullable MaskedValues masked;
  private final StringBuilder pending = new StringBuilder(FLUSH_AT + 1024);
  private char[] chars = new char[FLUSH_AT + 1024];
  /** The secret columns of the current input when it is a CSV export, else null. */
  private @Nullable CsvColumns csv;

  RedactingLineHandler(Redactor redactor, Writer out) {
    this(redactor, out, null);
  }

  /** @param masked where values registered with {@code ::add-mask::} are kept for later lines; may be null */
  RedactingLineHandler(Redactor redactor, Writer out, @Nullable MaskedValues masked) {
    this.redactor = redactor;
    this.out = out;
    this.masked = masked;
  }

  @Override
  public void line(Line line) throws IOException {
    // The engine reads a String faster than a StringBuilder (intrinsic indexOf), enough to pay the copy.
    String text = line.text.toString();
    int mark = pending.length();
    if (masked != null) {
      masked.advance(1);
    }
    CsvColumns columns = csv;
    csv = CsvColumns.next(columns, redactor, line);
    String framed = columns != null && CsvColumns.isRow(line) ? maskCells(columns, text) : text;
    List<EncodedSecret> hex = EncodedSecret.in(redactor, framed);
    boolean hidden = redactor.redactTo(hex.isEmpty() ? framed : EncodedSecret.masked(framed, hex), pending);
    if (text.indexOf(AnsiEscapes.ESC) >= 0) {
      hideSecretsSplitByEscapes(text, mark);
    }
    if (masked != null) {
      masked.learn(redactor, text); // after: the command's own line is the rule's to mask
      if (hidden) {
        masked.learnEchoes(redactor, text);
      }
    }
    pending.append(line.terminator);
    if (pending.length() >= FLUSH_AT) {
      flush();
    }
  }

  /** A CSV row with the cells that hold secrets under their column's name masked. */
  private String maskCells(CsvColumns columns, String row) {
    List<CsvColumns.SecretCell> cells = columns.secretCells(redactor, row);
    if (cells.isEmpty()) {
      return row;
    }
    StringBuilder masked = new StringBuilder(row.length());
    int pos = 0;
    for (CsvColumns.SecretCell cell : cells) {
      masked.append(row, pos, cell.start()).append(cell.masked());
      pos = cell.end();
    }
    return masked.append(row, pos, row.length()).toString();
  }

  /**
   * A line written for a terminal, already redacted from {@code mark} on: when its text without
   * escape sequences shows a secret that the line as written hid no trace of (colour codes between a
   * key and its value), that text redacted replaces it. Such a line loses its colour codes; any other
   * keeps them.
   */
  private void hideSecretsSplitByEscapes(String text, int mark) {
    AnsiEscapes.Stripped plain = AnsiEscapes.strip(text);
    if (plain == null || !redactor.containsSecret(plain.text())) {
      return;
    }
    String redacted = redactor.redact(plain.text());
    AnsiEscapes.Stripped written = AnsiEscapes.strip(pending.substring(mark));
    if (written == null || !written.text().equals(redacted)) {
      pending.setLength(mark);
      pending.append(redacted);
    }
  }

  /**
   * Each value of a Kubernetes Secret's block is registered as a known secret, so that the engine hides
   * it here and wherever it appears again; a value that cannot be registered (too short, too many)
   * hides its whole line. The lines of a block scalar ({@code key: |}) are values too.
   */
  @Override
  public void secretEntries(List<Line> lines) throws IOException {
    int entryColumn = -1;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      int indent = SecretManifests.indent(line.text);
      if (i > 0 && entryColumn < 0) {
        entryColumn = indent;
      }
      String value = i == 0 ? null
          : indent > entryColumn ? line.text.toString().strip() : SecretManifests.entryValue(line.text);
      if (value != null && (masked == null || !masked.add(value))) {
        pending.append(FAILED).append(line.terminator);
        continue;
      }
      line(line);
    }
  }

  @Override
  public void block(List<Line> lines, boolean terminated) throws IOException {
    csv = lines.get(0).number == 1 ? null : csv; // a new input that starts with a block is no CSV export
    JoinedBlock block = new JoinedBlock(lines);
    if (masked != null) {
      masked.advance(lines.size());
    }
    String redacted = terminated ? redactor.redact(block.text) : "";
    String[] parts = terminated ? redacted.split("\n", -1) : new String[0];
    if (masked != null && terminated) {
      masked.learn(redactor, block.text);
      if (!redacted.contentEquals(block.text)) {
        masked.learnEchoes(redactor, block.text.toString());
      }
    }
    // Masks hold no line break, so there can be no more parts than physical lines; if there were,
    // the lines could not be told apart: hide them all.
    boolean hide = !terminated || parts.length > block.breaks + 1;
    // A mask that swallowed line breaks inside the block (not only at its end) leaves fewer parts than
    // lines: the breaks the engine's spans cover tell which lines they were, so the others keep their place.
    boolean[] swallowed = hide || parts.length == block.breaks + 1 ? null : swallowedBreaks(block);
    hide |= swallowed != null && survivors(swallowed) + 1 != parts.length; // the spans disagree: fail closed
    int physical = 0;
    int part = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (hide) {
        pending.append(FAILED).append(line.terminator);
        continue;
      }
      if (i < lines.size() - 1 && line.terminator.isEmpty()) {
        continue; // a segment: its physical line is written whole at its last segment
      }
      // a line the mask swallowed is empty, but for its prefix and record, which the engine did not see:
      // they are put back, redacted on their own
      if (line.lead > 0) {
        redactor.redactTo(line.text.substring(0, line.lead), pending);
      }
      if (swallowed == null || physical == 0 || !swallowed[physical - 1]) {
        pending.append(parts[part++]);
      }
      if (line.tail > 0) {
        redactor.redactTo(line.text.substring(line.text.length() - line.tail), pending);
      }
      pending.append(line.terminator);
      physical++;
    }
    flush();
  }

  /**
   * Related lines are redacted together, and each line the joined text leaves as it is goes through
   * {@link #line} as any other (its escapes, encoded secrets, CSV cells). When the engine hides nothing in
   * the joined text, that is every line, and the output is what line by line gives.
   */
  @Override
  public void related(List<Line> lines) throws IOException {
    JoinedBlock joined = new JoinedBlock(lines);
    String text = joined.text.toString();
    String redacted = redactor.redact(text);
    String[] parts = redacted == text ? null : redacted.split("\n", -1);
    if (parts != null && (parts.length != lines.size() || joined.breaks != lines.size() - 1)) {
      block(lines, true); // a mask swallowed a line break (or a segment is in it): placed as a block's are
      return;
    }
    if (masked != null && parts != null) {
      masked.learnEchoes(redactor, text);
    }
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (parts == null || parts[i].contentEquals(line.text)) {
        line(line);
        continue;
      }
      if (masked != null) {
        masked.advance(1);
      }
      pending.append(parts[i]).append(line.terminator);
    }
    if (pending.length() >= FLUSH_AT) {
      flush();
    }
  }

  /**
   * Container log records are redacted as one text, their messages joined, and each record is written back with
   * its own prefix, rest of record and terminator. A mask goes to the record where its secret starts; the rest of
   * the secret is left out of the records after it, which keep what follows the secret. Clean records are written
   * as any line.
   */
  @Override
  public void partials(List<Line> records) throws IOException {
    JoinedBlock joined = new JoinedBlock(records);
    String text = joined.text.toString();
    List<Finding> found = redactor.scan(text);
    if (found.isEmpty()) {
      for (Line record : records) {
        line(record);
      }
      return;
    }
    String redacted = redactor.redact(text);
    int[] at = placeInRedacted(joined, found, redacted);
    if (masked != null) {
      masked.advance(records.size());
      masked.learn(redactor, text);
      masked.learnEchoes(redactor, text);
    }
    for (int i = 0; i < records.size(); i++) {
      Line record = records.get(i);
      redactor.redactTo(record.text.substring(0, record.lead), pending);
      if (at == null) {
        pending.append(FAILED);
      } else {
        pending.append(redacted, at[i], at[i + 1]);
      }
      if (record.tail > 0) {
        redactor.redactTo(record.text.substring(record.text.length() - record.tail), pending);
      }
      pending.append(record.terminator);
    }
    flush();
  }

  /**
   * Where each of {@code joined}'s lines starts in {@code redacted}, the text with each of {@code found} replaced
   * by its mask, plus its end: a line starting inside a secret starts after its mask. A mask's end is told by
   * the text after the secret, which follows it; text after a secret that also ends its mask would move
   * characters of the mask or of that text to the next line, never a secret's.
   *
   * @return null when the findings do not fit the redacted text (the records are then hidden: fail closed)
   */
  private static int @Nullable [] placeInRedacted(JoinedBlock joined, List<Finding> found, String redacted) {
    String text = joined.text.toString();
    int n = joined.lines.size();
    int[] at = new int[n + 1];
    at[n] = redacted.length();
    int line = 1;
    int shift = 0; // redacted offset minus text offset, before the current finding
    for (int k = 0; k < found.size(); k++) {
      Finding f = found.get(k);
      int maskStart = f.start() + shift;
      int maskEnd;
      if (k == found.size() - 1) {
        maskEnd = redacted.length() - (text.length() - f.end());
      } else {
        String gap = text.substring(f.end(), found.get(k + 1).start());
        int next = gap.isEmpty() ? -1 : redacted.indexOf(gap, maskStart + 1);
        maskEnd = next < 0 ? maskStart : next; // adjacent secrets: the next mask follows this one's start
      }
      for (; line < n && joined.starts[line] < f.end(); line++) {
        at[line] = joined.starts[line] <= f.start() ? joined.starts[line] + shift : maskEnd;
      }
      shift = maskEnd - f.end();
    }
    for (; line < n; line++) {
      at[line] = joined.starts[line] + shift;
    }
    for (int i = 0; i < n; i++) {
      if (at[i] < 0 || at[i] > at[i + 1]) {
        return null;
      }
    }
    return at;
  }

  /** For each line break of {@code block}'s text, whether a span the engine finds covers it. */
  private boolean[] swallowedBreaks(JoinedBlock block) {
    boolean[] swallowed = new boolean[block.breaks];
    List<Finding> found = redactor.scan(block.text);
    int k = 0;
    for (int at = 0; at < block.text.length(); at++) {
      if (block.text.charAt(at) == '\n') {
        for (Finding f : found) {
          swallowed[k] |= f.start() <= at && at < f.end();
        }
        k++;
      }
    }
    return swallowed;
  }

  private static int survivors(boolean[] swallowed) {
    int n = 0;
    for (boolean s : swallowed) {
      n += s ? 0 : 1;
    }
    return n;
  }

  /**
   * Writes what is pending and flushes the output through to its destination: before waiting for
   * more input, so that {@code tail -f app.log | redact} shows each line as it comes.
   *
   * @throws UncheckedIOException if the output cannot be written
   */
  void flushThrough() {
    flush();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes what is pending; call at the end of each input.
   *
   * @throws UncheckedIOException if the output cannot be written (told apart from input errors)
   */
  void flush() {
    int n = pending.length();
    if (n == 0) {
      return;
    }
    if (chars.length < n) {
      chars = new char[n];
    }
    pending.getChars(0, n, chars, 0);
    try {
      out.write(chars, 0, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pending.setLength(0);
  }
}
