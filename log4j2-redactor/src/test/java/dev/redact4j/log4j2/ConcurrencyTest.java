package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** 8 threads log mixed clean and secret events through sync, AsyncAppender and async-logger paths. */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int EVENTS = 500;

  @TempDir
  Path dir;

  @Test
  void noEventIsLostGarbledOrLeakedUnderConcurrency() throws Exception {
    String[][] tokens = new String[THREADS][];
    Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(17);
    for (int t = 0; t < THREADS; t++) {
      tokens[t] = new String[] {secrets.githubToken(), secrets.password()};
    }
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (String name : List.of("sync", "asyncAppender", "asyncLogger")) {
            Logger log = fixture.context.getLogger(name);
            for (int i = 0; i < EVENTS; i++) {
              if (i % 2 == 0) {
                log.info("event {}-{} clean", thread, i);
              } else {
                log.info("event {}-{} token {} password={}", thread, i, tokens[thread][0], tokens[thread][1]);
              }
            }
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
      fixture.close();
    }

    List<String> sync = new ArrayList<>();
    for (JsonNode n : fixture.readJson("sync.log")) {
      sync.add(n.get("message").asText());
    }
    for (List<String> lines : List.of(sync, List.of(fixture.read("async-appender.log").split("\n")),
        List.of(fixture.read("async-logger.log").split("\n")))) {
      assertThat(lines).hasSize(THREADS * EVENTS);
      Set<String> ids = new HashSet<>();
      for (String line : lines) {
        assertThat(line).matches("event \\d+-\\d+ (clean|token \\[REDACTED:github-pat-classic] password="
            + "\\[REDACTED:password-assignment])");
        ids.add(line.split(" ")[1]);
      }
      assertThat(ids).hasSize(THREADS * EVENTS);
    }
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
