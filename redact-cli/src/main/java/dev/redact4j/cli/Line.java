package dev.redact4j.cli;

/**
 * One line (or one segment of an over-long line) read by {@link SegmentingLineReader}. Mutable and
 * reused by the reader; {@link #copy()} before keeping one.
 */
final class Line {
  /** The text without its terminator. */
  final StringBuilder text;
  /** {@code "\n"}, {@code "\r\n"}, or empty for the last line of a file without one or a segment. */
  String terminator = "";
  /** 1-based number of the physical line this text belongs to. */
  long number;
  /** 0-based column (UTF-16 units) of {@link #text}'s first character in its physical line. */
  int column;

  Line(int capacity) {
    this.text = new StringBuilder(capacity);
  }

  /** Set on the last text of the input, which may lack a terminator. */
  boolean lastOfInput;

  /**
   * In a block, how many leading characters of {@link #text} are a line prefix (the timestamp a log
   * collector or CI runner writes before every line) that the engine does not see in the joined text,
   * so that it reads a YAML value field as the line after its name field, aligned; 0 otherwise. Handlers
   * redact or scan the prefix on its own.
   */
  int lead;

  /**
   * In a block, how many trailing characters of {@link #text} are the rest of a record the line is
   * wrapped in (Docker's json-file driver: {@code \n","stream":"stdout","time":"..."}}), which the
   * engine does not see either; handlers redact or scan it on its own. 0 otherwise.
   */
  int tail;

  /**
   * In a block, whether {@link #text} goes on in the next line's without a break: a container log record
   * that holds part of a line ({@link PartialRecords}), joined to the record after it with nothing between.
   */
  boolean joinsNext;

  Line copy() {
    Line c = new Line(text.length());
    c.text.append(text);
    c.terminator = terminator;
    c.number = number;
    c.column = column;
    c.lastOfInput = lastOfInput;
    c.lead = lead;
    c.tail = tail;
    c.joinsNext = joinsNext;
    return c;
  }
}
