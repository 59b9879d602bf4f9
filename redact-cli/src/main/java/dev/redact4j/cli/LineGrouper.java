package dev.redact4j.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds lines to a {@link LineHandler}, grouping the lines that hold one secret between them so that
 * the engine sees them together: the lines of a PEM private key block, and a YAML name/value entry
 * whose name and value fields are on consecutive lines (a Kubernetes environment list:
 * {@code - name: DB_PASSWORD} then {@code   value: ...}). This is framing, not detection: the engine
 * still decides what is a secret. Only the fail-closed case is decided here: a block with no END line
 * within {@link #MAX_BLOCK_LINES} lines (or {@link #MAX_BLOCK_CHARS} characters), or before the input
 * ends, is handed over as unterminated so the handler hides it, and grouping starts afresh after it.
 * Memory stays bounded by those two limits.
 */
final class LineGrouper {
  /** A 16384-bit RSA key in PEM is about 200 lines of 64 characters; keys are far shorter. */
  static final int MAX_BLOCK_LINES = 256;
  static final int MAX_BLOCK_CHARS = 64 * 1024;

  private LineGrouper() {}

  static void run(SegmentingLineReader reader, LineHandler handler) throws IOException {
    List<Line> block = new ArrayList<>();
    int blockChars = 0;
    Line name = null; // a YAML name field's line, held back to see whether its value field follows
    for (Line line = reader.next(); line != null; line = reader.next()) {
      if (block.isEmpty()) {
        if (name != null) {
          Line held = name;
          name = null;
          if (startsField(line.text, VALUE_FIELDS)) {
            handler.block(List.of(held, line.copy()), true);
            continue;
          }
          handler.line(held);
        }
        if (opensBlock(line.text)) {
          block.add(line.copy());
          blockChars = line.text.length();
        } else if (startsField(line.text, NAME_FIELDS)) {
          name = line.copy();
        } else {
          handler.line(line);
        }
        continue;
      }
      block.add(line.copy());
      blockChars += line.text.length();
      if (indexOf(line.text, "-----END ", 0) >= 0) {
        handler.block(block, true);
        block.clear();
      } else if (block.size() >= MAX_BLOCK_LINES || blockChars >= MAX_BLOCK_CHARS) {
        handler.block(block, false);
        block.clear();
      }
    }
    if (name != null) {
      handler.line(name);
    }
    if (!block.isEmpty()) {
      handler.block(block, false);
    }
  }

  /** YAML fields that name an entry, and those that hold its value (as the engine reads them). */
  private static final String[] NAME_FIELDS = {"name:", "Name:", "key:", "Key:", "ParameterKey:"};
  private static final String[] VALUE_FIELDS = {"value:", "Value:", "ParameterValue:"};

  /** Whether the line is blanks, an optional list dash, then one of {@code fields} and a blank. */
  static boolean startsField(CharSequence text, String[] fields) {
    int n = text.length();
    int i = 0;
    while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i + 1 < n && text.charAt(i) == '-' && text.charAt(i + 1) == ' ') {
      i += 2;
    }
    for (String field : fields) {
      int end = i + field.length();
      if (end < n && text.charAt(end) == ' ' && startsWith(text, i, field)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(CharSequence text, int at, String prefix) {
    for (int k = 0; k < prefix.length(); k++) {
      if (text.charAt(at + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** A BEGIN line of a private key (RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP ... BLOCK) with no END after it. */
  static boolean opensBlock(CharSequence text) {
    int begin = indexOf(text, "-----BEGIN ", 0);
    while (begin >= 0) {
      int key = indexOf(text, "PRIVATE KEY", begin + 11);
      if (key < 0) {
        return false;
      }
      if (key - begin <= 40) {
        return indexOf(text, "-----END ", key) < 0;
      }
      begin = indexOf(text, "-----BEGIN ", begin + 11);
    }
    return false;
  }

  static int indexOf(CharSequence text, String needle, int from) {
    if (text instanceof StringBuilder sb) {
      return sb.indexOf(needle, from);
    }
    return text.toString().indexOf(needle, from);
  }
}
