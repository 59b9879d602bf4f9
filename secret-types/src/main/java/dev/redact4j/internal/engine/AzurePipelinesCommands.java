package dev.redact4j.internal.engine;

/**
 * Azure Pipelines' logging command {@code ##vso[task.setvariable variable=<name>;issecret=false]<value>},
 * which a script prints to set a pipeline variable: a variable named for a secret holds its value after the
 * {@code ]} that closes the command, and the command's own properties ({@code issecret}) are flags.
 */
final class AzurePipelinesCommands {
  /** The key is no variable name of a logging command. */
  static final int NONE = -2;
  /** The key is a property of a logging command ({@code ;issecret=true}): a flag, never a secret. */
  static final int PROPERTY = -1;

  private static final String SET_VARIABLE = "##vso[task.setvariable variable=";
  /** How far the {@code ]} that closes the command may come after the variable's name. */
  private static final int MAX_PROPERTIES = 64;

  private AzurePipelinesCommands() {
  }

  /**
   * Where the value starts when the key {@code text[keyStart, keyEnd)} is the variable's name of a
   * {@code task.setvariable} command; {@link #PROPERTY} for the {@code issecret} property after a {@code ;};
   * {@link #NONE} otherwise. Reads at most {@value #MAX_PROPERTIES} characters after the key.
   */
  static int valueAt(CharSequence text, int keyStart, int keyEnd) {
    int at = keyStart - SET_VARIABLE.length();
    // One read decides for almost every key, so that floods of keys stay cheap.
    char before = keyStart > 0 ? text.charAt(keyStart - 1) : 0;
    if (before == ';') {
      return KeyNames.regionEqualsIgnoreCase(text, keyStart, "issecret=") ? PROPERTY : NONE;
    }
    if (before != '=' || at < 0 || !KeyNames.regionEqualsIgnoreCase(text, at, SET_VARIABLE)) {
      return NONE;
    }
    int limit = Math.min(text.length(), keyEnd + MAX_PROPERTIES);
    for (int j = keyEnd; j < limit; j++) {
      char c = text.charAt(j);
      if (c == ']') {
        return j + 1;
      } else if (c == '\n' || c == '\r') {
        return NONE;
      }
    }
    return NONE;
  }
}
