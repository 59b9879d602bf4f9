package dev.redact4j.cli;

import dev.redact4j.Finding;
import dev.redact4j.Redactor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Scans each line (and each PEM block as one text) and reports findings with their position. An
 * unterminated private key block is reported as {@link #UNTERMINATED_RULE} at its BEGIN line, on top
 * of whatever the engine finds in it, so that a scan fails closed as {@code redact} does.
 *
 * <p>Not thread-safe; one per input.
 */
final class ScanningLineHandler implements LineHandler {
  /** Rule id reported for a private key block without an END line. */
  static final String UNTERMINATED_RULE = "unterminated-private-key";
  private static final Comparator<LocatedFinding> IN_TEXT_ORDER =
      Comparator.comparingLong(LocatedFinding::line).thenComparingInt(LocatedFinding::column);

  private final Redactor redactor;
  private final KeyedFingerprinter fingerprinter;
  private final String path;
  private final Consumer<LocatedFinding> sink;
  /** The secret columns of the input when it is a CSV export, else null. */
  private @Nullable CsvColumns csv;

  ScanningLineHandler(Redactor redactor, KeyedFingerprinter fingerprinter, String path,
      Consumer<LocatedFinding> sink) {
    this.redactor = redactor;
    this.fingerprinter = fingerprinter;
    this.path = path;
    this.sink = sink;
  }

  @Override
  public void line(Line line) {
    // Written for a terminal: the engine reads the text without escape sequences (see AnsiEscapes),
    // and findings are placed back in the line as written.
    AnsiEscapes.Stripped plain = line.text.indexOf(AnsiEscapes.ESC_TEXT) < 0 ? null
        : AnsiEscapes.strip(line.text);
    List<Finding> findings = redactor.scan(plain == null ? line.text : plain.text());
    CsvColumns columns = csv;
    csv = CsvColumns.next(columns, redactor, line);
    List<CsvColumns.SecretCell> cells = columns != null && plain == null && CsvColumns.isRow(line)
        ? columns.secretCells(redactor, line.text.toString()) : List.of();
    List<LocatedFinding> found = new ArrayList<>();
    for (Finding f : findings) {
      int start = plain == null ? f.start() : plain.at()[f.start()];
      int end = plain == null ? f.end() : plain.endAt(f.end());
      if (cells.stream().noneMatch(c -> start < c.end() && c.start() < end)) { // a secret cell is reported whole
        found.add(new LocatedFinding(path, line.number, line.column + start + 1, line.number,
            line.column + end + 1, f.ruleId(), f.fingerprint()));
      }
    }
    for (CsvColumns.SecretCell c : cells) {
      found.add(new LocatedFinding(path, line.number, line.column + c.start() + 1, line.number,
          line.column + c.end() + 1, c.ruleId(), c.fingerprint()));
    }
    List<EncodedSecret> hex = plain == null ? EncodedSecret.in(redactor, line.text.toString()) : List.of();
    for (EncodedSecret h : hex) {
      if (plain == null && findings.stream().anyMatch(f -> f.start() < h.end() && h.start() < f.end())) {
        continue; // password: <base64>: the value is a finding as it is
      }
      found.add(new LocatedFinding(path, line.number, line.column + h.start() + 1, line.number,
          line.column + h.end() + 1, h.ruleId(), h.fingerprint()));
    }
    if (!cells.isEmpty() || !hex.isEmpty()) {
      found.sort(IN_TEXT_ORDER);
    }
    found.forEach(sink);
  }

  /** Related lines are scanned as a block when the engine finds a secret in them together, else line by line. */
  @Override
  public void related(List<Line> lines) throws IOException {
    if (redactor.containsSecret(new JoinedBlock(lines).text)) {
      block(lines, true);
      return;
    }
    for (Line line : lines) {
      line(line);
    }
  }

  @Override
  public void block(List<Line> lines, boolean terminated) throws IOException {
    csv = lines.get(0).number == 1 ? null : csv; // an input that starts with a block is no CSV export
    JoinedBlock block = new JoinedBlock(lines);
    if (!terminated) {
      Line first = lines.get(0);
      int begin = first.text.indexOf("-----BEGIN ");
      Line last = lines.get(lines.size() - 1);
      sink.accept(new LocatedFinding(path, first.number, first.column + Math.max(begin, 0) + 1, last.number,
          last.column + last.text.length() + 1, UNTERMINATED_RULE, fingerprinter.of(block.text)));
    }
    List<LocatedFinding> found = new ArrayList<>();
    for (Line line : lines) {
      if (line.lead > 0) { // left out of the joined text: scanned on its own
        for (Finding f : redactor.scan(line.text.substring(0, line.lead))) {
          found.add(new LocatedFinding(path, line.number, line.column + f.start() + 1, line.number,
              line.column + f.end() + 1, f.ruleId(), f.fingerprint()));
        }
      }
      if (line.tail > 0) { // the rest of its record, likewise
        int from = line.text.length() - line.tail;
        for (Finding f : redactor.scan(line.text.substring(from))) {
          found.add(new LocatedFinding(path, line.number, line.column + from + f.start() + 1, line.number,
              line.column + from + f.end() + 1, f.ruleId(), f.fingerprint()));
        }
      }
    }
    for (Finding f : redactor.scan(block.text)) {
      Line start = lines.get(block.lineIndexOf(f.start()));
      int startIndex = block.lineIndexOf(f.start());
      int endIndex = block.lineIndexOf(Math.max(f.start(), f.end() - 1));
      Line end = lines.get(endIndex);
      found.add(new LocatedFinding(path, start.number, start.column + start.lead + f.start() - block.starts[startIndex]
          + 1, end.number, end.column + end.lead + f.end() - block.starts[endIndex] + 1, f.ruleId(), f.fingerprint()));
    }
    found.sort(IN_TEXT_ORDER);
    found.forEach(sink);
  }
}
