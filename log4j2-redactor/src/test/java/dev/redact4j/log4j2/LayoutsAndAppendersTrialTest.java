package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.async.AsyncLoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The third README trial: a RollingRandomAccessFile that rolls over (its header written anew each
 * time), a Routing appender with a {@code RedactingRewritePolicy}, and {@code RedactingLayout} around
 * {@code GelfLayout}, {@code Rfc5424Layout}, {@code SyslogLayout} and the deprecated
 * {@code JsonLayout}; with synchronous loggers and with every logger asynchronous
 * ({@code AsyncLoggerContextSelector}'s context). No planted secret reaches a file.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class LayoutsAndAppendersTrialTest {
  private static final String HEADER_PROPERTY = "redact4j.trial3.header";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @AfterEach
  void clear() {
    ThreadContext.clearAll();
    System.clearProperty(HEADER_PROPERTY);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void everyLayoutAndAppenderWritesOnlyRedactedText(boolean allAsync) throws IOException {
    Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(53);
    System.setProperty(HEADER_PROPERTY, secrets.githubToken());
    String token = secrets.githubToken();
    String password = secrets.password();
    String cause = secrets.password();
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    LoggerContext context = fixture.context;
    if (allAsync) {
      fixture.close(); // the same configuration, in the context AsyncLoggerContextSelector makes
      context = new AsyncLoggerContext("trial3-async", null, dir.resolve(getClass().getSimpleName() + ".xml").toUri());
      context.start();
    }
    try {
      Logger log = context.getLogger("trial3");
      ThreadContext.put("tenant", "acme");
      ThreadContext.put("password", password);
      log.info("token {}", token);
      ThreadContext.remove("password");
      log.error("login failed", new IllegalStateException("outer", new IllegalArgumentException("password=" + cause)));
      for (int i = 0; i < 20; i++) {
        log.info("filler {} to roll the file over, token {}", i, token);
      }
    } finally {
      context.stop();
      fixture.close();
    }

    List<Path> rolled;
    try (Stream<Path> files = Files.list(dir)) {
      rolled = files.filter(p -> p.getFileName().toString().startsWith("rolling")).toList();
    }
    assertThat(rolled).hasSizeGreaterThan(2);
    for (Path file : rolled) {
      assertThat(Files.readString(file)).as(file.getFileName().toString())
          .startsWith("start [REDACTED:github-pat-classic]" + System.lineSeparator());
    }
    assertThat(fixture.read("route-acme.log"))
        .contains("INFO token [REDACTED:github-pat-classic] [{password=[REDACTED:password-assignment], tenant=acme}]")
        .contains("Caused by: java.lang.IllegalArgumentException: password=[REDACTED:password-assignment]");

    List<JsonNode> gelf = new ArrayList<>();
    for (String record : fixture.read("gelf.log").split("\0")) {
      if (!record.isBlank()) {
        gelf.add(JSON.readTree(record));
      }
    }
    assertThat(gelf).hasSize(22);
    assertThat(gelf.get(0).get("short_message").asText()).isEqualTo("token [REDACTED:github-pat-classic]");
    assertThat(gelf.get(0).get("_password").asText()).isEqualTo("[REDACTED:password-assignment]");
    assertThat(gelf.get(1).get("full_message").asText())
        .contains("Caused by: java.lang.IllegalArgumentException: password=[REDACTED:password-assignment]");

    // RFC 5424 escapes ']' in a parameter value, the mask's too
    assertThat(fixture.read("rfc5424.log")).contains(" password=\"[REDACTED:password-assignment\\]\"")
        .contains("] token [REDACTED:github-pat-classic]")
        .contains("Caused by: java.lang.IllegalArgumentException: password=[REDACTED:password-assignment]");
    assertThat(fixture.read("syslog.log")).contains(" token [REDACTED:github-pat-classic]" + System.lineSeparator());

    List<JsonNode> json = fixture.readJson("jsonlayout.json");
    assertThat(json).hasSize(22);
    assertThat(json.get(0).get("message").asText()).isEqualTo("token [REDACTED:github-pat-classic]");
    assertThat(json.get(0).get("contextMap").get("password").asText()).isEqualTo("[REDACTED:password-assignment]");
    assertThat(json.get(1).get("thrown").get("extendedStackTrace").asText())
        .contains("password=[REDACTED:password-assignment]");
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
