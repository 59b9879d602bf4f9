package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reconfiguration at runtime (what {@code Configurator.reconfigure} and {@code monitorInterval} do) while
 * a thread logs secrets: back and forth between a RedactingLayout and an Async, Rewrite and
 * {@code %scrub} configuration of the same file. Every event is written once, redacted, by one
 * configuration or the other.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class ReconfigurationTest {
  @TempDir
  Path dir;

  @Test
  void noEventIsLostOrWrittenRawWhileTheConfigurationChanges() throws Exception {
    Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(505);
    String token = secrets.githubToken();
    String password = secrets.password();
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    URI first = dir.resolve(getClass().getSimpleName() + ".xml").toUri();
    URI next = write("ReconfigurationTest-next.xml");
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger logged = new AtomicInteger();
    Thread app = new Thread(() -> {
      Logger log = fixture.context.getLogger("app");
      while (!stop.get()) {
        ThreadContext.put("password", password);
        log.info("event {} token {}", logged.incrementAndGet(), token);
        ThreadContext.clearMap();
        LockSupport.parkNanos(100_000); // a steady stream, not a flood the 2-CPU build machine chokes on
      }
    });
    try {
      app.start();
      for (int i = 0; i < 6; i++) {
        Thread.sleep(50);
        fixture.context.setConfigLocation(i % 2 == 0 ? next : first);
      }
      Thread.sleep(50);
    } finally {
      stop.set(true);
      app.join();
      fixture.close();
    }

    String nl = System.lineSeparator();
    String[] lines = fixture.read("app.log").split(nl);
    assertThat(lines).hasSize(logged.get())
        .allMatch(l -> l.matches("(layout|scrub) event \\d+ token \\[REDACTED:github-pat-classic]"
            + " \\[\\{password=\\[REDACTED:password-assignment]}]"))
        .anyMatch(l -> l.startsWith("layout ")).anyMatch(l -> l.startsWith("scrub "));
    assertThat(fixture.statusErrors()).isEmpty();
  }

  /** Writes a configuration of this test into the test's folder, as the fixture does with its own. */
  private URI write(String resource) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@DIR@", dir.toString());
      return Files.writeString(dir.resolve(resource), xml).toUri();
    }
  }
}
