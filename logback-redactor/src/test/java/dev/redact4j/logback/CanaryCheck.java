package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The invariant after every adapter test: no planted secret appears in any captured output. A test
 * takes a {@link Canaries} parameter, logs its {@link Canaries#plant planted} secrets and
 * {@link Canaries#watch watches} its output directory; after the test, every file under the watched
 * directories is read and the test fails if any planted secret is found, even if its own assertions
 * passed.
 */
final class CanaryCheck implements ParameterResolver, AfterEachCallback {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(CanaryCheck.class);

  /** Planted secrets and watched outputs of one test. */
  static final class Canaries {
    private final FakeSecrets fakes;
    private final List<String> planted = new ArrayList<>();
    private final List<Path> watched = new ArrayList<>();

    Canaries(long seed) {
      this.fakes = new FakeSecrets(seed);
    }

    FakeSecrets fakes() {
      return fakes;
    }

    /** Remembers a secret that must never be written, and returns it. */
    String plant(String secret) {
      planted.add(secret);
      return secret;
    }

    /** Watches every file under {@code dir} (or the file itself). */
    Path watch(Path dir) {
      watched.add(dir);
      return dir;
    }

    List<String> planted() {
      return planted;
    }

    void verify() throws Exception {
      for (Path root : watched) {
        if (!Files.exists(root)) {
          continue;
        }
        try (Stream<Path> files = Files.walk(root)) {
          for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
            String text = LogbackFixture.read(f);
            for (String secret : planted) {
              assertThat(text).as("planted secret in %s", f.getFileName()).doesNotContain(secret);
            }
          }
        }
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == Canaries.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    return e.getStore(NS).computeIfAbsent("canaries",
        k -> new Canaries(e.getUniqueId().hashCode()), Canaries.class);
  }

  @Override
  public void afterEach(ExtensionContext e) throws Exception {
    Canaries c = e.getStore(NS).get("canaries", Canaries.class);
    if (c != null) {
      c.verify();
    }
  }
}
