package dev.redact4j.internal.engine;

import java.util.Locale;
import java.util.Set;

/**
 * A value assigned to a key that names a secret, in the shapes logs use: {@code k=v}, {@code k: v},
 * {@code "k":"v"}, {@code \"k\":\"v\"} (JSON inside a JSON string), {@code k => v}, {@code k := v},
 * YAML, query strings {@code ?k=v&}, {@code toString} dumps {@code Foo{k=v, ...}}, XML
 * {@code <k>v</k>}, and command-line flags {@code --k v} / {@code --k=v}.
 *
 * <p>The anchor is a key word such as {@code password}. The key may extend it on both sides with
 * identifier characters ({@code db_password}, {@code passwordHash}), but not with a lower-case word
 * that makes it another word ({@code passwords} is fine, {@code passwordless} and {@code tokenizer}
 * are not), nor end in a suffix that names metadata ({@code token_type}, {@code password_policy},
 * {@code token_expires_in}). Placeholders are not secrets: empty, {@code null}, {@code true},
 * {@code ${VAR}}, {@code <...>}, {@code ****}, already-redacted text. For weak key words
 * ({@code token}, {@code auth}, {@code session}) the value must also look like a secret.
 *
 * <p>Reads at most 64 characters before the anchor and {@link #MAX_VALUE} + 96 after it.
 */
public final class KeyValueDetector implements Detector {
  /** Longest value read; a longer unquoted value is hidden up to here and the rest follows. */
  static final int MAX_VALUE = 4096;
  private static final int MAX_KEY_EXTENSION = 48;
  private static final int MAX_GAP = 8;

  /** Metadata suffixes: {@code token_type=bearer} is not a secret. Compared without separators. */
  private static final Set<String> METADATA_SUFFIXES = Set.of(
      "id", "ids", "count", "counts", "expiry", "expires", "expiresin", "expiresat", "expiration", "expired",
      "ttl", "type", "types", "length", "len", "name", "names", "file", "filename", "path", "url", "uri",
      "endpoint", "policy", "hint", "enabled", "required", "min", "max", "minlength", "maxlength", "version",
      "size", "timeout", "header", "headername", "field", "param", "parameter", "reset", "changed", "updated",
      "created", "createdat", "updatedat", "at", "strength", "valid", "validity", "format", "mode", "provider",
      "location", "ref", "reference", "label", "prompt", "rotation", "source", "scope", "scopes", "hash_algorithm",
      "algorithm", "alg", "kind", "status", "state", "error", "errors", "limit", "lifetime", "duration", "age",
      "secure", "sent", "present", "set", "exists", "missing", "rules", "regex", "pattern", "placeholder",
      "env", "variable", "var", "key_id", "keyid", "arn", "usage", "manager", "service", "store", "vault");

  private final Set<String> allowedContinuations;
  private final boolean weak;
  private final boolean wordStart;

  /**
   * @param allowedContinuations lower-case words that may directly follow the key word and keep it a
   *     secret key ({@code word} after {@code pass}); a plural {@code s} is always allowed
   * @param weak whether the value must look like a secret (not a plain word, at least 8 characters)
   * @param wordStart whether the key word must not follow a lower-case letter ({@code pass} in
   *     {@code bypass})
   */
  public KeyValueDetector(Set<String> allowedContinuations, boolean weak, boolean wordStart) {
    this.allowedContinuations = allowedContinuations;
    this.weak = weak;
    this.wordStart = wordStart;
  }

  @Override
  public int window() {
    return MAX_KEY_EXTENSION + MAX_VALUE + 96;
  }

