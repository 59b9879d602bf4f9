package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.Detector.NO_MATCH;
import static dev.redact4j.internal.engine.KeyValueDetector.MAX_VALUE;
import static dev.redact4j.internal.engine.KeyValueDetector.skipBlanks;
import static dev.redact4j.internal.engine.ValueShapes.isPlaceholder;

/**
 * XML element values: where a start tag ends, whether a namespace prefix or a closing inline tag stands
 * next to a key, the text of an element (also in CDATA or a nested {@code <value>} element) up to its
 * closing tag, and whether braces around that text hold a generated value rather than a placeholder's
 * name, or the text is an app's UI label. Static and allocation-free; each reads at most 16 characters
 * back, a start tag's 128 characters, a CDATA section's 256 and an element's text up to
 * {@link KeyValueDetector#MAX_VALUE} characters.
 */
final class XmlElements {
  private XmlElements() {}

  /** Inline HTML elements a key may be marked up with before its separator. */
  static final KeyNames.Words INLINE_TAGS = new KeyNames.Words("b", "strong", "em", "i", "code", "span");

  /**
   * Whether a start tag's namespace prefix ends just before {@code keyStart}: {@code <wsse:Password},
   * {@code <ns2:password}, as SOAP payloads (Apache CXF's logging interceptors) print WS-Security's
   * UsernameToken. Reads at most 16 characters back.
   */
  static boolean namespacePrefixBefore(CharSequence text, int keyStart) {
    int colon = keyStart - 1;
    if (text.charAt(colon) != ':') {
      return false;
    }
    int j = colon;
    int limit = Math.max(0, colon - 16);
    while (j > limit && KeyNames.isAlnum(text.charAt(j - 1))) {
      j--;
    }
    return j < colon && j > 0 && text.charAt(j - 1) == '<'
        && (KeyNames.isLower(text.charAt(j)) || KeyNames.isUpper(text.charAt(j)));
  }

