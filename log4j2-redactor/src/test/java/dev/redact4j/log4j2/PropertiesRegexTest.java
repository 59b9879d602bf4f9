package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code <RedactionRule>} regex in {@code log4j2.properties}: Log4j reads that file with
 * {@link java.util.Properties}, whose syntax takes a backslash as an escape, so {@code \d} arrives as
 * {@code d} and the rule silently looks for something else. docs/log4j2.md says to double each
 * backslash there or to keep the rule in a rules file, which is read literally; both hide the value.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class PropertiesRegexTest {
  @TempDir
  Path dir;

  @Test
  void aRegexInLog4j2PropertiesNeedsItsBackslashesDoubled() throws IOException {
    Files.writeString(dir.resolve("redact4j.rules"),
        "rule.order-pin.regex = pin=(?<secret>\\d{6})\nrule.order-pin.keywords = pin=\n");
    Log4jFixture fixture = Log4jFixture.startFormat(getClass(), "properties", dir);
    String pin = "909090"; // a fake order PIN; only the rule knows its shape
    try {
      fixture.context.getLogger("shop").info("order 17 confirmed with pin={}", pin);
    } finally {
      fixture.close();
    }

    String hidden = "order 17 confirmed with pin=[REDACTED:order-pin]" + System.lineSeparator();
    assertThat(fixture.read("doubled.log")).isEqualTo(hidden);
    assertThat(fixture.read("rules-file.log")).isEqualTo(hidden);
    assertThat(fixture.read("single.log")).as("the trap the docs warn of: the rule reads pin=d{6}")
        .contains("pin=" + pin);
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
