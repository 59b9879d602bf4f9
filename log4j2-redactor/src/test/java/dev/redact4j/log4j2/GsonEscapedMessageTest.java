package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A request logged as Gson writes it by default ({@code log.info("token request {}", gson.toJson(req))}):
 * its HTML-safe escaping turns the {@code =} and {@code &} of a form body into <code>&#92;u003d</code> and
 * <code>&#92;u0026</code>, and the password in it was written in full.
 */
class GsonEscapedMessageTest extends FixtureTest {
  @Test
  void aPasswordInAGsonEscapedFormBodyIsHidden() {
    String password = new Log4jFixture.Secrets(31).password();
    String json = "{\"url\":\"https://auth.example/token\",\"body\":\"grant_type\\u003dpassword\\u0026username\\u003dbob"
        + "\\u0026password\\u003d" + password + "\\u0026scope\\u003dopenid\"}";
    fixture.context.getLogger("app").info("token request {}", json);
    fixture.close();

    String redacted = json.replace(password, "[REDACTED:password-assignment]");
    assertThat(fixture.read("pattern.log")).isEqualTo("INFO token request " + redacted + System.lineSeparator());
    assertThat(fixture.readJson("json.log").get(0).get("message").asText()).isEqualTo("token request " + redacted);
  }
}
