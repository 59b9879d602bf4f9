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
    String rule = shape.contains("clientSecret") ? "secret-assignment" : "password-assignment";
    assertThat(out).doesNotContain(PW).endsWith("][REDACTED:" + rule + "]");
  }

  /** PowerShell takes an unquoted word as a string argument: {@code ConvertTo-SecureString <pw> -AsPlainText}. */
  @ParameterizedTest
  @ValueSource(strings = {
    "ConvertTo-SecureString %s -AsPlainText -Force",
    "PS C:\\> $pw = ConvertTo-SecureString -String %s -AsPlainText -Force",
  })
  void anUnquotedSecureStringArgumentIsHidden(String shape) {
    assertThat(REDACTOR.redact(shape.formatted(PW)))
        .isEqualTo(shape.formatted("[REDACTED:powershell-plaintext-securestring]"));
  }

  /** certutil imports and exports PFX files with their password on the command line, as 4688 events record it. */
  @ParameterizedTest
  @ValueSource(strings = {
    "Process Command Line: certutil -p %s -importpfx C:\\certs\\web.pfx",
    "CommandLine: certutil.exe -f -p \"%s\" -exportPFX My 4f3a9c web.pfx",
    "{\"process\": {\"command_line\": \"certutil.exe -f -p \\\"%s\\\" -exportPFX My web.pfx\"}}",
  })
  void aCertutilPfxPasswordIsHidden(String shape) {
    assertThat(REDACTOR.redact(shape.formatted(PW))).isEqualTo(shape.formatted("[REDACTED:cli-certutil-password]"));
  }

  /** IIS's W3C log writes the query (cs-uri-query) after the path and a blank, without its {@code ?}. */
  @org.junit.jupiter.api.Test
  void anAzureFunctionsKeyInAnIisQueryFieldIsHidden() {
    String key = FakeSecrets.mixed(new Random(67), 54) + "==";
    String line = "2026-11-17 05:49:32 10.0.0.4 GET /api/HttpTrigger1 code=%s 443 - 52.1.2.3 Mozilla/5.0 - 200 0 0 31";
    assertThat(REDACTOR.redact(line.formatted(key))).isEqualTo(line.formatted("[REDACTED:url-code-key]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"outputs\": {\"vmName\": {\"type\": \"String\", \"value\": \"vm-app01\"}}}",
    "{\"adminPassword\": {\"type\": \"SecureString\"}}",
    "<AdministratorPassword><Value></Value><PlainText>true</PlainText></AdministratorPassword>",
    "<PasswordPolicy><Value>Complex</Value></PasswordPolicy>",
    "##vso[task.setvariable variable=dbPassword;issecret=true]***",
    "##vso[task.setvariable variable=buildNumber;issecret=false]20261105.3",
    "2026-11-04 10:12:01 10.0.0.4 GET /api/orders code=200&page=2 443 - 52.1.2.3 Mozilla/5.0 - 200 0 0 31",
    "process exited with exit code=1 after 3s",
    "certutil -hashfile C:\\drop\\setup.exe SHA256",
    "certutil -p \"\" -importpfx C:\\certs\\web.pfx",
    "$pw = ConvertTo-SecureString $plain -AsPlainText -Force",
    "$pw = ConvertTo-SecureString -String $env:SQL_PASSWORD -AsPlainText -Force",
    "$pw = ConvertTo-SecureString (Get-Content .\\pw.txt) -AsPlainText -Force",
  })
  void shapesWithoutASecretPassThrough(String text) {
    assertThat(REDACTOR.redact(text)).isSameAs(text);
  }
}
