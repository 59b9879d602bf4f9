package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.logback.CanaryCheck.Canaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <configuration scan="true">} reloads the configuration when the rules file changes, as it does
 * when {@code logback.xml} changes: a rule added to the file after a leak was found applied only after a
 * restart, with no sign that the edit had been ignored.
 */
@ExtendWith(CanaryCheck.class)
class RulesFileReloadTest {
  @TempDir Path dir;

  @Test
  void anEditedRulesFileIsAppliedWithoutARestart(Canaries canaries) throws Exception {
    canaries.watch(dir);
    Path rules = dir.resolve("redact4j.rules");
    Files.writeString(rules, "mask = typed\n");
    // A system property, not a context one: a reload resets the context's properties.
    System.setProperty("redact4j.test.reload.dir", dir.toString());
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "", Map.of())) {
      fx.assertNoErrors();
      fx.logger("app").info("started");

      Files.writeString(rules, "rule.acme-token.regex = acme_[a-z0-9]{32}\nrule.acme-token.keywords = acme_\n");
      Files.setLastModifiedTime(rules, FileTime.fromMillis(System.currentTimeMillis() + 2_000));
      long deadline = System.nanoTime() + 10_000_000_000L;
      // Probes are not planted: until the reload they may be written as they are.
      while (!LogbackFixture.read(dir.resolve("app.log")).contains("[REDACTED:acme-token]")
          && System.nanoTime() < deadline) {
        fx.logger("app").info("probe {}", canaries.fakes().acmeToken());
        Thread.sleep(50);
      }
      fx.logger("app").info("partner key {}", canaries.plant(canaries.fakes().acmeToken()));
      fx.assertNoErrors();
    } finally {
      System.clearProperty("redact4j.test.reload.dir");
    }
    assertThat(LogbackFixture.read(dir.resolve("app.log"))).startsWith("started\n")
        .endsWith("partner key [REDACTED:acme-token]\n");
  }
}
