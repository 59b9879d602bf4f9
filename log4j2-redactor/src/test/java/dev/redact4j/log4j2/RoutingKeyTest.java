package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Routing appender keyed on a ThreadContext value ({@code $${ctx:tenant}}) that holds a secret: the
 * key names the route's appender and its file, which no layout can redact. With a
 * {@code RedactingRewritePolicy} inside {@code <Routing>} or in a {@code <Rewrite>} in front, the key
 * is read from the redacted event: the file is named after the mask, and with {@code mask="fingerprint"}
 * each secret still gets a route of its own.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class RoutingKeyTest {
  private static final String KEY_PROPERTY = "redact4j.test.routing.key";

  @TempDir
  Path dir;

  @AfterEach
  void clear() {
    ThreadContext.clearAll();
    System.clearProperty(KEY_PROPERTY);
  }

  @Test
  void aSecretRouteKeyNamesNoFile() throws IOException {
    Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(77);
    String first = secrets.githubToken();
    String second = secrets.githubToken();
    System.setProperty(KEY_PROPERTY, "routing-test-" + Long.toHexString(first.hashCode()) + "-fingerprint");
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    try {
      Logger log = fixture.context.getLogger("app");
      for (String tenant : new String[] {"acme", first, second, first}) {
        ThreadContext.put("tenant", tenant);
        log.info("order placed");
      }
    } finally {
      fixture.close();
    }

    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted().toList();
    }
    assertThat(names).noneMatch(n -> n.contains(first) || n.contains(second));
    assertThat(names).contains("fp-acme.log", "typed-acme.log", "typed-[REDACTED:github-pat-classic].log");
    // one route per secret, told apart by the fingerprint: the second token's route is not the first's
    List<String> fingerprinted = names.stream().filter(n -> n.startsWith("fp-[REDACTED:github-pat-classic:")).toList();
    assertThat(fingerprinted).hasSize(2);
    assertThat(fixture.read(fingerprinted.get(0)).lines().count() + fixture.read(fingerprinted.get(1)).lines().count())
        .isEqualTo(3);
    assertThat(fixture.read("typed-[REDACTED:github-pat-classic].log"))
        .contains("INFO order placed [{tenant=[REDACTED:github-pat-classic]}]");
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
