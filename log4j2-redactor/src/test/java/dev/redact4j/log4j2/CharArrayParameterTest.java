package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.message.MessageFormatMessage;
import org.junit.jupiter.api.Test;

/**
 * A password held as Java holds passwords, in a {@code char[]}, logged as a parameter: Log4j prints
 * it one character at a time ({@code password=[p, w, ...]}), which every component must hide; and
 * one from a configuration API that returns an {@code Optional}, printed {@code Optional[value]}.
 */
class CharArrayParameterTest extends FixtureTest {
  @Test
  void aCharArrayPasswordParameterIsHiddenByEveryComponent() {
    char[] password = new Log4jFixture.Secrets(47).password().toCharArray();
    Log4jFixture.plant(Arrays.toString(password));
    Logger log = fixture.context.getLogger("app");
    log.info("keystore password={}", password);
    log.info("opened {}", Map.of("password", password));
    log.info("db password={}", Optional.of(Log4jFixture.plant(new String(password) + "x")));
    fixture.close();

    String nl = System.lineSeparator();
    String expected = "INFO keystore password=[REDACTED:password-assignment]" + nl
        + "INFO opened {password=[REDACTED:password-assignment]}" + nl
        + "INFO db password=Optional[[REDACTED:password-assignment]]" + nl;
    assertThat(fixture.read("layout.log")).isEqualTo(expected);
    assertThat(fixture.read("scrub.log")).isEqualTo(expected);
    assertThat(fixture.read("rewrite.log")).isEqualTo(expected);
    List<JsonNode> json = fixture.readJson("layout.json");
    assertThat(json.get(0).get("message").asText()).isEqualTo("keystore password=[REDACTED:password-assignment]");
    assertThat(json.get(0).get("params").get(0).asText()).isEqualTo("[REDACTED:password-assignment]");
    assertThat(fixture.statusErrors()).isEmpty();
  }

  @Test
  void aCharArrayHoldingATokenIsJudgedByItsText() {
    // A token read as Java reads secrets (Console.readPassword, PasswordAuthentication): Log4j prints
    // it one character at a time ([g, h, p, _, ...]), a shape no rule knows, and a JSON layout prints
    // its characters as an array, also for a MessageFormatMessage (log4j-jul, log4j-jpl), whose text
    // shows only [C@hash. The parameter is the text it holds.
    char[] token = new Log4jFixture.Secrets(53).githubToken().toCharArray();
    Log4jFixture.plant(Arrays.toString(token));
    Logger log = fixture.context.getLogger("app");
    log.info("read token {} from the console", token);
    log.info(new MessageFormatMessage("held {0}", (Object) token));
    fixture.close();

    String expected = "INFO read token [REDACTED:github-pat-classic] from the console" + System.lineSeparator();
    assertThat(fixture.read("layout.log")).startsWith(expected).contains("INFO held [C@");
    assertThat(fixture.read("scrub.log")).startsWith(expected).contains("INFO held [C@");
    assertThat(fixture.read("rewrite.log")).startsWith(expected).contains("INFO held [C@");
    List<JsonNode> json = fixture.readJson("layout.json");
    assertThat(json.get(0).get("message").asText()).isEqualTo("read token [REDACTED:github-pat-classic] from the console");
    assertThat(json.get(0).get("params").get(0).asText()).isEqualTo("[REDACTED:github-pat-classic]");
    assertThat(json.get(1).get("params").get(0).asText()).isEqualTo("[REDACTED:github-pat-classic]");
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
