package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ops engineer adds a rule to the rules file of a running application. {@code monitorInterval}
 * alone reloads only {@code log4j2.xml}; with the rules file listed in {@code <MonitorResources>}, as
 * docs/log4j2.md says, Log4j reconfigures when it changes, and events logged all along through an
 * Async appender are neither lost nor written raw.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class RulesFileReloadTest {
  @TempDir
  Path dir;

  @Test
  void anEditedRulesFileListedInMonitorResourcesIsAppliedWithoutARestart() throws Exception {
    Path rules = dir.resolve("redact4j.rules");
    Files.writeString(rules, "mask = typed\n");
    String token = new Log4jFixture.Secrets(43).githubToken();
    String ticket = "TCK-" + "EXAMPLEFAKE".repeat(2) + "XY"; // an internal format only the new rule knows
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    int events = 0;
    try {
      Logger log = fixture.context.getLogger("app");
      log.info("event {} token {} ticket {}", ++events, token, ticket);
      Files.writeString(rules, "mask = typed\nrule.internal-ticket.regex = TCK-[A-Z]{24}\n"
          + "rule.internal-ticket.keywords = TCK-\n");
      // a later modification time than the one Log4j saw, whatever the file system's clock granularity
      Files.setLastModifiedTime(rules, FileTime.fromMillis(System.currentTimeMillis() + 2_000));
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (System.nanoTime() < deadline && !reloaded(fixture)) {
        log.info("event {} token {} ticket {}", ++events, token, ticket);
        Thread.sleep(100);
      }
      log.info("event {} token {} ticket {}", ++events, token, ticket);
    } finally {
      fixture.close();
    }

    List<String> lines = fixture.read("app.log").lines().toList();
    assertThat(lines).hasSize(events);
    assertThat(lines.get(0)).isEqualTo("INFO event 1 token [REDACTED:github-pat-classic] ticket " + ticket);
    assertThat(lines.get(events - 1)).isEqualTo("INFO event " + events
        + " token [REDACTED:github-pat-classic] ticket [REDACTED:internal-ticket]");
    assertThat(fixture.statusErrors()).isEmpty();
  }

  private static boolean reloaded(Log4jFixture fixture) throws IOException {
    return fixture.read("app.log").contains("[REDACTED:internal-ticket]");
  }
}
