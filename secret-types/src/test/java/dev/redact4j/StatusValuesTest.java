package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A key followed by what became of it rather than by its value: a component's status line
 * ({@code secret: not found}), a form's or an API's validation error ({@code {"password": "invalid"}}).
 * The status passes; a value beside it, or a value that only starts like one, stays hidden.
 */
class StatusValuesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {
    "secret: not found", "password: invalid", "password: expired", "api_key: not set",
    "client_secret: not provided", "WARN vault secret: not found, using defaults", "{\"password\": \"invalid\"}",
    "{\"errors\":{\"password\":\"incorrect\"}}", "token=expired", "password: wrong", "secret: unknown",
    "password: NOT SET", "credentials: not configured",
  })
  void aStatusPassesUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void aValueThatOnlyStartsLikeAStatusStaysHidden() {
    String pw = "Xk" + FakeSecrets.chars(new Random(1201), FakeSecrets.ALNUM, 8) + "!";
    RedactionAssertions.assertHidden("password: invalid" + pw, "invalid" + pw);
    RedactionAssertions.assertHidden("password: not " + pw, pw);
    RedactionAssertions.assertHidden("secret" + ": not-found-" + pw, pw);
    RedactionAssertions.assertHidden("password: not found " + pw, pw);
  }
}
