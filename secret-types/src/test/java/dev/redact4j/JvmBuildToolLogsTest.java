package dev.redact4j;

import static dev.redact4j.RedactionAssertions.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lines of Java build and release tooling output (Maven {@code -X}, Gradle, sbt, jreleaser, Develocity) that a
 * blind trial found leaking a credential, each beside the near-miss from the same output that must stay as it is.
 */
class JvmBuildToolLogsTest {
  private static final String[] WORDS = {"tulip", "anchor", "velvet", "orbit", "maple", "quartz", "harbor",
      "cinder", "lantern", "falcon", "meadow", "copper", "willow", "canyon", "saffron", "glacier"};

  /** A passphrase of four distinct words, as people choose them for a signing key. */
  private static String passphrase(String seed) {
    Random random = new Random(seed.hashCode());
    return IntStream.generate(() -> random.nextInt(WORDS.length)).distinct().limit(4)
        .mapToObj(i -> WORDS[i]).collect(Collectors.joining(" "));
  }

  /** Asserts that no word of the passphrase survives in the redacted line. */
  private static void assertPhraseHidden(String line, String phrase) {
    String redacted = CATALOG.redact(line);
    assertThat(redacted).as(line).contains("[REDACTED:");
    for (String word : phrase.split(" ")) {
      assertThat(redacted).as(line).doesNotContain(word);
    }
  }

  /**
   * A key that owns its line may follow a build tool's level tag and Maven's mojo field marker: {@code mvn -X}
   * dumps {@code [DEBUG]   (f) passphrase = <words>}, sbt {@code [info] PGP_PASSPHRASE=<words>}, jreleaser
   * {@code [INFO]   passphrase: <words>}. A passphrase of words runs to the end of the line there as well.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "[DEBUG]   (f) passphrase = %s",
    "[DEBUG]   (s) passphrase = %s",
    "[DEBUG]   (f) gpgPassphrase = %s",
    "[DEBUG]   (f) password = %s",
    "[info] PGP_PASSPHRASE=%s",
    "[DEBUG] signing.passphrase: %s",
    "[INFO]   passphrase: %s",
    "[WARNING] gpg.passphrase=%s",
  })
  void aPassphraseOfWordsAfterALevelTagIsHiddenWhole(String shape) {
    String phrase = passphrase(shape);
    assertPhraseHidden(shape.formatted(phrase), phrase);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "[DEBUG]   (f) password = null",
    "[DEBUG]   (f) passphrase = ${gpg.passphrase}",
    "[DEBUG]   (f) passphraseServerId = gpg.passphrase",
    "[DEBUG]   (f) passwordFile = /home/ci/.pw",
    "[DEBUG]   (f) passphraseEnvName = MAVEN_GPG_PASSPHRASE",
    "[DEBUG]   (f) password = ${env.OSSRH_PASSWORD}",
    "[INFO]   passphrase: ************",
    "[DEBUG]   (f) skip = false",
  })
  void aMojoFieldWithoutAValuePasses(String line) {
    assertThat(CATALOG.redact(line)).isSameAs(line);
  }

  /** A Develocity (Gradle Enterprise) access key, 52 lower-case base32 characters, generated from the seed. */
  private static String develocityKey(String seed) {
    return FakeSecrets.chars(new Random(seed.hashCode()), "abcdefghijklmnopqrstuvwxyz234567", 52);
  }

  /**
   * Develocity's access key variable names the server before the key: {@code DEVELOCITY_ACCESS_KEY=host=<key>}
   * (and the older {@code GRADLE_ENTERPRISE_ACCESS_KEY}); the host is no key's make-up, and it hid the key.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "GRADLE_ENTERPRISE_ACCESS_KEY=ge.example.com=%s",
    "DEVELOCITY_ACCESS_KEY=ge.example.com=%s",
    "export DEVELOCITY_ACCESS_KEY=\"develocity.example.com=%s\"",
    "  DEVELOCITY_ACCESS_KEY: scans.example.org=%s",
  })
  void aDevelocityAccessKeyAfterItsServerIsHidden(String shape) {
    String key = develocityKey(shape);
    RedactionAssertions.assertHidden(shape.formatted(key), key);
  }

  /** The variable may hold one key per server, separated by {@code ;}: each is hidden. */
  @Test
  void eachServersDevelocityAccessKeyIsHidden() {
    String first = develocityKey("first");
    String second = develocityKey("second");
    String redacted = CATALOG.redact("DEVELOCITY_ACCESS_KEY=ge.example.com=" + first + ";scans.example.org=" + second);
    assertThat(redacted).contains("[REDACTED:").doesNotContain(first).doesNotContain(second);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "DEVELOCITY_ACCESS_KEY=${{ secrets.DEVELOCITY_ACCESS_KEY }}",
    "GRADLE_ENTERPRISE_ACCESS_KEY=ge.example.com=",
    "SUMO_ACCESS_KEY=collectors.example.com=default",
    "GRADLE_ENTERPRISE_ACCESS_KEY is not set; build scan publishing disabled",
  })
  void aDevelocityVariableWithoutAKeyPasses(String line) {
    assertThat(CATALOG.redact(line)).isSameAs(line);
  }

  /** A generated password with symbols, from the seed. */
  private static String password(String seed) {
    return "Fake" + FakeSecrets.mixed(new Random(seed.hashCode()), 12) + "~!";
  }

  /**
   * sbt's {@code Credentials(realm, host, user, password)}, as build.sbt and its printed setting show it: the
   * password is the last literal, not the realm the key's call opens with.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "credentials += Credentials(\"Sonatype Nexus Repository Manager\", \"oss.sonatype.org\", \"ci\", \"%s\")",
    "[info]   DirectCredentials(\"Sonatype Nexus Repository Manager\", \"s01.oss.sonatype.org\", \"ci\", \"%s\")",
  })
  void theLastLiteralOfAnSbtCredentialsCallIsHidden(String shape) {
    String value = password(shape);
    String redacted = CATALOG.redact(shape.formatted(value));
    assertThat(redacted).doesNotContain(value).contains("[REDACTED:").contains("Sonatype Nexus Repository Manager");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "[info] * DirectCredentials(\"Sonatype Nexus Repository Manager\", \"s01.oss.sonatype.org\", \"ci\", ****)",
    "credentials += Credentials(\"Sonatype Nexus Repository Manager\", \"oss.sonatype.org\", \"ci\", sys.env(\"PW\"))",
  })
  void anSbtCredentialsCallWithoutALiteralPasswordPasses(String line) {
    assertThat(CATALOG.redact(line)).isSameAs(line);
  }
}
