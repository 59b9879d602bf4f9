package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.status.Status;
import com.fasterxml.jackson.databind.JsonNode;
import dev.redact4j.logback.CanaryCheck.Canaries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(CanaryCheck.class)
class RedactingAppenderTest {
  @TempDir Path dir;

  @SuppressWarnings("unchecked")
  private static ListAppender<ILoggingEvent> list(LogbackFixture fx) {
    RedactingAppender redact = (RedactingAppender) fx.context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("REDACT");
    return (ListAppender<ILoggingEvent>) redact.getAppender("LIST");
  }

  @Test
  void attachedAppendersSeeOnlyRedactedCopies(Canaries canaries) throws Exception {
    canaries.watch(dir);
    ListAppender<ILoggingEvent> list;
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      list = list(fx);
      Surfaces.logAll(fx.logger("app.Service"), fx.mdc(), canaries.fakes()).forEach(canaries::plant);
      fx.logger("app.Service").info("clean line");
      fx.assertNoErrors();
    } // stopping the context drains the AsyncAppender

    List<JsonNode> json = RedactingEncoderTest.parseLines(LogbackFixture.read(dir.resolve("app.json")));
    String text = LogbackFixture.read(dir.resolve("app.log"));
    assertThat(json).hasSize(12);
    assertThat(text).contains(Surfaces.EXPECTED_MASKS).contains("INFO  clean line mdc[] kv[]");
    assertThat(json.get(7).get("password").asText()).isEqualTo("[REDACTED:password-assignment]");
    assertThat(json.get(8).get("gh").asText()).isEqualTo("[REDACTED:github-pat-classic]");

