package dev.redact4j;

import org.jspecify.annotations.Nullable;

/**
 * A {@link Redactor} configuration that cannot be built: an unknown rule id, a bad mask, a user
 * regex that could backtrack catastrophically, or a rules file with an error. The message names the
 * setting, the line when it comes from a file, and the fix. It never contains a secret value.
 *
 * @since 0.1.0
 */
public final class RedactionConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String source;
  private final int line;

  RedactionConfigException(String message) {
    this(message, null, 0);
  }

  RedactionConfigException(String message, @Nullable String source, int line) {
    super(source == null ? message : source + (line > 0 ? ":" + line : "") + ": " + message);
    this.source = source;
    this.line = line;
  }

  /** The rules file the error comes from, or null when it was set in code. */
  public @Nullable String source() {
    return source;
  }

  /** The 1-based line in {@link #source()}, or 0 when there is none. */
  public int line() {
    return line;
  }
}
