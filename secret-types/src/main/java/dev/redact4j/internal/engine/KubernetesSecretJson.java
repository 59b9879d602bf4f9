package dev.redact4j.internal.engine;

import java.util.Arrays;

/**
 * The values of a Kubernetes Secret's {@code data} and {@code stringData} objects in JSON, whatever
 * their keys are called ({@code "extra":"<base64>"}): no value-shape rule can tell them, the object's
 * {@code "kind":"Secret"} does. For JSON on one line (an audit log's {@code requestObject},
 * {@code kubectl get secret -o json | jq -c .}, an operator logging the object it reconciles) and for
 * JSON written as a string inside JSON ({@code "{\"kind\":\"Secret\",...}"}, the
 * {@code last-applied-configuration} annotation), at any depth of escaping. Only the values are
 * hidden; their keys stay readable.
 *
 * <p>The engine runs it over the whole text when the text holds {@code Secret}; it reads on only
 * when {@code Secret"} or {@code Secret\"} (a kind's value) occurs, or <code>&amp;Secret&#123;</code>
 * (Go's String(), see {@code goStrings}). One forward pass, no backtracking: it reads each character once, plus the
 * blanks after a string (to tell a key from a value), so the work is linear whatever the text. It is
 * lenient, not a validating parser: braces, brackets and strings are followed, other characters are
 * skipped. A quote that opens a string holding a document
 * ({@code "{\"kind\"...}"}) is read through, so the embedded document's structure is followed as if
 * it were not quoted; a quote's level of escaping ({@code "}, {@code \"}, {@code \\\"}) says where its
 * string ends.
 *
 * <p>An object's {@code data} / {@code stringData} values are hidden when the object closes (or the
 * text ends, as in a truncated line) if its {@code kind} is {@code Secret}, wherever the kind stands
 * in it (before or after its data); if it is an item of a {@code SecretList}; or, when the object has
 * no kind at all, if its {@code type} is a Secret's ({@code Opaque}, {@code kubernetes.io/tls}...: Go's
 * {@code json.Marshal} of a typed object leaves the kind out), or if every value is base64 of
 * {@value #MIN_BASE64} or more characters and its {@code metadata} has a {@code namespace}. Any other kind's
 * data (a ConfigMap's) is left alone, and so are unmistakable placeholders ({@code <base64>},
 * {@code ${DB_PASSWORD}}, a mask already written: {@code [REDACTED:...]}), as in a URL's password.
 * Objects nested deeper than {@value #MAX_DEPTH} are not looked at.
 */
public final class KubernetesSecretJson implements WholeTextDetector {
  /** Deepest object followed; deeper ones are only counted, so that their braces still pair. */
  static final int MAX_DEPTH = 64;
  /** Shortest value that counts as base64 for an object without a kind. */
  static final int MIN_BASE64 = 16;

  @Override
  public void findAll(CharSequence text, int rule, SpanBuffer out) {
    int forms = formsIn(text);
    if ((forms & JSON) != 0) {
      new Scan(text, rule, out).run();
    }
    if ((forms & GO) != 0) {
      goStrings(text, rule, out);
    }
  }

  /** {@link #formsIn} bits: a kind's value in JSON; Go's String() of a Secret. */
  static final int JSON = 1;
  static final int GO = 2;

  /**
   * Which forms of a Secret the text holds: {@link #JSON} where {@code Secret}, {@code SecretList} or
   * {@code Opaque} ends a string ({@code Secret"}, {@code Secret\"}), {@link #GO} where
   * <code>&amp;Secret&#123;</code> occurs. The engine runs this rule wherever {@code Secret} or {@code Opaque}
   * occurs ({@code ClientSecret}, {@code SecretKey}), and only these are worth a pass. Reads each character
   * at most twice; allocates nothing.
   */
  static int formsIn(CharSequence text) {
    int n = text.length();
    int forms = 0;
    for (int i = 0; i + KIND.length() < n && forms != (JSON | GO); i++) {
      char c = text.charAt(i);
      if (c == 'O' && KeyNames.regionEquals(text, i, OPAQUE) && i + OPAQUE.length() < n) {
        char after = text.charAt(i + OPAQUE.length());
        forms |= after == '"' || after == '\\' ? JSON : 0;
      } else if (c == 'S' && KeyNames.regionEquals(text, i, KIND)) {
        int end = i + KIND.length();
        if (end + LIST.length() < n && text.charAt(end) == 'L' && KeyNames.regionEquals(text, end, LIST)) {
          end += LIST.length(); // SecretList, whose items carry no kind of their own
        }
        char after = text.charAt(end);
        if (after == '"' || after == '\\') {
          forms |= JSON;
        } else if (after == '{' && end == i + KIND.length() && i > 0 && text.charAt(i - 1) == '&') {
          forms |= GO;
        }
      }
    }
    return forms;
  }

