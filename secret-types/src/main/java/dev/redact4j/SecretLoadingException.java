package dev.redact4j;

import org.jspecify.annotations.Nullable;

/**
 * A secret could not be loaded: its source (an environment variable, a system property, a file, a
 * {@link SecretProvider} reference) is missing, empty, unreadable, too widely readable, or served by
 * no provider. The message names the source and the fix. It never contains the secret's value, nor
 * text that might be one: a malformed reference is not repeated, in case a value was passed by
 * mistake.
 *
 * <p>Unchecked, because a missing secret is a deployment error to fix, not a condition to recover
 * from at the call site.
 *
 * @since 0.1.0
 */
public final class SecretLoadingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @serial what failed to load; never a value. */
  private final String source;

  /**
   * For {@link SecretProvider} implementations.
   *
   * @param source what was being loaded, such as {@code "vault:secret/db#password"}; never a value
   * @param message what went wrong and how to fix it; never a value
   */
  public SecretLoadingException(String source, String message) {
    this(source, message, null);
  }

  /**
   * For {@link SecretProvider} implementations.
   *
   * @param source what was being loaded, such as {@code "vault:secret/db#password"}; never a value
   * @param message what went wrong and how to fix it; never a value
   * @param cause the underlying failure, or null; its message must not contain a value either
   */
  public SecretLoadingException(String source, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.source = source;
  }

  /**
   * The source that failed, such as {@code "environment variable DB_PASSWORD"},
   * {@code "secret file /run/secrets/db"} or {@code "secret reference"} when the reference itself is
   * malformed. Never a value.
   *
   * @return the source that failed
   */
  public String source() {
    return source;
  }
}
