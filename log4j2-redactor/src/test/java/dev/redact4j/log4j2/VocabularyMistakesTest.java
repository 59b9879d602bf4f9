package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slips found writing Log4j configurations from the docs: a {@code pattern} set on the
 * {@code RedactingLayout} itself in {@code log4j2.properties} (where a plain {@code PatternLayout}
 * takes it), and Logback's {@code <rule>} vocabulary for a custom rule in {@code log4j2.xml}. Each
 * fails closed, and its status error names the fix, not only "it needs one nested layout" or
 * "unknown attribute(s) [rule]".
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class VocabularyMistakesTest {
  private static final String FAILED = "[REDACTION FAILED] <RedactingLayout> is misconfigured; see the Log4j status log"
      + System.lineSeparator();

  @TempDir
  Path dir;

  @Test
  void patternWrittenOnTheLayoutInPropertiesNamesTheNestedLayout() {
    Log4jFixture fixture = Log4jFixture.startFormat(getClass(), "properties", dir);
    try {
      fixture.context.getLogger("app").info("token {}", new Log4jFixture.Secrets(31).githubToken());
    } finally {
      fixture.close();
    }

    assertThat(fixture.read("flat-pattern.log")).isEqualTo(FAILED);
    assertThat(String.join("\n", fixture.statusErrors()))
        .contains("<RedactingLayout>: it needs one nested layout")
        .contains("a pattern belongs to the nested layout")
        .contains("appender.NAME.layout.inner.type = PatternLayout");
  }

  @Test
  void logbacksRuleElementNamesRedactionRule() {
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    try {
      fixture.context.getLogger("app").info("token {}", new Log4jFixture.Secrets(32).githubToken());
    } finally {
      fixture.close();
    }

    assertThat(fixture.read("logback-rule.log")).isEqualTo(FAILED);
    assertThat(String.join("\n", fixture.statusErrors()))
        .contains("a custom rule is written <RedactionRule id=\"..\" regex=\"..\" keywords=\"..\"/>");
  }
}
