package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values given to a secret key as a list of string literals ({@code {'secret': ['<v>']}},
 * {@code "api_keys":["<v>","<v2>"]}, also inside a JSON string) or of bare generated values
 * ({@code apiKeys=[<v>, <v2>]}), Java properties XML entries
 * ({@code <entry key="db.password"><v></entry>}), and one-field wrapper objects
 * ({@code "credentials": {"value": "<v>"}}).
 */
class ListAndEntryValuesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = "Fake-Pa55" + "word-123";
  private static final String KEY1 = "fAkE7kEy" + "9Qx2Lm4Np6Rt";
  private static final String KEY2 = "fAkE8kEy" + "3Wv5Hj7Bc1Zs";

  @Test
  void everyElementOfAListIsHidden() {
    assertThat(REDACTOR.redact("{'secret': ['" + PW + "']}"))
        .isEqualTo("{'secret': ['[REDACTED:secret-assignment]']}");
    String out = REDACTOR.redact("{\"api_keys\":[\"" + KEY1 + "\",\"" + KEY2 + "\"],\"region\":\"eu\"}");
    assertThat(out).doesNotContain(KEY1).doesNotContain(KEY2).contains("\"region\":\"eu\"");
    assertThat(REDACTOR.redact("params={'password': [\"" + PW + "\"], 'user': ['bob']}"))
        .doesNotContain(PW).contains("'user': ['bob']");
  }

  /** A list inside a JSON string, and bare lists as Java's {@code List.toString} and YAML flow sequences print them. */
  @Test
  void escapedAndBareListsAreHiddenWhole() {
    String longKey1 = KEY1 + "Ab9";
    String longKey2 = KEY2 + "Cd7";
    assertThat(REDACTOR.redact("{\"msg\":\"{\\\"api_keys\\\":[\\\"" + KEY1 + "\\\",\\\"" + KEY2 + "\\\"]}\"}"))
        .isEqualTo("{\"msg\":\"{\\\"api_keys\\\":[\\\"[REDACTED:api-key-assignment]\\\"]}\"}");
    assertThat(REDACTOR.redact("Config{apiKeys=[" + longKey1 + ", " + longKey2 + "], retries=3}"))
        .isEqualTo("Config{apiKeys=[[REDACTED:api-key-assignment]], retries=3}");
    assertThat(REDACTOR.redact("tokens: [" + longKey1 + ", " + longKey2 + "]\nretries: 3"))
        .isEqualTo("tokens: [[REDACTED:token-assignment]]\nretries: 3");
  }

  @Test
  void propertiesXmlEntryIsHidden() {
    assertThat(REDACTOR.redact("<entry key=\"db.password\">" + PW + "</entry>"))
        .isEqualTo("<entry key=\"db.password\">[REDACTED:password-assignment]</entry>");
    String xml = "<properties>\n  <entry key=\"db.user\">app</entry>\n  <entry key='client.secret'>" + PW
        + "</entry>\n</properties>";
    assertThat(REDACTOR.redact(xml)).doesNotContain(PW).contains("<entry key=\"db.user\">app</entry>");
  }

  /** A [name, value] pair keeps hiding generated values, and a passphrase under a password key. */
  @Test
  void aNamedPairStillHidesItsValue() {
    String passphrase = "correct-" + "horse-battery-staple";
    assertThat(REDACTOR.redact("[\"password\", \"" + passphrase + "\"]")).doesNotContain(passphrase);
    String generated = "x7k2-p9q4-" + "m3n8-fake-value";
    assertThat(REDACTOR.redact("[\"api_key\", \"" + generated + "\"]")).doesNotContain(generated);
    assertThat(REDACTOR.redact("(\"DB password\", \"" + passphrase + "\")")).doesNotContain(passphrase);
    String dotted = "x7k2.p9q4." + "m3n8.fake.value";
    assertThat(REDACTOR.redact("[\"api_key\", \"" + dotted + "\"]")).doesNotContain(dotted);
    String dottedWords = "correct." + "horse.battery.staple";
    assertThat(REDACTOR.redact("[\"password\", \"" + dottedWords + "\"]")).doesNotContain(dottedWords);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "'password' => ['required', 'string', 'min:8', 'confirmed'],",
    "{\"secret\": []}",
    "{\"api_keys\": [\"${API_KEY_1}\", \"${API_KEY_2}\"]}",
    "{\"secret_names\": [\"db-credentials\", \"api-credentials\"]}",
    "{\"secret\": [{\"name\": \"db\"}]}",
    "{\"password\": [\"\"]}",
    "{'secret': [\"" + "Fake-Pa55" + "word-123\", ${OTHER}]}",
    "<entry key=\"db.password\"></entry>",
    "<entry key=\"db.password\">${DB_PASSWORD}</entry>",
    "<entry key=\"password.min.length\">12</entry>",
    "<entry key=\"db.password.file\">/run/secrets/db</entry>",
    "{\"credentials\": {\"value\": null}}",
    "{\"password\": {\"value\": \"${DB_PASSWORD}\"}}",
    "{\"password\": {\"minLength\": 12, \"value\": \"x\"}}",
    "{\"passwordPolicy\": {\"value\": \"strict\"}}",
    "{\"credentials\": {\"value\": {\"user\": \"bob\"}}}",
    // bare lists name secrets and roles more often than they hold values: only generated values count
    "Pod{secrets=[payments-api-credentials, billing-database-credentials]}",
    "secrets: [db-password, api-token]",
    "tokens=[]",
    "tokens: [${TOKEN_A}, ${TOKEN_B}]",
    "Config{apiKeys=[primary, secondary]}",
    "{\"msg\":\"{\\\"secret_names\\\":[\\\"db-credentials\\\"]}\"}",
    // a list of names whose items end in key words: a name after a name is no value
    "\"ids\" : [ \"bearer-token\", \"oauth-authorization-code\", \"appid-query-parameter\" ]",
    "[\"elasticsearch-enrollment-token\", \"docker-config-json-base64\", \"sonarqube-token\"]",
    // reverse-DNS names, as macOS lists its push topics
    "(Topics: ( \"com.apple.private.alloy.phone.auth\", \"com.apple.private.alloy.thumper.keys\","
        + " \"com.apple.private.alloy.continuity.tethering\", \"com.apple.private.alloy.tips\" ))",
    // an item that only ends in a key word is no name: test tables, formats, log lines in a list
    "{\"requirepass \\\"%s\\\"|redis-password-directive\", \"masterauth kX92mQp7Lz4|redis-password-directive\"}",
    "[\"x|db-password\", \"abcdefgh12345678xyz\"]",
  })
  void lookAlikesPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"credentials\": {\"value\": \"%s\"}}",
    "{\"password\":{\"Value\":\"%s\",\"encrypted\":false}}",
    "{'client_secret': {'value': '%s'}}",
    "Config{password={value=%s}}",
    // pretty-printed, the value field on the line after the key (Spring Boot's /actuator/env)
    "\"spring.datasource.password\": {\n          \"value\": \"%s\",\n          \"origin\": \"application.yml - 5:15\"",
    "\"spring.mail.password\" : {\r\n  \"value\" : \"%s\"\r\n}",
    // pretty-printed, as a Terraform state's outputs are
    "\"outputs\": {\n  \"db_password\": {\n    \"value\": \"%s\",\n    \"type\": \"string\",\n    \"sensitive\": true\n  }\n}",
    "\"client_secret\": {\r\n\t\"value\": \"%s\"\r\n}",
  })
  void aSecretInAOneFieldWrapperObjectIsHidden(String shape) {
    String value = "Fake-Wr4pped" + "-Valu3-77xQ";
    String text = shape.formatted(value);
    assertThat(REDACTOR.redact(text)).as(text).doesNotContain(value).contains("[REDACTED:");
  }

  /** A Terraform variable named for a secret holds it as its default, among other arguments. */
  @Test
  void theDefaultOfATerraformVariableNamedForASecretIsHidden() {
    assertThat(REDACTOR.redact("variable \"db_password\" {\n  type    = string\n  default = \"" + PW + "\"\n}"))
        .isEqualTo("variable \"db_password\" {\n  type    = string\n  default = \"[REDACTED:password-assignment]\"\n}");
    assertThat(REDACTOR.redact("variable \"api_token\" { description = \"the {CI} token\", default = \"" + KEY1
        + "\" }")).doesNotContain(KEY1).startsWith("variable \"api_token\" { description = \"the {CI} token\", default = ");
    for (String clean : new String[] {"variable \"db_password\" {\n  type      = string\n  sensitive = true\n}",
        "variable \"db_password\" { default = var.fallback_password }", "variable \"db_password\" {}\n"
            + "variable \"region\" { default = \"" + PW + "\" }",
        "variable \"db_password\" { default = null }"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }
}
