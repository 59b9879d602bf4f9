package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.status.Status;
import dev.redact4j.logback.CanaryCheck.Canaries;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

@ExtendWith(CanaryCheck.class)
class RedactingConverterTest {
  @TempDir Path dir;

  private Map<String, String> props() throws URISyntaxException {
    return Map.of("DIR", dir.toString(),
        "RULES", Path.of(getClass().getResource("test.rules").toURI()).toString());
  }

  @Test
  void redactsEverySurfaceAndClaimsTheThrowableLogbackWouldAppend(Canaries canaries) throws Exception {
    canaries.watch(dir);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "", props())) {
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
        .contains("INFO  with mdc mdc[[REDACTED:password-assignment]] kv[]")
        .contains("INFO  clean line mdc[] kv[]\n");
    // The stack trace is printed once, redacted, on the lines after the message.
    assertThat(out).containsOnlyOnce("java.lang.IllegalStateException")
        .contains("request failed mdc[] kv[]\njava.lang.IllegalStateException: failed for password=[REDACTED:password-assignment]")
        .contains("Suppressed: java.lang.RuntimeException: suppressed key [REDACTED:test-aws-key]")
        .doesNotContain("\n\n");
  }

  @Test
  void throwableInsideTheConverterIsRedactedAndPrintedOnce(Canaries canaries) throws Exception {
    canaries.watch(dir);
    FakeSecrets fakes = canaries.fakes();
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "inside", props())) {
      Logger log = fx.logger("app");
      log.error("failed", new IllegalStateException("password=" + canaries.plant(fakes.password()),
          new IOException("token " + canaries.plant(fakes.githubToken()))));
      fx.assertNoErrors();
    }
    String out = LogbackFixture.read(dir.resolve("app.log"));

    assertThat(out).startsWith("ERROR failed\njava.lang.IllegalStateException: password=[REDACTED:password-assignment]")
        .containsOnlyOnce("java.lang.IllegalStateException")
        .contains("Caused by: java.io.IOException: token [REDACTED:github-pat-classic]");
  }

  @Test
  void claimedThrowableAfterALineEndInsideKeepsOneEventPerLine(Canaries canaries) throws Exception {
    canaries.watch(dir);
    FakeSecrets fakes = canaries.fakes();
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "line-end-inside", props())) {
      Logger log = fx.logger("app");
      log.error("failed", new IllegalStateException("token " + canaries.plant(fakes.githubToken())));
      log.info("next event");
      fx.assertNoErrors();
    }
    String out = LogbackFixture.read(dir.resolve("app.log"));

    // As Logback prints %msg%n%ex: the trace right after the message's line, ending with its own line end.
    assertThat(out).startsWith("ERROR failed\njava.lang.IllegalStateException: token [REDACTED:github-pat-classic]\n")
        .doesNotContain("\n\n")
        .endsWith("\nINFO next event\n");
  }

  @Test
  void rawThrowableWordAfterTheConverterIsReported(Canaries canaries) throws Exception {
    canaries.watch(dir);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "outside", props())) {
      assertThat(fx.errors()).anySatisfy(e -> assertThat(e).contains("%redact(%msg%n%ex)"));
      fx.logger("app").info("message password={}", canaries.plant(canaries.fakes().password()));
    }
    assertThat(LogbackFixture.read(dir.resolve("app.log"))).contains("password=[REDACTED:password-assignment]");
  }

  @Test
  void percentWordRightAfterTheConverterIsReported(Canaries canaries) throws Exception {
    canaries.watch(dir);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "escaped", props())) {
      assertThat(fx.statuses(Status.WARN)).anySatisfy(w -> assertThat(w)
          .contains("%redact(...) is directly followed by '%n'").contains("%redact(...){}%n"));
      fx.logger("app").info("message password={}", canaries.plant(canaries.fakes().password()));
    }
    // What the warning is about: Logback prints the %n as text.
    assertThat(LogbackFixture.read(dir.resolve("app.log")))
        .isEqualTo("INFO message password=[REDACTED:password-assignment]%n");
  }

  @Test
  void badOptionPrintsThePlaceholderNeverTheMessage(Canaries canaries) throws Exception {
    canaries.watch(dir);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "badoption", props())) {
      // It names the option as written in the pattern, not as an XML element the converter has not got.
      assertThat(fx.errors()).anySatisfy(e -> assertThat(e).contains("no-such-rule")
          .contains("%redact cannot start: option disable=").doesNotContain("<disable>"));
      fx.logger("app").error("token {}", canaries.plant(canaries.fakes().githubToken()),
          new IllegalStateException("password=" + canaries.plant(canaries.fakes().password())));
    }
    assertThat(LogbackFixture.read(dir.resolve("app.log"))).isEqualTo("ERROR [REDACTION FAILED]\n");
  }

  @Test
  void badOptionWithTheLineEndInsideStillWritesOneLinePerEvent(Canaries canaries) throws Exception {
    canaries.watch(dir);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "badoption-inside", props())) {
      // It names the option as written in the pattern, not as an XML element the converter has not got.
      assertThat(fx.errors()).anySatisfy(e -> assertThat(e).contains("no-such-rule")
          .contains("%redact cannot start: option disable=").doesNotContain("<disable>"));
      fx.logger("app").info("token {}", canaries.plant(canaries.fakes().githubToken()));
      fx.logger("app").error("failed", new IllegalStateException("password=" + canaries.plant(canaries.fakes().password())));
    }
    assertThat(LogbackFixture.read(dir.resolve("app.log"))).isEqualTo("INFO [REDACTION FAILED]\nERROR [REDACTION FAILED]\n");
  }

  @Test
  void noWordsInsideIsReportedAndPrintsThePlaceholderNeverTheMessageOrTrace(Canaries canaries) throws Exception {
    canaries.watch(dir);
    FakeSecrets fakes = canaries.fakes();
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "no-words", props())) {
      // One error per appender, naming the fix; not the misleading "a throwable word follows" that
      // Logback's own appended %ex used to cause after a bare %redact.
      assertThat(fx.errors()).hasSize(2).allSatisfy(e -> assertThat(e)
          .contains("%redact has no words inside it").contains("%redact(%msg%n%ex)"));
      fx.logger("app").info("token {}", canaries.plant(fakes.githubToken()));
      fx.logger("app").error("failed", new IllegalStateException("password=" + canaries.plant(fakes.password())));
    }
    assertThat(LogbackFixture.read(dir.resolve("bare.log")))
        .isEqualTo("INFO - [REDACTION FAILED]\nERROR - [REDACTION FAILED]\n");
    assertThat(LogbackFixture.read(dir.resolve("empty.log")))
        .isEqualTo("INFO - [REDACTION FAILED] app\nERROR - [REDACTION FAILED] app\n");
  }
}
