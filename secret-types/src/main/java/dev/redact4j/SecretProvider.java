package dev.redact4j;

import java.util.Optional;

/**
 * Service-provider interface for secret stores (a vault, a cloud secret manager) that
 * {@link Secrets#fromReference(String)} consults for references of the form {@code scheme:path},
 * such as {@code vault:secret/data/db#password}. Providers are found with
 * {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/dev.redact4j.SecretProvider}, or declare
 * {@code provides dev.redact4j.SecretProvider with ...} in a module descriptor. The core thus
 * depends on no store.
 *
 * <p>Contract for implementations:
 *
 * <ul>
 *   <li>a public no-argument constructor that does no I/O and does not throw (connect lazily, in
 *       {@link #load(String)}); a provider that cannot be instantiated is skipped and named in the
 *       error of any reference it would have served;</li>
 *   <li>thread-safe;</li>
 *   <li>never log a secret value or put one in an exception message, a cause, or a suppressed
 *       exception; fail with a {@link SecretLoadingException} that names the reference and the
 *       fix.</li>
 * </ul>
 *
 * <p>The built-in schemes {@code env}, {@code sysprop}, {@code property} and {@code file} cannot be
 * taken over by a provider. Two providers for the same scheme make references to it fail, naming
 * both classes.
 *
 * @since 0.1.0
 */
public interface SecretProvider {
  /**
   * The reference scheme this provider serves, such as {@code vault}: a letter followed by letters,
   * digits, {@code +}, {@code -} or {@code .}, compared case-insensitively.
   *
   * @return the scheme, without the colon
   */
  String scheme();

  /**
   * Loads the secret a reference points to.
   *
   * @param path the reference without its {@code scheme:} prefix; never empty
   * @return the secret, or empty when the store has no such secret
   * @throws SecretLoadingException when the store cannot be reached or refuses access; other
   *     runtime exceptions are wrapped in one by {@link Secrets}
   */
  Optional<SecretString> load(String path);
}
