package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean lines from real text that the engine hid: apt and dpkg logs, SIEM rule dumps, manuals and
 * release notes. Each shape is asserted twice: as found it stays, and with a generated secret in the
 * value's place it is hidden.
 */
class RealCleanTextTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String TOKEN = "Fake" + FakeSecrets.mixed(new Random(1130), 24);
  private static final String PW = "Xk9" + "fake2Lm";

  /** A package's version after its name ({@code apt-get install pkg=1.2-3}, Debian's epoch {@code %3a}) or an OID. */
  @ParameterizedTest
  @ValueSource(strings = {
    "Commandline: apt-get install -y google-cloud-cli-gke-gcloud-auth-plugin=528.0.0-0 kubectl",
    "google-cloud-cli-app-engine-python-extras=528.0.0-0 google-cloud-cli-gke-gcloud-auth-plugin=528.0.0-0",
    "Preparing to unpack .../103-xauth_1%3a1.1.2-1_amd64.deb ...",
    "    CLIENT_AUTH = '1.3.6.1.5.5.7.3.2'",
    "auth_token_lib=2.4.1-beta.3",
    "session=1.0.2-SNAPSHOT",
  })
  void aVersionNumberIsNoToken(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "apt-get install -y google-cloud-cli-gke-gcloud-auth-plugin=%s kubectl",
    "    CLIENT_AUTH = '%s'",
    "auth_token=1.2.3-%s",
    "auth_token=%s",
  })
  void aTokenInTheSamePlaceIsHidden(String line) {
    String input = line.formatted(TOKEN);
    assertThat(REDACTOR.redact(input)).doesNotContain(TOKEN).contains("[REDACTED:");
  }

  /** The verb {@code pass} before a quoted option or name, as manuals and release notes write it. */
  @ParameterizedTest
  @ValueSource(strings = {
    "   the \"--quiet\" option, to pass \"--quiet\" down to \"gc --auto\".",
    " * \"git pull --rebase\" did not pass \"-v/-q\" options to underlying",
    "    (the default of None has the same effect), or pass 'ignore' to ignore",
    "Pass `-Dpamconfdir=no` to meson to avoid installing this file and",
    "        Pass 'parameters' and/or 'return_annotation' arguments",
    "then you'd pass '--with-customs=/usr/local' as an option to configure.",
  })
  void theVerbPassIsNoKey(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pass \"%s\"", "  pass '%s'", "pass: %s", "connect with password \"%s\"", "--pass '%s'",
    "user \"bob\" pass \"%s\"", "login as bob, pass '%s'", "Pass \"%s\""})
  void aPasswordAfterPassAsAKeyIsHidden(String line) {
    String input = line.formatted(PW);
    assertThat(REDACTOR.redact(input)).doesNotContain(PW).contains("[REDACTED:");
  }

  /** A file's name before an arrow, as rule checks and symlink listings write it, is no key. */
  @ParameterizedTest
  @ValueSource(strings = {
    "\"[\\\"f:/etc/pam.d/common-password -> r:pam_pwhistory\\\\\\\\.so\\\"]\"",
    "f:/etc/pam.d/common-auth -> r:pam_faillock.so",
    "lrwxrwxrwx 1 root root 29 Nov 30 /etc/alternatives/db-password -> secrets-v2",
  })
  void aPathBeforeAnArrowIsNoKey(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"password -> %s", "db-password -> %s", "map: common-password -> %s"})
  void aKeyBeforeAnArrowKeepsItsValueHidden(String line) {
    String input = line.formatted(PW);
    assertThat(REDACTOR.redact(input)).doesNotContain(PW).contains("[REDACTED:");
  }

  /** A negated option takes no value: what follows it is the next argument. */
  @ParameterizedTest
  @ValueSource(strings = {"curl --no-sessionid https://example.com", "tool --no-session-token build-42-release"})
  void aNegatedOptionHasNoValue(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tool --session-token %s https://example.com", "tool --no-cache --session-token %s"})
  void theOptionItselfKeepsItsValueHidden(String line) {
    String input = line.formatted(TOKEN);
    assertThat(REDACTOR.redact(input)).doesNotContain(TOKEN).contains("[REDACTED:");
  }

  /**
   * A list of titles (MITRE ATT&CK techniques in a SIEM alert) is no pair of a key and its value, though a
   * title ends in {@code Token}: a token, key or client secret holds no blank.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "\"mitre\": {\"technique\": [\"Application Access Token\", \"Token Impersonation/Theft\"]}",
    "tactics=[\"Credential Access\", \"Steal Application Access Token\", \"Use Alternate Authentication Material\"]",
    "[\"API Key\", \"Rotate every ninety days\"]",
  })
  void aListOfTitlesIsNoKeyAndValue(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[\"Access Token\", \"%s\"]", "(\"api_key\", \"%s\")", "(\"password\", \"correct horse %s\")",
    "(\"client_secret\", \"open sesame %s\")"})
  void aPairWithAGeneratedValueStaysHidden(String line) {
    String input = line.formatted(TOKEN);
    assertThat(REDACTOR.redact(input)).doesNotContain(TOKEN).contains("[REDACTED:");
  }
}
