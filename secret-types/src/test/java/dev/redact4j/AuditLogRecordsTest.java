package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Audit records of cloud and cluster services (AWS CloudTrail, Azure Key Vault, GCP, Kubernetes) as a log
 * shipper writes them, one JSON record a line: the request that changed something carries its secret, and
 * the fields around it carry ids, names and masks that must stay.
 */
class AuditLogRecordsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final Random RANDOM = new Random(20_268);

  /** A generated password with a symbol, as people choose them: {@code Fake<letters>7!<letters>}. */
  private static String password() {
    return "Fake" + FakeSecrets.chars(RANDOM, "abcdefghijkmnpqrstuvwxyz", 5) + "7!"
        + FakeSecrets.chars(RANDOM, "ABCDEFGHJKLMNPQRSTUVWXYZ", 4);
  }

  @Test
  void keyVaultSecretSetValueNamedByTheSecretsUrlIsHidden() {
    String value = password();
    String record = "{\"time\":\"2026-03-03T10:22:11Z\",\"operationName\":\"SecretSet\",\"category\":\"AuditEvent\","
        + "\"properties\":{\"id\":\"https://kv-prod.vault.azure.net/secrets/db-password\","
        + "\"requestUri\":\"https://kv-prod.vault.azure.net/secrets/db-password?api-version=7.4\","
        + "\"value\":\"" + value + "\",\"httpStatusCode\":200}}";
    String out = REDACTOR.redact(record);
    assertThat(out).doesNotContain(value).contains("\"id\":\"https://kv-prod.vault.azure.net/secrets/db-password\"")
        .contains("\"httpStatusCode\":200");
  }

  @Test
  void anEntryNamedByAnIdFieldHidesItsValue() {
    String value = password();
    String out = REDACTOR.redact("{\"id\":\"DB_PASSWORD\",\"value\":\"" + value + "\"}");
    assertThat(out).isEqualTo("{\"id\":\"DB_PASSWORD\",\"value\":\"[REDACTED:password-assignment]\"}");
  }

  @Test
  void anIdFieldThatNamesNoSecretLeavesTheValue() {
    String record = "{\"id\":\"https://kv-prod.vault.azure.net/secrets/db-password/0a1b2c3d4e5f\","
        + "\"value\":\"https://example.com/docs\"}";
    assertThat(REDACTOR.redact("{\"id\":\"LOG_LEVEL\",\"value\":\"debug\"}"))
        .isEqualTo("{\"id\":\"LOG_LEVEL\",\"value\":\"debug\"}");
    assertThat(REDACTOR.redact(record)).isEqualTo(record);
  }

  @Test
  void theSubjectOfAWebIdentityTokenIsNoToken() {
    String record = "{\"eventName\":\"AssumeRoleWithWebIdentity\",\"responseElements\":{\"credentials\":"
        + "{\"sessionToken\":\"HIDDEN_DUE_TO_SECURITY_REASONS\",\"expiration\":\"Mar 3, 2026 11:22:11 AM\"},"
        + "\"subjectFromWebIdentityToken\":\"repo:acme/api:ref:refs/heads/main\","
        + "\"audience\":\"sts.amazonaws.com\"}}";
    assertThat(REDACTOR.redact(record)).isEqualTo(record);
  }

  @Test
  void aTokenTakenFromAHeaderIsStillHidden() {
    String token = "fAkE" + FakeSecrets.chars(RANDOM, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 32);
    assertThat(REDACTOR.redact("{\"webIdentityToken\":\"" + token + "\"}")).doesNotContain(token);
    assertThat(REDACTOR.redact("{\"subject_token\":\"" + token + "\"}")).doesNotContain(token);
  }

  /** {@code text} as the value of a shipper's {@code "log"} field: JSON escaped inside a JSON string. */
  private static String shipped(String text) {
    return "{\"log\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"stream\":\"stdout\"}";
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void recordsWrappedByShippersAtAnyDepthHideTheirSecrets(int depth) {
    String value = password();
    String[] records = {
      "{\"environment\":[{\"name\":\"DB_PASSWORD\",\"value\":\"" + value + "\"}]}",
      "{\"parameters\":[{\"parameterKey\":\"DBPassword\",\"parameterValue\":\"" + value + "\"}]}",
      "{\"requestParameters\":{\"masterUserPassword\":\"" + value + "\",\"kmsKeyId\":\"alias/aws/rds\"}}",
      "{\"properties\":{\"id\":\"https://kv.vault.azure.net/secrets/db-password\",\"value\":\"" + value + "\"}}",
    };
    for (String record : records) {
      String text = record;
      for (int d = 0; d < depth; d++) {
        text = shipped(text);
      }
      String out = REDACTOR.redact(text);
      assertThat(out).as("depth %d: %s", depth, text).doesNotContain(value).contains("[REDACTED:")
          .endsWith(text.substring(text.length() - 2));
    }
  }

  @Test
  void aDeeplyEscapedFieldThatNamesNoSecretStays() {
    String text = shipped(shipped(shipped(
        "{\"environment\":[{\"name\":\"LOG_LEVEL\",\"value\":\"debug\"}],\"kmsKeyId\":\"alias/aws/rds\"}")));
    assertThat(REDACTOR.redact(text)).isEqualTo(text);
  }
}