  /**
   * Where the start tag whose name ends at {@code i} ends: right after {@code >}, past attributes
   * ({@code <password encrypted="false">}) within 128 characters; or -1 for an empty element
   * ({@code <password required="true"/>}) or no end.
   */
  static int startTagEnd(CharSequence text, int i) {
    int n = text.length();
    if (i < n && text.charAt(i) == '>') {
      return i + 1;
    }
    if (i >= n || text.charAt(i) != ' ') {
      return -1;
    }
    int limit = Math.min(n, i + 512); // WS-Security's tags name namespaces in their attributes: 300 characters
    boolean attribute = false;
    for (int j = i + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '>') {
        return attribute && text.charAt(j - 1) != '/' ? j + 1 : -1;
      }
      if (c == '<') {
        return -1;
      }
      attribute |= c == '=';
    }
    return -1;
  }

  /**
   * Whether {@code text[s, e)} reads as an app's UI text rather than a stored value: it holds a blank
   * ({@code Enter your API key}) or is one capitalised word ({@code Password}). Reads at most {@code e - s}.
   */
  static boolean uiLabel(CharSequence text, int s, int e) {
    boolean word = e - s >= 2 && KeyNames.isUpper(text.charAt(s));
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if (c == ' ') {
        return true;
      }
      word &= k == s || KeyNames.isLower(c);
    }
    return word;
  }

  static long xmlValue(CharSequence text, int start) {
    int cdata = skipBlanks(text, start);
    if (KeyNames.regionEquals(text, cdata, "<![CDATA[")) {
      return cdataValue(text, cdata + "<![CDATA[".length());
    }
    int end = start;
    int limit = Math.min(text.length(), start + MAX_VALUE);
    while (end < limit && text.charAt(end) != '<') {
      end++;
    }
    if (end + 1 >= text.length() || text.charAt(end + 1) != '/') {
      return NO_MATCH; // <password>value</password> only
    }
    int s = start;
    while (s < end && text.charAt(s) <= ' ') {
      s++;
    }
    int e = end;
    while (e > s && text.charAt(e - 1) <= ' ') {
      e--;
    }
    if (e <= s || isPlaceholder(text, s, e) && !bracedBase64(text, s, e) && !bracedGeneratedWord(text, s, e)) {
      return NO_MATCH;
    }
    return Detector.pack(s, e);
  }

  /**
   * Whether {@code text[s, e)} is in braces and one of its blank-separated words looks generated
   * ({@code <secret>{AQAAABAAA <key>}</secret>}, a credentials store's label before the key): a
   * placeholder's braces hold names ({@code {your secret here}}, {@code {{ vault_password }}}), never a
   * random word of 20 characters or more. Reads the value once.
   */
  private static boolean bracedGeneratedWord(CharSequence text, int s, int e) {
    if (e - s < 22 || text.charAt(s) != '{' || text.charAt(e - 1) != '}') {
      return false;
    }
    int word = s + 1;
    for (int j = s + 1; j < e; j++) {
      char c = text.charAt(j);
      if (c == ' ' || c == '}') {
        if (ValueShapes.looksGenerated(text, word, j)) {
          return true;
        }
        word = j + 1;
      }
    }
    return false;
  }

  /**
   * Where the text of a {@code <value>} element (any case) right after {@code i} (blanks and line breaks between)
   * starts; -1.
   */
  static int nestedValueElement(CharSequence text, int i) {
    int limit = Math.min(text.length(), i + 64);
    while (i < limit && text.charAt(i) <= ' ') {
      i++;
    }
    // <Value> as Windows Setup's answer files (unattend.xml) spell it
    return KeyNames.regionEqualsIgnoreCase(text, i, "<value>") ? i + "<value>".length() : -1;
  }

  /**
   * Whether {@code text[s, e)} is base64 in braces, as Maven's settings.xml holds an encrypted password
   * ({@code <password>{<base64>}</password>}, which the master password decrypts): 16 or more
   * characters of base64 with upper-case, lower-case and digits, unlike a placeholder's name.
   */
  private static boolean bracedBase64(CharSequence text, int s, int e) {
    if (e - s < 18 || text.charAt(s) != '{' || text.charAt(e - 1) != '}') {
      return false;
    }
    int j = CharClass.BASE64.skip(text, s + 1, e - 1);
    while (j < e - 1 && text.charAt(j) == '=') {
      j++; // padding
    }
    return j == e - 1 && ValueShapes.charKinds(text, s + 1, e - 1)
        == (ValueShapes.DIGIT | ValueShapes.LOWER | ValueShapes.UPPER);
  }

  /**
   * The text of a CDATA section that starts at {@code start} and closes its element on the same line,
   * within 256 characters: {@code <![CDATA[v]]></password>}.
   */
  private static long cdataValue(CharSequence text, int start) {
    int n = text.length();
    int limit = Math.min(n - 2, start + 256);
    int end = start;
    while (end < limit && text.charAt(end) != '\n'
        && !(text.charAt(end) == ']' && text.charAt(end + 1) == ']' && text.charAt(end + 2) == '>')) {
      end++;
    }
    if (end >= limit || text.charAt(end) == '\n') {
      return NO_MATCH;
    }
    int close = skipBlanks(text, end + 3);
    if (close + 1 >= n || text.charAt(close) != '<' || text.charAt(close + 1) != '/' || end == start
        || isPlaceholder(text, start, end)) {
      return NO_MATCH;
    }
    return Detector.pack(start, end);
  }

  /** Where a closing inline tag that starts at {@code i} ends ({@code </b>}, {@code </strong>}), or -1. */
  static int closingInlineTag(CharSequence text, int i) {
    int n = text.length();
    if (i + 3 >= n || text.charAt(i + 1) != '/') {
      return -1;
    }
    int j = i + 2;
    int limit = Math.min(n, j + 7);
    while (j < limit && KeyNames.isLower(text.charAt(j))) {
      j++;
    }
    return j < n && text.charAt(j) == '>' && INLINE_TAGS.contains(text, i + 2, j) ? j + 1 : -1;
  }
}
