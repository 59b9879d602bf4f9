package dev.redact4j;

import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command's help text names a flag's value by a metavar, the flag's name in capitals ({@code --password=PASSWORD},
 * as argparse, click and picocli print it), and changelogs write about a flag in sentences ({@code Support
 * --passphrase with --quick-gen-key}): neither gives a value. A value after the flag stays hidden.
 */
class FlagHelpTextTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {
    "  -p, --password=PASSWORD      database password",
    "  --api-key=API_KEY            the service's key",
    "  --db-password DB_PASSWORD    the database user's password",
    "  --db-password PASSWORD       the database user's password",
    "gpg: Support --passphrase with --quick-gen-key.",
    "certtool: honor --ask-pass when loading a private key",
    "align grep -Pw with grep -w",
  })
  void aMetavarOrASentenceAfterAFlagIsNoValue(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /**
   * A flag that makes the program ask for the password ({@code wget --ask-password}, Ansible's
   * {@code --ask-pass}, {@code --ask-vault-password}) takes no value: the word after it is the command's
   * next argument.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "wget --user=admin --ask-password https://files.internal/report.csv",
    "ansible-playbook --ask-pass site.yml",
    "ansible-playbook -i hosts --ask-vault-password deploy.yml",
    "ansible-playbook --ask-vault-pass playbooks/db.yml",
    "certtool --ask-pass key.pem",
  })
  void aFlagThatAsksForThePasswordTakesNoValue(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /** A shell word {@code --password=} ends at its {@code =}: an empty value, and the next word is another argument. */
  @ParameterizedTest
  @ValueSource(strings = {
    "wget --user=admin --password= https://files.internal/report.csv",
    "wget --password= --user=admin https://files.internal/report.csv",
    "mysqldump --user=backup --password= --single-transaction orders",
  })
  void anEmptyValueAfterAFlagsEqualsSignTakesNoNextWord(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void aValueAfterAFlagStaysHidden() {
    String value = FakeSecrets.mixed(new Random(47), 16);
    assertHidden("--password=" + value, value);
    assertHidden("--password " + value + " --user bob", value);
    assertHidden("--password=PASSWORDX", "PASSWORDX"); // not the flag's name
    assertHidden("--password=TOKEN", "TOKEN"); // another name in capitals is no metavar of this flag
    assertHidden("mysql --password with", "with"); // nothing after it: no sentence goes on
    assertHidden("--ask-password=" + value, value); // given a value all the same
  }
}
