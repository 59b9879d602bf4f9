package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redact4j.KnownSecrets;
import dev.redact4j.SecretString;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one test fixture for this module: loads the real {@code log4j2.xml} named after the test class
 * ({@code <TestClass>.xml} next to it in test resources, or a {@code .properties} or {@code .json}
 * configuration, with {@code @DIR@} replaced by a temp dir)
 * into a fresh {@link LoggerContext}, captures StatusLogger errors, reads the files it wrote, and
 * plants generated fake secrets. As a JUnit extension it fails any test whose output files, or their
 * names, hold one of the secrets planted during it.
 */
final class Log4jFixture implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String UPPER_DIGIT = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  /** Secrets planted by the current test, checked against every output file after it. */
  private static final List<String> PLANTED = Collections.synchronizedList(new ArrayList<>());
  private static final List<Path> DIRS = Collections.synchronizedList(new ArrayList<>());
  /** The running log4j-core's version, from its jar's manifest: the suite also runs on older Log4j. */
  static final Runtime.Version LOG4J = log4jVersion();

  final LoggerContext context;
  final Path dir;
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  private final StatusListener listener = new StatusListener() {
    @Override
    public void log(StatusData data) {
      if (data.getLevel().isMoreSpecificThan(Level.ERROR)) {
        errors.add(data.getFormattedStatus());
      }
    }

    @Override
    public Level getStatusLevel() {
      return Level.ERROR;
    }

    @Override
    public void close() {}
  };

  private Log4jFixture(Class<?> testClass, String fixture, String extension, Path dir) {
    this(read(testClass, fixture + "." + extension), fixture + "." + extension, dir);
  }

  private Log4jFixture(String configuration, String fileName, Path dir) {
    this.dir = dir;
    DIRS.add(dir);
    StatusLogger.getLogger().registerListener(listener);
    try {
      Path config = dir.resolve(fileName);
      Files.writeString(config, configuration.replace("@DIR@", dir.toString()));
      context = new LoggerContext(fileName + "-" + System.nanoTime(), null, config.toUri());
      context.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Runtime.Version log4jVersion() {
    try (JarFile jar = new JarFile(Path.of(LoggerContext.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).toFile())) {
      Attributes manifest = jar.getManifest().getMainAttributes();
      String version = manifest.getValue("Implementation-Version"); // 2.21 names only the Bundle-Version
      return Runtime.Version.parse(version != null ? version : manifest.getValue("Bundle-Version"));
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Class<?> testClass, String resource) {
    try (InputStream in = testClass.getResourceAsStream(resource)) {
      assertThat(in).as("fixture %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts a configuration given as text, written to {@code fileName} in {@code dir} (its extension
   * picks the configuration format), with {@code @DIR@} replaced by {@code dir}.
   */
  static Log4jFixture startText(String configuration, String fileName, Path dir) {
    return new Log4jFixture(configuration, fileName, dir);
  }

  /** Starts {@code <testClass simple name>.xml}. */
  static Log4jFixture start(Class<?> testClass, Path dir) {
    return new Log4jFixture(testClass, testClass.getSimpleName(), "xml", dir);
  }

  /** Starts another fixture of the test class, {@code <simple name>-<variant>.xml}. */
  static Log4jFixture start(Class<?> testClass, String variant, Path dir) {
    return new Log4jFixture(testClass, testClass.getSimpleName() + "-" + variant, "xml", dir);
  }

  /**
   * Starts the test class's fixture in another configuration format, {@code <simple name>.<extension>}
   * ({@code properties}, {@code json}, {@code yaml}); Log4j picks its configuration factory by the extension.
   */
  static Log4jFixture startFormat(Class<?> testClass, String extension, Path dir) {
    return new Log4jFixture(testClass, testClass.getSimpleName(), extension, dir);
  }

  /** Stops the context, flushing every appender. */
  @Override
  public void close() {
    context.stop();
    StatusLogger.getLogger().removeListener(listener);
  }

  /** The text of a file the configuration wrote into {@code @DIR@}. */
  String read(String file) {
    try {
      Path path = dir.resolve(file);
      return Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each line of a JSON-lines file, parsed; fails the test if a line is not valid JSON. */
  List<JsonNode> readJson(String file) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : read(file).split("\n")) {
      if (!line.isBlank()) {
        try {
          nodes.add(JSON.readTree(line));
        } catch (IOException e) {
          throw new AssertionError("not valid JSON: " + line, e);
        }
      }
    }
    return nodes;
  }

  /** ERROR-level StatusLogger messages seen while this fixture was open. */
  List<String> statusErrors() {
    return List.copyOf(errors);
  }

  /** Fake secrets from a seeded generator, matching real formats; each one is planted. */
  static final class Secrets {
    private final Random random;

    Secrets(long seed) {
      this.random = new Random(seed);
    }

    /** A GitHub classic token shape: {@code ghp_} + 36 letters/digits. */
    String githubToken() {
      return plant("ghp_" + chars(ALNUM, 36));
    }

    /** An AWS access key id shape, caught by the fixtures' custom rule {@code test-aws-key}. */
    String awsKeyId() {
      return plant("AKIA" + chars(UPPER_DIGIT, 16));
    }

    /** A password value, to be logged as {@code password=<value>}. */
    String password() {
      return plant("pw" + chars(ALNUM, 14));
    }

    /** A value registered in {@link KnownSecrets#global()}; unregister it with the returned handle. */
    SecretString known() {
      String value = plant("known-" + chars(ALNUM, 18));
      SecretString secret = SecretString.of(value);
      KnownSecrets.global().register(secret);
      return secret;
    }

    private String chars(String alphabet, int n) {
      StringBuilder sb = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return sb.toString();
    }
  }

  /** Has {@link CanaryCheck} read the files in {@code dir} too, for tests that log into another context. */
  static void watch(Path dir) {
    DIRS.add(dir);
  }

  /** The secrets planted so far in the current test. */
  static List<String> planted() {
    return List.copyOf(PLANTED);
  }

  static String plant(String secret) {
    PLANTED.add(secret);
    return secret;
  }

  /** Fails a test whose output files hold any secret it planted (STYLE 12). */
  static final class CanaryCheck implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) throws IOException {
      try {
        for (Path dir : List.copyOf(DIRS)) {
          List<Path> files;
          try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".xml"))
                .collect(Collectors.toList());
          }
          for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = dir.relativize(file).toString(); // a route or a rolled file may be named after event data
            for (String secret : List.copyOf(PLANTED)) {
              assertThat(text).as("planted secret in %s", file.getFileName()).doesNotContain(secret);
              assertThat(name).as("planted secret in a file name").doesNotContain(secret);
            }
          }
        }
      } finally {
        PLANTED.clear();
        DIRS.clear();
      }
    }
  }
}
