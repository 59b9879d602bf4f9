package dev.redact4j.cli;

import dev.redact4j.Finding;
import dev.redact4j.Redactor;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Map entries whose value is base64 of text, as {@code kubectl get secret -o yaml|json} prints every
 * value of a Secret's {@code data} ({@code DATABASE_URL: cG9zdGdyZXM6Ly9...}, a whole
 * {@code application.properties}): such a value is also handed to the engine decoded, after its key
 * ({@code DATABASE_URL: postgres://app:...@db/app}), and when the engine finds a secret in it the whole
 * base64 value is masked. Only a line that is one YAML {@code key: value} or JSON {@code "key": "value"}
 * entry is read, and only a value that decodes to UTF-8 text (certificates in DER, keystores and other
 * binary data are left to the engine as they are). Framing only: the engine decides what is a secret.
 * Stateless.
 */
final class Base64Values {
  /** Shorter values are left as they are: 16 base64 characters hold 12 bytes of text. */
  private static final int MIN_VALUE = 16;
  /** A Secret's value may be a whole configuration file; longer lines are not decoded. */
  private static final int MAX_LINE = 1 << 16;

  private Base64Values() {}

  /** The secret a base64 value of {@code line} holds, as its whole value masked; empty for any other line. */
  static List<EncodedSecret> secrets(Redactor redactor, String line) {
    if (line.length() > MAX_LINE || line.length() < MIN_VALUE) {
      return List.of();
    }
    int n = line.length();
    int i = 0;
    while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    boolean json = i < n && line.charAt(i) == '"';
    int keyStart = json ? i + 1 : i;
    int keyEnd = keyStart;
    while (keyEnd < n && isKeyChar(line.charAt(keyEnd))) {
      keyEnd++;
    }
    int j = keyEnd;
    if (keyEnd == keyStart || json && (j >= n || line.charAt(j++) != '"')) {
      return List.of();
    }
    if (j + 1 >= n || line.charAt(j) != ':' || line.charAt(j + 1) != ' ') {
      return List.of(); // most lines: no key, then a colon and a blank
    }
    j += 2;
    while (j < n && line.charAt(j) == ' ') {
      j++;
    }
    if (json && (j >= n || line.charAt(j++) != '"')) {
      return List.of();
    }
    int start = j;
    while (j < n && isBase64(line.charAt(j))) {
      j++;
    }
    int end = j;
    while (j < n && line.charAt(j) == '=' && j - end < 2) {
      j++;
    }
    int padded = j;
    if (json && (j >= n || line.charAt(j++) != '"')) {
      return List.of();
    }
    if (json && j < n && line.charAt(j) == ',') {
      j++;
    }
    while (j < n && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
      j++;
    }
    if (j != n || padded - start < MIN_VALUE || (padded - start) % 4 != 0 || end == start) {
      return List.of();
    }
    String text = decodedText(line.substring(start, padded));
    if (text == null) {
      return List.of();
    }
    String joined = line.substring(keyStart, keyEnd) + ": " + text;
    List<Finding> findings = redactor.scan(joined);
    if (findings.isEmpty()) {
      return List.of();
    }
    Finding first = findings.get(0);
    String secret = joined.substring(first.start(), first.end());
    return List.of(new EncodedSecret(start, padded, redactor.redactInContext(secret, joined, findings),
        first.ruleId(), first.fingerprint()));
  }

  /** The UTF-8 text {@code base64} encodes, or null when it is no base64 or no text (control characters but tab and line breaks). */
  private static @Nullable String decodedText(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return null;
    }
    boolean ascii = true;
    for (byte b : bytes) {
      if (b >= 0 && b < ' ' && b != '\t' && b != '\n' && b != '\r' || b == 0x7f) {
        return null; // binary data: most random bytes are found out here, before decoding (which throws)
      }
      ascii &= b >= 0;
    }
    if (ascii) {
      return new String(bytes, StandardCharsets.US_ASCII);
    }
    CharBuffer chars;
    try {
      chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      return null;
    }
    for (int k = 0; k < chars.length(); k++) {
      char c = chars.charAt(k);
      if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
        return null;
      }
    }
    return chars.toString();
  }

  private static boolean isKeyChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.';
  }

  private static boolean isBase64(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '/';
  }
}
