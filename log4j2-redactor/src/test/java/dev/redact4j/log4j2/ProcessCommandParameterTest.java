package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A command line logged as a list parameter, {@code log.info("starting {}", processBuilder.command())}:
 * Log4j prints {@code [mysql, --password, <value>, ...]} and the password was written in full.
 */
class ProcessCommandParameterTest extends FixtureTest {
  @Test
  void aPasswordItemOfALoggedCommandIsHidden() {
    String password = new Log4jFixture.Secrets(47).password();
    List<String> command = List.of("mysql", "--host", "db", "--password", password, "--user", "bob");
    fixture.context.getLogger("app").info("starting {}", command);
    fixture.close();

    String expected = "starting [mysql, --host, db, --password, [REDACTED:password-assignment], --user, bob]";
    assertThat(fixture.read("pattern.log")).isEqualTo("INFO " + expected + System.lineSeparator());
    assertThat(fixture.readJson("json.log").get(0).get("message").asText()).isEqualTo(expected);
    assertThat(command).contains(password); // the caller's list is not touched
  }

  @Test
  void aCurlUserPasswordItemIsHidden() {
    String password = new Log4jFixture.Secrets(48).password();
    fixture.context.getLogger("app").info("starting {}", List.of("curl", "-s", "-u", "bob:" + password,
        "https://api.example.com"));
    fixture.close();

    assertThat(fixture.read("pattern.log")).isEqualTo("INFO starting [curl, -s, -u, bob:[REDACTED:cli-user-password],"
        + " https://api.example.com]" + System.lineSeparator());
  }
}
