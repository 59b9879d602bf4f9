package dev.redact4j.cli;

import org.jspecify.annotations.Nullable;

/**
 * ANSI escape sequences in text written for a terminal: colours and erase codes (CSI,
 * {@code ESC [ ... m}), titles and links (OSC, {@code ESC ] ... BEL}) and character set choices
 * ({@code ESC ( B}). Loggers that colour keys and values apart (logrus, structlog, CI tools with
 * colours forced on) put them between a key and its value, where the engine, reading the text as
 * written, sees no {@code key=value}. Handlers give the engine the text without them.
 */
final class AnsiEscapes {
  static final char ESC = '\u001b';
  static final String ESC_TEXT = "\u001b";
  /** Longest OSC sequence read (a hyperlink's URL); a longer one is left as text. */
  private static final int MAX_OSC = 4096;

  private AnsiEscapes() {}

  /**
   * A line's text without its escape sequences.
   *
   * @param text the text without them
   * @param at for each index of {@code text}, its index in the line; one more entry for the end
   */
  record Stripped(String text, int[] at) {
    /** The line's offset of the end of a span of {@link #text} that ends at {@code end} (exclusive). */
    int endAt(int end) {
      return end == 0 ? at[0] : at[end - 1] + 1;
    }
  }

  /** The line without its escape sequences, or null when it holds none. */
  static @Nullable Stripped strip(CharSequence line) {
    int n = line.length();
    int[] at = null;
    StringBuilder text = null;
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      int end = c == ESC ? sequenceEnd(line, i) : i;
      if (end > i) {
        if (text == null) {
          text = new StringBuilder(n);
          text.append(line, 0, i);
          at = new int[n + 1];
          for (int k = 0; k < i; k++) {
            at[k] = k;
          }
        }
        i = end;
        continue;
      }
      if (text != null) {
        at[text.length()] = i;
        text.append(c);
      }
      i++;
    }
    if (text == null) {
      return null;
    }
    at[text.length()] = n;
    return new Stripped(text.toString(), at);
  }

  /** Where the escape sequence at {@code i} (an ESC) ends, or {@code i} when none starts there. */
  private static int sequenceEnd(CharSequence s, int i) {
    int n = s.length();
    if (i + 1 >= n) {
      return i;
    }
    char kind = s.charAt(i + 1);
    if (kind == '[') { // CSI: parameter bytes, intermediate bytes, one final byte
      int j = i + 2;
      while (j < n && s.charAt(j) >= 0x30 && s.charAt(j) <= 0x3f) {
        j++;
      }
      while (j < n && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x2f) {
        j++;
      }
      return j < n && s.charAt(j) >= 0x40 && s.charAt(j) <= 0x7e ? j + 1 : i;
    }
    if (kind == ']') { // OSC: up to BEL or ESC \
      int limit = Math.min(n, i + MAX_OSC);
      for (int j = i + 2; j < limit; j++) {
        char c = s.charAt(j);
        if (c == '\u0007') {
          return j + 1;
        }
        if (c == ESC) {
          return j + 1 < n && s.charAt(j + 1) == '\\' ? j + 2 : i;
        }
      }
      return i;
    }
    if ((kind == '(' || kind == ')') && i + 2 < n && s.charAt(i + 2) > ' ' && s.charAt(i + 2) < 0x7f) {
      return i + 3; // a character set: ESC ( B
    }
    return i;
  }
}
