package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.logback.CanaryCheck.Canaries;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(CanaryCheck.class)
class RedactingLayoutTest {
  @TempDir Path dir;

  @Test
  void layoutHidesEverySurface(Canaries canaries) {
    canaries.watch(dir);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      Surfaces.logAll(fx.logger("app.Service"), fx.mdc(), canaries.fakes()).forEach(canaries::plant);
      fx.logger("app.Service").info("clean line");
      fx.assertNoErrors();
    }
    String out = LogbackFixture.read(dir.resolve("app.log"));

    for (String secret : canaries.planted()) {
      assertThat(out).doesNotContain(secret);
    }
    assertThat(out).contains(Surfaces.EXPECTED_MASKS)
        .contains("mdc[password=[REDACTED:password-assignment], requestToken=[REDACTED:github-pat-classic]]")
        .contains("Caused by: java.io.IOException: cause token [REDACTED:github-pat-classic]")
        .contains("INFO  clean line mdc[] kv[]");
  }
}
