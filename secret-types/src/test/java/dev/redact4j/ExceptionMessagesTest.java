package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exception messages, as {@code log.error("...", e)} and {@code e.toString()} print them: a message
 * whose sentence repeats the key's own name ({@code ssl.keystore.password: Password cannot be null},
 * Kafka's ConfigException) is prose about the key, not its value.
 */
class ExceptionMessagesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {
    "org.apache.kafka.common.config.ConfigException: Invalid value null for configuration"
        + " ssl.keystore.password: Password cannot be null",
    "java.lang.IllegalStateException: app.client-secret: Secret must not be empty",
    "Caused by: java.lang.IllegalArgumentException: dbPassword: Password is shorter than the minimum",
  })
  void aSentenceThatRepeatsTheKeyIsKept(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "ssl.keystore.password: Password",
    "ssl.keystore.password: Password1 cannot be null",
    "db.password: Password cannot Xk9mP2qLw",
  })
  void aValueThatOnlyStartsLikeTheKeyIsHidden(String line) {
    assertThat(REDACTOR.redact(line)).contains("[REDACTED:").doesNotContain(": Password");
  }
}
