package dev.redact4j;

import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean lines from CI job logs (Firefox's Taskcluster and Buildbot logs as Treeherder's fixtures keep
 * them: environment dumps, compiler command lines, test harness output, WebRTC candidates) that a key
 * word or a token's shape made look like a secret; each beside a look-alike that still holds one.
 */
class CiJobLogLookAlikesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();


  /** A shell's {@code PWD} is the working directory; on a Windows worker it has a drive letter. */
  @ParameterizedTest
  @ValueSource(strings = {
    "  PWD=C:\\slave\\test",
    "  PWD=C:\\slave\\test\\build",
    "04:46:49     INFO -  'PWD': 'C:\\\\slave\\\\test',",
    "PWD=D:\\a\\project\\project",
    "password_file=C:\\Users\\build\\secrets\\db.txt",
  })
  void aWindowsWorkingDirectoryPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PWD=C:\\%s", "PWD=%s", "'PWD': 'C:\\\\%s',", "password=C:\\%s\\x"})
  void aPasswordAfterADriveLetterStaysHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 16);
    assertHidden(String.format(shape, value), value);
  }

  /** D-Bus prints the session bus's address: a socket and the server's public GUID, no credential. */
  @Test
  void aSessionBusAddressPasses() {
    String guid = FakeSecrets.chars(new Random(7), "0123456789abcdef", 32);
    String[] lines = {
      "DBUS_SESSION_BUS_ADDRESS='unix:abstract=/tmp/dbus-eLwkFfuB7K,guid=" + guid + "'; export DBUS_SESSION_BUS_ADDRESS;",
      "++ DBUS_SESSION_BUS_ADDRESS=unix:abstract=/tmp/dbus-eLwkFfuB7K,guid=" + guid,
      "Using env: {'DBUS_SESSION_BUS_ADDRESS': 'unix:abstract=/tmp/dbus-UAKcx5C3SV,guid=" + guid + "',",
      "session_addr=unix:path=/run/user/1000/bus,guid=" + guid,
    };
    for (String line : lines) {
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"DBUS_SESSION_COOKIE=%s", "session_address_token=%s", "SESSION_KEY='%s'"})
  void aSessionTokenBesideAnAddressStaysHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 32);
    assertHidden(String.format(shape, value), value);
  }

  /** A key that names how passwords are managed is no password: a crate's list of Windows API features. */
  @Test
  void aPasswordManagementFeatureNamePasses() {
    String line = "features: [\"Win32_System_Ole\", \"Win32_System_PasswordManagement\", \"Win32_System_Performance\","
        + " \"Win32_System_Pipes\"]";
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void aPasswordInAQuotedPairStaysHidden() {
    String value = FakeSecrets.mixed(new Random(11), 20);
    assertHidden("[\"DB_PASSWORD\", \"" + value + "\"]", value);
    assertHidden("password_management_password=" + value, value);
  }

  /** An ICE candidate's priority is a 32- to 64-bit number; one in ten passes the Luhn check. */
  @Test
  void anIceCandidatePriorityPasses() {
    Random r = new Random(3);
    for (String prefix : new String[] {"35", "39", "4"}) {
      String number = FakeSecrets.luhnCard(r, prefix, prefix.equals("4") ? 16 : 17);
      String line = "candidate:2 1 UDP (57f1bff):IP4:10.155.0.48:49676/UDP (647f1fff) priority=" + number
          + " (57f1bffc8fe3fff)";
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
  }

  @Test
  void aCardNumberUnderACardKeyStaysHidden() {
    String number = FakeSecrets.luhnCard(new Random(5), "4", 16);
    assertHidden("card=" + number + " priority=high", number);
    assertHidden("priority=high pan=" + number, number);
    assertHidden("{\"priority\": 1, \"card_number\": \"" + number + "\"}", number);
  }

  /** A test's file name that starts with {@code 00} after a word is no Okta token. */
  @Test
  void aFileNameWithTwoZerosAfterAnUnderscorePasses() {
    String line = "/builds/slave/test/build/toolkit/mozapps/update/test/chrome/"
        + "test_0082_error_patchApplyFailure_complete_only.xul";
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Authorization: SSWS 00%s", "okta token 00%s", "\"00%s\""})
  void anOktaTokenStaysHidden(String shape) {
    String body = FakeSecrets.mixed(new Random(shape.hashCode()), 40);
    assertHidden(String.format(shape, body), body);
  }

  /** A media test names each run after its script: the value is a file name, not a token. */
  @ParameterizedTest
  @ValueSource(strings = {
    "SEEK-TEST: Finished audio.wav seek test 1 token: audio.wav-1-seek1.js",
    "SEEK-TEST: Finished r11025_s16_c1.wav seek test 10 token: r11025_s16_c1.wav-0-seek10.js",
    "token=test_token2.py",
  })
  void aScriptFileNameUnderATokenKeyPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"token: %s", "token=%s.js", "\"token\": \"%s.py\""})
  void aGeneratedTokenEndingLikeAFileStaysHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 24);
    assertHidden(String.format(shape, value), value);
  }

  /**
   * A build's command lines and a reftest's manifest name files whose names hold a key word
   * ({@code high_pass_filter}, {@code nsAuthInformationHolder.o}, {@code bad-woff-sig.html}): a file's name
   * is no key, so the next word is not its value.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "-MD -MP -MF .deps/Unified_cpp_high_pass_filter_gn0.o.pp   Unified_cpp_high_pass_filter_gn0.cpp",
    "-Xclang -MT -Xclang Unified_cpp_high_pass_filter_gn0.obj   Unified_cpp_high_pass_filter_gn0.cpp",
    "-o libneckobase_s.a.desc nsAsyncStreamCopier.o nsAuthInformationHolder.o nsBase64Encoder.o nsBaseChannel.o",
    "REFTEST TEST-START | layout/reftests/font-face/507960-1-bad-woff-sig.html != layout/reftests/font-face/507960-1-ref.html",
  })
  void aFileNameHoldingAKeyWordIsNoKey(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"login failed with password %s", "using token %s for the upload", "secret %s",
      "sig=%s", "signature: %s"})
  void aKeyWordInProseStillHidesItsValue(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 24);
    assertHidden(String.format(shape, value), value);
  }

  /**
   * A Rust crate's list of Windows API features, as cargo prints it in a build log: quoted names in
   * Pascal case joined by {@code _}, where a pair of strings reads as a key and its value.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "\"Security_Credentials\", \"Security_Credentials_UI\", \"Security_Cryptography\", \"Security_Cryptography_Core\"",
    "\"Win32_Security_Credentials\", \"Win32_Security_Cryptography\", \"Win32_Security_Cryptography_Catalog\"",
    "\"Win32_System_Com_ChannelCredentials\", \"Win32_System_Com_Events\"",
    "\"Win32_Security_Authentication_Identity\", \"Win32_Security_Authorization\", \"Win32_Security_Credentials\"",
    "\"Security_Authorization\", \"Security_Authorization_AppCapabilityAccess\", \"Storage\"",
  })
  void aListOfPascalCaseFeatureNamesPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void aGeneratedValueInAQuotedPairStaysHidden() {
    Random r = new Random(13);
    String secret = FakeSecrets.mixed(r, 12) + "_" + FakeSecrets.mixed(r, 12);
    assertHidden("(\"client_secret\", \"" + secret + "\")", secret);
    String token = FakeSecrets.mixed(r, 32);
    assertHidden("[\"Authorization\", \"" + token + "\"]", token);
    String passphrase = "Summer_Breeze_Falls";
    assertHidden("[\"DB_PASSWORD\", \"" + passphrase + "\"]", passphrase);
  }

  /**
   * A crawler's configuration help (Nutch's {@code hadoop.log}) describes each setting after its name, the
   * description starting with the key's own word: three words with a function word are prose about the key.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "\tsolr.auth.password : password for authentication",
    "elastic.password: Password for authentication",
    "upload.token: token of the uploader",
  })
  void aDescriptionThatRepeatsTheKeyPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "solr.auth.password : password for %s",
    "solr.auth.password : password1 for authentication %s",
    "solr.auth.password : %s for authentication",
  })
  void aPasswordBesideTheKeysWordStaysHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 12);
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).contains("[REDACTED:").doesNotContain(value);
  }
}
