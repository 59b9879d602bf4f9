package dev.redact4j.cli;

import java.util.List;

/**
 * The lines of a block joined into one text with {@code '\n'} between physical lines (segments of
 * one physical line, and a container log record with the record it goes on in, {@link Line#joinsNext}, are
 * joined with nothing), plus where each line starts, to map engine offsets back to lines and columns. A line's
 * {@link Line#lead} and {@link Line#tail} are left out: the joined text holds what is between them.
 */
final class JoinedBlock {
  final List<Line> lines;
  final StringBuilder text = new StringBuilder();
  /** Offset in {@link #text} where each of {@link #lines} starts (after its {@link Line#lead}). */
  final int[] starts;
  /** Number of {@code '\n'} joints in {@link #text}. */
  final int breaks;

  JoinedBlock(List<Line> lines) {
    this.lines = lines;
    this.starts = new int[lines.size()];
    int n = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      starts[i] = text.length();
      text.append(line.text, line.lead, line.text.length() - line.tail);
      if (i < lines.size() - 1 && !line.terminator.isEmpty() && !line.joinsNext) {
        text.append('\n');
        n++;
      }
    }
    this.breaks = n;
  }

  /** Index in {@link #lines} of the line holding offset {@code offset} of {@link #text}. */
  int lineIndexOf(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
