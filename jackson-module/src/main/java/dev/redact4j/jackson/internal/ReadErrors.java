package dev.redact4j.jackson.internal;

import org.jspecify.annotations.Nullable;

/**
 * The text of the read errors both modules throw in place of Jackson's for values under a sensitive
 * name: Jackson's own quote the value ({@code from String "..."}), these say what was read and
 * where, never what. Jackson-free: tokens are passed by their constant name, the same in both lines.
 */
public final class ReadErrors {
  private ReadErrors() {}

  /**
   * {@code problem} (which must not hold the value) followed by why the value is not shown, for
   * example {@code Cannot deserialize value of type `int` from String (value withheld: under the
   * sensitive name "dbPassword")}.
   */
  public static String withheld(String problem, String sensitiveName) {
    return problem + " (value withheld: under the sensitive name \"" + sensitiveName + "\")";
  }

  /**
   * What kind of JSON value a token of {@code JsonToken.name()} starts, as Jackson words it in its
   * messages ({@code String}, {@code number}...); {@code input} when there is no token.
   */
  public static String kindOf(@Nullable String tokenName) {
    if (tokenName == null) {
      return "input";
    }
    return switch (tokenName) {
      case "VALUE_STRING" -> "String";
      case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "number";
      case "VALUE_TRUE", "VALUE_FALSE" -> "boolean";
      case "VALUE_NULL" -> "null";
      case "START_ARRAY", "END_ARRAY" -> "Array";
      case "VALUE_EMBEDDED_OBJECT" -> "embedded value";
      default -> "Object";
    };
  }
}
