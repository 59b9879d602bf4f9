package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code %scrub{%m}} renders the event's exception itself, since PatternLayout would otherwise append
 * it raw; it cannot see a layout that prints no exceptions ({@code alwaysWriteExceptions="false"}, a
 * JSON template's {@code pattern} resolver with {@code "stackTraceEnabled": false}). docs/log4j2.md
 * says to write {@code %scrub{%m%ex{none}}} there: that prints what {@code %m} prints.
 */
class ScrubWithoutExceptionsTest extends FixtureTest {
  @Test
  void scrubWithExNoneLeavesTheExceptionOutWhereTheLayoutDoes() {
    Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(41);
    String token = secrets.githubToken();
    IllegalStateException clean = new IllegalStateException("boom");
    fixture.context.getLogger("plain").error("failed", clean);
    fixture.context.getLogger("app").error("failed", clean);
    fixture.context.getLogger("app").error("failed for token {}", token,
        new IllegalStateException("boom password=" + secrets.password()));
    fixture.close();

    String nl = System.lineSeparator();
    assertThat(fixture.read("plain.log")).isEqualTo("ERROR failed" + nl);
    assertThat(fixture.read("scrub-none.log"))
        .isEqualTo("ERROR failed" + nl + "ERROR failed for token [REDACTED:github-pat-classic]" + nl);
    // what the docs warn of: %scrub{%m} alone still renders the exception (redacted)
    assertThat(fixture.read("scrub.log")).startsWith("ERROR failed" + nl + "java.lang.IllegalStateException: boom" + nl)
        .contains("ERROR failed for token [REDACTED:github-pat-classic]" + nl
            + "java.lang.IllegalStateException: boom password=[REDACTED:password-assignment]" + nl);

    JsonNode json = fixture.readJson("json.log").get(1);
    assertThat(json.get("none").asText()).isEqualTo("failed for token [REDACTED:github-pat-classic]");
    assertThat(json.get("scrub").asText()).startsWith("failed for token [REDACTED:github-pat-classic]\n"
        + "java.lang.IllegalStateException: boom password=[REDACTED:password-assignment]");
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
