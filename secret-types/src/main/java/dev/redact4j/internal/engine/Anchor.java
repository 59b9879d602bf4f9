package dev.redact4j.internal.engine;

/**
 * A literal that must occur in the text for a rule to be tried. ASCII only.
 *
 * @param literal the text to look for
 * @param ignoreCase whether ASCII case may differ ({@code password} finds {@code PASSWORD})
 */
public record Anchor(String literal, boolean ignoreCase) {
  public Anchor {
    if (literal.isEmpty()) {
      throw new IllegalArgumentException("An anchor needs at least one character");
    }
    for (int i = 0; i < literal.length(); i++) {
      if (literal.charAt(i) > 0x7f) {
        throw new IllegalArgumentException("Anchors are ASCII only: " + literal);
      }
    }
  }

  public static Anchor exact(String literal) {
    return new Anchor(literal, false);
  }

  public static Anchor anyCase(String literal) {
    return new Anchor(literal, true);
  }
}
