package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.KeyValueDetector.SHORT_READ;
import static dev.redact4j.internal.engine.KeyValueDetector.atLineStart;
import static dev.redact4j.internal.engine.ValueShapes.looksGenerated;

/**
 * Keys that name no secret, told by what surrounds them: a license's key, a digest or Kubernetes
 * annotation, a Kubernetes kind, a built or source file's name, a test harness's {@code PASS} verdict, a
 * syslog priority, Maven coordinates' artifact id, a config provider's {@code ${provider:path}} reference,
 * an Exim message id, loguru's place of a record, a PAM module's argument; and command-line flags that take
 * no value ({@code --ask-password}, a help text's {@code --password=PASSWORD}). Static and allocation-free;
 * each reads the key, at most 65 characters before it, and at most 256 after it
 * ({@link KeyValueDetector#SHORT_READ} for a provider reference).
 */
final class NonSecretKeys {
  private NonSecretKeys() {}

  private static final CharClass FUNCTION_NAME = CharClass.of("A-Za-z0-9_");

  private static final KeyNames.Words LICENSE_WORDS = new KeyNames.Words("license", "licence");

  static final KeyNames.Words SOURCE_EXTENSIONS = new KeyNames.Words(
      "go", "py", "rb", "js", "mjs", "jsx", "ts", "tsx", "java", "kt", "scala", "groovy", "rs", "c", "h", "cc",
      "cpp", "hpp", "cs", "php", "pl", "pm", "ex", "exs", "erl", "swift", "lua", "dart");

  /** Extensions of files a build writes or a browser test loads: objects, dependency files, libraries, pages. */
  private static final KeyNames.Words BUILT_EXTENSIONS = new KeyNames.Words(
      "o", "obj", "pp", "so", "dll", "lib", "exe", "html", "htm", "xhtml", "xul", "css");

  /** Syslog's severities, as a priority names them after the facility: {@code auth.info}. */
  private static final String[] SEVERITIES = {
    "emerg", "alert", "crit", "err", "error", "warn", "warning", "notice", "info", "debug"};

  /**
   * Whether the key is the name of an annotation whose prefix names a digest: Helm charts'
   * {@code checksum/secret: <sha256>}, the digest of the rendered Secret that makes pods roll when it changes.
   * Reads at most the 16 characters before the key.
   */
  static boolean digestAnnotation(CharSequence text, int keyStart) {
    if (keyStart < 2 || text.charAt(keyStart - 1) != '/') {
      return false;
    }
    int j = keyStart - 1;
    int limit = Math.max(0, j - 16);
    while (j > limit && KeyNames.isAlnum(text.charAt(j - 1))) {
      j--;
    }
    return j < keyStart - 1 && KeyNames.namesDigest(text, j, keyStart - 1);
  }

  /**
   * Whether the key {@code text[keyStart, keyEnd)} is {@code license_key}, or a bare {@code key} right after the
   * word {@code license} ({@code "license":{"key":...}}); reads at most 24 characters before the key.
   */
  static boolean licenseNamed(CharSequence text, int keyStart, int keyEnd) {
    if (ValueShapes.containsIgnoreCase(text, keyStart, keyEnd, "licen")) {
      return true;
    }
    int j = keyStart;
    int limit = Math.max(0, keyStart - 24);
    while (j > limit && !KeyNames.isAlnum(text.charAt(j - 1))) {
      j--;
    }
    int wordEnd = j;
    while (j > limit && KeyNames.isAlnum(text.charAt(j - 1))) {
      j--;
    }
    return LICENSE_WORDS.contains(text, j, wordEnd);
  }

  /**
   * Whether the key {@code text[keyStart, keyEnd)} is the name of a built or loaded file
   * ({@link #BUILT_EXTENSIONS}): {@code nsAuthInformationHolder.o}, {@code high_pass_filter.o.pp},
   * {@code bad-woff-sig.html}; what follows is the next file on a command line or in a manifest.
   */
  static boolean builtFile(CharSequence text, int keyStart, int keyEnd) {
    int dot = keyEnd - 1;
    while (dot > keyStart && dot > keyEnd - 7 && KeyNames.isAlnum(text.charAt(dot))) {
      dot--; // no extension is longer than 5: floods of key words stay cheap
    }
    return dot > keyStart && text.charAt(dot) == '.' && KeyNames.isAlnum(text.charAt(dot - 1))
        && BUILT_EXTENSIONS.contains(text, dot + 1, keyEnd);
  }

