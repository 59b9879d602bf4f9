package dev.redact4j;

import static dev.redact4j.RedactionAssertions.CATALOG;
import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Windows output with a secret in it (PowerShell transcripts and error records, Security event 4688 and
 * Sysmon command lines, registry exports and {@code Format-List} output). One line at a time, as a log
 * appender sees them; the values are generated and fake.
 */
class WindowsOutputTest {
  private static final String SYMBOLS = "!#$%^*+-_.@~;";

  /** A fake password of letters, digits and the symbols Windows command lines carry unquoted. */
  private static String password(Random r) {
    return FakeSecrets.mixed(r, 6) + FakeSecrets.chars(r, SYMBOLS, 2) + FakeSecrets.mixed(r, 4) + "7";
  }

  @Test
  void aSingleQuotedSecureStringLiteralWithADoubledQuoteIsHiddenWhole() {
    // PowerShell writes a quote inside '...' as '': the literal runs to the last single quote
    Random r = new Random(4101);
    String head = FakeSecrets.mixed(r, 5);
    String tail = FakeSecrets.mixed(r, 8) + "%9";
    String value = head + "''" + tail;
    assertHidden("PS C:\\> $c = New-Object PSCredential -ArgumentList 'bob', (ConvertTo-SecureString -AsPlainText '"
        + value + "' -Force)", tail);
    assertHidden("PS C:\\> $pw = ConvertTo-SecureString '" + value + "' -AsPlainText -Force", head);
    assertHidden("PS C:\\> $pw = ConvertTo-SecureString '" + value + "' -AsPlainText -Force", tail);
  }

  @Test
  void aDollarInASingleQuotedSecureStringLiteralIsTextNotAVariable() {
    // PowerShell expands $name only inside double quotes: '$...' is the password as typed
    String value = "$" + FakeSecrets.chars(new Random(4102), "GdKq", 2) + "." + FakeSecrets.mixed(new Random(4103), 9) + "%8";
    assertHidden("PS C:\\> Set-ADAccountPassword -Identity bob -Reset -NewPassword (ConvertTo-SecureString -AsPlainText '"
        + value + "' -Force)", value.substring(1));
    String variable = "PS C:\\> $sec = ConvertTo-SecureString \"$plain\" -AsPlainText -Force";
    assertThat(CATALOG.redact(variable)).isEqualTo(variable);
  }

  @ParameterizedTest
  @ValueSource(strings = {"C:\\Windows\\system32\\net1  user alice %s", "net1 user alice %s /add",
      "CommandLine: C:\\Windows\\system32\\net1  use Z: \\\\fs01\\data %s /user:CORP\\bob /persistent:no"})
  void net1CommandLinesOfEvent4688HideThePassword(String shape) {
    // net.exe hands its arguments to net1.exe, whose 4688/Sysmon command line has two blanks after net1
    String value = password(new Random(shape.length()));
    assertHidden(String.format(shape, value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\" /v DefaultPassword /t REG_SZ /d %s /f",
      "Process Command Line:\treg.exe add HKLM\\SOFTWARE\\App /f /v DbPassword /d \"%s\"",
      "REG ADD HKCU\\Software\\App /V ApiSecret /T REG_SZ /D %s"})
  void aRegAddValueNamedByAPasswordKeyIsHidden(String shape) {
    // reg add sets autologon and application passwords: /v names the value, /d holds it
    String value = password(new Random(4106));
    assertHidden(String.format(shape, value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"reg add HKLM\\SOFTWARE\\Policies\\App /v PasswordComplexity /t REG_DWORD /d 1 /f",
      "reg add HKLM\\SOFTWARE\\App /v DisablePasswordReveal /t REG_DWORD /d 0x1 /f"})
  void aRegAddNumberStaysAsItIs(String line) {
    assertThat(CATALOG.redact(line)).isEqualTo(line);
  }

  @Test
  void anScExePasswordWithASemicolonIsHiddenToItsBlank() {
    // sc.exe takes "password= <v>" up to the next blank; a ; inside is the password's, not an ADO key's end
    Random r = new Random(4107);
    String value = FakeSecrets.mixed(r, 4) + ";" + FakeSecrets.mixed(r, 3) + "%" + FakeSecrets.mixed(r, 4) + "3";
    assertHidden("sc.exe create AgentSvc binPath= \"C:\\agent\\agent.exe\" obj= .\\svc password= " + value
        + " start= auto", value.substring(5));
    // an ADO connection string's next key may hold blanks, and still ends the value before it
    String ado = "Server=db01;User ID=sa;Password=" + value.substring(0, 2) + "Fake9;Initial Catalog=app";
    assertThat(CATALOG.redact(ado)).endsWith(";Initial Catalog=app").doesNotContain("Fake9");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SecretText          : %s", "\"secretText\": \"%s\",", "secret_text=%s"})
  void anEntraClientSecretsSecretTextIsHidden(String shape) {
    // New-MgApplicationPassword | Format-List and Microsoft Graph's passwordCredential print the new secret once
    String value = FakeSecrets.mixed(new Random(4104), 30) + "~Q8_";
    assertHidden(String.format(shape, value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"    Key Content            : %s", "<keyMaterial>%s</keyMaterial>",
      "<sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>%s</keyMaterial></sharedKey>"})
  void aWifiKeyShownByNetshIsHidden(String shape) {
    // netsh wlan show profile key=clear, and the profile XML of netsh wlan export profile key=clear
    String value = password(new Random(4105));
    assertHidden(String.format(shape, value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"    Security key           : Present", "    Key Content            : Absent",
      "Key Contents   : 3 items", "<keyType>passPhrase</keyType>"})
  void netshLinesWithoutAKeyStayAsTheyAre(String line) {
    assertThat(CATALOG.redact(line)).isEqualTo(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"PasswordExpiryWarning\"=dword:0000000e", "\"DisablePasswordChange\"=dword:00000000",
      "Password    : System.Security.SecureString", "Password       : System.Security.SecureString"})
  void registryNumbersAndSecureStringTypeNamesStayAsTheyAre(String line) {
    assertThat(CATALOG.redact(line)).isEqualTo(line);
  }
}
