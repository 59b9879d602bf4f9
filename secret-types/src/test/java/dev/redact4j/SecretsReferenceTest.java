package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Secrets.fromReference}: built-in schemes, and providers from the test
 * {@code META-INF/services} file, which also lists broken providers on purpose.
 */
class SecretsReferenceTest {
  private final String value = "fake-" + Long.toHexString(new Random().nextLong()) + "-r3f";
  private final Map<String, String> env = Map.of("DB_PASSWORD", value);

  @TempDir
  Path dir;

  @Test
  void builtInSchemesReachTheirLoaders() throws IOException {
    assertThat(Secrets.fromReference("env:DB_PASSWORD", env::get).reveal()).isEqualTo(value);
    assertThat(Secrets.fromReference("ENV:DB_PASSWORD", env::get).reveal()).isEqualTo(value);

    String property = "redact4j.test.ref." + Long.toHexString(new Random().nextLong());
    System.setProperty(property, value);
    try {
      assertThat(Secrets.fromReference("sysprop:" + property).reveal()).isEqualTo(value);
      assertThat(Secrets.fromReference("property:" + property).reveal()).isEqualTo(value);
    } finally {
      System.clearProperty(property);
    }

    Path file = dir.resolve("db-password");
    Files.writeString(file, value + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    assertThat(Secrets.fromReference("file:" + file).reveal()).isEqualTo(value);
    assertThat(Secrets.fromReference("file://" + file).reveal()).isEqualTo(value);
  }

  @Test
  void builtInFailuresKeepTheirMessages() {
    assertThatThrownBy(() -> Secrets.fromReference("env:MISSING_VAR", env::get))
        .isInstanceOf(SecretLoadingException.class)
        .hasMessageStartingWith("Environment variable MISSING_VAR is not set");
    assertThatThrownBy(() -> Secrets.fromReference("env:", env::get))
        .isInstanceOf(SecretLoadingException.class)
        .hasMessageContaining("The secret reference env: names nothing after the scheme");
  }

  @Test
  void anEmptyReferenceIsShownAnExampleOfItsOwnScheme() {
    assertThatThrownBy(() -> Secrets.fromReference("file:", env::get))
        .hasMessageEndingWith("such as file:/run/secrets/db-password");
    assertThatThrownBy(() -> Secrets.fromReference("SysProp:", env::get))
        .hasMessageEndingWith("such as sysprop:db.password");
    assertThatThrownBy(() -> Secrets.fromReference("env:", env::get))
        .hasMessageEndingWith("such as env:DB_PASSWORD");
  }

  @Test
  void aProviderFromTheClassPathServesItsScheme() {
    assertThat(Secrets.fromReference("test-vault:secret/db#password").reveal())
        .isEqualTo(TestSecretProviders.vaultValue("secret/db#password"));
    assertThat(Secrets.fromReference("TEST-VAULT:a").reveal())
        .isEqualTo(TestSecretProviders.vaultValue("a"));
  }

  @Test
  void providersCannotTakeOverBuiltInSchemes() {
    assertThat(Secrets.fromReference("env:DB_PASSWORD", env::get).reveal()).isEqualTo(value);
  }

  @Test
  void providerOutcomesBecomeClearErrors() {
    assertThatThrownBy(() -> Secrets.fromReference("test-vault:missing"))
        .isInstanceOfSatisfying(SecretLoadingException.class, e -> {
          assertThat(e.source()).isEqualTo("test-vault:missing");
          assertThat(e.getMessage()).contains("TestSecretProviders$Vault", "has no secret at"
              + " test-vault:missing", "create the secret in the store, or fix the reference");
        });
    assertThatThrownBy(() -> Secrets.fromReference("test-vault:empty"))
        .isInstanceOf(SecretLoadingException.class)
        .hasMessageContaining("The secret at test-vault:empty is empty");
    assertThatThrownBy(() -> Secrets.fromReference("test-vault:null"))
        .isInstanceOf(SecretLoadingException.class)
        .hasMessageContaining("returned null for test-vault:null");
    assertThatThrownBy(() -> Secrets.fromReference("test-vault:unreachable"))
        .isInstanceOf(SecretLoadingException.class)
        .hasMessageContaining("failed to load test-vault:unreachable (java.lang.IllegalStateException)")
        .hasCauseInstanceOf(IllegalStateException.class);
    // A provider's own SecretLoadingException passes through untouched.
    assertThatThrownBy(() -> Secrets.fromReference("test-vault:refused"))
        .isInstanceOf(SecretLoadingException.class).hasMessage("access denied: grant the role");
  }

  @Test
  void twoProvidersForOneSchemeAreAnError() {
    assertThatThrownBy(() -> Secrets.fromReference("dup:x"))
        .isInstanceOf(SecretLoadingException.class)
        .hasMessageContaining("Several SecretProviders serve the scheme dup")
        .hasMessageContaining("TestSecretProviders$DuplicateA")
        .hasMessageContaining("TestSecretProviders$DuplicateB");
  }

  @Test
  void anUnknownSchemeListsTheKnownOnesAndTheBrokenProvidersButNotTheReference() {
    String reference = "vualt:" + value;
    assertThatThrownBy(() -> Secrets.fromReference(reference))
        .isInstanceOfSatisfying(SecretLoadingException.class, e -> {
          assertThat(e.source()).isEqualTo("secret reference");
          assertThat(e.getMessage())
              .doesNotContain(value).doesNotContain("vualt")
              .contains("known schemes: dup, env, file, property, sysprop, test-vault")
              .contains("TestSecretProviders$BrokenConstructor could not be instantiated")
              .contains("TestSecretProviders$ThrowingScheme.scheme() threw"
                  + " java.lang.UnsupportedOperationException")
              .contains("TestSecretProviders$EnvHijack declares the built-in scheme env")
              .contains("dev.redact4j.NoSuchProvider not found");
          assertThat(e.getSuppressed()).isNotEmpty();
        });
  }

  @Test
  void aMalformedReferenceIsNotRepeatedInCaseItIsAValue() {
    // The classic mistake: passing the secret itself where a reference is expected.
    for (String notAReference : new String[] {
        value, "hunter2", ":" + value, "1abc:" + value, "with space:" + value, ""}) {
      assertThatThrownBy(() -> Secrets.fromReference(notAReference, env::get))
          .isInstanceOfSatisfying(SecretLoadingException.class, e -> {
            assertThat(e.source()).isEqualTo("secret reference");
            assertThat(e.getMessage()).contains("must have the form scheme:path", "env:DB_PASSWORD")
                .doesNotContain(value).doesNotContain("hunter2");
          });
    }
  }
}