  /**
   * Whether a value is a script's file name ({@link #sourceFile}) whose stem no generator made
   * ({@link ValueShapes#looksGenerated}): a media test's {@code token: audio.wav-1-seek1.js} names the run's
   * script; {@code token=<24 random characters>.js} is a token with a tail.
   */
  static boolean namedScript(CharSequence text, int start, int end) {
    int dot = end - 1;
    while (dot > start && dot > end - 8 && KeyNames.isAlnum(text.charAt(dot))) {
      dot--; // no extension is longer than 6: a long value is not read twice
    }
    return dot > start && text.charAt(dot) == '.' && SOURCE_EXTENSIONS.contains(text, dot + 1, end)
        && !looksGenerated(text, start, dot);
  }

  /** Whether the key {@code text[keyStart, keyEnd)} is a source file's name: {@code auth.go}, {@code token.py}. */
  static boolean sourceFile(CharSequence text, int keyStart, int keyEnd) {
    int dot = keyEnd - 1;
    while (dot > keyStart && KeyNames.isAlnum(text.charAt(dot))) {
      dot--;
    }
    return dot > keyStart && text.charAt(dot) == '.' && SOURCE_EXTENSIONS.contains(text, dot + 1, keyEnd);
  }

  /**
   * Whether the key at {@code keyStart} is the name part of a Kubernetes annotation or label key, a DNS
   * prefix and a slash before it ({@code nginx.ingress.kubernetes.io/auth-secret}).
   */
  static boolean annotationKey(CharSequence text, int keyStart) {
    if (keyStart < 4 || text.charAt(keyStart - 1) != '/') {
      return false;
    }
    int limit = Math.max(0, keyStart - 64);
    int j = keyStart - 1;
    boolean dot = false;
    while (j > limit && (KeyNames.isAlnum(text.charAt(j - 1)) || text.charAt(j - 1) == '.' || text.charAt(j - 1) == '-')) {
      dot |= text.charAt(--j) == '.';
    }
    return dot && (j == 0 || " \t\"'`".indexOf(text.charAt(j - 1)) >= 0);
  }

  /**
   * Whether a function's name, {@code :}, a line number and {@code " - "} start at {@code i}, as loguru's default
   * format places a record: {@code app.auth:login:42 - }, {@code __main__:<module>:7 - }. Reads at most 72
   * characters.
   */
  static boolean loguruPlace(CharSequence text, int i) {
    int n = text.length();
    int limit = Math.min(n, i + 64);
    int j = KeyNames.regionEquals(text, i, "<module>") ? i + 8 : FUNCTION_NAME.skip(text, i, limit);
    if (j == i || j >= n || text.charAt(j) != ':') {
      return false;
    }
    int digits = CharClass.DIGIT.skip(text, j + 1, Math.min(n, j + 8));
    return digits > j + 1 && KeyNames.regionEquals(text, digits, " - ");
  }

  /**
   * Whether {@code --- PASS} ends at {@code keyEnd} and a test's name and its time in seconds follow at {@code at}
   * ({@code --- PASS: TestName/sub_case (0.12s)}), as Go's test runner prints a verdict. Reads at most 256 characters.
   */
  static boolean goTestVerdict(CharSequence text, int keyStart, int keyEnd, int at) {
    int n = text.length();
    if (keyEnd - keyStart != 4 || keyStart < 4 || !KeyNames.regionEquals(text, keyStart - 4, "--- PASS")
        || at >= n || text.charAt(at) != ' ') {
      return false;
    }
    int j = at + 1;
    int limit = Math.min(n, j + 256);
    while (j < limit && text.charAt(j) > ' ') {
      j++;
    }
    if (j == at + 1 || j + 2 >= n || text.charAt(j) != ' ' || text.charAt(j + 1) != '(') {
      return false;
    }
    int k = j + 2;
    int digits = k;
    while (k < n && k < digits + 12 && (KeyNames.isDigit(text.charAt(k)) || text.charAt(k) == '.')) {
      k++;
    }
    return k > digits && k + 1 < n && text.charAt(k) == 's' && text.charAt(k + 1) == ')';
  }