  @Override
  public long match(CharSequence text, int anchorStart, int anchorEnd) {
    int n = text.length();
    // 1. The key word must not continue into another lower-case word.
    int keyEnd = anchorEnd;
    if (keyEnd < n && isLower(text.charAt(keyEnd)) && isLower(text.charAt(anchorEnd - 1))) {
      int wordEnd = keyEnd;
      while (wordEnd < n && wordEnd - keyEnd < 16 && isLower(text.charAt(wordEnd))) {
        wordEnd++;
      }
      String cont = text.subSequence(keyEnd, wordEnd).toString();
      if (!(cont.equals("s") || allowedContinuations.contains(cont))) {
        return NO_MATCH;
      }
      keyEnd = wordEnd;
    }
    // 2. Extend over the rest of an identifier-like key and reject metadata suffixes.
    int extEnd = CharClass.KEY.skip(text, keyEnd, keyEnd + MAX_KEY_EXTENSION);
    if (extEnd > keyEnd && isMetadataSuffix(text, keyEnd, extEnd)) {
      return NO_MATCH;
    }
    // Short, ambiguous key words must start a word: "bypass" and "compass" are not keys.
    if (wordStart && anchorStart > 0 && isLower(text.charAt(anchorStart - 1))) {
      return NO_MATCH;
    }
    int i = extEnd;
    boolean flagStyle = anchorStart >= 2 && text.charAt(anchorStart - 1) == '-' && text.charAt(anchorStart - 2) == '-';
    boolean xml = anchorStart >= 1 && text.charAt(anchorStart - 1) == '<';
    // 3. Closing quotes of a quoted key, then the separator.
    i = skipKeyClosers(text, i);
    int afterKey = i;
    i = skipBlanks(text, i);
    int sep = separator(text, i);
    if (sep == 0) {
      if (xml && i < n && text.charAt(i) == '>') {
        return xmlValue(text, i + 1);
      }
      if (flagStyle && i > afterKey && i < n && text.charAt(i) != '-') {
        return value(text, i, ' ');
      }
      return NO_MATCH;
    }
    i = skipBlanks(text, i + sep);
    if (i >= n) {
      return NO_MATCH;
    }
    return value(text, i, (char) 0);
  }

