package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(Log4jFixture.CanaryCheck.class)
class MisconfigurationTest {
  @TempDir
  Path dir;

  @Test
  void everyMisconfiguredComponentReportsTheFixAndWritesOnlyPlaceholders() {
    Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(11);
    String token = secrets.githubToken();
    String words = Log4jFixture.plant("an ordinary message that is not secret but must not pass either");
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    // logged from a thread named after the URL it serves: the placeholder must not carry that name either
    Thread job = new Thread(() -> {
      try {
        ThreadContext.put("auth", "password=" + secrets.password());
        ThreadContext.push("deploy " + secrets.githubToken());
        fixture.context.getLogger("app").info("token {} and {}", token, words);
      } finally {
        ThreadContext.clearAll();
      }
    }, "job-https://ci.internal/hook?access_token=" + secrets.githubToken());
    try {
      job.start();
      job.join();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    } finally {
      fixture.close();
    }

    for (String file : List.of("unknown-rule.log", "missing-rules-file.log", "misspelled.log", "misspelled-rule.log",
        "no-layout.log", "unresolved-key.log", "broken-nested.log", "element-typo.log",
        "scan-output-typo.log", "blank-separated.log")) {
      assertThat(fixture.read(file)).as(file)
          .isEqualTo("[REDACTION FAILED] <RedactingLayout> is misconfigured; see the Log4j status log"
              + System.lineSeparator());
    }
    assertThat(fixture.readJson("bad-regex.log")).singleElement()
        .satisfies(n -> assertThat(n.get("message").asText()).startsWith("[REDACTION FAILED]"));
    assertThat(fixture.read("bad-converter.log")).isEqualTo("INFO [REDACTION FAILED]" + System.lineSeparator());
    assertThat(fixture.read("bad-converter-inside.log")).isEqualTo("INFO [REDACTION FAILED]" + System.lineSeparator());
    // the placeholder event carries no ThreadContext either (Log4j's event builder copies the thread's),
    // nor the thread's name (which Log4j's event reads from the current thread when none is set)
    assertThat(fixture.read("rewrite.log"))
        .isEqualTo("INFO [[REDACTION FAILED]] [REDACTION FAILED] {} []" + System.lineSeparator());

    assertThat(String.join("\n", fixture.statusErrors()))
        .contains("<RedactingLayout>: Unknown rule or group 'github-pat-clasic'; did you mean 'github-pat-classic'?")
        .contains("<RedactingLayout>: Rule 'broken' has a regex that does not compile")
        .contains("no-such.rules")
        .contains("; the known attributes are rulesFile")
        .contains("<RedactionRule id=\"acme-key\"> has unknown attribute(s) [keyword] (did you mean keywords?); the known"
            + " attributes are id, regex, keywords")
        .contains("<RedactingLayout>: it needs one nested layout")
        .contains("<RedactingLayout>: it needs one nested layout, e.g. <PatternLayout pattern=\"%m%n\"/>; if it has"
            + " one, Log4j could not build it: fix the error Log4j reported for that layout above")
        .contains("<RedactingLayout>: unknown attribute(s) [RedactionRules] (did you mean <RedactionRule>?)")
        .contains("unknown attribute(s) [ruleFile] (did you mean rulesFile?)")
        .contains("<RedactingLayout>: fingerprintKey holds a lookup Log4j could not resolve")
        .contains("<RedactingLayout>: scanOutput takes true or false, not 'ture'")
        .contains("<RedactingLayout>: enable lists names separated by blanks; separate rule ids and groups with"
            + " commas: enable=\"github, jwt\"")
        .contains("%scrub: ")
        .contains("<RedactingRewritePolicy>: Unknown rule or group 'no-such-group'")
        .contains("<RedactingRewritePolicy>: unknown attribute(s) [scanOutput]; the known attributes are");
    assertThat(fixture.read("scan-rewrite.log")).isEqualTo("INFO [REDACTION FAILED]" + System.lineSeparator());
  }

  @Test
  void scrubTyposFailClosedAndNameTheFixWithoutAnOptionsValue() {
    String key = Log4jFixture.plant("fp-key-" + new Log4jFixture.Secrets(12).password());
    System.setProperty("redact4j.test.key", key);
    Log4jFixture fixture;
    try {
      fixture = Log4jFixture.start(getClass(), "options", dir);
    } finally {
      System.clearProperty("redact4j.test.key");
    }
    String token = new Log4jFixture.Secrets(13).githubToken();
    try {
      fixture.context.getLogger("app").info("an event");
      fixture.context.getLogger("app").error("token {}", token, new IllegalStateException("boom " + token));
    } finally {
      fixture.close();
    }

    String failed = "INFO [REDACTION FAILED]" + System.lineSeparator() + "ERROR [REDACTION FAILED]"
        + System.lineSeparator();
    assertThat(fixture.read("key-option.log")).isEqualTo(failed);
    assertThat(fixture.read("bare-option.log")).isEqualTo(failed);
    assertThat(fixture.read("logback-name.log")).isEqualTo(failed);
    assertThat(fixture.read("repeated-option.log")).isEqualTo(failed);
    String errors = String.join("\n", fixture.statusErrors());
    assertThat(errors).doesNotContain(key)
        .contains("%scrub: unknown option {fingerprintKey=...}")
        .contains("%scrub: option 1 (the {...} number 1 after the pattern) is not {key=value}")
        .contains("%redact: this is the Logback converter's name; in Log4j write %scrub{...}")
        .contains("%scrub: option {disable=...} is given twice; list several names in one: {disable=github, jwt}");
  }
}