    // What an appender without an encoder keeps: no raw secret anywhere in the copies.
    assertThat(list.list).hasSize(12);
    for (ILoggingEvent e : list.list) {
      String everything = e.getMessage() + e.getFormattedMessage() + Arrays.deepToString(e.getArgumentArray())
          + e.getMDCPropertyMap() + e.getKeyValuePairs() + e.getMarkerList() + throwableText(e.getThrowableProxy());
      for (String secret : canaries.planted()) {
        assertThat(everything).doesNotContain(secret);
      }
    }
    IThrowableProxy tp = list.list.get(10).getThrowableProxy();
    assertThat(tp.getClassName()).isEqualTo("java.lang.IllegalStateException");
    assertThat(tp.getStackTraceElementProxyArray()).isNotEmpty();
    assertThat(tp.getCause().getClassName()).isEqualTo("java.io.IOException");
    assertThat(tp.getSuppressed()[0].getMessage()).isEqualTo("suppressed key [REDACTED:test-aws-key]");
    // An argument that is a secret only in context is hidden in the copy's argument array too.
    assertThat(list.list.get(0).getArgumentArray()).containsExactly("[REDACTED:password-assignment]");
    assertThat(list.list.get(11)).as("clean events are passed on as they are")
        .isInstanceOf(LoggingEvent.class);
  }

  @Test
  void theCallersEventIsNeverModified(Canaries canaries) {
    canaries.watch(dir);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "", Map.of("DIR", dir.toString()))) {
      String pw = canaries.plant(canaries.fakes().password());
      String token = canaries.plant(canaries.fakes().githubToken());
      Logger logger = fx.context.getLogger("app");
      Object[] args = {pw};
      IllegalStateException ex = new IllegalStateException("token " + token);
      fx.mdc().put("password", pw);
      LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.INFO, "password={}", ex, args);
      event.addKeyValuePair(new org.slf4j.event.KeyValuePair("password", pw));

      fx.context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("REDACT").doAppend(event);
      fx.mdc().clear();

      assertThat(args).containsExactly(pw);
      assertThat(event.getArgumentArray()).containsExactly(pw);
      assertThat(event.getFormattedMessage()).isEqualTo("password=" + pw);
      assertThat(event.getMDCPropertyMap()).containsEntry("password", pw);
      assertThat(event.getKeyValuePairs().get(0).value).isEqualTo(pw);
      assertThat(event.getThrowableProxy().getMessage()).isEqualTo("token " + token);
      assertThat(ex.getMessage()).isEqualTo("token " + token);
      ILoggingEvent copy = list(fx).list.get(0);
      assertThat(copy).isNotSameAs(event);
      assertThat(copy.getFormattedMessage()).isEqualTo("password=[REDACTED:password-assignment]");
      assertThat(copy.getThrowableProxy().getMessage()).isEqualTo("token [REDACTED:github-pat-classic]");
      assertThat(copy.getSequenceNumber()).isEqualTo(event.getSequenceNumber());
      assertThat(copy.getTimeStamp()).isEqualTo(event.getTimeStamp());
    }
  }

  @Test
  void threadAndLoggerNamesAreRedactedInTheCopies(Canaries canaries) throws Exception {
    // Appenders behind this one may have no encoder to scan their output (a database, Sentry): a
    // thread named after the request it serves must not carry its token there.
    canaries.watch(dir);
    String token = canaries.plant(canaries.fakes().githubToken());
    ListAppender<ILoggingEvent> list;
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "", Map.of("DIR", dir.toString()))) {
      list = list(fx);
      Thread worker = new Thread(() -> fx.logger("app.Service").info("request done"), "GET /hook?token=" + token);
      worker.start();
      worker.join();
      fx.logger("app.route./hook?token=" + token).info("routed");
      fx.assertNoErrors();
    }

    assertThat(list.list).hasSize(2);
    assertThat(list.list.get(0).getThreadName()).isEqualTo("GET /hook?token=[REDACTED:github-pat-classic]");
    assertThat(list.list.get(0).getLoggerName()).isEqualTo("app.Service");
    assertThat(list.list.get(1).getLoggerName()).isEqualTo("app.route./hook?token=[REDACTED:github-pat-classic]");
    assertThat(list.list.get(1).getThreadName()).isEqualTo(Thread.currentThread().getName());
  }

  @Test
  void eightThreadsLoseAndGarbleNothing(Canaries canaries) throws Exception {
    canaries.watch(dir);
    int threads = 8;
    int perThread = 400;
    List<String> secrets = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      secrets.add(canaries.plant(canaries.fakes().password()));
    }
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "concurrent", Map.of("DIR", dir.toString()))) {
      org.slf4j.Logger log = fx.logger("app");
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int id = t;
        Thread w = new Thread(() -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          for (int i = 0; i < perThread; i++) {
            log.info("t{} n{} password={}", id, i, secrets.get(id));
          }
        });
        w.start();
        workers.add(w);
      }
      start.countDown();
      for (Thread w : workers) {
        w.join();
      }
      fx.assertNoErrors();
    }
    String[] lines = LogbackFixture.read(dir.resolve("app.log")).split("\n");
    Pattern shape = Pattern.compile("t(\\d) n(\\d+) password=\\[REDACTED:password-assignment]");
    Set<String> seen = new HashSet<>();
    for (String line : lines) {
      Matcher m = shape.matcher(line);
      assertThat(m.matches()).as("garbled line: %s", line).isTrue();
      assertThat(seen.add(m.group(1) + ":" + m.group(2))).as("duplicate %s", line).isTrue();
    }
    assertThat(seen).hasSize(threads * perThread);
  }

  @Test
  void springStyleConfigWithIncludeAndRollingFile(Canaries canaries) {
    canaries.watch(dir);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "spring", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      fx.logger("com.example.Application").info("Started with spring.datasource.password={}",
          canaries.plant(canaries.fakes().password()));
    }
    assertThat(LogbackFixture.read(dir.resolve("spring.log")))
        .contains("INFO --- [main] com.example.Application")
        .contains("spring.datasource.password=[REDACTED:password-assignment]");
  }

  /**
   * An appender put behind the RedactingAppender but still attached to a logger (here by an
   * included file shaped like Spring Boot's base.xml) gets that logger's events a second time,
   * unredacted: reported as an error naming the appender, the logger and the fix. When the events
   * handed to it raw are other than those the RedactingAppender gets (only the audit logger is
   * redacted), it may be on purpose: a warning.
   */
  @Test
  void anAppenderAlsoAttachedToALoggerIsReported() {
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "also-on-root", Map.of("DIR", dir.toString()))) {
      assertThat(fx.errors()).containsExactly("RedactingAppender [REDACT]: appender [FILE] behind it is also"
          + " attached to logger [ROOT], which hands it unredacted the events it also hands this RedactingAppender;"
          + " remove <appender-ref ref=\"FILE\"/> from that logger (the RedactingAppender already hands it the"
          + " events, redacted)");
    }
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "partly", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      assertThat(fx.statuses(Status.WARN)).containsExactly("RedactingAppender [REDACT]: appender [FILE] behind it"
          + " is also attached to logger [ROOT], whose events reach it unredacted; if they should be redacted too,"
          + " refer that logger to this RedactingAppender instead of <appender-ref ref=\"FILE\"/>");
    }
    // The docs' example and the Spring-style configuration attach each appender once: no error.
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "spring", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      assertThat(fx.statuses(Status.WARN)).isEmpty();
    }
  }

  /**
   * A reload (Spring Boot's, or {@code scan}) resets the context, which stops the appender, then
   * configures a new one: nothing throws, the new one redacts, each configuration is checked once,
   * and a Logback that cannot remove the finished check (before 1.5) says so once per configuration.
   */
  @Test
  void aReloadedConfigurationRedactsAndIsCheckedOnce(Canaries canaries) throws Exception {
    canaries.watch(dir);
    String bypass = "RedactingAppender [REDACT]: appender [FILE] behind it is also attached to logger [ROOT]";
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "also-on-root", Map.of("DIR", dir.toString()))) {
      for (int reload = 0; reload < 2; reload++) {
        fx.context.reset();
        int before = fx.context.getStatusManager().getCopyOfStatusList().size();
        fx.context.putProperty("DIR", dir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(fx.context);
        configurator.doConfigure(getClass().getResource("RedactingAppenderTest-spring.xml"));
        // The earlier configuration's appender is stopped and its check finished: only the new one reports.
        List<String> since = fx.context.getStatusManager().getCopyOfStatusList().stream().skip(before)
            .filter(s -> s.getEffectiveLevel() >= Status.ERROR).map(Status::getMessage).toList();
        assertThat(since).as("errors of reload %d", reload).isEmpty();
      }
      fx.logger("app").info("reloaded password={}", canaries.plant(canaries.fakes().password()));
      assertThat(fx.statuses(Status.ERROR)).filteredOn(m -> m.startsWith(bypass)).hasSize(1);
      assertThat(fx.statuses(Status.INFO)).filteredOn(m -> m.contains("cannot remove a configuration listener"))
          .hasSize(ConfigurationEvents.CAN_REMOVE ? 0 : 3);
    }
    assertThat(LogbackFixture.read(dir.resolve("spring.log")))
        .contains("reloaded password=[REDACTED:password-assignment]");
  }

  private static String throwableText(IThrowableProxy tp) {
    if (tp == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(tp.getClassName()).append(tp.getMessage()).append(RedactedThrowableProxy.overridingMessage(tp));
    sb.append(throwableText(tp.getCause()));
    for (IThrowableProxy s : tp.getSuppressed()) {
      sb.append(throwableText(s));
    }
    return sb.toString();
  }

}