  private long value(CharSequence text, int i, char forcedTerminator) {
    int n = text.length();
    char c = text.charAt(i);
    int valueStart;
    int valueEnd;
    if (c == '"' || c == '\'' || c == '`') {
      valueStart = i + 1;
      valueEnd = closingQuote(text, valueStart, c, false);
    } else if (c == '\\' && i + 1 < n && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\'')) {
      valueStart = i + 2;
      valueEnd = closingQuote(text, valueStart, text.charAt(i + 1), true);
    } else {
      valueStart = i;
      valueEnd = unquotedEnd(text, i, forcedTerminator);
    }
    if (valueEnd <= valueStart || isPlaceholder(text, valueStart, valueEnd)) {
      return NO_MATCH;
    }
    if (weak && !looksSecret(text, valueStart, valueEnd)) {
      return NO_MATCH;
    }
    return Detector.pack(valueStart, valueEnd);
  }

  private static long xmlValue(CharSequence text, int start) {
    int end = start;
    int limit = Math.min(text.length(), start + MAX_VALUE);
    while (end < limit && text.charAt(end) != '<') {
      end++;
    }
    int s = start;
    while (s < end && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    int e = end;
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e <= s || isPlaceholder(text, s, e)) {
      return NO_MATCH;
    }
    return Detector.pack(s, e);
  }

  /** End of a quoted value; when no closing quote is found in reach, the value ends at a blank. */
  private static int closingQuote(CharSequence text, int start, char quote, boolean escapedQuote) {
    int limit = Math.min(text.length(), start + MAX_VALUE);
    for (int j = start; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '\\') {
        if (escapedQuote && j + 1 < limit && text.charAt(j + 1) == quote) {
          return j;
        }
        // JSON inside JSON escapes backslashes as \\\\; skip the escaped character either way.
        j++;
        continue;
      }
      if (c == quote) {
        return j;
      }
      if (c == '\n' || c == '\r') {
        return j;
      }
    }
    return unquotedEnd(text, start, (char) 0);
  }

  private static int unquotedEnd(CharSequence text, int start, char forcedTerminator) {
    int limit = Math.min(text.length(), start + MAX_VALUE);
    int j = start;
    while (j < limit) {
      char c = text.charAt(j);
      if (c <= ' ' || c == ',' || c == ';' || c == '&' || c == '"' || c == '\'' || c == '}' || c == ')'
          || c == ']' || c == '<' || c == '|' || c == '\\' || c == forcedTerminator) {
        break;
      }
      j++;
    }
    return j;
  }

  private static int skipKeyClosers(CharSequence text, int i) {
    int n = text.length();
    int limit = Math.min(n, i + 3);
    while (i < limit) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'' || c == ']' || c == '`') {
        i++;
      } else if (c == '\\' && i + 1 < n && text.charAt(i + 1) == '"') {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static int skipBlanks(CharSequence text, int i) {
    int limit = Math.min(text.length(), i + MAX_GAP);
    while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** Length of the separator at {@code i}: {@code = : => := -> ==}, or 0. */
  private static int separator(CharSequence text, int i) {
    int n = text.length();
    if (i >= n) {
      return 0;
    }
    char c = text.charAt(i);
    char next = i + 1 < n ? text.charAt(i + 1) : 0;
    if (c == '=') {
      return next == '>' || next == '=' ? 2 : 1;
    }
    if (c == ':') {
      if (next == ':') {
        return 0; // Java method references and C++ scopes: password::get
      }
      return next == '=' ? 2 : 1;
    }
    if (c == '-' && next == '>') {
      return 2;
    }
    return 0;
  }

  private boolean isMetadataSuffix(CharSequence text, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int j = from; j < to; j++) {
      char c = text.charAt(j);
      if (c != '_' && c != '-' && c != '.') {
        sb.append(Character.toLowerCase(c));
      }
    }
    String s = sb.toString();
    if (s.isEmpty()) {
      return false;
    }
    if (METADATA_SUFFIXES.contains(s)) {
      return true;
    }
    // The last part decides for longer suffixes: token_expires_in, password.min-length.
    int lastSep = -1;
    for (int j = to - 1; j > from; j--) {
      char c = text.charAt(j);
      if (c == '_' || c == '-' || c == '.' || (isUpper(c) && j > from && isLower(text.charAt(j - 1)))) {
        lastSep = c == '_' || c == '-' || c == '.' ? j + 1 : j;
        break;
      }
    }
    if (lastSep > from) {
      String last = text.subSequence(lastSep, to).toString().toLowerCase(Locale.ROOT);
      return METADATA_SUFFIXES.contains(last);
    }
    return false;
  }

  /** Values that stand for a secret rather than being one. */
  static boolean isPlaceholder(CharSequence text, int start, int end) {
    int len = end - start;
    char first = text.charAt(start);
    char last = text.charAt(end - 1);
    if (first == '$' || first == '%' || (first == '{' && last == '}') || (first == '<' && last == '>')) {
      return true; // ${VAR}, $VAR, %s, %(name)s, {{ var }}, <your-token>
    }
    if (first == '[' && (startsWithIgnoreCase(text, start + 1, "REDACTED") || startsWithIgnoreCase(text, start + 1,
        "FILTERED") || startsWithIgnoreCase(text, start + 1, "HIDDEN") || startsWithIgnoreCase(text, start + 1,
        "PROTECTED") || startsWithIgnoreCase(text, start + 1, "MASKED") || startsWithIgnoreCase(text, start + 1,
        "SECRET"))) {
      return true;
    }
    boolean allMask = true;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (c != '*' && c != 'x' && c != 'X' && c != '.' && c != '#' && c != '\u2022' && c != '-') {
        allMask = false;
        break;
      }
    }
    if (allMask) {
      return true;
    }
    if (len <= 12) {
      String v = text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
      switch (v) {
        case "null": case "nil": case "none": case "true": case "false": case "undefined": case "empty":
        case "redacted": case "filtered": case "hidden": case "masked": case "secret": case "password":
        case "notset": case "not_set": case "unset": case "n/a": case "na": case "required": case "optional":
        case "string": case "str": case "object": case "bool": case "boolean": case "int": case "integer":
        case "byte[]": case "char[]": case "function": case "new": case "this": case "self": case "value":
          return true;
        default:
          break;
      }
    }
    return false;
  }

  /**
   * For weak key words: at least 8 characters and not a plain word ("refreshed", "expired"): the
   * value needs a digit, or letters of both cases, or a symbol, or at least 20 characters.
   */
  private static boolean looksSecret(CharSequence text, int start, int end) {
    int len = end - start;
    if (len < 8) {
      return false;
    }
    if (len >= 20) {
      return true;
    }
    boolean lower = false;
    boolean upper = false;
    for (int j = start; j < end; j++) {
      char c = text.charAt(j);
      if (c >= '0' && c <= '9') {
        return true;
      } else if (isLower(c)) {
        lower = true;
      } else if (isUpper(c)) {
        upper = true;
      } else if (c != ' ' && c != '.' && c != '-') {
        return true;
      }
    }
    return lower && upper && !isCapitalisedWord(text, start, end);
  }

  private static boolean isCapitalisedWord(CharSequence text, int start, int end) {
    if (!isUpper(text.charAt(start))) {
      return false;
    }
    for (int j = start + 1; j < end; j++) {
      if (!isLower(text.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithIgnoreCase(CharSequence text, int at, String word) {
    if (at + word.length() > text.length()) {
      return false;
    }
    for (int j = 0; j < word.length(); j++) {
      if (Character.toUpperCase(text.charAt(at + j)) != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
