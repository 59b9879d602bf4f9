package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.message.StringMapMessage;
import org.junit.jupiter.api.Test;
import org.apache.logging.log4j.core.config.Configurator;
import org.slf4j.LoggerFactory;

/**
 * {@code %scrub} around converters that print a ThreadContext or map value without its key
 * ({@code %X{password}}, {@code ${ctx:password}}, {@code %K{password}}): the value is a secret by its key
 * alone, which the scan of the output never sees, so the event's fields are judged first. The output
 * scan alone printed the password.
 */
class ScrubKeyedValueTest extends FixtureTest {
  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(53);

  @Test
  void aValueThatIsASecretByItsKeyIsHiddenWhenPrintedWithoutIt() {
    String password = secrets.password();
    String mapped = secrets.password();
    ThreadContext.put("password", password);
    fixture.context.getLogger("app").info("login");
    ThreadContext.clearAll();
    fixture.context.getLogger("app").info(new StringMapMessage().with("user", "bob").with("password", mapped));
    fixture.context.getLogger("app").info("clean");
    fixture.close();

    assertThat(fixture.read("keyed.log")).isEqualTo(String.join(System.lineSeparator(),
        "INFO login [[REDACTED:password-assignment]] [[REDACTED:password-assignment]] []",
        "INFO password=\"[REDACTED:password-assignment]\" user=\"bob\" [] [${ctx:password}]"
            + " [[REDACTED:password-assignment]]",
        "INFO clean [] [${ctx:password}] []", ""));
    List<JsonNode> lines = fixture.readJson("keyed.json");
    assertThat(lines).extracting(n -> n.get("line").asText()).startsWith("login [REDACTED:password-assignment]");
    assertThat(fixture.statusErrors()).isEmpty();
  }

  /** SLF4J 2's fluent key/value pairs reach Log4j as ThreadContext entries of that one event. */
  @Test
  void slf4jKeyValuePairsAreJudgedWithTheirKeys() {
    String password = secrets.password();
    // SLF4J loggers come from the default context: point it at this test's configuration.
    Configurator.reconfigure(dir.resolve("ScrubKeyedValueTest.xml").toUri());
    try {
      LoggerFactory.getLogger("slf4j").atInfo().addKeyValue("password", password).log("fluent");
    } finally {
      Configurator.reconfigure();
    }
    fixture.close();

    assertThat(fixture.read("keyed.log"))
        .isEqualTo("INFO fluent [[REDACTED:password-assignment]] [[REDACTED:password-assignment]] []"
            + System.lineSeparator());
  }
}
