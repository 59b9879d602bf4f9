package dev.redact4j.log4j2;

/**
 * Checks that text is one JSON value with only whitespace, commas or NUL characters around it (the
 * delimiters JSON layouts write between events: {@code JsonLayout complete="true"} starts each event
 * after the first with {@code ", "}, {@code JsonTemplateLayout} ends each with its
 * {@code eventDelimiter}), in one linear pass. {@link RedactingLayout} uses it after the rare
 * text-level redaction of a JSON layout's output, since a user regex could span a quote and leave a
 * document no parser would read.
 */
final class JsonSyntax {
  private final CharSequence s;
  private int i;

  private JsonSyntax(CharSequence s) {
    this.s = s;
  }

  static boolean isValid(CharSequence text) {
    JsonSyntax p = new JsonSyntax(text);
    try {
      p.delimiters();
      if (!p.value(0)) {
        return false;
      }
      p.delimiters();
      return p.i == text.length();
    } catch (IndexOutOfBoundsException e) {
      return false;
    }
  }

  /** Skips whitespace, commas and NUL characters: what JSON layouts write between events. */
  private void delimiters() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!(c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0' || c == ',')) {
        return;
      }
      i++;
    }
  }

  private boolean value(int depth) {
    if (depth > 512) {
      return false;
    }
    char c = s.charAt(i);
    switch (c) {
      case '{':
        i++;
        space();
        if (s.charAt(i) == '}') {
          i++;
          return true;
        }
        while (true) {
          if (s.charAt(i) != '"' || !string()) {
            return false;
          }
          space();
          if (s.charAt(i++) != ':') {
            return false;
          }
          space();
          if (!value(depth + 1)) {
            return false;
          }
          space();
          char next = s.charAt(i++);
          if (next == '}') {
            return true;
          }
          if (next != ',') {
            return false;
          }
          space();
        }
      case '[':
        i++;
        space();
        if (s.charAt(i) == ']') {
          i++;
          return true;
        }
        while (true) {
          if (!value(depth + 1)) {
            return false;
          }
          space();
          char next = s.charAt(i++);
          if (next == ']') {
            return true;
          }
          if (next != ',') {
            return false;
          }
          space();
        }
      case '"':
        return string();
      case 't':
        return word("true");
      case 'f':
        return word("false");
      case 'n':
        return word("null");
      default:
        return number();
    }
  }

  private boolean string() {
    i++; // opening quote
    while (true) {
      char c = s.charAt(i++);
      if (c == '"') {
        return true;
      }
      if (c < 0x20) {
        return false;
      }
      if (c == '\\') {
        char e = s.charAt(i++);
        if (e == 'u') {
          for (int k = 0; k < 4; k++) {
            if (Character.digit(s.charAt(i++), 16) < 0) {
              return false;
            }
          }
        } else if ("\"\\/bfnrt".indexOf(e) < 0) {
          return false;
        }
      }
    }
  }

  private boolean word(String w) {
    for (int k = 0; k < w.length(); k++) {
      if (s.charAt(i++) != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private boolean number() {
    int start = i;
    if (i < s.length() && s.charAt(i) == '-') {
      i++;
    }
    int digits = 0;
    while (i < s.length() && ("0123456789+-.eE".indexOf(s.charAt(i)) >= 0)) {
      i++;
      digits++;
    }
    return digits > 0 && i > start;
  }

  private void space() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return;
      }
      i++;
    }
  }
}
