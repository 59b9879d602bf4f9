package dev.redact4j.cli;

/**
 * The records of a Kubernetes container log in the CRI format, as containerd and CRI-O write the files under
 * {@code /var/log/pods/} ({@code /var/log/containers/*.log}): {@code <RFC 3339 time> <stream> <tag> <message>},
 * e.g. {@code 2026-11-29T10:01:28.826123456Z stdout F connected}. Tag {@code F} marks a full line; {@code P} a
 * part of one that goes on in the next record of the same stream, as the runtime cuts a line longer than its
 * buffer (16 KiB) or one written without its newline yet. A secret can thus be cut in two records, or its key
 * end one record and its value start the next: the grouper joins such records ({@link LineGrouper}).
 */
final class CriRecords {
  /** A record group past this many records is handed on in parts (a line of 1 MiB at 16 KiB a record). */
  static final int MAX_RECORDS = 64;
  static final int MAX_CHARS = 256 * 1024;
  /** {@code stdout P }: the stream and the tag have fixed lengths. */
  private static final int STREAM_AND_TAG = 9;
  /** The longest time read: {@code 2026-11-29T10:01:28.826123456+01:00} with room for more fraction digits. */
  private static final int MAX_TIME = 40;

  private CriRecords() {}

  /**
   * The length of a CRI record's prefix, its time, stream and tag with the blank after each, for a line that
   * is one; -1 for any other line. Most lines are ruled out by their first characters.
   */
  static int prefix(CharSequence text) {
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
  static boolean isPartial(CharSequence text, int prefix) {
    return text.charAt(prefix - 2) == 'P';
  }

  /** Whether two records ({@link #prefix} of each given) are of the same stream. */
  static boolean sameStream(CharSequence a, int aPrefix, CharSequence b, int bPrefix) {
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
