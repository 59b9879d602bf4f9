package dev.redact4j;

/**
 * Loads secrets from the environment, system properties, files and {@link SecretProvider}s.
 * Placeholder: completed in the next commit.
 */
public final class Secrets {
  private Secrets() {}

  /** Placeholder. */
  public static SecretString fromReference(String reference) {
    throw new UnsupportedOperationException("not yet");
  }
}
