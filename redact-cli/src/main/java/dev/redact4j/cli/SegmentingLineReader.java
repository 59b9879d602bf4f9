package dev.redact4j.cli;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Splits text into lines, keeping each line's terminator so output can reproduce the input's
 * structure exactly. Memory stays bounded: a line longer than {@link #MAX_SEGMENT} characters is
 * handed out in segments, cut after a space, tab or comma where one is near (a secret is one token,
 * so a cut there does not split it), and never between the two halves of a surrogate pair.
 *
 * <p>Not thread-safe. The returned {@link Line} is reused by the next call.
 */
final class SegmentingLineReader {
  /** Longest text handed out at once, in UTF-16 units (2 MiB of heap). */
  static final int MAX_SEGMENT = 1 << 20;
  /** How far back from {@link #MAX_SEGMENT} a cut looks for a separator. */
  private static final int CUT_WINDOW = 4096;

  private final Reader in;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private Line line = new Line(256);
  /**
   * Whether the current line holds a character beyond Latin-1: a StringBuilder then stores two bytes
   * per character for good, and every later line's searches and copies take the slower path.
   */
  private boolean wide;
  private final StringBuilder carry = new StringBuilder();
  private long number = 1;
  private int column;
  private boolean done;

  /** Run before a read that may have to wait for input; see the two-argument constructor. */
  private final @Nullable Runnable beforeWaiting;

  SegmentingLineReader(Reader in) {
    this(in, null);
  }

  /**
   * @param beforeWaiting run before each read that may block because no input is ready (a pipe
   *     from {@code tail -f}, say), so that a caller can write out what it has so far; may be null
   */
  SegmentingLineReader(Reader in, @Nullable Runnable beforeWaiting) {
    this.in = in;
    this.beforeWaiting = beforeWaiting;
  }

  /** The next line or segment, or null at the end of input. */
  @Nullable Line next() throws IOException {
    if (done) {
      return null;
    }
    if (wide) {
      line = new Line(256); // back to one byte per character after a line of another script
      wide = false;
    }
    StringBuilder text = line.text;
    text.setLength(0);
    text.append(carry);
    carry.setLength(0);
    line.number = number;
    line.column = column;
    line.lastOfInput = false;
    while (true) {
      if (pos == limit && !fill()) {
        done = true;
        if (text.length() == 0 && column == 0) {
          return null;
        }
        line.terminator = "";
        line.lastOfInput = true;
        return line;
      }
      int start = pos;
      int room = MAX_SEGMENT - text.length();
      int end = Math.min(limit, start + room);
      int nl = -1;
      char or = 0;
      for (int i = start; i < end; i++) {
        char c = buf[i];
        if (c == '\n') {
          nl = i;
          break;
        }
        or |= c;
      }
      wide |= or > 0xFF;
      if (nl >= 0) {
        text.append(buf, start, nl - start);
        pos = nl + 1;
        int len = text.length();
        if (len > 0 && text.charAt(len - 1) == '\r') {
          text.setLength(len - 1);
          line.terminator = "\r\n";
        } else {
          line.terminator = "\n";
        }
        number++;
        column = 0;
        return line;
      }
      text.append(buf, start, end - start);
      pos = end;
      if (text.length() >= MAX_SEGMENT) {
        int cut = cutPoint(text);
        carry.append(text, cut, text.length());
        text.setLength(cut);
        line.terminator = "";
        column += cut;
        return line;
      }
    }
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    Runnable waiting = beforeWaiting;
    if (waiting != null && !in.ready()) {
      waiting.run();
    }
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  private static int cutPoint(CharSequence text) {
    int len = text.length();
    for (int i = len - 1; i > len - CUT_WINDOW; i--) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == ',') {
        return i + 1;
      }
    }
    return Character.isHighSurrogate(text.charAt(len - 1)) ? len - 1 : len;
  }
}
