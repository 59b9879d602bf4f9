package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shapes of Windows administration: ARM/Bicep parameter files and deployment outputs, and Windows Setup
 * answer files (unattend.xml), whose secrets sit one level below the key that names them.
 */
class WindowsAdminLogsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = FakeSecrets.mixed(new Random(61), 13) + "#";

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"outputs\": {\"adminPassword\": {\"type\": \"String\", \"value\": \"%s\"}}}",
    "      \"sqlAdminPassword\": { \"type\": \"SecureString\", \"value\": \"%s\" },",
    "    \"adminPassword\": {\n      \"type\": \"String\",\n      \"value\": \"%s\"\n    },",
  })
  void anArmParameterOrOutputValueIsHidden(String shape) {
    String out = REDACTOR.redact(shape.formatted(PW));
    assertThat(out).doesNotContain(PW).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<AdministratorPassword><Value>%s</Value><PlainText>false</PlainText></AdministratorPassword>",
    "<Password><Value>%s</Value><PlainText>true</PlainText></Password>",
    "<AutoLogon><Password>\n  <Value>%s</Value>\n</Password><Enabled>true</Enabled></AutoLogon>",
  })
  void anUnattendPasswordValueIsHidden(String shape) {
    // Setup stores a password as base64 of UTF-16LE (password + element name) when PlainText is false
    String encoded = Base64.getEncoder().encodeToString((PW + "Password").getBytes(StandardCharsets.UTF_16LE));
    for (String value : new String[] {PW, encoded}) {
      String out = REDACTOR.redact(shape.formatted(value));
      assertThat(out).as(shape).doesNotContain(value).contains("[REDACTED:").contains("</Value>");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "##vso[task.setvariable variable=SqlPassword]%s",
    "2026-11-05T08:00:01.1234567Z ##[debug]Processed: ##vso[task.setvariable variable=dbPassword;issecret=false]%s",
    "##vso[task.setvariable variable=clientSecret;isOutput=true]%s",
  })
  void anAzurePipelinesVariableNamedForASecretIsHidden(String shape) {
    String out = REDACTOR.redact(shape.formatted(PW));
    assertThat(out).doesNotContain(PW).endsWith("]" + "[REDACTED:" + (shape.contains("clientSecret") ? "secret" : "password")
        + "-assignment]");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"outputs\": {\"vmName\": {\"type\": \"String\", \"value\": \"vm-app01\"}}}",
    "{\"adminPassword\": {\"type\": \"SecureString\"}}",
    "<AdministratorPassword><Value></Value><PlainText>true</PlainText></AdministratorPassword>",
    "<PasswordPolicy><Value>Complex</Value></PasswordPolicy>",
    "##vso[task.setvariable variable=dbPassword;issecret=true]***",
    "##vso[task.setvariable variable=buildNumber;issecret=false]20261105.3",
  })
  void shapesWithoutASecretPassThrough(String text) {
    assertThat(REDACTOR.redact(text)).isSameAs(text);
  }
}