  /**
   * Whether a flag's first word is {@code ask} ({@code --ask-password}, {@code --ask-vault-pass}): the program
   * prompts for the secret, so the flag takes no value. Reads at most a few characters.
   */
  static boolean promptingFlag(CharSequence text, int keyStart, int keyEnd) {
    int w = keyStart;
    while (w < keyEnd && w < keyStart + 2 && text.charAt(w) == '-') {
      w++;
    }
    return w + 4 < keyEnd && KeyNames.regionEqualsIgnoreCase(text, w, "ask")
        && (text.charAt(w + 3) == '-' || text.charAt(w + 3) == '_');
  }

  /**
   * Whether what follows a flag at {@code v} is no value: a help text's metavar, the flag's name or its
   * last word in capitals ({@code --password=PASSWORD}, {@code --api-key API_KEY}, {@code --db-password PASSWORD}),
   * or, after a blank ({@code afterBlank}), a function word that a sentence goes on from ({@code Support
   * --passphrase with --quick-gen-key}, {@code honor --ask-pass when loading}; not {@code --password with
   * Xk9mP2qLw}). Reads at most 64 characters of each.
   */
  static boolean flagProse(CharSequence text, int v, int keyStart, int keyEnd, boolean afterBlank) {
    int n = text.length();
    int e = v;
    boolean upper = true;
    boolean letter = false;
    while (e < n && e < v + 64 && text.charAt(e) > ' ' && ",)]".indexOf(text.charAt(e)) < 0) {
      char c = text.charAt(e);
      upper &= KeyNames.isUpper(c) || KeyNames.isDigit(c) || c == '_' || c == '-';
      letter |= KeyNames.isUpper(c);
      e++;
    }
    if (upper && letter && e < v + 64) {
      int name = keyStart;
      while (name < keyEnd && text.charAt(name) == '-') {
        name++;
      }
      int last = keyEnd;
      while (last > name && text.charAt(last - 1) != '-' && text.charAt(last - 1) != '_') {
        last--;
      }
      return sameName(text, v, e, name, keyEnd) || sameName(text, v, e, last, keyEnd);
    }
    return afterBlank && e + 1 < n && text.charAt(e) == ' ' && text.charAt(e + 1) > ' '
        && ProseValues.functionWordInSentence(text, v, e);
  }

