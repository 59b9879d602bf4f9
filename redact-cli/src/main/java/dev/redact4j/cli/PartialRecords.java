package dev.redact4j.cli;

import org.jspecify.annotations.Nullable;

/**
 * Container log records that may hold part of a line, the rest of which is in the next record of the same
 * stream. The CRI format, as containerd and CRI-O write the files under {@code /var/log/pods/}
 * ({@code /var/log/containers/*.log}): {@code <RFC 3339 time> <stream> <tag> <message>}, e.g.
 * {@code 2026-11-29T10:01:28.826123456Z stdout F connected}; tag {@code F} marks a full line, {@code P} a part.
 * Docker's json-file driver: {@code {"log":"<message>\n","stream":"stdout","time":"..."}}, a part without the
 * {@code \n}. Runtimes cut a line longer than their buffer (16 KiB) so, and one written without its newline
 * yet. A secret can thus be cut in two records, or its key end one record and its value start the next: the
 * grouper joins such records ({@link LineGrouper}, {@link LineHandler#partials}).
 */
final class PartialRecords {
  /** A record group past this many records is handed on in parts (a line of 1 MiB at 16 KiB a record). */
  static final int MAX_RECORDS = 64;
  static final int MAX_CHARS = 256 * 1024;
  /** {@code stdout P }: the stream and the tag have fixed lengths. */
  private static final int STREAM_AND_TAG = 9;
  /** The longest time read: {@code 2026-11-29T10:01:28.826123456+01:00} with room for more fraction digits. */
  private static final int MAX_TIME = 40;

  private PartialRecords() {}

  /**
   * A copy of {@code line} with its record's prefix as {@link Line#lead}, the rest of a json-file record as
   * {@link Line#tail}, and {@link Line#joinsNext} set for a part, when the line is a whole CRI or json-file record
   * (and a part, if {@code partsOnly}); else null.
   */
  static @Nullable Line record(Line line, boolean partsOnly) {
    if (line.column != 0 || line.terminator.isEmpty() && !line.lastOfInput) {
      return null;
    }
    CharSequence text = line.text;
    int lead = prefix(text);
    int tail = lead > 0 ? 0 : LineGrouper.recordTail(text);
    if (lead < 0 && tail == 0) {
      return null;
    }
    boolean part = lead > 0 ? isPartial(text, lead) : !LineGrouper.startsWith(text, text.length() - tail, "\\n", 2);
    if (partsOnly && !part) {
      return null;
    }
    Line record = line.copy();
    record.lead = lead > 0 ? lead : LineGrouper.RECORD_HEAD.length();
    record.tail = tail;
    record.joinsNext = part;
    return record;
  }

  /** Whether two records ({@link #record}) are of the same format and stream. */
  static boolean sameStream(Line a, Line b) {
    if (a.tail > 0 || b.tail > 0) {
      return a.tail > 0 && b.tail > 0 && streamLetter(a) == streamLetter(b);
    }
    return sameStream(a.text, a.lead, b.text, b.lead);
  }

  /** A json-file record's fourth letter of its stream: {@code o} for stdout, {@code e} for stderr. */
  private static char streamLetter(Line record) {
    int at = LineGrouper.indexOf(record.text, "\",\"stream\":\"", record.text.length() - record.tail);
    return at < 0 || at + 15 >= record.text.length() ? 0 : record.text.charAt(at + 15);
  }

  /**
   * The length of a CRI record's prefix, its time, stream and tag with the blank after each, for a line that
   * is one; -1 for any other line. Most lines are ruled out by their first characters.
   */
  private static int prefix(CharSequence text) {
    int n = text.length();
    if (n < 20 + STREAM_AND_TAG || !digits(text, 0, 4) || text.charAt(4) != '-' || !digits(text, 5, 2)
        || text.charAt(7) != '-' || !digits(text, 8, 2) || text.charAt(10) != 'T' || !digits(text, 11, 2)
        || text.charAt(13) != ':' || !digits(text, 14, 2) || text.charAt(16) != ':' || !digits(text, 17, 2)) {
      return -1;
    }
    int at = 19;
    if (text.charAt(at) == '.') {
      at++;
      while (at < n && at < MAX_TIME && isDigit(text.charAt(at))) {
        at++;
      }
    }
    if (at < n && text.charAt(at) == 'Z') {
      at++;
    } else if (at + 6 <= n && (text.charAt(at) == '+' || text.charAt(at) == '-') && digits(text, at + 1, 2)
        && text.charAt(at + 3) == ':' && digits(text, at + 4, 2)) {
      at += 6;
    } else {
      return -1;
    }
    if (at + 1 + STREAM_AND_TAG > n || text.charAt(at) != ' ') {
      return -1;
    }
    at++;
    boolean stream = LineGrouper.startsWith(text, at, "stdout ", 7) || LineGrouper.startsWith(text, at, "stderr ", 7);
    char tag = text.charAt(at + 7);
    return stream && (tag == 'P' || tag == 'F') && text.charAt(at + 8) == ' ' ? at + STREAM_AND_TAG : -1;
  }

  /** Whether a record with a prefix of {@code prefix} characters ({@link #prefix}) is a part that goes on. */
  private static boolean isPartial(CharSequence text, int prefix) {
    return text.charAt(prefix - 2) == 'P';
  }

  /** Whether two records ({@link #prefix} of each given) are of the same stream. */
  private static boolean sameStream(CharSequence a, int aPrefix, CharSequence b, int bPrefix) {
    return a.charAt(aPrefix - 6) == b.charAt(bPrefix - 6); // stdout, stderr: told apart by their fourth letter
  }

  private static boolean digits(CharSequence text, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
