package dev.redact4j.cli;

import dev.redact4j.Redactor;
import java.util.List;

/**
 * A secret found in an encoded part of a line (audit hex, base64): the characters {@code [start, end)}
 * of the line that encode it, the mask they are replaced by, and the finding's rule and fingerprint.
 */
record EncodedSecret(int start, int end, String masked, String ruleId, String fingerprint) {
  /**
   * The secrets in the encoded parts of {@code line}, in order: audit hex fields ({@link AuditHexFields}),
   * a base64 map value ({@link Base64Values}) or journald's byte arrays ({@link JournalByteArrays}).
   */
  static List<EncodedSecret> in(Redactor redactor, String line) {
    List<EncodedSecret> found = AuditHexFields.secrets(redactor, line);
    if (found.isEmpty()) {
      found = Base64Values.secrets(redactor, line);
    }
    return found.isEmpty() ? JournalByteArrays.secrets(redactor, line) : found;
  }

  /** {@code line} with each secret's encoded characters replaced by its mask; {@code secrets} in order, apart. */
  static String masked(String line, List<EncodedSecret> secrets) {
    StringBuilder out = new StringBuilder(line.length());
    int pos = 0;
    for (EncodedSecret s : secrets) {
      out.append(line, pos, s.start()).append(s.masked());
      pos = s.end();
    }
    return out.append(line, pos, line.length()).toString();
  }
}
