package dev.redact4j.internal.engine;

/**
 * Formatting that chat, issue trackers and HTML e-mail put around a value people type: Markdown emphasis or a
 * code fence ({@code **v**}, {@code *v*}, {@code __v__}, {@code ```v```}), an inline HTML element
 * ({@code <strong>v</strong>}, {@code <code>}, {@code <span style="...">}) or a non-breaking blank
 * ({@code Kennwort:&nbsp;v}). Static and allocation-free; each method reads at most one word (129 characters).
 */
final class InlineMarkup {
  private InlineMarkup() {}

  /** Inline HTML elements that mail and chat clients wrap a value in; each name ends at its {@code >} or blank. */
  private static final String[] INLINE_TAGS = {"strong", "b", "code", "em", "i", "kbd", "tt", "span", "font", "mark",
      "samp", "u"};

  /**
   * Where the value starts inside the formatting that opens at {@code at}; {@code at} itself when none opens
   * there. Markdown counts only when the same run of {@code *}, {@code _} or three backticks closes the same
   * word (so {@code ********} and {@code *in vault*} are no opening); an HTML element only when its closing tag
   * follows within the word; {@code &nbsp;} (and {@code &#160;}) is skipped like a blank.
   */
  static int valueInside(CharSequence text, int at) {
    int n = text.length();
    if (at >= n) {
      return at;
    }
    char c = text.charAt(at);
    if (c == '&') {
      int blank = KeyNames.regionEqualsIgnoreCase(text, at, "&nbsp;") ? 6
          : KeyNames.regionEquals(text, at, "&#160;") ? 6 : 0;
      return blank > 0 && at + blank < n && text.charAt(at + blank) > ' ' ? at + blank : at;
    }
    if (c == '<') {
      int inner = afterInlineTag(text, at);
      return inner > at && closingTag(text, inner) > inner ? inner : at;
    }
    int run = markerRun(text, at);
    if (run == 0) {
      return at;
    }
    int inner = at + run;
    boolean opens = inner < n && text.charAt(inner) > ' ' && text.charAt(inner) != c;
    return opens && markdownClose(text, inner, c, run) > inner ? inner : at;
  }

  /**
   * Where the formatting that {@link #valueInside} skipped at {@code at} closes again after {@code inner}: the
   * closing Markdown run or the closing tag's {@code <} (after {@code &nbsp;} too: {@code :&nbsp;<v></p>});
   * {@code end} when nothing closes before it.
   */
  static int valueEnd(CharSequence text, int at, int inner, int end) {
    char c = text.charAt(at);
    int close = c == '<' || c == '&' ? closingTag(text, inner) : markdownClose(text, inner, c, inner - at);
    return close > inner && close < end ? close : end;
  }

  /**
   * The index after a run of {@code *} or {@code _} at {@code at} that closes the same run opened right before
   * the key at {@code keyStart}, as Markdown sets a label in bold with its colon inside ({@code **Password:** v});
   * else {@code at}.
   */
  static int afterKeyEmphasis(CharSequence text, int keyStart, int at) {
    int run = markerRun(text, at);
    if (run == 0 || run > 2 || keyStart < run) {
      return at;
    }
    char c = text.charAt(at);
    for (int k = keyStart - run; k < keyStart; k++) {
      if (text.charAt(k) != c) {
        return at;
      }
    }
    return keyStart == run || text.charAt(keyStart - run - 1) != c ? at + run : at;
  }

  /** Whether {@code text[s, e)} is one or more letters and nothing else: a word stressed, not a value. */
  static boolean lettersOnly(CharSequence text, int s, int e) {
    for (int j = s; j < e; j++) {
      if (!Character.isLetter(text.charAt(j))) {
        return false;
      }
    }
    return e > s;
  }

  /** The length of the Markdown marker run at {@code at}: 1 to 2 of {@code *} or {@code _}, or 3 backticks. */
  private static int markerRun(CharSequence text, int at) {
    char c = text.charAt(at);
    if (c == '`') {
      return KeyNames.regionEquals(text, at, "```") ? 3 : 0;
    }
    if (c != '*' && c != '_') {
      return 0;
    }
    return at + 1 < text.length() && text.charAt(at + 1) == c ? 2 : 1;
  }

  /**
   * Where a run of {@code run} markers {@code c} closes the word that starts at {@code inner}: the first such run
   * (no marker just before or after it) that a blank, the text's end, closing punctuation or the quote that ends a
   * JSON string ({@code "text":"pw: *<v>*"}) follows; else -1. A single marker inside the value is its own.
   */
  private static int markdownClose(CharSequence text, int inner, char c, int run) {
    int n = text.length();
    int limit = Math.min(n, inner + 129);
    for (int j = inner + 1; j + run <= limit && text.charAt(j) > ' '; j++) {
      if (text.charAt(j) != c || text.charAt(j - 1) == c) {
        continue;
      }
      int k = j;
      while (k < j + run && text.charAt(k) == c) {
        k++;
      }
      if (k == j + run && (k == n || k < n && text.charAt(k) != c && (text.charAt(k) <= ' '
          || ".,;:!?)\"'\\<".indexOf(text.charAt(k)) >= 0))) {
        return j;
      }
    }
    return -1;
  }

  /** The index after an inline tag ({@link #INLINE_TAGS}) that opens at {@code at}, attributes and all; else -1. */
  private static int afterInlineTag(CharSequence text, int at) {
    int n = text.length();
    for (String tag : INLINE_TAGS) {
      int e = at + 1 + tag.length();
      if (e < n && KeyNames.regionEqualsIgnoreCase(text, at + 1, tag)) {
        char next = text.charAt(e);
        if (next == '>') {
          return e + 1;
        }
        if (next == ' ') {
          int limit = Math.min(n, e + 96);
          for (int j = e; j < limit; j++) {
            if (text.charAt(j) == '>') {
              return j + 1;
            }
            if (text.charAt(j) == '<' || text.charAt(j) == '\n') {
              return -1;
            }
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /** Where {@code </} closes the element within the word at {@code inner}; else -1. */
  private static int closingTag(CharSequence text, int inner) {
    int limit = Math.min(text.length() - 1, inner + 129);
    for (int j = inner; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '<') {
        return text.charAt(j + 1) == '/' ? j : -1;
      }
      if (c <= ' ') {
        return -1;
      }
    }
    return -1;
  }
}
