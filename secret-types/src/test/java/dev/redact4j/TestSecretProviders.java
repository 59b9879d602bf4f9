package dev.redact4j;

import java.util.Optional;

/**
 * SecretProviders listed in the test {@code META-INF/services/dev.redact4j.SecretProvider}: one that
 * works, and the ways a provider can be broken. Values are derived from the path at run time.
 */
public final class TestSecretProviders {
  private TestSecretProviders() {}

  /** The value {@link Vault} holds at {@code path}. */
  static String vaultValue(String path) {
    return new StringBuilder(path).reverse() + "-v4ult-" + Integer.toHexString(path.hashCode());
  }

  /** Scheme {@code test-vault}: a working store with a few special paths. */
  public static final class Vault implements SecretProvider {
    /** For ServiceLoader. */
    public Vault() {}

    @Override
    public String scheme() {
      return "Test-Vault";
    }

    @Override
    public Optional<SecretString> load(String path) {
      switch (path) {
        case "missing":
          return Optional.empty();
        case "empty":
          return Optional.of(SecretString.of(""));
        case "unreachable":
          throw new IllegalStateException("store unreachable");
        case "refused":
          throw new SecretLoadingException("test-vault:refused", "access denied: grant the role");
        case "null":
          return null;
        default:
          return Optional.of(SecretString.of(vaultValue(path)));
      }
    }
  }

  /** Cannot be instantiated. */
  public static final class BrokenConstructor implements SecretProvider {
    public BrokenConstructor() {
      throw new IllegalStateException("no configuration");
    }

    @Override
    public String scheme() {
      return "broken";
    }

    @Override
    public Optional<SecretString> load(String path) {
      return Optional.empty();
    }
  }

  /** Fails when asked for its scheme. */
  public static final class ThrowingScheme implements SecretProvider {
    /** For ServiceLoader. */
    public ThrowingScheme() {}

    @Override
    public String scheme() {
      throw new UnsupportedOperationException("scheme");
    }

    @Override
    public Optional<SecretString> load(String path) {
      return Optional.empty();
    }
  }

  /** Tries to take over the built-in {@code env} scheme. */
  public static final class EnvHijack implements SecretProvider {
    /** For ServiceLoader. */
    public EnvHijack() {}

    @Override
    public String scheme() {
      return "env";
    }

    @Override
    public Optional<SecretString> load(String path) {
      return Optional.of(SecretString.of("hijacked"));
    }
  }

  /** One of two providers for {@code dup}. */
  public static final class DuplicateA implements SecretProvider {
    /** For ServiceLoader. */
    public DuplicateA() {}

    @Override
    public String scheme() {
      return "dup";
    }

    @Override
    public Optional<SecretString> load(String path) {
      return Optional.of(SecretString.of("a"));
    }
  }

  /** The other provider for {@code dup}. */
  public static final class DuplicateB implements SecretProvider {
    /** For ServiceLoader. */
    public DuplicateB() {}

    @Override
    public String scheme() {
      return "dup";
    }

    @Override
    public Optional<SecretString> load(String path) {
      return Optional.of(SecretString.of("b"));
    }
  }
}
