package dev.redact4j.internal.engine;

import java.util.List;

/**
 * What must occur in the text for a rule to be tried: a literal, or a shape (one character class
 * per position, like {@code [2-6][0-9][0-9][0-9]} for the start of a card number). A literal is
 * ASCII, but for letters of other scripts ({@code пароль}, {@code 密码}, {@code hasło}); a shape is ASCII.
 *
 * @param literal the text to look for; empty for a shape
 * @param ignoreCase whether case may differ ({@code password} finds {@code PASSWORD}, {@code пароль} {@code Пароль})
 * @param shape the classes of consecutive characters; empty for a literal
 */
public record Anchor(String literal, boolean ignoreCase, List<CharClass> shape) {
  public Anchor {
    shape = List.copyOf(shape);
    if (literal.isEmpty() == shape.isEmpty()) {
      throw new IllegalArgumentException("An anchor is a literal or a shape of at least one character");
    }
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c > 0x7f && !(Character.isLetter(c) && !Character.isSurrogate(c))) {
        throw new IllegalArgumentException("Anchors are ASCII but for letters: " + literal);
      }
    }
  }

  public static Anchor exact(String literal) {
    return new Anchor(literal, false, List.of());
  }

  public static Anchor anyCase(String literal) {
    return new Anchor(literal, true, List.of());
  }

  /** A run of characters, each in its class; like the automaton, a letter matches in either case. */
  public static Anchor shape(CharClass... positions) {
    return new Anchor("", false, List.of(positions));
  }

  // Written out: the generated ones bootstrap method handles, which a cold start (the engine keys a
  // map by every anchor of the catalog) pays for while the JVM still interprets them.
  @Override
  public boolean equals(Object o) {
    return o instanceof Anchor other && ignoreCase == other.ignoreCase && literal.equals(other.literal)
        && shape.equals(other.shape);
  }

  @Override
  public int hashCode() {
    return (literal.hashCode() * 31 + Boolean.hashCode(ignoreCase)) * 31 + shape.hashCode();
  }

  /** The anchor's length in characters. */
  public int length() {
    return shape.isEmpty() ? literal.length() : shape.size();
  }
}
