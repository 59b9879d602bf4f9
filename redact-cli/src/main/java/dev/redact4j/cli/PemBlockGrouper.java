package dev.redact4j.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds lines to a {@link LineHandler}, grouping the lines of a PEM private key block so that the
 * engine sees the key whole. This is framing, not detection: the engine still decides what is a
 * secret. Only the fail-closed case is decided here: a block with no END line within
 * {@link #MAX_BLOCK_LINES} lines (or {@link #MAX_BLOCK_CHARS} characters), or before the input ends,
 * is handed over as unterminated so the handler hides it, and grouping starts afresh after it.
 * Memory stays bounded by those two limits.
 */
final class PemBlockGrouper {
  /** A 16384-bit RSA key in PEM is about 200 lines of 64 characters; keys are far shorter. */
  static final int MAX_BLOCK_LINES = 256;
  static final int MAX_BLOCK_CHARS = 64 * 1024;

  private PemBlockGrouper() {}

  static void run(SegmentingLineReader reader, LineHandler handler) throws IOException {
    List<Line> block = new ArrayList<>();
    int blockChars = 0;
    for (Line line = reader.next(); line != null; line = reader.next()) {
      if (block.isEmpty()) {
        if (opensBlock(line.text)) {
          block.add(line.copy());
          blockChars = line.text.length();
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
    if (!block.isEmpty()) {
      handler.block(block, false);
    }
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
