package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.KeyValueDetector.isQuote;

/**
 * Values in prose after a key word rather than after a separator: {@code the password is 'v'},
 * {@code login failed with password Hunter2024!}, {@code changed to v}, and the value after
 * {@code password} on a {@code .netrc} line. Static, allocation-free, and bounded: each reads at most
 * a line's worth of characters around its start.
 */
final class ProseValues {
  private ProseValues() {}

  /** After a password key: up to 48 characters of the same line, then {@code is} and a quoted value. */
  static int proseValue(CharSequence text, int i) {
    int limit = Math.min(text.length() - 4, i + 48);
    for (int j = i - 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r') {
        return -1;
      }
      if (c == ' ' && text.charAt(j + 1) == 'i' && text.charAt(j + 2) == 's' && text.charAt(j + 3) == ' ') {
        int v = j + 4;
        return v < text.length() && isQuote(text.charAt(v)) ? v : -1;
      }
    }
    return -1;
  }

  /**
   * After a password key in prose, a colon after a few words of the same line and then a word with a
   * secret's make-up ({@link #proseWord}): {@code Generated password for user admin: G3JxacV9H6-S0rC},
   * {@code Your new password is: ...}, or, after a colon that ends its line, on the next line, indented
   * (Elasticsearch's first start). Reads at most 96 characters and one word.
   *
   * @return the value's start, or -1
   */
  static int proseColonValue(CharSequence text, int i) {
    int limit = Math.min(text.length() - 2, i + 96);
    for (int j = i; j < limit; j++) {
      char c = text.charAt(j);
      if (c == ':' && text.charAt(j + 1) == ' ') {
        return proseWord(text, j + 2, 8);
      }
      if (c == ':' && (text.charAt(j + 1) == '\n' || text.charAt(j + 1) == '\r')) {
        // Elasticsearch's first start: "Password for the elastic user (reset with `...`):\n  <v>"
        int v = j + 1;
        while (v < text.length() && (text.charAt(v) == '\n' || text.charAt(v) == '\r') && v < j + 3) {
          v++;
        }
        int indented = KeyValueDetector.skipBlanks(text, v);
        return indented > v ? proseWord(text, indented, 8) : -1;
      }
      if (!(KeyNames.isAlnum(c) || c == ' ' || c == '-' || c == '_' || c == '\'' || c == '(' || c == ')' || c == '`'
          || c == '/' || c == '.' && j + 1 < limit && text.charAt(j + 1) != ' ')) {
        return -1; // not plain words: another key, a sentence's end, a line break
      }
    }
    return -1;
  }

  /** Words that may stand between a key word and its value in prose: password is X, changed to X. */
  private static final String[] PROSE_LINKS = {"is", "was", "to", "now"};
  /** Algorithm names that follow a password word without being one: password Argon2id hash. */
  private static final String[] ALGORITHMS = {"argon2", "pbkdf2", "bcrypt", "scrypt", "sha", "md5", "hmac", "aes",
      "rsa", "des", "ntlm", "des3"};

  /**
   * Where a word with a secret's make-up starts, at {@code i} or after one linking word: at least
   * {@code min} characters up to the next blank, with letters and digits, and both cases or a symbol
   * unless it has 16 or more; not an algorithm name, a placeholder, a key ({@code word=}) or a path.
   * Words that prose is made of fail this, so they stay. Reads at most one short word and 129
   * characters.
   *
   * @return the word's start, or -1
   */
  static int proseWord(CharSequence text, int i, int min) {
    int n = text.length();
    int w = i;
    int e = wordEnd(text, w, n);
    for (String link : PROSE_LINKS) {
      if (e - w == link.length() && KeyNames.regionEqualsIgnoreCase(text, w, link) && e < n && text.charAt(e) == ' ') {
        w = e + 1;
        e = wordEnd(text, w, n);
        break;
      }
    }
    int len = e - w;
    if (len < min || len > 128) {
      return -1;
    }
    boolean digit = false;
    boolean lower = false;
    boolean upper = false;
    boolean symbol = false;
    for (int j = w; j < e; j++) {
      char c = text.charAt(j);
      if (c == '=' || c == ':' || c == '/' || c == '\\' || c == '(' || c == '{' || c == '$' || c == '<') {
        return -1; // a key, a path, code or a placeholder, not a value
      }
      digit |= KeyNames.isDigit(c);
      lower |= KeyNames.isLower(c);
      upper |= KeyNames.isUpper(c);
      symbol |= !KeyNames.isAlnum(c) && c != '.' && c != ',' && c != '-' && c != '_';
    }
    boolean letter = lower || upper;
    if (!letter || !digit || !(lower && upper || symbol || len >= 16)) {
      return -1;
    }
    for (String algorithm : ALGORITHMS) {
      if (KeyNames.regionEqualsIgnoreCase(text, w, algorithm)) {
        return -1;
      }
    }
    return w;
  }

  /** The end of the word at {@code i}: the next blank or control character, at most 129 characters on. */
  private static int wordEnd(CharSequence text, int i, int n) {
    int limit = Math.min(n, i + 129);
    int j = i;
    while (j < limit && text.charAt(j) > ' ') {
      j++;
    }
    return j;
  }

  /** What Terraform prints after a resource address and a colon while it applies a plan. */
  private static final String[] TERRAFORM_PROGRESS = {"Refreshing state...", "Creating...", "Modifying...",
      "Destroying...", "Reading...", "Still creating...", "Still modifying...", "Still destroying...",
      "Still reading...", "Creation complete after ", "Modifications complete after ", "Destruction complete after ",
      "Read complete after ", "Creation errored after ", "Modifications errored after ",
      "Destruction errored after ", "Preparing import...", "Importing...", "Import prepared!"};

  /**
   * Whether a Terraform progress message starts at {@code i}, as in
   * {@code aws_kms_key.main: Refreshing state... [id=...]} or {@code tls_private_key.ci: Creation complete
   * after 0s}: the resource address before it names a resource type, not a key with a value. Case-sensitive.
   */
  static boolean terraformProgress(CharSequence text, int i) {
    if (i >= text.length() || (text.charAt(i) != 'R' && text.charAt(i) != 'C' && text.charAt(i) != 'M'
        && text.charAt(i) != 'D' && text.charAt(i) != 'S' && text.charAt(i) != 'P' && text.charAt(i) != 'I')) {
      return false;
    }
    for (String message : TERRAFORM_PROGRESS) {
      if (KeyNames.regionEquals(text, i, message)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A netrc entry: "login" as a word earlier on its line, or on the lines before it that end in a
   * word, within 96 characters.
   */
  static boolean afterNetrcLogin(CharSequence text, int keyStart) {
    int limit = Math.max(0, keyStart - 96);
    for (int j = keyStart - 1; j >= limit; j--) {
      char c = text.charAt(j);
      if (c == '\n' || c == '\r') {
        // netrc entries also span lines ("machine h\n  login u\n  password p"): a line that ends in a
        // word goes on; any other line break ends the search ("login failed.\npassword reset").
        if (j >= 1 && (KeyNames.isAlnum(text.charAt(j - 1)) || text.charAt(j - 1) == '\r')) {
          continue;
        }
        return false;
      }
      if (c == 'l' && KeyNames.regionEqualsIgnoreCase(text, j, "login ") && (j == 0 || text.charAt(j - 1) <= ' ')) {
        return true;
      }
    }
    return false;
  }
}
