package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.KeyValueDetector.MAX_VALUE;
import static dev.redact4j.internal.engine.ValueShapes.isUuid;

/**
 * Values that are identifiers, names or printed objects rather than secrets: an SPDX license id, a Twilio
 * SID, a REST collection's link, TLS and PostgreSQL session ids, a byte count, a Kubernetes object's name,
 * an OpenPGP key id or fingerprint, a component's label in a log line, a host name, a Go struct's or an
 * object's {@code toString} print. Static and allocation-free; each reads within the value it is given,
 * a host name at most 256 characters, and a link at most {@link KeyValueDetector#MAX_VALUE}.
 */
final class IdentifierValues {
  private IdentifierValues() {}

  /**
   * Whether {@code text[start, end)} is a license's SPDX id in lower case, as GitHub keys licenses: words and
   * version numbers joined by hyphens, with a dotted version or a clause count ({@code gpl-3.0},
   * {@code bsd-3-clause}, {@code cc-by-sa-4.0}). A license key's groups mix letters and digits.
   */
  static boolean spdxId(CharSequence text, int start, int end) {
    if (end - start > 24 || end - start < 5 || !KeyNames.isLower(text.charAt(start))) {
      return false;
    }
    boolean dotted = false;
    boolean clause = false;
    int j = start;
    while (j < end) {
      int partStart = j;
      while (j < end && text.charAt(j) != '-') {
        j++;
      }
      if (j == partStart) {
        return false;
      }
      if (CharClass.DIGIT.skip(text, partStart, partStart + 1) > partStart) {
        for (int k = partStart; k < j; k++) {
          char c = text.charAt(k);
          if (c == '.' && k > partStart && k + 1 < j && KeyNames.isDigit(text.charAt(k + 1))) {
            dotted = true;
          } else if (!KeyNames.isDigit(c)) {
            return false;
          }
        }
      } else {
        for (int k = partStart; k < j; k++) {
          if (!KeyNames.isLower(text.charAt(k))) {
            return false;
          }
        }
        clause |= KeyNames.regionEquals(text, partStart, "clause") && j - partStart == 6;
      }
      j++;
    }
    return (dotted || clause) && text.charAt(end - 1) != '-';
  }

  /**
   * Whether {@code text[start, end)} is a Twilio SID: two upper-case letters that name the resource type, then
   * 32 lower-case hex digits. Twilio's secrets (auth tokens, API key secrets) have no such prefix.
   */
  static boolean twilioSid(CharSequence text, int start, int end) {
    return end - start == 34 && KeyNames.isUpper(text.charAt(start)) && KeyNames.isUpper(text.charAt(start + 1))
        && CharClass.HEX_LOWER.skip(text, start + 2, end) == end;
  }

  /**
   * Whether the value {@code text[start, end)} is a plain http(s) URL (no query, fragment or user) whose last
   * path segment spells the key, separators aside: {@code "credential_lists":"https://.../CredentialLists"}.
   * A generated segment before it must be an id, so that a token in the path stays hidden.
   */
  static boolean collectionLink(CharSequence text, int keyStart, int keyEnd, int start, int end) {
    int host = KeyNames.regionEquals(text, start, "https://") ? start + 8
        : KeyNames.regionEquals(text, start, "http://") ? start + 7 : -1;
    if (host < 0 || end - start > MAX_VALUE) {
      return false;
    }
    int slash = -1;
    for (int j = host; j < end; j++) {
      char c = text.charAt(j);
      if (c == '?' || c == '#' || c == '@' || c <= ' ') {
        return false;
      }
      if (c == '/') {
        // a path segment that looks generated must be an id (a SID, a UUID), not a token in the path
        if (slash >= 0 && ValueShapes.looksGenerated(text, slash + 1, j) && !twilioSid(text, slash + 1, j)
            && !isUuid(text, slash + 1, j)) {
          return false;
        }
        slash = j;
      }
    }
    if (slash < 0) {
      return false;
    }
    int j = slash + 1;
    boolean spelled = false;
    for (int k = keyStart; k < keyEnd; k++) {
      char c = text.charAt(k);
      if (!KeyNames.isAlnum(c)) {
        continue;
      }
      if (j >= end || Character.toLowerCase(text.charAt(j)) != Character.toLowerCase(c)) {
        return false;
      }
      j++;
      spelled = true;
    }
    return spelled && j == end;
  }

