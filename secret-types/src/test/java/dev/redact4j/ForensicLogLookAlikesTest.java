package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean lines from forensic and attack-sample logs (Windows event logs exported as XML, a web shell's access
 * log, Velociraptor's test outputs) that a key word or a token's prefix made look like a secret; each beside
 * a look-alike that still holds a secret.
 */
class ForensicLogLookAlikesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  /**
   * An X (Twitter) bearer token starts with 21 {@code A}s and goes on with generated characters; a run of
   * nothing but {@code A}s is a test's filler or a MIME boundary.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "  \"RandomString\": \"%s\"",
    "Content-Type: multipart/alternative; boundary=%s",
    "--%s",
    "--%s--",
  })
  void aRunOfOnlyTheLetterAPasses(String shape) {
    String line = String.format(shape, "A".repeat(70));
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"  \"RandomString\": \"%s\"", "Authorization: Bearer %s", "--%s--"})
  void aTwitterBearerTokenStaysHidden(String shape) {
    Random r = new Random(shape.hashCode());
    String tail = FakeSecrets.mixed(r, 4) + "A".repeat(8) + "0%2B" + FakeSecrets.mixed(r, 60);
    String line = String.format(shape, "A".repeat(21) + tail);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(tail).contains("[REDACTED:");
  }

  /**
   * PowerShell's {@code PromptForCredential(caption, message, userName, targetName)} asks the user for a
   * credential; its literal arguments are the dialog's texts.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "$cred = $Host.ui.PromptForCredential(\"Windows Security\", \"Please enter user credentials\", \"\",\"\")",
    "powershell.exe -command { $c = $Host.UI.PromptForCredential('Windows Security Update', '', 'u', 'd') }",
    "var pw = promptForPassword(\"Enter the vault password\");",
  })
  void aPromptsTextPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void aLiteralGivenToACredentialSetterStaysHidden() {
    String value = "Fake" + FakeSecrets.mixed(new Random(7), 14);
    String line = "builder.setPassword(\"" + value + "\")";
    assertThat(REDACTOR.redact(line)).doesNotContain(value).contains("[REDACTED:");
  }

  /** A path that climbs with {@code ../} is a path, whatever key it is given to (a scan's {@code query-pat}). */
  @ParameterizedTest
  @ValueSource(strings = {
    "\"GET /search?NS-query-pat=../../../../../../../../../etc/passwd HTTP/1.1\" 404 963",
    "token_file=../../secrets/token.txt",
  })
  void aRelativePathPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"GET /search?NS-query-pat=%s HTTP/1.1\" 404 963", "token=%s"})
  void aTokenUnderTheSameKeysStaysHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 32);
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }

  /** A key that names a glob of files holds a pattern, not a key: Velociraptor's {@code sshKeyFilesGlob}. */
  @ParameterizedTest
  @ValueSource(strings = {
    "   sshKeyFilesGlob=srcDir + '/artifacts/testdata/files/linux/authorized_keys')",
    "private_key_glob: keys/Xz81Qa7vLmP2",
  })
  void aGlobOfKeyFilesPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void anSshKeyStaysHidden() {
    String value = FakeSecrets.mixed(new Random(11), 40);
    String line = "sshKey=" + value;
    assertThat(REDACTOR.redact(line)).doesNotContain(value).contains("[REDACTED:");
  }
}