  private static final String KIND = "Secret";
  private static final String LIST = "List";
  /** A Secret's usual type, which tells it where its kind is left out (Go's json.Marshal of a typed object). */
  private static final String OPAQUE = "Opaque";
  /** Go's generated String() of a Secret ({@code k8s.io/api/core/v1}), as client-go users log it. */
  private static final String GO_DATA = "Data:map[string][]byte{";
  private static final String GO_STRING_DATA = "StringData:map[string]string{";
  /** What follows a Secret's StringData map in its String(). */
  private static final String GO_STRING_DATA_END = ",},Immutable:";

  /**
   * Go's String() of a Secret: {@code &Secret{ObjectMeta:{...},Data:map[string][]byte{extra: [102 97 ...],},
   * Type:Opaque,StringData:map[string]string{extra: <value>,},Immutable:nil,}}. Each byte list of its Data
   * is hidden, keeping its key (a list of anything but digits and blanks, such as a mask already written,
   * is left); its StringData is hidden from the first value to the map's end, keys after the first
   * included, as a value may hold {@code ,} and {@code : }. A ConfigMap's BinaryData map (the same type)
   * follows a letter and is left alone. One pass, each character read about once.
   */
  static void goStrings(CharSequence text, int rule, SpanBuffer out) {
    int n = text.length();
    boolean afterSecret = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean wordStart = i == 0 || !KeyNames.isAlnum(text.charAt(i - 1));
      if (c == '&' && i + 1 < n && text.charAt(i + 1) == 'S' && KeyNames.regionEquals(text, i + 1, KIND + "{")) {
        afterSecret = true;
      } else if (c == 'D' && afterSecret && wordStart && KeyNames.regionEquals(text, i, GO_DATA)) {
        i = byteLists(text, i + GO_DATA.length(), rule, out);
      } else if (c == 'S' && afterSecret && wordStart && KeyNames.regionEquals(text, i, GO_STRING_DATA)) {
        i = stringValues(text, i + GO_STRING_DATA.length(), rule, out);
      }
    }
  }

  /** Hides each {@code [...]} of a byte map from {@code from}; returns where the map ends. */
  private static int byteLists(CharSequence text, int from, int rule, SpanBuffer out) {
    int n = text.length();
    int k = from;
    while (k < n) {
      char c = text.charAt(k);
      if (c == '}' || c == '\n') {
        return k;
      }
      if (c == '[') {
        int start = k + 1;
        k = start;
        while (k < n && (text.charAt(k) >= '0' && text.charAt(k) <= '9' || text.charAt(k) == ' ')) {
          k++;
        }
        if (k > start && (k == n || text.charAt(k) == ']' || text.charAt(k) == '\n')) {
          out.add(start, k, rule); // byte values only (a list cut short, to its end): not a mask already written
        }
        continue;
      }
      k++;
    }
    return n - 1;
  }

  /** Hides a string map's values from {@code from}, as {@link #goStrings} says; returns where it ends. */
  private static int stringValues(CharSequence text, int from, int rule, SpanBuffer out) {
    int n = text.length();
    int k = from;
    while (k < n && text.charAt(k) != ':' && text.charAt(k) != '}' && text.charAt(k) != '\n') {
      k++; // the first key
    }
    if (k >= n || text.charAt(k) != ':') {
      return Math.min(k, n - 1); // an empty map
    }
    int start = k + 1;
    while (start < n && text.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    while (end < n && text.charAt(end) != '\n'
        && !(text.charAt(end) == ',' && KeyNames.regionEquals(text, end, GO_STRING_DATA_END))) {
      end++;
    }
    if (end > start && !UrlCredentialsDetector.isPlaceholder(text, start, end)) {
      out.add(start, end, rule);
    }
    return Math.max(start, end - 1);
  }

  /** What an object or array is to its parent. */
  private static final int NORMAL = 0;
  private static final int ARRAY = 1;
  private static final int DATA = 2;
  private static final int METADATA = 3;

  /** What an object's kind says. */
  private static final int UNKNOWN = 0;
  private static final int SECRET = 1;
  private static final int SECRET_LIST = 2;
  private static final int OTHER = 3;

  /** The key an object read last, as far as it matters here. */
  private static final int KEY_OTHER = 0;
  private static final int KEY_KIND = 1;
  private static final int KEY_DATA = 2;
  private static final int KEY_METADATA = 3;
  private static final int KEY_NAMESPACE = 4;
  private static final int KEY_ITEMS = 5;
  private static final int KEY_TYPE = 6;

  /** The state of one pass; frames are the open objects and arrays, innermost last. */
  private static final class Scan {
    private final CharSequence text;
    private final int n;
    private final int rule;
    private final SpanBuffer out;
    private final int[] role = new int[MAX_DEPTH];
    private final int[] kind = new int[MAX_DEPTH];
    private final int[] key = new int[MAX_DEPTH];
    private final boolean[] namespaced = new boolean[MAX_DEPTH];
    /** Whether the object's type is a Secret's: {@code Opaque} or {@code kubernetes.io/...}. */
    private final boolean[] secretType = new boolean[MAX_DEPTH];
    /** Whether every data value of the object so far is base64 of {@link #MIN_BASE64}+ characters. */
    private final boolean[] base64 = new boolean[MAX_DEPTH];
    /** How many pending spans there were when the frame opened. */
    private final int[] pendingFrom = new int[MAX_DEPTH];
    /** Frames open, counted past {@link #MAX_DEPTH} too. */
    private int depth;
    /** Data values whose object's kind is not known yet: start and end of each. */
    private int[] pending = new int[16];
    private int pendingSize;
    /** Whether a value just ended: a quote here closes an embedded document's string, and opens nothing. */
    private boolean afterValue;

    Scan(CharSequence text, int rule, SpanBuffer out) {
      this.text = text;
      this.n = text.length();
      this.rule = rule;
      this.out = out;
    }

    void run() {
      int slashes = 0;
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        switch (c) {
          case '\\' -> {
            slashes++;
            continue;
          }
          case '{', '[' -> open(c == '[');
          case '}', ']' -> close();
          case ',', ':' -> afterValue = false;
          case '"' -> i = string(i, slashes);
          default -> { }
        }
        slashes = 0;
      }
      for (int d = Math.min(depth, MAX_DEPTH) - 1; d >= 0; d--) {
        decide(d); // a truncated text: what its open objects already show
      }
    }

    private void open(boolean array) {
      afterValue = false;
      if (depth < MAX_DEPTH) {
        int d = depth;
        int parent = d - 1;
        role[d] = array ? ARRAY : parent < 0 ? NORMAL : roleIn(parent);
        kind[d] = !array && parent > 0 && role[parent] == ARRAY && kind[parent - 1] == SECRET_LIST
            && key[parent - 1] == KEY_ITEMS ? SECRET : UNKNOWN;
        key[d] = KEY_OTHER;
        namespaced[d] = false;
        secretType[d] = false;
        base64[d] = true;
        pendingFrom[d] = pendingSize;
      }
      depth++;
    }

    private int roleIn(int parent) {
      if (role[parent] == ARRAY) {
        return NORMAL;
      }
      return key[parent] == KEY_DATA ? DATA : key[parent] == KEY_METADATA ? METADATA : NORMAL;
    }

    private void close() {
      afterValue = true;
      if (depth == 0) {
        return; // a closer the text opened before it started: nothing of ours
      }
      depth--;
      if (depth < MAX_DEPTH) {
        decide(depth);
      }
    }

    /** Hides or drops the data values pending for frame {@code d}, which closes or ends with the text. */
    private void decide(int d) {
      if (role[d] == DATA || role[d] == ARRAY || pendingSize <= pendingFrom[d]) {
        return; // a data object's values wait for the object that holds it
      }
      boolean secret = kind[d] == SECRET || kind[d] == UNKNOWN && (secretType[d] || namespaced[d] && base64[d]);
      if (secret) {
        for (int p = pendingFrom[d]; p < pendingSize; p += 2) {
          out.add(pending[p], pending[p + 1], rule);
        }
      }
      pendingSize = pendingFrom[d];
    }

    /**
     * Reads the string whose opening quote is at {@code q}, after {@code slashes} backslashes, and
     * returns the index of its last character read (its closing quote, or where it was cut).
     */
    private int string(int q, int slashes) {
      if (afterValue) {
        return q; // "...}" : the end of a string that held a document
      }
      if (q + 1 < n && (text.charAt(q + 1) == '{' || text.charAt(q + 1) == '[')) {
        return q; // "{\"kind\"...": a document inside a string, read as a document
      }
      int level = level(slashes);
      int start = q + 1;
      int run = 0;
      int j = start;
      int end = -1;
      for (; j < n; j++) {
        char c = text.charAt(j);
        if (c == '\\') {
          run++;
          continue;
        }
        if (c == '"') {
          int at = level(run);
          if (at <= level) { // its own closing quote, or the end of a string around it
            end = j - ((1 << Math.min(at, 30)) - 1);
            break;
          }
        } else if (c == '\n' || c == '\r') {
          break; // JSON strings hold no line break: the string was cut
        }
        run = 0;
      }
      boolean cut = end < 0;
      if (cut) {
        end = j;
        j--;
      }
      int top = depth - 1;
      if (top < 0 || top >= MAX_DEPTH || role[top] == ARRAY) {
        afterValue = !cut;
        return j;
      }
      if (!cut && colonAfter(j + 1)) {
        key[top] = keyOf(start, end);
        return j;
      }
      afterValue = true;
      value(top, start, end, cut);
      return j;
    }

    private void value(int top, int start, int end, boolean cut) {
      if (role[top] == DATA) {
        if (top > 0 && end > start && !UrlCredentialsDetector.isPlaceholder(text, start, end)) {
          if (pendingSize + 2 > pending.length) {
            pending = Arrays.copyOf(pending, pending.length * 2);
          }
          pending[pendingSize++] = start;
          pending[pendingSize++] = end;
          base64[top - 1] &= cut || isBase64(start, end);
        }
      } else if (key[top] == KEY_KIND) {
        kind[top] = equals(start, end, "Secret") ? SECRET : equals(start, end, "SecretList") ? SECRET_LIST : OTHER;
      } else if (key[top] == KEY_TYPE && role[top] == NORMAL) {
        secretType[top] = equals(start, end, OPAQUE) || prefixed(start, end, "kubernetes.io/")
            || equals(start, end, "bootstrap.kubernetes.io/token");
      } else if (role[top] == METADATA && key[top] == KEY_NAMESPACE && top > 0) {
        namespaced[top - 1] = true;
      }
    }

    private boolean colonAfter(int from) {
      for (int k = from; k < n; k++) {
        char c = text.charAt(k);
        if (c != ' ' && c != '\t') {
          return c == ':';
        }
      }
      return false;
    }

    private int keyOf(int start, int end) {
      if (equals(start, end, "kind")) {
        return KEY_KIND;
      } else if (equals(start, end, "data") || equals(start, end, "stringData")) {
        return KEY_DATA;
      } else if (equals(start, end, "metadata")) {
        return KEY_METADATA;
      } else if (equals(start, end, "namespace")) {
        return KEY_NAMESPACE;
      }
      if (equals(start, end, "type")) {
        return KEY_TYPE;
      }
      return equals(start, end, "items") ? KEY_ITEMS : KEY_OTHER;
    }

    private boolean equals(int start, int end, String word) {
      return end - start == word.length() && KeyNames.regionEquals(text, start, word);
    }

    private boolean prefixed(int start, int end, String prefix) {
      return end - start > prefix.length() && text.charAt(start) == prefix.charAt(0)
          && KeyNames.regionEquals(text, start, prefix);
    }

    private boolean isBase64(int start, int end) {
      if (end - start < MIN_BASE64) {
        return false;
      }
      for (int k = start; k < end; k++) {
        char c = text.charAt(k);
        boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
            || c == '=';
        if (!ok) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The level of escaping of a quote after {@code slashes} backslashes: 0 for {@code "} (or
   * {@code \\"}, an escaped backslash before it), 1 for {@code \"}, 2 for {@code \\\"}: each level
   * escapes the one inside it, so an odd run ends in the quote's own escape.
   */
  static int level(int slashes) {
    int level = 0;
    int r = slashes;
    while ((r & 1) == 1) {
      r = (r - 1) / 2;
      level++;
    }
    return level;
  }
}
