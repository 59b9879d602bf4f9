package dev.redact4j.internal.engine;

import static dev.redact4j.internal.engine.KeyValueDetector.isQuote;

/**
 * Changes printed as an old and a new value on one line, as deployment tools report them: Terraform's and
 * OpenTofu's {@code "old" -> "new"}, Pulumi's {@code "old" => "new"}, a Puppet agent's
 * {@code changed 'old' to 'new'} and {@code defined 'p' as 'v'}, and an old value a tool masked
 * ({@code (sensitive value) -> "new"}). Static and allocation-free; each reads the arrow or the mask,
 * at most a Puppet verb and 64 characters after it, and at most {@link #MAX_NEW_VALUE} characters of the
 * new value.
 */
final class ChangeValues {
  private ChangeValues() {}

  /** The most characters read for the new value of a change ({@link #throughNewValue}). */
  static final int MAX_NEW_VALUE = 512;

  /**
   * A change printed as its old and its new value on one line: {@code "old" -> "new"} (a Terraform or OpenTofu
   * plan), {@code "old" => "new"} (a Pulumi diff), {@code 'old' to 'new'} (a Puppet agent run). The new value is
   * the same key's next secret, so the span of the quoted old value goes on through the new one; the arrow
   * between them is hidden with them. Only when the old value was quoted and the new one is in the same quotes
   * on the same line; reads at most {@link #MAX_NEW_VALUE} characters past the arrow.
   */
  static long throughNewValue(CharSequence text, long span) {
    int start = Detector.start(span);
    int end = Detector.end(span);
    int n = text.length();
    if (start == 0 || end >= n || !isQuote(text.charAt(end)) || text.charAt(start - 1) != text.charAt(end)) {
      return span;
    }
    int open = end + 1 + changeArrow(text, end + 1);
    if (open == end + 1 || open >= n || text.charAt(open) != text.charAt(end)) {
      return span;
    }
    int limit = Math.min(n, open + 1 + MAX_NEW_VALUE);
    for (int k = open + 1; k < limit; k++) {
      char c = text.charAt(k);
      if (c == text.charAt(end)) {
        return k > open + 1 ? Detector.pack(start, k) : span;
      }
      if (c == '\\' || c == '\n' || c == '\r') {
        return span; // an escaped quote or a line break: no plain quoted value
      }
    }
    return span;
  }

  /** Length of the {@code " -> "}, {@code " => "} or {@code " to "} between a change's old and new value, or 0. */
  private static int changeArrow(CharSequence text, int i) {
    return KeyNames.regionEquals(text, i, " -> ") || KeyNames.regionEquals(text, i, " => ")
        || KeyNames.regionEquals(text, i, " to ") ? 4 : 0;
  }

  /**
   * Where the value of a Puppet agent's event on a property starts: {@code <property>: changed '<old>' to '<new>'}
   * (the old value; {@link #throughNewValue} takes the new one) or {@code <property>: defined '<property>' as
   * '<value>'}; {@code i} when no such verb is at {@code i}. Reads at most the verb, a quoted name of 64 and
   * {@code as}.
   */
  static int afterPuppetVerb(CharSequence text, int i) {
    int n = text.length();
    if (KeyNames.regionEquals(text, i, "changed ") && i + 8 < n && isQuote(text.charAt(i + 8))) {
      return i + 8;
    }
    if (!KeyNames.regionEquals(text, i, "defined '")) {
      return i;
    }
    int limit = Math.min(n, i + 9 + 64);
    int j = i + 9;
    while (j < limit && (KeyNames.isAlnum(text.charAt(j)) || text.charAt(j) == '_')) {
      j++;
    }
    return j > i + 9 && KeyNames.regionEquals(text, j, "' as ") && j + 5 < n && isQuote(text.charAt(j + 5)) ? j + 5
        : i;
  }

  /**
   * Where the new value of a change whose old value a deployment tool masked starts: {@code (sensitive value)
   * -> "new"}, {@code (sensitive) -> "new"} (Terraform), {@code [secret] => "new"} (Pulumi); {@code i} when no
   * such mask is at {@code i}; -1 when the mask stands alone or before another mask ({@code [secret] =>
   * [secret]}, {@code -> (known after apply)}): the tool printed no value.
   */
  static int afterToolMask(CharSequence text, int i) {
    int mask = KeyNames.regionEquals(text, i, "(sensitive value)") ? 17
        : KeyNames.regionEquals(text, i, "(sensitive)") ? 11
        : KeyNames.regionEquals(text, i, "[secret]") ? 8 : 0;
    if (mask == 0) {
      return i;
    }
    int arrow = changeArrow(text, i + mask);
    int next = i + mask + arrow;
    return arrow > 0 && next < text.length() && isQuote(text.charAt(next)) ? next : -1;
  }
}
