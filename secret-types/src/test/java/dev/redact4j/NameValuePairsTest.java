package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Name/value pairs whose key is a sibling field: Kubernetes and ECS environment lists, CloudFormation
 * parameters and tag lists, GitLab CI variables, their {@code toString()} dumps and the two-line YAML
 * form. The value of the sibling {@code value} field, after the name field or before it, is judged
 * with the name as its key.
 */
class NameValuePairsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = "Fake-Pa55" + "word-123";
  private static final String KEY = "fAkE7kEy" + "9Qx2Lm4Np6Rt";

  @ParameterizedTest
  @ValueSource(strings = {
    "\"env\":[{\"name\":\"DB_PASSWORD\",\"value\":\"%s\"}]",
    "\"env\": [{\"name\": \"DB_PASSWORD\", \"value\": \"%s\"}, {\"name\": \"LOG_LEVEL\", \"value\": \"info\"}]",
    "{\"Name\": \"API_KEY\", \"Value\": \"%s\"}",
    "{\"key\":\"client_secret\",\"value\":\"%s\"}",
    "{\"key\":\"DB_PASSWORD\",\"value\":\"%s\",\"masked\":false}",
    "{\"ParameterKey\":\"DbPassword\",\"ParameterValue\":\"%s\"}",
    "{\"Namespace\":\"aws:elasticbeanstalk:application:environment\",\"OptionName\":\"DB_PASSWORD\",\"Value\":\"%s\"}",
    "{\"name\":\"DB_PASSWORD\",\"type\":\"String\",\"value\":\"%s\"}",
    "{'name': 'DB_PASSWORD', 'value': '%s'}",
    "{name: \"DB_PASSWORD\", value: \"%s\"}",
    "EnvVar(name=DB_PASSWORD, value=%s, valueFrom=null)",
    "V1EnvVar{name=DB_PASSWORD, value=%s}",
    "EnvVar{Name:DB_PASSWORD,Value:%s,ValueFrom:nil,}",
    "{\\\"name\\\":\\\"DB_PASSWORD\\\",\\\"value\\\":\\\"%s\\\"}",
    "{\n  \"name\": \"DB_PASSWORD\",\n  \"value\": \"%s\"\n}",
    "{\"value\":\"%s\",\"name\":\"DB_PASSWORD\"}",
    "[{\"Value\": \"%s\", \"Name\": \"API_KEY\"}]",
    "{\"ParameterValue\":\"%s\",\"ParameterKey\":\"DbPassword\"}",
    "{\"value\":\"%s\",\"type\":\"String\",\"masked\":false,\"name\":\"DB_PASSWORD\"}",
    "{\\\"value\\\":\\\"%s\\\",\\\"name\\\":\\\"DB_PASSWORD\\\"}",
    // AWS SSM parameters are named by a path, the key its last segment (CloudTrail, get-parameter output)
    "{\"name\":\"/orders/prod/api-key\",\"type\":\"SecureString\",\"value\":\"%s\"}",
    "{\"Parameter\":{\"Name\":\"/orders/prod/db/password\",\"Type\":\"SecureString\",\"Value\":\"%s\",\"Version\":3}}",
  })
  void valueOfASecretNamedEntryIsHidden(String shape) {
    String value = shape.contains("API_KEY") || shape.contains("api-key") ? KEY : PW;
    String text = "task definition: " + shape.formatted(value) + " registered";
    String out = REDACTOR.redact(text);
    assertThat(out).doesNotContain(value).contains("[REDACTED:").contains("registered");
  }

  @Test
  void theRuleIsNamedAfterTheNameFieldAndOnlyTheValueIsHidden() {
    assertThat(REDACTOR.redact("{\"name\":\"DB_PASSWORD\",\"value\":\"" + PW + "\"}"))
        .isEqualTo("{\"name\":\"DB_PASSWORD\",\"value\":\"[REDACTED:password-assignment]\"}");
    assertThat(REDACTOR.redact("{\"Key\": \"client_secret\", \"Value\": \"" + PW + "\"}"))
        .isEqualTo("{\"Key\": \"client_secret\", \"Value\": \"[REDACTED:secret-assignment]\"}");
    assertThat(REDACTOR.redact("EnvVar(name=DB_PASSWORD, value=" + PW + ", valueFrom=null)"))
        .isEqualTo("EnvVar(name=DB_PASSWORD, value=[REDACTED:password-assignment], valueFrom=null)");
  }

  /** Go's %+v glues each field to its value: the value ends before the next field, the entries after it stay. */
  @Test
  void aGoStructDumpValueEndsBeforeTheNextField() {
    String hex = FakeSecrets.chars(new java.util.Random(21), "0123456789abcdef", 40);
    String dump = "Env:[]EnvVar{EnvVar{Name:HG_INSTANCE_SECRET,Value:" + hex + ",ValueFrom:nil,},"
        + "EnvVar{Name:EXTRA_OPTIONS,Value:-profile-port=6060 -profile-addr=0.0.0.0,ValueFrom:nil,},}";
    assertThat(REDACTOR.redact(dump)).isEqualTo("Env:[]EnvVar{EnvVar{Name:HG_INSTANCE_SECRET,"
        + "Value:[REDACTED:secret-assignment],ValueFrom:nil,},EnvVar{Name:EXTRA_OPTIONS,"
        + "Value:-profile-port=6060 -profile-addr=0.0.0.0,ValueFrom:nil,},}");
    // a comma and a colon inside a generated value do not end it
    String glued = "Fake,Pa55:word-" + hex.substring(0, 8);
    assertThat(REDACTOR.redact("EnvVar{Name:DB_PASSWORD,Value:" + glued + ",ValueFrom:nil,}"))
        .isEqualTo("EnvVar{Name:DB_PASSWORD,Value:[REDACTED:password-assignment],ValueFrom:nil,}");
  }

  @Test
  void twoLineYamlFormIsHidden() {
    String yaml = "Applying manifest:\n"
        + "      env:\n"
        + "        - name: LOG_LEVEL\n"
        + "          value: info\n"
        + "        - name: DB_PASSWORD\n"
        + "          value: " + PW + "\n"
        + "        - name: API_KEY\n"
        + "          value: \"" + KEY + "\"\n";
    String out = REDACTOR.redact(yaml);
    assertThat(out).doesNotContain(PW).doesNotContain(KEY)
        .contains("- name: LOG_LEVEL\n          value: info\n")
        .contains("- name: DB_PASSWORD\n          value: [REDACTED:password-assignment]\n");
    assertThat(REDACTOR.redact("class V1EnvVar {\n    name: DB_PASSWORD\n    value: " + PW + "\n    valueFrom: null\n}"))
        .doesNotContain(PW).contains("valueFrom: null");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"name\":\"LOG_LEVEL\",\"value\":\"info\"}",
    "\"env\":[{\"name\":\"DB_PASSWORD\",\"value\":\"\"}]",
    "\"env\":[{\"name\":\"DB_PASSWORD\",\"value\":\"${DB_PASSWORD}\"}]",
    "\"env\":[{\"name\":\"DB_PASSWORD\",\"valueFrom\":{\"secretKeyRef\":{\"name\":\"db\",\"key\":\"password\"}}}]",
    "{\"name\":\"DB_PASSWORD_FILE\",\"value\":\"/run/secrets/db_password\"}",
    "{\"name\":\"PASSWORD_MIN_LENGTH\",\"value\":\"12\"}",
    "{\"name\":\"SECRET_NAME\",\"value\":\"prod-db-credentials\"}",
    "{\"name\":\"API_KEY_ID\",\"value\":\"key-2024-01\"}",
    "{\"name\":\"DB_PASSWORD\"}, {\"name\":\"OTHER\",\"value\":\"" + "Fake-Pa55" + "word-123" + "\"}",
    "{\"name\":\"TOKEN_TTL\",\"value\":\"3600\"}",
    "EnvVar(name=DB_PASSWORD, value=null, valueFrom=EnvVarSource(secretKeyRef=x))",
    // the kubelet's Go dump of a container (kuberuntime_manager.go "start failed"): an empty Value, then
    // ValueFrom names the Secret the value comes from
    "EnvVar{Name:MYSQL_PASSWORD,Value:,ValueFrom:&EnvVarSource{FieldRef:nil,SecretKeyRef:&SecretKeySelector{"
        + "LocalObjectReference:LocalObjectReference{Name:db,},Key:password,Optional:nil,},},},"
        + "EnvVar{Name:MYSQL_TLS_MODE,Value:preferred,ValueFrom:nil,},"
        + "EnvVar{Name:DATA_SOURCE_NAME,Value:$(MYSQL_USER):$(MYSQL_PASSWORD)@tcp("
        + "$(MYSQL_HOST):3306)/,ValueFrom:nil,},} start failed in pod db-exporter-c67cfc58f-vbzl4",
    "},EnvVar{Name:AM_TOKEN,Value:,ValueFrom:&EnvVarSource{FieldRef:nil,ResourceFieldRef:nil,ConfigMapKeyRef:nil,"
        + "SecretKeyRef:&SecretKeySelector{LocalObjectReference:LocalObjectReference{Name:am,},Key:token,"
        + "Optional:nil,},},},} {{100 -3} {<nil>} 100m DecimalSI}",
    "- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db\n      key: password",
    "- name: DB_PASSWORD\n- name: LOG_LEVEL\n  value: info",
    "- name: DB_PASSWORD\n  value: ${DB_PASSWORD}",
    "the password field name: password, value: required",
    "{\"value\":\"info\",\"name\":\"LOG_LEVEL\"}",
    "{\"value\":\"${DB_PASSWORD}\",\"name\":\"DB_PASSWORD\"}",
    "{\"path\":\"/orders/prod/api-key\",\"value\":\"" + "Fake-Pa55" + "word-123" + "\"}",
    "[{\"value\":\"" + "Fake-Pa55" + "word-123" + "\"}, {\"name\":\"DB_PASSWORD\"}]",
    "{\"value\":\"" + "Fake-Pa55" + "word-123" + "\"}\n{\"name\":\"DB_PASSWORD\"}",
  })
  void lookAlikesPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