  /**
   * Whether the value is what a log prints after a component's name rather than a token: a lower-case module
   * name and its arguments before a colon (Dovecot's {@code auth: passwd-file(user,ip):}), an IPv4 address
   * and maybe its port, maybe before a colon ({@code POST /api/sessions: 192.0.2.1:}), or letter words whose last names an outcome
   * ({@code Auth: Auth-Failure}, as Sonarr and Radarr print it).
   */
  static boolean logLabel(CharSequence text, int start, int end) {
    int j = start;
    while (j < end && (KeyNames.isLower(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '-')) {
      j++;
    }
    if (j > start && j < end - 2 && text.charAt(j) == '(' && text.charAt(end - 1) == ':'
        && text.charAt(end - 2) == ')') {
      return true; // a module's name, then its arguments
    }
    j = start;
    for (int part = 0; part < 4; part++) {
      int d = CharClass.DIGIT.skip(text, j, Math.min(end, j + 3));
      if (d == j || part < 3 && (d >= end || text.charAt(d) != '.')) {
        j = -1;
        break;
      }
      j = part < 3 ? d + 1 : d;
    }
    if (j > 0 && j < end - 1 && text.charAt(j) == ':') {
      int port = CharClass.DIGIT.skip(text, j + 1, Math.min(end, j + 6));
      j = port > j + 1 ? port : j; // and its port, as Nacos prints a service instance: a socket, not a token
    }
    if (j > 0 && (j == end || j == end - 1 && text.charAt(j) == ':')) {
      return true;
    }
    int last = start;
    for (j = start; j < end; j++) {
      char c = text.charAt(j);
      if (c == '-') {
        last = j + 1;
      } else if (!KeyNames.isLower(c) && !KeyNames.isUpper(c)) {
        return false;
      }
    }
    return last > start + 1 && last < end && KeyNames.isMetadataWord(text, last, end);
  }

  /**
   * PostgreSQL's session id ({@code %c}, jsonlog's {@code session_id}): the backend's start time, 8 hex
   * digits, a dot and its process id in 1 to 8 hex digits ({@code 6383b33a.258}); two numbers, not a token.
   */
  static boolean postgresSessionId(CharSequence text, int start, int end) {
    int dot = start + 8;
    return end > dot + 1 && end <= dot + 9 && text.charAt(dot) == '.'
        && CharClass.HEX_LOWER.skip(text, start, dot) == dot && CharClass.HEX_LOWER.skip(text, dot + 1, end) == end;
  }

  /** Hex of 16 to 32 whole bytes, as a TLS session id prints. */
  static boolean tlsSessionId(CharSequence text, int start, int end) {
    int len = end - start;
    return len >= 32 && len <= 64 && len % 2 == 0 && CharClass.HEX.skip(text, start, end) == end;
  }

  /** Whether {@code text[start, end)} is a count of bytes and nothing else: {@code 16 bytes}. */
  static boolean sizeInBytes(CharSequence text, int start, int end) {
    int digits = CharClass.DIGIT.skip(text, start, end);
    return digits > start && end - digits == 6 && KeyNames.regionEquals(text, digits, " bytes");
  }

  /** Whether {@code text[start, end)} is a Kubernetes object's name, optionally after its namespace: {@code default/basic-auth}. */
  static boolean objectName(CharSequence text, int start, int end) {
    int slashes = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c == '/') {
        slashes++;
      } else if (!(KeyNames.isDigit(c) || c >= 'a' && c <= 'z' || c == '-' || c == '.')) {
        return false;
      }
    }
    return slashes <= 1 && end > start && KeyNames.isAlnum(text.charAt(start)) && KeyNames.isAlnum(text.charAt(end - 1));
  }

  /** Whether {@code text[start, end)} is a Kubernetes object's name after its namespace: {@code default/db-creds}. */
  static boolean namespacedName(CharSequence text, int start, int end) {
    int slash = start;
    while (slash < end && text.charAt(slash) != '/') {
      slash++;
    }
    return slash > start && slash < end - 1 && objectName(text, start, end)
        && KeyNames.isAlnum(text.charAt(slash - 1)) && KeyNames.isAlnum(text.charAt(slash + 1));
  }

  /** An OpenPGP fingerprint (40 hex digits) or key id (16 or 8), optionally after {@code 0x}. */
  /** A URL or an absolute path: where a public key is fetched from. */
  static boolean keyLocation(CharSequence text, int start, int end) {
    return end - start > 8 && (text.charAt(start) == '/' || KeyNames.regionEqualsIgnoreCase(text, start, "https://")
        || KeyNames.regionEqualsIgnoreCase(text, start, "http://")
        || KeyNames.regionEqualsIgnoreCase(text, start, "file://"));
  }

  static boolean openPgpKeyId(CharSequence text, int start, int end) {
    int s = end - start > 2 && text.charAt(start) == '0' && (text.charAt(start + 1) | 0x20) == 'x' ? start + 2 : start;
    int len = end - s;
    return (len == 40 || len == 16 || len == 8) && CharClass.HEX.skip(text, s, end) == end;
  }

  /**
   * The end of the first word of {@code text[start, end)} less the punctuation and quotes that close a
   * sentence or a code span: {@code word:}, {@code word`}, {@code word: more words}.
   */
  static int trimClosers(CharSequence text, int start, int end) {
    for (int j = start; j < end; j++) {
      if (text.charAt(j) <= ' ') {
        end = j;
        break;
      }
    }
    while (end > start && ":;,.!?)]}`'\"".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  /**
   * Whether a lower-case host name with at least one dot ({@code mail.example.org}) starts at {@code start} and
   * ends the value: at the text's end, a blank, {@code ;}, {@code ,} or a backslash (an escaped line break).
   * Reads at most 256 characters.
   */
  static boolean lowerHostName(CharSequence text, int start) {
    int n = Math.min(text.length(), start + 256);
    int dots = 0;
    int j = start;
    for (; j < n; j++) {
      char c = text.charAt(j);
      if (c == '.' && j > start && text.charAt(j - 1) != '.' && text.charAt(j - 1) != '-') {
        dots++;
      } else if (!(c >= 'a' && c <= 'z' || KeyNames.isDigit(c) || c == '-' && j > start)) {
        break;
      }
    }
    char last = j > start ? text.charAt(j - 1) : '.';
    if (dots == 0 || !(last >= 'a' && last <= 'z')) { // a top-level domain ends in a letter
      return false;
    }
    if (j == text.length()) {
      return true;
    }
    char end = text.charAt(j);
    return end == ' ' || end == ';' || end == ',' || end == '\\' || end == '\t';
  }

  /**
   * Whether the value opens with a Go struct's print, an exported type's name, its brace and a field name
   * ending at a {@code :}, a blank or the closing brace ({@code Session{email:...}}, as {@code %v} prints it),
   * or with an object's {@code toString} that holds another ({@link #printedObject}). A token that merely holds
   * a brace ({@code EeE{G7t_JLgy]$V3}) is no struct, nor is a generated value in braces ({@code Wct{<token>}}).
   * Reads at most 32 characters of the field.
   */
  static boolean goStructPrint(CharSequence text, int start, int end) {
    if (!KeyNames.isUpper(text.charAt(start))) {
      return false;
    }
    int j = start + 1;
    while (j < end && KeyNames.isAlnum(text.charAt(j))) {
      j++;
    }
    if (j >= end || text.charAt(j) != '{') {
      return false;
    }
    int field = j + 1;
    int limit = Math.min(end, j + 33);
    while (++j < limit && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '_')) {
      // the first field's name
    }
    if (j < end && (text.charAt(j) == '{' || text.charAt(j) == '.' || text.charAt(j) == '$')) {
      return printedObject(text, field, end);
    }
    if (j >= end || text.charAt(j) == '}') {
      return !ValueShapes.looksGenerated(text, field, j); // Name{field}, Name{8e82860; not Wct{<token>}
    }
    return text.charAt(j) == ':' || text.charAt(j) == ' ';
  }

  /**
   * Whether an object's {@code toString} starts at {@code start}, inside another's braces, as Android's window
   * manager prints a token ({@code token=WCT{RemoteToken{8e82860 Task{...}}}}): a type's name, a brace and an
   * identity hash (6 to 8 lower-case hex digits), or a qualified class name, {@code @} and the hash
   * ({@code WCT{android.window.IWindowContainerToken$Stub$Proxy@fd4471e}}, see
   * {@link ValueShapes#identityToString}); either ending the value or closed by a brace. Reads at most 160
   * characters.
   */
  private static boolean printedObject(CharSequence text, int start, int end) {
    int limit = Math.min(end, start + 160);
    int j = start;
    while (j < limit && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '.'
        || text.charAt(j) == '$')) {
      j++;
    }
    if (j >= limit) {
      return false;
    }
    boolean nested = text.charAt(j) == '{';
    if (!nested && text.charAt(j) != '@') {
      return false;
    }
    int hash = j + 1;
    int hashEnd = CharClass.HEX_LOWER.skip(text, hash, Math.min(end, hash + 9));
    if (hashEnd < end && text.charAt(hashEnd) != '}' && !(nested && text.charAt(hashEnd) == ' ')) {
      return false;
    }
    return nested ? KeyNames.isUpper(text.charAt(start)) && CharClass.ALNUM.skip(text, start, j) == j
        && hashEnd - hash >= 6 && hashEnd - hash <= 8 : ValueShapes.identityToString(text, start, hashEnd);
  }
}
