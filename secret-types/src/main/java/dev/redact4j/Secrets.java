package dev.redact4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Loads secrets from where deployments keep them, so that they never appear in source code or
 * configuration files: environment variables, system properties, files (Docker and Kubernetes
 * mounted secrets) and, through {@link SecretProvider}s, any other store.
 *
 * <pre>{@code
 * SecretString db = Secrets.fromFile(Path.of("/run/secrets/db-password"));
 * SecretString token = Secrets.fromEnv("API_TOKEN");
 * SecretString key = Secrets.fromReference(config.get("signing.key")); // "file:/etc/app/key"
 * }</pre>
 *
 * <p><b>Failures.</b> A missing, empty or unreadable source throws a
 * {@link SecretLoadingException} whose message names the source and the fix and never contains the
 * value. Nothing is logged.
 *
 * <p><b>Which source.</b> Prefer files: environment variables and system properties are
 * {@code String}s the JVM cannot erase, environment variables are inherited by child processes and
 * readable in {@code /proc/<pid>/environ} by the same user, and system properties are visible to
 * all code in the JVM and often printed by diagnostics. Files are read into arrays that are zeroed
 * after use.
 *
 * <p>Stateless and thread-safe. Providers are looked up with {@link ServiceLoader} on every
 * {@link #fromReference} call that needs one (the thread's context class loader, else this class's
 * loader): loading secrets is a start-up task, not a hot path.
 *
 * @since 0.1.0
 */
public final class Secrets {
  /** Options for {@link #fromFile(Path, FileOption...)} and {@link #bytesFromFile}. */
  public enum FileOption {
    /**
     * Load the file even when every user of the machine may read it (POSIX "others" read
     * permission). Refused by default because any local user or process could read the secret too.
     * Docker Swarm ({@code 0444}) and Kubernetes ({@code defaultMode: 0644}) mount secrets that way
     * unless told otherwise; inside a single-process container that can be acceptable, which this
     * option states explicitly. Better: set {@code mode: 0400} / {@code defaultMode: 0400}.
     */
    ALLOW_WORLD_READABLE
  }

  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
  private static final List<String> BUILT_IN_SCHEMES = List.of("env", "file", "property", "sysprop");
  /**
   * The largest secret file read: far above any real secret (Kubernetes caps a Secret at 1 MiB),
   * so that a wrong path (a log file, a disk image) fails with a clear error, not OutOfMemoryError.
   */
  static final int MAX_FILE_SIZE = 16 * 1024 * 1024;
  /** Bounds the walk over a broken service configuration that keeps reporting errors. */
  private static final int MAX_PROVIDER_ENTRIES = 1000;

  private Secrets() {}

  /**
   * Loads the value of an environment variable.
   *
   * @param name the variable's name, such as {@code DB_PASSWORD}
   * @return the value as a secret
   * @throws SecretLoadingException if the variable is not set or is empty
   */
  public static SecretString fromEnv(String name) {
    return fromEnv(name, System::getenv);
  }

  /** {@link #fromEnv(String)} against a given environment, for tests. */
  static SecretString fromEnv(String name, Function<String, @Nullable String> environment) {
    Objects.requireNonNull(name, "name");
    String source = "environment variable " + name;
    if (name.isEmpty()) {
      throw new SecretLoadingException(source, "The environment variable name is empty: give the"
          + " name of the variable that holds the secret, such as DB_PASSWORD");
    }
    String value = environment.apply(name);
    if (value == null) {
      throw new SecretLoadingException(source, "Environment variable " + name + " is not set: set"
          + " it in the environment of the process (the container's env or secretKeyRef section,"
          + " the systemd unit, the shell), or load the secret from a file instead");
    }
    if (value.isEmpty()) {
      throw new SecretLoadingException(source, "Environment variable " + name + " is set but empty:"
          + " give it the secret's value");
    }
    return SecretString.of(value);
  }

  /**
   * Loads the value of a system property.
   *
   * @param name the property's name, such as {@code db.password}
   * @return the value as a secret
   * @throws SecretLoadingException if the property is not set or is empty
   */
  public static SecretString fromProperty(String name) {
    return fromProperty(name, System::getProperty);
  }

  private static SecretString fromProperty(
      String name, Function<String, @Nullable String> properties) {
    Objects.requireNonNull(name, "name");
    String source = "system property " + name;
    if (name.isEmpty()) {
      throw new SecretLoadingException(source, "The system property name is empty: give the name"
          + " of the property that holds the secret, such as db.password");
    }
    String value = properties.apply(name);
    if (value == null) {
      throw new SecretLoadingException(source, "System property " + name + " is not set: start the"
          + " JVM with -D" + name + "=<value>, or load the secret from a file instead");
    }
    if (value.isEmpty()) {
      throw new SecretLoadingException(source, "System property " + name + " is set but empty:"
          + " give it the secret's value");
    }
    return SecretString.of(value);
  }

