package dev.redact4j;

/**
 * The Knuth–Morris–Pratt failure table of a text, shared by the searches that must stay linear
 * whatever the text repeats ({@link KnownSecrets}, {@link Redactor#redactInContext}).
 */
final class Borders {
  private Borders() {}

  /**
   * For each {@code j}, the length of the longest proper prefix of {@code value[0, j]} that is also its
   * suffix. Reads each character of {@code value} at most twice.
   */
  static int[] of(CharSequence value) {
    int m = value.length();
    int[] border = new int[m];
    for (int j = 1, k = 0; j < m; j++) {
      while (k > 0 && value.charAt(j) != value.charAt(k)) {
        k = border[k - 1];
      }
      if (value.charAt(j) == value.charAt(k)) {
        k++;
      }
      border[j] = k;
    }
    return border;
  }
}
