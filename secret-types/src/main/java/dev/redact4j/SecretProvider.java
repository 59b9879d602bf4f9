package dev.redact4j;

import java.util.Optional;

/**
 * Service-provider interface for secret stores (a vault, a cloud secret manager) that
 * {@link Secrets#fromReference(String)} consults for references of the form {@code scheme:path},
 * such as {@code vault:secret/data/db#password}. Implementations are found with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.redact4j.SecretProvider} or
 * {@code provides} in a module descriptor), so adapters plug in without the core depending on them.
 *
 * <p>Implementations must be thread-safe, must never log or put a secret value in an exception
 * message, and should fail with an exception that names the reference and the fix.
 *
 * @since 0.1.0
 */
public interface SecretProvider {
  /** The reference scheme this provider serves, lower case, e.g. {@code vault}. */
  String scheme();

  /**
   * Loads the secret a reference points to.
   *
   * @param path the reference without its {@code scheme:} prefix
   * @return the secret, or empty when the store has no such secret
   */
  Optional<SecretString> load(String path);
}
