package dev.redact4j;

import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lines of CI/CD and build-tool logs (GitHub Actions, GitLab CI, Jenkins, Fastlane, set -x traces) that
 * a blind trial found leaking a credential or hiding a clean value; each leak beside the near-miss that
 * must stay as it is.
 */
class CiBuildLogsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  private static String password(String seed) {
    return "Fake" + FakeSecrets.mixed(new Random(seed.hashCode()), 12) + "!";
  }


  /** getopt reads a value glued to its short option: {@code curl -uadmin:<password> url} as {@code -u admin:...}. */
  @ParameterizedTest
  @ValueSource(strings = {
    "+ curl -fsSL -uadmin:%s https://artifacts.example.com/api/system/ping",
    "curl -uadmin:'%s' https://example.com",
    "+ curl -s -Uproxy:%s -x proxy.example.com:3128 https://example.com",
  })
  void aPasswordGluedToCurlsUserOptionIsHidden(String shape) {
    String value = password(shape);
    assertHidden(shape.formatted(value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "+ curl -uadmin https://example.com/ping",
    "curl -uadmin: https://example.com/ping",
    "+ curl -u admin:$ARTIFACTORY_PASSWORD https://example.com",
  })
  void curlsUserOptionWithoutAPasswordPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /** {@code <tool> login -u user -p <password>}: helm registry, oras, oc, cf and skopeo log in as docker does. */
  @ParameterizedTest
  @ValueSource(strings = {
    "+ helm registry login registry.example.com -u ci -p %s",
    "$ oras login -u robot -p '%s' ghcr.io",
    "+ oc login https://api.ocp.example.com:6443 -u developer -p %s --insecure-skip-tls-verify",
    "cf login -a https://api.cf.example.com -u ci -p \"%s\" -o acme -s prod",
    "+ skopeo login -u robot -p%s quay.io",
  })
  void aPasswordAfterPOnAToolsLoginIsHidden(String shape) {
    String value = password(shape);
    assertHidden(shape.formatted(value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Failed login for bob; retry with ssh -p 2222 build@10.0.4.7",
    "Failed login for bob (retry with ssh -p 2222)",
    "+ helm registry login registry.example.com -u ci --password-stdin",
    "login -p -h host.example.com bob",
    "Last login: Tue May 14 09:12:33 2024 from 10.0.0.5 -p 22",
    "+ helm registry login registry.example.com -u ci -p ****",
  })
  void aLoginWithoutAPasswordAfterPPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /** macOS signing steps make and unlock a build keychain: {@code unlock-keychain -p <password> ci.keychain}. */
  @ParameterizedTest
  @ValueSource(strings = {
    "[09:14:05]: $ security unlock-keychain -p '%s' ~/Library/Keychains/ci.keychain-db",
    "+ security create-keychain -p %s build.keychain",
    "security unlock-keychain -p\"%s\" build.keychain",
  })
  void aKeychainPasswordIsHidden(String shape) {
    String value = password(shape);
    assertHidden(shape.formatted(value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "+ security default-keychain -s build.keychain",
    "+ security find-identity -v -p codesigning build.keychain",
    "+ security list-keychains -d user -s build.keychain login.keychain",
    "+ security unlock-keychain build.keychain && security find-identity -p codesigning",
  })
  void aKeychainCommandWithoutAPasswordPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /** Fastlane prints its options as a table: {@code | git_basic_authorization | <base64 of user:token> |}. */
  @Test
  void anAuthorizationValueInATableCellIsHidden() {
    String basic = Base64.getEncoder().encodeToString(
        ("ci-bot:" + FakeSecrets.github(new Random(11), "ghp_")).getBytes(StandardCharsets.UTF_8));
    assertHidden("| git_basic_authorization         | " + basic + " |", basic);
    assertHidden("| Authorization | Bearer " + basic + " |", basic);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "| Authorization | Bearer token required |",
    "| authorization | string | The header to send |",
    "| Authorization | Authorization header value |",
    "| authorization | no |",
  })
  void aTableThatDocumentsTheHeaderPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /** actions/cache names its entries {@code <labels>-<hash of the lock files>}: a lookup key, no credential. */
  @Test
  void aCacheKeyOfLabelsAndADigestPasses() {
    String digest = FakeSecrets.chars(new Random(5), "0123456789abcdef", 64);
    String sha1 = FakeSecrets.chars(new Random(6), "0123456789abcdef", 40);
    for (String line : new String[] {
        "Cache restored from key: Linux-node-modules-" + digest,
        "Cache saved with key: setup-java-Linux-x64-maven-" + digest,
        "key: Linux-pip-" + sha1,
    }) {
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
  }

  @Test
  void aGeneratedKeyThatEndsInHexStaysHidden() {
    String value = FakeSecrets.mixed(new Random(8), 24) + "-"
        + FakeSecrets.chars(new Random(9), "0123456789abcdef", 40);
    assertHidden("key: " + value, value);
    String key = "Fake" + FakeSecrets.mixed(new Random(10), 28);
    assertHidden("key: " + key, key);
  }
}
