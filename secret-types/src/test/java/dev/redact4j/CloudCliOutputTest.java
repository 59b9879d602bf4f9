package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What cloud and platform CLIs print when they create or show credentials, in their other output modes than
 * JSON: the AWS CLI's {@code --output text} (tab-separated values, no names) and {@code --output table}
 * (boxed {@code | name | value |} rows), and the boxed tables of doctl, exo, netlify and doppler. One line at
 * a time, as a log appender sees them.
 */
class CloudCliOutputTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String UPPER_DIGIT = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private static String keyId(Random r, String prefix) {
    return prefix + FakeSecrets.chars(r, UPPER_DIGIT, 16);
  }

  /** A 40-character secret access key with a letter and a digit, as real ones have. */
  private static String secretKey(Random r) {
    return FakeSecrets.chars(r, B64, 38) + "a7";
  }

  @Test
  void aRandomUuidInATableRowUnderASecretKeyIsHidden() {
    // scw iam api-key create, vault token lookup: a padded "Name   Value" table, the key first on its line
    String uuid = java.util.UUID.nameUUIDFromBytes(new byte[] {7}).toString().replace("-3", "-4");
    String secret = uuid.substring(0, 14) + "4" + uuid.substring(15, 19) + "a" + uuid.substring(20);
    assertThat(REDACTOR.redact("SecretKey          " + secret)).isEqualTo("SecretKey          [REDACTED:api-key-assignment]");
    assertThat(REDACTOR.redact("token              " + secret)).isEqualTo("token              [REDACTED:token-assignment]");
    // in prose a UUID after a token word is an id, and a time-based UUID is one anywhere
    assertThat(REDACTOR.redact("Revoked token " + secret + " for bob")).isEqualTo("Revoked token " + secret + " for bob");
    String timeBased = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
    assertThat(REDACTOR.redact("token              " + timeBased)).isEqualTo("token              " + timeBased);
  }

  @Test
  void awsTextOutputHidesTheSecretKeyAfterTheCreationTime() {
    Random r = new Random(1701);
    String id = keyId(r, "AKIA");
    String secret = secretKey(r);
    // aws iam create-access-key --output text: AccessKeyId, CreateDate, SecretAccessKey, Status, UserName
    String line = "ACCESSKEY\t" + id + "\t2024-05-01T10:00:00+00:00\t" + secret + "\tActive\tci-bot";
    String out = REDACTOR.redact(line);
    assertThat(out).doesNotContain(id).doesNotContain(secret.substring(0, 8)).doesNotContain(secret.substring(32));
    assertThat(out).startsWith("ACCESSKEY\t").endsWith("\tActive\tci-bot");
  }

  @Test
  void awsStsTextOutputHidesTheSecretKeyAfterTheExpiration() {
    Random r = new Random(1702);
    String id = keyId(r, "ASIA");
    String secret = secretKey(r);
    String line = "CREDENTIALS\t" + id + "\t2024-05-01T11:00:00+00:00\t" + secret + "\tIQoJb3JpZ2luX2VjEFake"
        + FakeSecrets.chars(r, B64, 120);
    assertThat(REDACTOR.redact(line)).doesNotContain(secret.substring(0, 8)).doesNotContain(secret.substring(32));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ACCESSKEYMETADATA\tAKIAIOSFODNN7EXAMPLE\t2024-05-01T10:00:00+00:00\tActive\tci-bot",
    "ACCESSKEYMETADATA\tAKIAIOSFODNN7EXAMPLE\t2024-05-01T10:00:00+00:00\tActive\tci-bot-automation-user1",
  })
  void awsTextOutputWithoutASecretKeepsItsOtherFields(String line) {
    String out = REDACTOR.redact(line);
    assertThat(out).contains("\t2024-05-01T10:00:00+00:00\tActive\t");
  }

  @Test
  void awsTableOutputHidesTheValueCellOfASecretRow() {
    Random r = new Random(1703);
    String secret = secretKey(r);
    String session = FakeSecrets.mixed(r, 40);
    // aws iam create-access-key --output table, aws sts assume-role --output table: a name cell, a value cell
    String row = "||  SecretAccessKey |  " + secret + "  ||";
    assertThat(REDACTOR.redact(row)).doesNotContain(secret.substring(0, 8)).doesNotContain(secret.substring(32))
        .startsWith("||  SecretAccessKey |  ").endsWith("  ||");
    assertThat(REDACTOR.redact("|  AWS_SESSION_TOKEN |  " + session + "  |")).doesNotContain(session);
  }

  @Test
  void boxDrawnTablesHideTheValueCellOfASecretRow() {
    Random r = new Random(1704);
    String exoSecret = FakeSecrets.mixed(r, 43);
    String password = FakeSecrets.mixed(r, 20) + "#=";
    // exo iam api-key create: a two-column box; netlify env:list and doppler secrets: name, value, scope
    assertThat(REDACTOR.redact("\u2502 Secret  \u2502 " + exoSecret + "  \u2502")).doesNotContain(exoSecret);
    assertThat(REDACTOR.redact("\u2502 DB_PASSWORD      \u2502 " + password + " \u2502 All      \u2502"))
        .doesNotContain(password);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // Markdown tables of documentation: a secret's name, then its type or a description
    "| password | string | no | The password of the admin user |",
    "| `api_key` | String | yes | Your API key |",
    "| token | Optional | - |",
    // masked or withheld values in CLI tables
    "\u2502 DB_PASSWORD      \u2502 ************************ \u2502 All      \u2502",
    "||  SecretAccessKey |  ****  ||",
    // a shell pipe after a key word is no table
    "echo $DB_PASSWORD | base64 --decode > /tmp/out",
  })
  void tableCellsWithoutAGeneratedValuePassUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // gh auth status without -t masks the token after its public prefix; glab masks it whole
    "  - Token: gho_************************************",
    "  \u2713 Token: glpat-********************",
    // kubectl config view leaves key material out unless --raw
    "    client-key-data: DATA+OMITTED",
    "    client-certificate-data: DATA+OMITTED",
  })
  void masksThatCliToolsPrintPassUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void aValueWithStarsInsideIsStillHidden() {
    String password = "pw_" + FakeSecrets.mixed(new Random(1705), 12) + "********";
    assertThat(REDACTOR.redact("password: " + password)).doesNotContain(password.substring(3, 15));
  }

  @Test
  void azureNumberedKeysAreHiddenInJsonAndYaml() {
    Random r = new Random(1706);
    String hex = FakeSecrets.chars(r, "0123456789abcdef", 32);
    String base64 = FakeSecrets.chars(r, B64, 42) + "7=";
    // az cognitiveservices account keys list (32 hex digits), az eventgrid topic key list (base64)
    assertThat(REDACTOR.redact("  \"key1\": \"" + hex + "\",")).doesNotContain(hex);
    assertThat(REDACTOR.redact("key2: " + base64)).doesNotContain(base64.substring(0, 40));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"key1\": \"value1\", \"key2\": \"value2\"}",
    "key1=abc key2=def",
    "\"key1\": 1234567890,",
    "monkey1: d41d8cd98f00b204e9800998ecf8427e",
    "key12: d41d8cd98f00b204e9800998ecf8427e",
    "\"key\": \"d41d8cd98f00b204e9800998ecf8427e\",",
  })
  void otherNumberedOrBareKeysPassUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void aSecretNamedObjectHidesItsValueField() {
    Random r = new Random(1707);
    String password = FakeSecrets.mixed(r, 22);
    String connection = "Server=tcp:db.example.test;Password=" + FakeSecrets.mixed(r, 18);
    // terraform output -json: a sensitive output is an object with its value in a value field
    String terraform = "{\n  \"db_password\": {\n    \"sensitive\": true,\n    \"type\": \"string\",\n"
        + "    \"value\": \"" + password + "\"\n  }\n}";
    assertThat(REDACTOR.redact(terraform)).doesNotContain(password).contains("\"sensitive\": true");
    // an ARM template's parameters file and az deployment group show's outputs, on one line
    String arm = "\"parameters\": {\"adminPassword\": {\"value\": \"" + password + "\"}}";
    assertThat(REDACTOR.redact(arm)).doesNotContain(password);
    String outputs = "\"outputs\": {\"dbSecret\": {\"type\": \"String\", \"value\": \"" + password + "\"}}";
    assertThat(REDACTOR.redact(outputs)).doesNotContain(password);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"password\": {\"type\": \"string\", \"minLength\": 12}}",
    "\"adminPassword\": {\"reference\": {\"keyVault\": {\"id\": \"/subscriptions/x\"}, \"secretName\": \"db\"}}",
    "\"db_password\": {\"sensitive\": true, \"type\": \"string\", \"value\": null}",
    "\"token\": {\"nested\": {\"value\": \"Kx9fQ2mP7vL3nR8tW4yZ6b\"}, \"value\": \"\"}",
  })
  void secretNamedObjectsWithoutAValueFieldPassUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void aCellValueWithEqualsAndAmpersandsIsOnePassword() {
    Random r = new Random(1708);
    String password = FakeSecrets.mixed(r, 6) + "=" + FakeSecrets.mixed(r, 8) + "&" + FakeSecrets.mixed(r, 4) + "="
        + FakeSecrets.mixed(r, 8);
    // doppler secrets: a generated password may hold = and &, which elsewhere start a query string's next pair
    String row = "\u2502 DB_PASSWORD       \u2502 " + password + " \u2502 " + password + " \u2502";
    String out = REDACTOR.redact(row);
    assertThat(out).doesNotContain(password.substring(0, 6)).doesNotContain(password.substring(16));
  }

  @Test
  void anEcrLoginPasswordAloneOnItsLineIsHidden() {
    Random r = new Random(1709);
    // aws ecr get-login-password prints base64 of {"payload":"...","datakey":"...",...} and nothing else
    String json = "{\"payload\":\"" + FakeSecrets.chars(r, B64, 600) + "\",\"datakey\":\""
        + FakeSecrets.chars(r, B64, 200) + "\",\"version\":\"2\",\"type\":\"DATA_KEY\",\"expiration\":1714600000}";
    String password = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    assertThat(REDACTOR.redact(password)).doesNotContain(password.substring(0, 40))
        .doesNotContain(password.substring(password.length() - 40));
    assertThat(REDACTOR.redact("echo " + password + " | docker login --username AWS --password-stdin x"))
        .doesNotContain(password.substring(100, 140));
  }

  @Test
  void shortBase64JsonWithAPayloadFieldStays() {
    String body = "{\"payload\":\"hello\",\"n\":1}";
    String json = Base64.getEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8));
    assertThat(REDACTOR.redact("body=" + json)).isEqualTo("body=" + json);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // helm get values: Bitnami-style charts name the Kubernetes Secret that holds the password
    "    existingSecret: db-creds",
    "  auth.existingSecret: prod/redis-auth",
    "\"existingSecret\": \"postgresql-credentials\",",
  })
  void anExistingSecretKeyNamesAnObject(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void anExistingSecretKeyWithASecretsMakeUpIsStillHidden() {
    String value = FakeSecrets.mixed(new Random(1710), 24);
    assertThat(REDACTOR.redact("existingSecret: " + value)).doesNotContain(value);
  }
}
