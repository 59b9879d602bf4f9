package dev.redact4j.cli;

import dev.redact4j.Finding;
import dev.redact4j.Redactor;
import java.util.ArrayList;
import java.util.List;

/**
 * Fields that the Linux audit daemon writes as hex when their value holds a blank, a quote or a
 * control character: an EXECVE record's arguments ({@code a2=2D2D70617373...}), PROCTITLE's command
 * line (its arguments split by NUL bytes), USER_CMD's {@code cmd=} and TTY's {@code data=}. The engine
 * reads text, so such a line is also handed to it decoded: an EXECVE record's arguments, quoted or hex,
 * and PROCTITLE's, joined by blanks as a shell would show them (an argument with a blank in quotes),
 * so that a password is judged by its option; {@code cmd=} and {@code data=} as they are. An EXECVE record
 * whose arguments are all quoted is read joined as well ({@code a0="curl" a1="-u" a2="bob:<v>"}). The hex
 * digits that encode each secret found are masked, or a quoted argument's characters; pointers ({@code a0=55d1c2b3a4e0}, lower case)
 * and other records are not read. Framing only: the engine decides what is a secret.
 *
 * <p>Bytes are read as ISO-8859-1, one character each, so that a secret's characters map back to its
 * hex digits. Stateless.
 */
final class AuditHexFields {
  /** Longer lines are not decoded (the audit daemon's own records are shorter). */
  private static final int MAX_LINE = 1 << 16;

  private AuditHexFields() {}

  /**
   * A value: where it is in the joined text, where it starts in the line, and whether it is written there as hex
   * (two digits a character) or as it is (a quoted argument).
   */
  private record Part(int at, int length, int lineAt, boolean hex) {
    /** Where in the line the value's character at {@code joinedAt} of the joined text is written. */
    int lineIndex(int joinedAt) {
      return lineAt + (hex ? 2 : 1) * (joinedAt - at);
    }
  }

  /** The secrets in the hex fields and EXECVE arguments of {@code line}, in order; empty for any other line. */
  static List<EncodedSecret> secrets(Redactor redactor, String line) {
    if (line.length() > MAX_LINE || !line.contains("msg=audit(")) {
      return List.of();
    }
    boolean execve = line.startsWith("type=EXECVE ") || line.contains(" type=EXECVE ");
    StringBuilder joined = new StringBuilder();
    List<Part> parts = new ArrayList<>();
    boolean anyHex = false;
    int i = line.indexOf("): ");
    i = i < 0 ? -1 : i + 2; // i: the blank before a field
    while (i >= 0 && i < line.length()) {
      int nameStart = i + 1;
      int eq = nameStart;
      while (eq < line.length() && isNameChar(line.charAt(eq))) {
        eq++;
      }
      if (eq >= line.length() || line.charAt(eq) != '=' || eq == nameStart) {
        i = line.indexOf(' ', nameStart);
        continue;
      }
      String name = line.substring(nameStart, eq);
      int valueStart = eq + 1;
      boolean argument = execve && name.length() > 1 && name.charAt(0) == 'a' && allDigits(name, 1);
      if (argument && valueStart < line.length() && line.charAt(valueStart) == '"') {
        int close = line.indexOf('"', valueStart + 1);
        if (close < 0) {
          break;
        }
        add(joined, parts, line, valueStart + 1, close, -1, false);
        i = line.indexOf(' ', close);
        continue;
      }
      int valueEnd = valueStart;
      while (valueEnd < line.length() && isUpperHex(line.charAt(valueEnd))) {
        valueEnd++;
      }
      boolean hex = valueEnd > valueStart && (valueEnd - valueStart) % 2 == 0
          && (valueEnd == line.length() || line.charAt(valueEnd) == ' ' || line.charAt(valueEnd) == '\'');
      if (hex && (argument || name.equals("proctitle") || name.equals("cmd") || name.equals("data"))) {
        anyHex = true;
        if (name.equals("proctitle")) {
          int from = valueStart;
          for (int j = valueStart; j <= valueEnd; j += 2) {
            if (j == valueEnd || byteAt(line, j) == 0) {
              add(joined, parts, line, from, j, from, true);
              from = j + 2;
            }
          }
        } else {
          add(joined, parts, line, valueStart, valueEnd, valueStart, argument);
        }
        if (!argument) {
          joined.append('\n'); // cmd= and data= are texts of their own
        }
      }
      i = line.indexOf(' ', valueStart);
    }
    // Quoted arguments alone are read joined too: a detector that wants a blank after its tool's name (curl -u)
    // finds nothing in a0="curl" a1="-u" ...
    return anyHex || execve && parts.size() > 1 ? hidden(redactor, joined.toString(), parts) : List.of();
  }

  /** Appends a value (hex from {@code hexAt}, else the line's characters) to the joined text. */
  private static void add(StringBuilder joined, List<Part> parts, String line, int start, int end, int hexAt,
      boolean argument) {
    if (joined.length() > 0 && joined.charAt(joined.length() - 1) != '\n') {
      joined.append(' ');
    }
    StringBuilder value = new StringBuilder();
    if (hexAt < 0) {
      value.append(line, start, end);
    } else {
      for (int j = start; j < end; j += 2) {
        int b = byteAt(line, j);
        value.append(b < ' ' || b == 0x7f ? ' ' : (char) b);
      }
    }
    boolean quote = argument && value.indexOf(" ") >= 0 && value.indexOf("'") < 0;
    if (quote) {
      joined.append('\'');
    }
    parts.add(new Part(joined.length(), value.length(), hexAt < 0 ? start : hexAt, hexAt >= 0));
    joined.append(value);
    if (quote) {
      joined.append('\'');
    }
  }

  private static List<EncodedSecret> hidden(Redactor redactor, String joined, List<Part> parts) {
    List<Finding> findings = redactor.scan(joined);
    List<EncodedSecret> found = new ArrayList<>();
    int done = 0;
    for (Part part : parts) {
      for (Finding f : findings) {
        int start = Math.max(f.start(), part.at);
        int end = Math.min(f.end(), part.at + part.length);
        int lineStart = part.lineIndex(start);
        if (start < end && lineStart >= done) {
          String secret = joined.substring(f.start(), f.end());
          found.add(new EncodedSecret(lineStart, part.lineIndex(end),
              redactor.redactInContext(secret, joined, findings), f.ruleId(), f.fingerprint()));
          done = part.lineIndex(end);
        }
      }
    }
    return found;
  }

  private static int byteAt(String line, int j) {
    return Character.digit(line.charAt(j), 16) << 4 | Character.digit(line.charAt(j + 1), 16);
  }

  private static boolean isUpperHex(char c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'F';
  }

  private static boolean isNameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  private static boolean allDigits(String s, int from) {
    for (int j = from; j < s.length(); j++) {
      if (s.charAt(j) < '0' || s.charAt(j) > '9') {
        return false;
      }
    }
    return true;
  }
}