  /** Whether {@code text[a, aEnd)} and {@code text[b, bEnd)} are one name in any case, {@code -} and {@code _} alike. */
  private static boolean sameName(CharSequence text, int a, int aEnd, int b, int bEnd) {
    if (aEnd - a != bEnd - b || aEnd == a) {
      return false;
    }
    for (int k = 0; k < aEnd - a; k++) {
      char c = text.charAt(a + k);
      char d = text.charAt(b + k);
      if (c == '_') {
        c = '-';
      }
      if (d == '_') {
        d = '-';
      }
      if (Character.toLowerCase(c) != Character.toLowerCase(d)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an upper-case {@code PASS} leads its line at {@code keyStart} and a test's name follows at {@code at},
   * as Automake's, DejaGnu's and TAP harnesses print a verdict ({@code PASS: t/t0001-init.sh},
   * {@code PASS: gcc.dg/pr123.c (test for excess errors)}, {@code PASS: test-strings}): a path, a file's name or a
   * word holding {@code test}, of name characters only. {@code PASS: hunter2} keeps its value. Reads at most 256
   * characters.
   */
  static boolean harnessVerdict(CharSequence text, int keyStart, int keyEnd, int at) {
    int n = text.length();
    if (keyEnd - keyStart != 4 || !KeyNames.regionEquals(text, keyStart, "PASS") || at + 1 >= n
        || text.charAt(at) != ' ' || !atLineStart(text, quoteMarkersBefore(text, keyStart))) {
      return false;
    }
    int j = at + 1;
    int limit = Math.min(n, j + 256);
    boolean path = false;
    while (j < limit && text.charAt(j) > ' ') {
      char c = text.charAt(j);
      if (c == '/' || c == '.') {
        path = true;
      } else if (!KeyNames.isAlnum(c) && c != '-' && c != '_' && c != '+') {
        return false;
      }
      j++;
    }
    return j > at + 1 && KeyNames.isAlnum(text.charAt(at + 1)) && (path || holdsTest(text, at + 1, j));
  }

  /** The signal masks of Linux's {@code /proc/<pid>/status}: pending, blocked, ignored and caught signals. */
  private static final KeyNames.Words PROC_SIGNAL_KEYS = new KeyNames.Words(
      "sigpnd", "shdpnd", "sigblk", "sigign", "sigcgt");

  /**
   * Whether the key {@code text[keyStart, keyEnd)} is a signal mask of {@code /proc/<pid>/status}
   * ({@code SigCgt:\t000000004b813efb}), which crash reports and support bundles copy: a set of signals, not a
   * signature.
   */
  static boolean procSignalMask(CharSequence text, int keyStart, int keyEnd) {
    return keyEnd - keyStart == 6 && PROC_SIGNAL_KEYS.contains(text, keyStart, keyEnd);
  }

  /**
   * Where the quote markers that a changelog or a mail puts before a quoted line ({@code | }, {@code > }) start,
   * when they end right before {@code at} (blanks between); else {@code at}. Reads at most 8 characters back.
   */
  private static int quoteMarkersBefore(CharSequence text, int at) {
    int j = at;
    while (j > 0 && j > at - 8
        && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '|' || text.charAt(j - 1) == '>')) {
      j--;
    }
    for (int k = j; k < at; k++) {
      if (text.charAt(k) != ' ') {
        return j; // a marker among the blanks
      }
    }
    return at;
  }

  /** Whether {@code text[start, end)} holds the word {@code test} in any case. */
  private static boolean holdsTest(CharSequence text, int start, int end) {
    for (int k = start; k + 4 <= end; k++) {
      if (KeyNames.regionEqualsIgnoreCase(text, k, "test")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the key {@code text[keyStart, keyEnd)} is a Kubernetes kind of two or more words in Pascal case
   * ({@code ExternalSecret}, {@code SealedSecret}); {@code Secret}, {@code SECRET} and {@code externalSecret} are not.
   */
  static boolean kindName(CharSequence text, int keyStart, int keyEnd) {
    int uppers = 0;
    for (int k = keyStart; k < keyEnd; k++) {
      char c = text.charAt(k);
      if (KeyNames.isUpper(c)) {
        uppers++;
      } else if (!KeyNames.isLower(c)) {
        return false;
      }
    }
    return uppers >= 2 && keyEnd - keyStart > uppers && KeyNames.isUpper(text.charAt(keyStart));
  }

  /**
   * Whether a word at {@code open} (a {@code '('}) is a PAM module's name, as in
   * {@code pam_unix(passwd:chauthtok)}: {@code pam_} and letters or digits. Reads at most 24 characters back.
   */
  static boolean pamModuleBefore(CharSequence text, int open) {
    int limit = Math.max(0, open - 24);
    int j = open;
    while (j > limit && (KeyNames.isAlnum(text.charAt(j - 1)) || text.charAt(j - 1) == '_')) {
      j--;
    }
    return open - j > 4 && KeyNames.regionEquals(text, j, "pam_") && (j == 0 || !KeyNames.isAlnum(text.charAt(j - 1)));
  }

  /**
   * Whether the key is an Exim message id: base-62 parts of 6, 6 and 2 characters ({@code 1j84Z4-00011u-PW}),
   * or of 6, 11 and 4 since Exim 4.97, joined by {@code -}; its last part may spell a key word.
   */
  static boolean eximMessageId(CharSequence text, int keyStart, int keyEnd) {
    int len = keyEnd - keyStart;
    int second = len == 16 ? 13 : len == 23 ? 18 : -1;
    if (second < 0 || text.charAt(keyStart + 6) != '-' || text.charAt(keyStart + second) != '-') {
      return false;
    }
    for (int j = keyStart; j < keyEnd; j++) {
      if (j != keyStart + 6 && j != keyStart + second && !KeyNames.isAlnum(text.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the key at {@code keyStart} is the artifact id of Maven coordinates, {@code group:artifact[:packaging]
   * :version}: a dotted lower-case group id and a colon before it, and after its colon ({@code valueAt}) maybe a
   * packaging word and a colon, then a version's first two numbers ({@code org.example:auth:jar:2.0.1}). Reads
   * at most 64 characters back and 16 on.
   */
  static boolean mavenArtifact(CharSequence text, int keyStart, int valueAt) {
    if (keyStart < 4 || text.charAt(keyStart - 1) != ':') {
      return false;
    }
    int limit = Math.max(0, keyStart - 65);
    int g = keyStart - 1;
    boolean dotted = false;
    while (g > limit && (KeyNames.isLower(text.charAt(g - 1)) || KeyNames.isDigit(text.charAt(g - 1))
        || text.charAt(g - 1) == '.' || text.charAt(g - 1) == '-' || text.charAt(g - 1) == '_')) {
      dotted |= text.charAt(--g) == '.';
    }
    if (!dotted || g == keyStart - 1 || !KeyNames.isLower(text.charAt(g))
        || g > 0 && text.charAt(g - 1) > ' ' && "\"'([".indexOf(text.charAt(g - 1)) < 0) {
      return false; // a group id stands alone: after a blank, a quote or a bracket
    }
    int n = text.length();
    int j = valueAt;
    while (j < n && j - valueAt <= 10 && KeyNames.isLower(text.charAt(j))) {
      j++; // the packaging: jar, pom, war, aar
    }
    if (j > valueAt && (j >= n || text.charAt(j) != ':')) {
      return false;
    }
    j = j > valueAt ? j + 1 : j;
    int digits = j;
    while (j < n && j - digits < 5 && KeyNames.isDigit(text.charAt(j))) {
      j++;
    }
    return j > digits && j + 1 < n && text.charAt(j) == '.' && KeyNames.isDigit(text.charAt(j + 1));
  }

  /**
   * Whether the key is a syslog priority of the {@code auth} or {@code authpriv} facility
   * ({@code auth.info}, {@code authpriv.notice}), which templates print before the program's name.
   */
  static boolean syslogPriority(CharSequence text, int keyStart, int keyEnd) {
    int dot = keyEnd - keyStart > 4 && text.charAt(keyStart + 4) == '.' ? keyStart + 4 : keyStart + 8;
    if (dot >= keyEnd || text.charAt(dot) != '.' || !KeyNames.equalsIgnoreCase(text, keyStart, dot, "auth")
        && !KeyNames.equalsIgnoreCase(text, keyStart, dot, "authpriv")) {
      return false; // read in constant time: a flood of keys must not pay for a scan of each
    }
    for (String severity : SEVERITIES) {
      if (KeyNames.equalsIgnoreCase(text, dot + 1, keyEnd, severity)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the key at {@code keyStart} opens a {@code ${provider:path}} reference, its colon just before
   * {@code from}: {@code ${} before the key, and a {@code /} before the closing brace within
   * {@link KeyValueDetector#SHORT_READ}
   * characters. A default value ({@code ${DB_PASSWORD:v}}) holds no slash and is still read.
   */
  static boolean providerReference(CharSequence text, int keyStart, int from) {
    if (keyStart < 2 || text.charAt(keyStart - 1) != '{' || text.charAt(keyStart - 2) != '$') {
      return false;
    }
    int limit = Math.min(text.length(), from + SHORT_READ);
    boolean slash = false;
    for (int j = from; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '}') {
        return slash;
      }
      if (c <= ' ' || c == '{') {
        return false;
      }
      slash |= c == '/';
    }
    return false;
  }
}
