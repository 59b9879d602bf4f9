package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.logback.CanaryCheck.Canaries;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The logback.xml shown to ops in the README works as printed. */
@ExtendWith(CanaryCheck.class)
class DocsExampleTest {
  @TempDir Path dir;

  @Test
  void readmeExampleStartsCleanAndHidesSecrets(Canaries canaries) {
    canaries.watch(dir);
    FakeSecrets fakes = canaries.fakes();
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      fx.logger("app").info("calling with {}", canaries.plant(fakes.githubToken()));
      fx.logger("app").atInfo().addKeyValue("apiKey", canaries.plant("acme_" + fakes.chars("abc123", 32)))
          .log("configured");
      fx.mdc().put("password", canaries.plant(fakes.password()));
      fx.logger("audit").info("user changed settings");
      fx.mdc().clear();
      fx.assertNoErrors();
    }
    assertThat(LogbackFixture.read(dir.resolve("app.log")))
        .contains("calling with [REDACTED:github-pat-classic]")
        .contains("apiKey=\"[REDACTED:acme-api-key]\"");
    assertThat(LogbackFixture.read(dir.resolve("audit.log")))
        .contains("user changed settings password=[REDACTED:password-assignment]");
  }
}
