package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Crash and error reports capture a request's or an app's context: Node's {@code util.inspect} dumps of an
 * {@code AxiosError}'s response headers, Android's SharedPreferences XML in a logcat crash. A secret in that
 * context is hidden; the report's ids, names and plain values stay.
 */
class CrashReportsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  /** {@code util.inspect} prints a response's {@code set-cookie} header as an array of single-quoted strings. */
  @ParameterizedTest
  @ValueSource(strings = {"   'set-cookie': [ 'sid=%s; Path=/; HttpOnly' ],",
      "    'set-cookie': [ '_ga=GA1.2.123.456; Path=/', 'sid=%s; Path=/; HttpOnly' ]",
      "  \"Set-Cookie\": [\"lang=en; Path=/; Secure\", \"sid=%s; HttpOnly\"]"})
  void aSessionCookieInAnInspectedHeaderArrayIsHidden(String line) {
    String value = FakeSecrets.mixed(new Random(line.length()), 32);
    assertThat(REDACTOR.redact(line.formatted(value))).isEqualTo(line.formatted("[REDACTED:cookie-header-value]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"   'set-cookie': [ 'lang=en; Path=/; HttpOnly' ],",
      "   'set-cookie': [ '_ga=GA1.2.123456789.1699999999; Path=/', 'theme=dark; Path=/' ]"})
  void plainCookiesInAnInspectedHeaderArrayStay(String clean) {
    assertThat(REDACTOR.redact(clean)).isEqualTo(clean);
  }

  /** Android keeps SharedPreferences as {@code <string name="key">value</string>}; crash tools dump the file. */
  @ParameterizedTest
  @ValueSource(strings = {"    <string name=\"refresh_token\">%s</string>", "<string name=\"api_key\">%s</string>",
      "    <string name=\"auth_token\">%s</string>"})
  void aSharedPreferencesStringNamedForASecretIsHidden(String line) {
    String value = FakeSecrets.mixed(new Random(line.length()), 32);
    String out = REDACTOR.redact(line.formatted(value));
    assertThat(out).doesNotContain(value).startsWith(line.substring(0, line.indexOf('>') + 1) + "[REDACTED:");
  }

  /** Android's strings.xml resources name their strings the same way: a label for a password is no secret. */
  @ParameterizedTest
  @ValueSource(strings = {"    <string name=\"password\">Password</string>",
      "    <string name=\"api_key_hint\">Enter your API key</string>",
      "    <string name=\"prompt_password\">Password (at least 8 characters)</string>",
      "    <string name=\"access_token\"></string>", "    <string name=\"username\">alice</string>",
      "    <string name=\"token_error\">Your session has expired</string>"})
  void stringResourcesNamedLikeSecretsStay(String clean) {
    assertThat(REDACTOR.redact(clean)).isEqualTo(clean);
  }

  /** loguru's {@code diagnose=True} and better-exceptions print each variable's value below its name's column. */
  @Test
  void aDiagnosedVariableNamedForASecretHidesTheValuePrintedBelowIt() {
    Random r = new Random(7);
    String password = FakeSecrets.mixed(r, 13);
    String token = FakeSecrets.mixed(r, 43);
    String trace = String.join("\n",
        "> File \"/app/auth.py\", line 42, in login",
        "    return client.authenticate(username, password, token)",
        "           \u2502      \u2502            \u2502         \u2502         \u2514 '" + token + "'",
        "           \u2502      \u2502            \u2502         \u2514 '" + password + "'",
        "           \u2502      \u2502            \u2514 'alice'",
        "           \u2502      \u2514 <function Client.authenticate at 0x7f3a2c1b4e10>",
        "           \u2514 <app.client.Client object at 0x7f3a2c1b4e50>");
    String out = REDACTOR.redact(trace);
    assertThat(out).doesNotContain(password).doesNotContain(token).contains("\u2514 'alice'")
        .contains("<function Client.authenticate at 0x7f3a2c1b4e10>");
  }

  @Test
  void aDiagnosedTraceWithoutSecretsStays() {
    String trace = String.join("\n",
        "    if check(password, user_id):",
        "       \u2502     \u2502         \u2514 42",
        "       \u2502     \u2514 None",
        "       \u2514 <function check at 0x7f3a2c1b4e10>",
        "    token = session.get(name)",
        "            \u2502       \u2514 'theme'",
        "            \u2514 <Session object at 0x7f3a2c1b4e50>");
    assertThat(REDACTOR.redact(trace)).isEqualTo(trace);
  }

  /** loguru's default format names the record's place as {@code module:function:line - }: a module is no key. */
  @ParameterizedTest
  @ValueSource(strings = {"2024-03-11 10:22:31.123 | ERROR    | app.auth:login:42 - An error has been caught",
      "2024-03-11 10:22:31.123 | INFO     | app.secrets:load:12 - loaded 3 secrets",
      "2024-03-11 10:22:31.123 | DEBUG    | myapp.api_key:rotate_key:88 - rotating",
      "2024-03-11 10:22:31.123 | INFO     | __main__:<module>:7 - token refreshed"})
  void aLoguruRecordsModuleFunctionAndLineStay(String clean) {
    assertThat(REDACTOR.redact(clean)).isEqualTo(clean);
  }
}
