package dev.redact4j.cli;

import dev.redact4j.Finding;
import dev.redact4j.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fields that {@code journalctl -o json} writes as an array of byte values because they are not
 * printable text: a message holding terminal colour codes or other control characters
 * ({@code "MESSAGE":[27,91,51,50,109,...]}), as many services log to a terminal. Such a field is also
 * handed to the engine decoded (control characters as blanks, colour codes removed), after its name,
 * and when the engine finds a secret in it the whole array is replaced by that secret's mask. Framing
 * only: the engine decides what is a secret. Stateless.
 */
final class JournalByteArrays {
  /** Longer lines are not decoded; journald caps a field at 64 KiB by default, written as up to 4 characters a byte. */
  private static final int MAX_LINE = 1 << 18;

  private JournalByteArrays() {}

  /** The secrets in the byte-array fields of {@code line}, each as its whole array masked; empty for any other line. */
  static List<EncodedSecret> secrets(Redactor redactor, String line) {
    if (line.length() > MAX_LINE || line.isEmpty() || line.charAt(0) != '{' || !line.contains("\":[")) {
      return List.of();
    }
    List<EncodedSecret> found = new ArrayList<>();
    int from = 0;
    for (int open = line.indexOf("\":[", from); open >= 0; open = line.indexOf("\":[", from)) {
      int nameStart = line.lastIndexOf('"', open - 1) + 1;
      int start = open + 2; // the [
      StringBuilder bytes = new StringBuilder();
      int end = byteArrayEnd(line, start + 1, bytes);
      from = end > 0 ? end : start + 1;
      if (end < 0 || bytes.isEmpty()) {
        continue;
      }
      String text = decoded(bytes);
      String joined = line.substring(nameStart, open) + "=" + text;
      List<Finding> findings = redactor.scan(joined);
      if (!findings.isEmpty()) {
        Finding first = findings.get(0);
        String secret = joined.substring(first.start(), first.end());
        found.add(new EncodedSecret(start, end, redactor.redactInContext(secret, joined, findings),
            first.ruleId(), first.fingerprint()));
      }
    }
    return found;
  }

  /**
   * Reads {@code 83,101,...]} from {@code i} into {@code bytes} (one character a byte); returns the index
   * after the closing bracket, or -1 when the array holds anything but numbers from 0 to 255.
   */
  private static int byteArrayEnd(String line, int i, StringBuilder bytes) {
    int n = line.length();
    while (i < n) {
      int value = 0;
      int digits = 0;
      while (i < n && line.charAt(i) >= '0' && line.charAt(i) <= '9' && digits < 4) {
        value = value * 10 + line.charAt(i++) - '0';
        digits++;
      }
      if (digits == 0 || value > 255 || i >= n) {
        return -1;
      }
      bytes.append((char) value);
      char c = line.charAt(i++);
      if (c == ']') {
        return i;
      }
      if (c != ',') {
        return -1;
      }
    }
    return -1;
  }

  /** The bytes as UTF-8 text, colour and other escape sequences removed, other control characters as blanks. */
  private static String decoded(StringBuilder bytes) {
    byte[] raw = new byte[bytes.length()];
    for (int k = 0; k < raw.length; k++) {
      raw[k] = (byte) bytes.charAt(k);
    }
    String text = new String(raw, StandardCharsets.UTF_8);
    AnsiEscapes.Stripped plain = AnsiEscapes.strip(text);
    String visible = plain == null ? text : plain.text();
    StringBuilder out = new StringBuilder(visible.length());
    for (int k = 0; k < visible.length(); k++) {
      char c = visible.charAt(k);
      out.append(c < ' ' && c != '\n' || c == 0x7f ? ' ' : c);
    }
    return out.toString();
  }
}