  /**
   * Loads a text secret from a file, as Docker ({@code /run/secrets/<name>}) and Kubernetes (secret
   * volumes) provide them. The file is read as UTF-8; a leading byte-order mark and all trailing
   * line breaks ({@code \n}, {@code \r}) are removed, since editors and {@code echo} add them;
   * other whitespace is kept, as it may be part of a password. Symbolic links are followed.
   *
   * <p>On POSIX file systems the file is refused when every user may read it, unless
   * {@link FileOption#ALLOW_WORLD_READABLE} is given. Other file systems are not checked.
   *
   * @param file the secret file
   * @param options {@link FileOption#ALLOW_WORLD_READABLE} to accept a world-readable file
   * @return the file's text as a secret
   * @throws SecretLoadingException if the file is missing, not a regular file, unreadable,
   *     world-readable without the option, larger than 16 MiB, not UTF-8, or empty once line breaks
   *     are removed
   */
  public static SecretString fromFile(Path file, FileOption... options) {
    byte[] bytes = readSecretFile(file, options);
    try {
      return decodeSecretText(bytes, file);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /**
   * Loads a binary secret (key material, a keystore) from a file, byte for byte: nothing is trimmed.
   * Permissions are checked as by {@link #fromFile(Path, FileOption...)}.
   *
   * @param file the secret file
   * @param options {@link FileOption#ALLOW_WORLD_READABLE} to accept a world-readable file
   * @return the file's bytes as a secret
   * @throws SecretLoadingException if the file is missing, not a regular file, unreadable,
   *     world-readable without the option, larger than 16 MiB, or empty
   */
  public static SecretBytes bytesFromFile(Path file, FileOption... options) {
    byte[] bytes = readSecretFile(file, options);
    if (bytes.length == 0) {
      throw new SecretLoadingException(fileSource(file), "Secret file " + file + " is empty: write"
          + " the secret into it, or fix the path");
    }
    return SecretBytes.adopt(bytes);
  }

  /**
   * Loads a secret from a reference of the form {@code scheme:path}, for settings that say where a
   * secret lives rather than what it is. Built-in schemes:
   *
   * <ul>
   *   <li>{@code env:NAME}: {@link #fromEnv(String)};</li>
   *   <li>{@code sysprop:NAME} or {@code property:NAME}: {@link #fromProperty(String)};</li>
   *   <li>{@code file:PATH}: {@link #fromFile(Path, FileOption...)} with default options, such as
   *       {@code file:/run/secrets/db-password}.</li>
   * </ul>
   *
   * <p>Any other scheme goes to the {@link SecretProvider} that declares it, found with
   * {@link ServiceLoader}. Schemes are case-insensitive. A provider that cannot be loaded is skipped
   * and named in the error of a reference nobody else serves; it never breaks other references.
   *
   * @param reference such as {@code env:DB_PASSWORD} or {@code vault:secret/db#password}
   * @return the secret
   * @throws SecretLoadingException if the reference is malformed, no provider (or more than one)
   *     serves its scheme, or the source is missing or empty. A malformed reference, or one with an
   *     unknown scheme, is not repeated in the message in case it is a value passed by mistake.
   */
  public static SecretString fromReference(String reference) {
    return fromReference(reference, System::getenv);
  }

  /** {@link #fromReference(String)} against a given environment, for tests. */
  static SecretString fromReference(
      String reference, Function<String, @Nullable String> environment) {
    Objects.requireNonNull(reference, "reference");
    int colon = reference.indexOf(':');
    if (colon <= 0 || !SCHEME.matcher(reference.substring(0, colon)).matches()) {
      throw new SecretLoadingException("secret reference", "A secret reference must have the form"
          + " scheme:path, such as env:DB_PASSWORD or file:/run/secrets/db-password; the one given"
          + " does not (it is not repeated here, in case it is a secret value)");
    }
    String scheme = reference.substring(0, colon).toLowerCase(Locale.ROOT);
    String path = reference.substring(colon + 1);
    if (path.isEmpty()) {
      throw new SecretLoadingException(scheme + ":", "The secret reference " + scheme + ": names"
          + " nothing after the scheme: add the variable, property, file or path, such as "
          + scheme + ":" + examplePath(scheme));
    }
    switch (scheme) {
      case "env":
        return fromEnv(path, environment);
      case "sysprop":
      case "property":
        return fromProperty(path, System::getProperty);
      case "file":
        return fromFile(toPath(path, reference));
      default:
        return fromProvider(scheme, path);
    }
  }

  /** What follows the scheme in a well-formed reference, for error messages. */
  private static String examplePath(String scheme) {
    switch (scheme) {
      case "file":
        return "/run/secrets/db-password";
      case "sysprop":
      case "property":
        return "db.password";
      default:
        return "DB_PASSWORD";
    }
  }

  private static Path toPath(String path, String reference) {
    try {
      return Path.of(path);
    } catch (InvalidPathException e) {
      throw new SecretLoadingException(reference, "The secret reference " + reference + " is not a"
          + " valid file path on this system: fix the path", e);
    }
  }

  private static SecretString fromProvider(String scheme, String path) {
    String reference = scheme + ":" + path;
    ProviderSearch search = ProviderSearch.run(scheme);
    if (search.matches.isEmpty()) {
      TreeSet<String> known = new TreeSet<>(BUILT_IN_SCHEMES);
      known.addAll(search.schemes);
      StringBuilder message = new StringBuilder("No SecretProvider serves the scheme of this secret"
          + " reference (known schemes: " + String.join(", ", known) + "): fix the reference, or"
          + " put the jar of the provider for its scheme on the class path. The reference is not"
          + " repeated here, in case it is a secret value.");
      search.appendProblems(message);
      SecretLoadingException e = new SecretLoadingException("secret reference", message.toString());
      search.problemCauses.forEach(e::addSuppressed);
      throw e;
    }
    if (search.matches.size() > 1) {
      List<String> names = new ArrayList<>();
      search.matches.forEach(p -> names.add(p.getClass().getName()));
      throw new SecretLoadingException(reference, "Several SecretProviders serve the scheme "
          + scheme + " (" + String.join(", ", names) + "): keep only one of them on the class path");
    }
    SecretProvider provider = search.matches.get(0);
    String providerName = scheme + " provider " + provider.getClass().getName();
    Optional<SecretString> loaded;
    try {
      loaded = provider.load(path);
    } catch (SecretLoadingException e) {
      throw e;
    } catch (RuntimeException | LinkageError e) {
      throw new SecretLoadingException(reference, "The " + providerName + " failed to load "
          + reference + " (" + e.getClass().getName() + "): see the cause, and the provider's"
          + " documentation for its configuration", e);
    }
    if (loaded == null) {
      throw new SecretLoadingException(reference, "The " + providerName + " returned null for "
          + reference + ", breaking the SecretProvider contract: report it to the provider's"
          + " maintainers");
    }
    if (loaded.isEmpty()) {
      throw new SecretLoadingException(reference, "The " + providerName + " has no secret at "
          + reference + ": create the secret in the store, or fix the reference");
    }
    SecretString secret = loaded.get();
    if (secret.isDestroyed() || secret.use(CharSequence::length) == 0) {
      throw new SecretLoadingException(reference, "The secret at " + reference + " is empty"
          + (secret.isDestroyed() ? " (destroyed by the provider)" : "") + ": store the secret's"
          + " value there");
    }
    return secret;
  }

  private static String fileSource(Path file) {
    return "secret file " + file;
  }

  private static byte[] readSecretFile(Path file, FileOption... options) {
    Objects.requireNonNull(file, "file");
    Set<FileOption> opts = EnumSet.noneOf(FileOption.class);
    for (FileOption option : options) {
      opts.add(Objects.requireNonNull(option, "option"));
    }
    String source = fileSource(file);
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new SecretLoadingException(source, "Secret file " + file + " does not exist: mount or"
          + " write the secret there (Docker secrets, a Kubernetes secret volume), or fix the path",
          e);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
    if (!attributes.isRegularFile()) {
      throw new SecretLoadingException(source, "Secret file " + file + " is not a regular file"
          + (attributes.isDirectory() ? " but a directory" : "") + ": point at the file that"
          + " holds the secret");
    }
    if (!opts.contains(FileOption.ALLOW_WORLD_READABLE)) {
      refuseWorldReadable(file);
    }
    if (attributes.size() > MAX_FILE_SIZE) {
      throw tooLarge(file, Long.toString(attributes.size()));
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // Bounded, as the file may have grown since its size was read.
      bytes = in.readNBytes(MAX_FILE_SIZE + 1);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
    if (bytes.length > MAX_FILE_SIZE) {
      Arrays.fill(bytes, (byte) 0);
      throw tooLarge(file, "more than " + MAX_FILE_SIZE);
    }
    return bytes;
  }

  private static SecretLoadingException tooLarge(Path file, String size) {
    return new SecretLoadingException(fileSource(file), "Secret file " + file + " has " + size + " bytes,"
        + " more than the 16 MiB a secret file may have: point at the file that holds the secret"
        + " itself");
  }

  private static void refuseWorldReadable(Path file) {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> permissions;
    try {
      permissions = view.readAttributes().permissions();
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
    if (permissions.contains(PosixFilePermission.OTHERS_READ)) {
      throw new SecretLoadingException(fileSource(file), "Secret file " + file + " is readable by"
          + " every user (permissions " + PosixFilePermissions.toString(permissions) + "):"
          + " restrict it with chmod o-r (Kubernetes: defaultMode: 0400 on the secret volume;"
          + " Docker: mode: 0400 on the secret), or, if no other user can reach the file, pass"
          + " Secrets.FileOption.ALLOW_WORLD_READABLE");
    }
  }

  private static SecretLoadingException cannotRead(Path file, IOException e) {
    return new SecretLoadingException(fileSource(file), "Secret file " + file + " cannot be read ("
        + e.getClass().getSimpleName() + "): give this process read permission on it and on its"
        + " directories", e);
  }

  /** Strict UTF-8; every temporary array is zeroed, and no {@code String} is made. */
  private static SecretString decodeSecretText(byte[] bytes, Path file) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    // UTF-8 never decodes to more chars than it has bytes.
    char[] chars = new char[bytes.length];
    try {
      CharBuffer out = CharBuffer.wrap(chars);
      CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
      if (!result.isError()) {
        result = decoder.flush(out);
      }
      if (result.isError()) {
        throw new SecretLoadingException(fileSource(file), "Secret file " + file + " is not valid"
            + " UTF-8 text: save it as UTF-8, or load it with Secrets.bytesFromFile");
      }
      int start = out.position() > 0 && chars[0] == '\uFEFF' ? 1 : 0;
      int end = out.position();
      while (end > start && (chars[end - 1] == '\n' || chars[end - 1] == '\r')) {
        end--;
      }
      if (end == start) {
        throw new SecretLoadingException(fileSource(file), "Secret file " + file + " is empty"
            + (out.position() > 0 ? " once its line breaks are removed" : "") + ": write the"
            + " secret into it, or fix the path");
      }
      return SecretString.adopt(Arrays.copyOfRange(chars, start, end));
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  /**
   * One defensive pass over the installed providers: every failure (a bad service file, a class that
   * cannot be loaded or instantiated, a {@code scheme()} that throws) becomes a recorded problem.
   */
  private static final class ProviderSearch {
    final List<SecretProvider> matches = new ArrayList<>();
    final Set<String> schemes = new TreeSet<>();
    final List<String> problems = new ArrayList<>();
    final List<Throwable> problemCauses = new ArrayList<>();

    static ProviderSearch run(String scheme) {
      ProviderSearch search = new ProviderSearch();
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      if (loader == null) {
        loader = Secrets.class.getClassLoader();
      }
      Iterator<SecretProvider> providers;
      try {
        providers = ServiceLoader.load(SecretProvider.class, loader).iterator();
      } catch (ServiceConfigurationError | RuntimeException e) {
        search.problem("the SecretProvider service cannot be looked up: " + e.getMessage(), e);
        return search;
      }
      for (int i = 0; i < MAX_PROVIDER_ENTRIES; i++) {
        SecretProvider provider;
        try {
          if (!providers.hasNext()) {
            break;
          }
          provider = providers.next();
        } catch (ServiceConfigurationError e) {
          // The JDK's message names the provider class or the service file, never a value.
          search.problem(e.getMessage(), e);
          continue;
        } catch (RuntimeException | LinkageError e) {
          search.problem("a SecretProvider could not be loaded (" + e.getClass().getName() + ")", e);
          continue;
        }
        search.consider(provider, scheme);
      }
      return search;
    }

    private void consider(SecretProvider provider, String scheme) {
      String declared;
      try {
        declared = provider.scheme();
      } catch (RuntimeException | LinkageError e) {
        problem(provider.getClass().getName() + ".scheme() threw " + e.getClass().getName(), e);
        return;
      }
      if (declared == null || !SCHEME.matcher(declared).matches()) {
        problem(provider.getClass().getName() + ".scheme() returned no valid scheme", null);
        return;
      }
      String normalized = declared.toLowerCase(Locale.ROOT);
      if (BUILT_IN_SCHEMES.contains(normalized)) {
        problem(provider.getClass().getName() + " declares the built-in scheme " + normalized
            + ", which providers cannot take over", null);
        return;
      }
      schemes.add(normalized);
      if (normalized.equals(scheme)) {
        matches.add(provider);
      }
    }

    private void problem(@Nullable String description, @Nullable Throwable cause) {
      problems.add(description == null ? "a SecretProvider failed without a message" : description);
      if (cause != null) {
        problemCauses.add(cause);
      }
    }

    void appendProblems(StringBuilder message) {
      if (problems.isEmpty()) {
        return;
      }
      message.append(" SecretProviders that could not be used:");
      for (String problem : problems) {
        message.append(System.lineSeparator()).append("  - ").append(problem);
      }
    }
  }
}
