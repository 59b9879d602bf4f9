package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.MarkerFactory;

/** Through SLF4J 2 (log4j-slf4j2-impl): fluent API key-values, MDC, markers and exceptions. */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class Slf4jTest {
  @TempDir
  Path dir;

  @Test
  void slf4jEventsAreRedactedOnEverySurface() {
    Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(19);
    String token = secrets.githubToken();
    String mdc = secrets.password();
    String kv = secrets.githubToken();
    String cause = secrets.password();
    // SLF4J loggers come from the default context: point it at this test's configuration. Held here,
    // and started if it is not: runs of the whole build saw events of a stopped default context go to
    // the status logger instead of the file (an earlier test's doing, not found yet).
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    LoggerContext context = LoggerContext.getContext(false);
    String before = context.getState() + " " + context.getConfiguration().getName();
    if (!context.isStarted()) {
      context.start();
    }
    context.setConfigLocation(dir.resolve("Slf4jTest.xml").toUri());
    try {
      org.slf4j.Logger log = LoggerFactory.getLogger("slf4j.app");
      MDC.put("db", "password=" + mdc);
      log.info(MarkerFactory.getMarker("AUDIT"), "token {}", token);
      log.atWarn().addKeyValue("apiToken", kv).log("with key-value");
      log.error("failed", new IllegalStateException("outer", new IllegalArgumentException("password=" + cause)));
    } finally {
      MDC.clear();
      Configurator.reconfigure();
      fixture.close();
    }
    String text = fixture.read("slf4j.log");
    assertThat(text).as("default context before the test: %s", before).contains("INFO slf4j.app AUDIT [{db=password=[REDACTED:password-assignment]}]"
        + " - token [REDACTED:github-pat-classic]")
        .contains("Caused by: java.lang.IllegalArgumentException: password=[REDACTED:password-assignment]");
    List<JsonNode> json = fixture.readJson("slf4j.json");
    assertThat(json).hasSize(3);
    assertThat(json.get(0).get("message").asText()).isEqualTo("token [REDACTED:github-pat-classic]");
    // log4j-slf4j2-impl carries fluent key-values in the event's context data
    assertThat(json.get(1).get("contextMap").get("apiToken").asText()).isEqualTo("[REDACTED:github-pat-classic]");
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
