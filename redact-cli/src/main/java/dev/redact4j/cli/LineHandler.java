package dev.redact4j.cli;

import java.io.IOException;
import java.util.List;

/** Receives the text of one input from {@link LineGrouper}, in order. */
interface LineHandler {
  /** An ordinary line or segment; reused by the reader after this returns. */
  void line(Line line) throws IOException;

  /**
   * Lines to be looked at as one text because a secret spans them or is named on an earlier one:
   * from the BEGIN line of a PEM private key to its END line, a YAML name line and its value line, a
   * line announcing a password and the line holding it.
   *
   * @param terminated false when no END line came within the bound or before the end of input: the
   *     handler must then hide the lines whatever the engine finds (fail closed)
   */
  void block(List<Line> lines, boolean terminated) throws IOException;

  /**
   * Lines that may name a secret on one and hold it on a later one, with nothing else telling so: a small
   * pretty-printed JSON object or list ({@code "Cookie": [} then the cookie), a shell command continued
   * with {@code \} at its lines' ends. The handler looks at them together, but what each line shows on its
   * own must still be found as on an ordinary line. By default they are one block.
   */
  default void related(List<Line> lines) throws IOException {
    block(lines, true);
  }

  /**
   * Container log records of one stream that make one line ({@link PartialRecords}): each but the last
   * {@link Line#joinsNext}; each has its prefix as {@link Line#lead} (and a json-file record's rest as
   * {@link Line#tail}). Their messages are looked at as one text, and each record is written back as a record
   * of its own. By default they are one block.
   */
  default void partials(List<Line> records) throws IOException {
    block(records, true);
  }

  /**
   * The {@code data:} or {@code stringData:} line of a Kubernetes Secret and the lines of its block,
   * each value of which is a secret whatever the engine finds ({@link SecretManifests}). By default
   * they are looked at as ordinary lines.
   */
  default void secretEntries(List<Line> lines) throws IOException {
    for (Line line : lines) {
      line(line);
    }
  }
}
