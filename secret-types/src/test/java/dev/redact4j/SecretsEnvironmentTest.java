package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Environment variables (through an injected environment) and system properties. */
class SecretsEnvironmentTest {
  private final String value = "fake-" + Long.toHexString(new Random().nextLong()) + "-t0ken";
  private final String property = "redact4j.test." + Long.toHexString(new Random().nextLong());
  private final Map<String, String> env = Map.of("API_TOKEN", value, "EMPTY_TOKEN", "");

  @AfterEach
  void clearProperty() {
    System.clearProperty(property);
  }

  @Test
  void readsAnEnvironmentVariable() {
    assertThat(Secrets.fromEnv("API_TOKEN", env::get).reveal()).isEqualTo(value);
  }

  @Test
  void aMissingVariableNamesItselfAndTheFix() {
    assertThatThrownBy(() -> Secrets.fromEnv("DB_PASSWORD", env::get))
        .isInstanceOfSatisfying(SecretLoadingException.class, e -> {
          assertThat(e.source()).isEqualTo("environment variable DB_PASSWORD");
          assertThat(e.getMessage()).startsWith("Environment variable DB_PASSWORD is not set: set it")
              .contains("load the secret from a file");
        });
  }

  @Test
  void anEmptyVariableIsRefused() {
    assertThatThrownBy(() -> Secrets.fromEnv("EMPTY_TOKEN", env::get))
        .isInstanceOf(SecretLoadingException.class)
        .hasMessage("Environment variable EMPTY_TOKEN is set but empty: give it the secret's value");
    assertThatThrownBy(() -> Secrets.fromEnv("", env::get))
        .isInstanceOf(SecretLoadingException.class).hasMessageContaining("name is empty");
  }

  @Test
  void thePublicOverloadReadsTheRealEnvironment() {
    // PATH is set in every environment the build runs in; its value is not a secret.
    String path = System.getenv("PATH");
    org.junit.jupiter.api.Assumptions.assumeTrue(path != null && !path.isEmpty());
    assertThat(Secrets.fromEnv("PATH").reveal()).isEqualTo(path);
  }

  @Test
  void readsASystemProperty() {
    System.setProperty(property, value);
    assertThat(Secrets.fromProperty(property).reveal()).isEqualTo(value);
  }

  @Test
  void aMissingOrEmptyPropertyNamesItselfAndTheFix() {
    assertThatThrownBy(() -> Secrets.fromProperty(property))
        .isInstanceOfSatisfying(SecretLoadingException.class, e -> {
          assertThat(e.source()).isEqualTo("system property " + property);
          assertThat(e.getMessage()).contains(property, "is not set", "-D" + property + "=<value>");
        });
    System.setProperty(property, "");
    assertThatThrownBy(() -> Secrets.fromProperty(property))
        .isInstanceOf(SecretLoadingException.class).hasMessageContaining("is set but empty");
  }

  @Test
  void nullNamesAreRejected() {
    assertThatThrownBy(() -> Secrets.fromEnv(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Secrets.fromProperty(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Secrets.fromReference(null)).isInstanceOf(NullPointerException.class);
  }
}
