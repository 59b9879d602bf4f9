package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code RedactingLayout} left at its defaults judges thread and logger names too: applications
 * name threads after the request they serve (a URL with its token) and loggers after data, and
 * {@code %t}, {@code %c} and JSON resolvers print them as they are.
 */
class ThreadAndLoggerNameTest extends FixtureTest {
  private static final String NL = System.lineSeparator();
  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(21);

  @Test
  void hidesASecretInTheThreadName() throws InterruptedException {
    String token = secrets.githubToken();
    Thread thread = new Thread(() -> fixture.context.getLogger("app.Orders").info("hello"),
        "req-/orders?access_token=" + token);
    thread.start();
    thread.join();
    fixture.close();

    assertThat(fixture.read("names.log"))
        .isEqualTo("[req-/orders?access_token=[REDACTED:github-pat-classic]] a.Orders - hello" + NL);
    List<JsonNode> json = fixture.readJson("names.json");
    assertThat(json.get(0).get("process.thread.name").asText())
        .isEqualTo("req-/orders?access_token=[REDACTED:github-pat-classic]");
  }

  @Test
  void hidesASecretInTheLoggerName() {
    String password = secrets.password();
    fixture.context.getLogger("acct.password=" + password).info("hello");
    fixture.close();

    assertThat(fixture.read("names.log"))
        .isEqualTo("[" + Thread.currentThread().getName() + "] a.password=[REDACTED:password-assignment] - hello" + NL);
    assertThat(fixture.readJson("names.json").get(0).get("log.logger").asText())
        .isEqualTo("acct.password=[REDACTED:password-assignment]");
  }

  @Test
  void leavesCleanNamesAsTheyAre() {
    fixture.context.getLogger("app.Orders").info("hello");
    fixture.close();

    assertThat(fixture.read("names.log")).isEqualTo("[" + Thread.currentThread().getName() + "] a.Orders - hello" + NL);
    assertThat(fixture.readJson("names.json").get(0).get("log.logger").asText()).isEqualTo("app.Orders");
  }
}
