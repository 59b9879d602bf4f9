package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.logback.CanaryCheck.Canaries;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;

/** A broken configuration is a status error naming the fix, and never lets raw text through. */
@ExtendWith(CanaryCheck.class)
class MisconfigurationTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown-rule | Unknown rule or group 'no-such-rule'",
      "bad-regex    | broken",
      "missing-file | Cannot read the rules file",
      "empty-rules-file | RedactingEncoder cannot start: <rulesFile>: It is empty (an empty ${NAME:-} default still sets it); write a value, or leave it out",
      "empty-option     | %redact cannot start: option rulesFile=: It is empty",
      "two-rules-files  | RedactingEncoder cannot start: <rulesFile>: It is given twice, and only the last would apply",
      "repeated-option  | %redact cannot start: option rulesFile=: It is given twice, and only the last would apply",
      "undefined-property | RedactingEncoder cannot start: <rulesFile>: the property REDACT4J_TEST_RULES is not defined",
      "bad-mask     | Unknown mask 'sparkles'",
      "no-nested    | needs a nested <encoder>",
      "nested-bad-pattern          | RedactingEncoder: the nested <encoder> did not start; fix the errors reported for it",
      "nested-class-typo           | RedactingEncoder: Logback could not create its nested <encoder> of class net.logstash.logback.encoder.LogstashEncodr",
      "no-ref       | has no <appender-ref>",
      "ref-to-nothing              | RedactingAppender [REDACT]: its <appender-ref ref=\"FIEL\"> names no appender defined in the configuration",
      "misspelled-element          | ignored the unknown element(s) <rulesFil>; the elements it knows are <encoder>",
      "pattern-in-encoder          | A <pattern> belongs in the nested encoder",
      "setting-in-nested           | RedactingEncoder cannot start: its nested component ignored <rulesFile>",
      "setting-in-nested-layout    | RedactingLayout cannot start: its nested component ignored <mask>",
      "misspelled-rule-element     | ignored the unknown element(s) <keyword>",
      "rule-without-id             | RedactingEncoder cannot start: <rule>: A <rule> needs both <id> and <regex>",
      "scan-output-typo            | RedactingEncoder cannot start: <scanOutput> takes true or false",
      "scan-output-typo-layout     | RedactingLayout cannot start: <scanOutput> takes true or false",
      "two-nested                  | RedactingEncoder takes one nested <encoder>, but was given two (PatternLayoutEncoder, then JsonEncoder)",
      "two-nested-layout           | RedactingLayout takes one nested <layout>, but was given two (PatternLayout, then TTLLLayout)",
      "blank-separated             | RedactingEncoder cannot start: <enable>: Names separated by blanks; separate rule ids and groups with commas (github, jwt)",
      "misspelled-appender-element | RedactingAppender [REDACT] cannot start: Logback ignored the unknown element(s) <diasble>",
      "unknown-rule-appender       | RedactingAppender [REDACT] cannot start: <disable>: Unknown rule or group 'no-such-rule'"})
  void reportsTheFixAndWritesNoRawText(String variant, String hint, Canaries canaries) {
    canaries.watch(dir);
    FakeSecrets fakes = canaries.fakes();
    try (LogbackFixture fx = LogbackFixture.load(getClass(), variant, Map.of("DIR", dir.toString()))) {
      if (LogbackFixture.BEFORE_1_5 && variant.equals("ref-to-nothing")) {
        // Logback 1.4 drops the appender whose ref names nothing, without a word (docs/logback.md)
        assertThat(fx.context.getLogger("ROOT").iteratorForAppenders()).isExhausted();
      } else {
        assertThat(fx.errors()).anySatisfy(e -> assertThat(e).contains(hint));
      }
      Logger log = fx.logger("app");
      log.info("token {}", canaries.plant(fakes.githubToken()));
      log.info("password={}", canaries.plant(fakes.password()));
      log.error("failed", new IllegalStateException("key " + canaries.plant(fakes.githubToken())));
      log.info("an ordinary line");
    }
    String out = LogbackFixture.read(dir.resolve("app.log"));
    assertThat(out).doesNotContain("ordinary");
    if (!out.isEmpty()) {
      assertThat(out.split("\n")).containsOnly("[REDACTION FAILED]");
    }
  }

  /** A RedactingAppender that did not start gets no events from Logback: its error must not promise placeholders. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"misspelled-appender-element", "unknown-rule-appender"})
  void aBrokenAppenderSaysItDropsEvents(String variant) {
    try (LogbackFixture fx = LogbackFixture.load(getClass(), variant, Map.of("DIR", dir.toString()))) {
      assertThat(fx.errors()).anySatisfy(e -> assertThat(e).contains("RedactingAppender [REDACT] cannot start")
          .contains("Until this is fixed it drops every event").doesNotContain("[REDACTION FAILED]"));
    }
  }
}
