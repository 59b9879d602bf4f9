package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exception messages, as {@code log.error("...", e)} and {@code e.toString()} print them: a message
 * whose sentence repeats the key's own name ({@code ssl.keystore.password: Password cannot be null},
 * Kafka's ConfigException) is prose about the key, not its value; and the value Kafka's
 * ConfigException quotes before the key ({@code Invalid value <v> for configuration ssl.truststore.password})
 * is hidden, as are the value of PostgreSQL's {@code Key (token)=(<v>) already exists.} and MySQL's
 * {@code Duplicate entry '<v>' for key 'api_keys.token_UNIQUE'}.
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

  @ParameterizedTest
  @ValueSource(strings = {
    "org.apache.kafka.common.config.ConfigException: Invalid value %s for configuration"
        + " ssl.truststore.password: String must be non-empty",
    "Caused by: org.apache.kafka.common.config.ConfigException: Invalid value %s for configuration"
        + " sasl.client.secret",
    "ConfigException: Invalid value %s for configuration database.password\n\tat org.apache.kafka.X",
  })
  void kafkaHidesTheValueItQuotesBeforeTheKey(String shape) {
    String value = FakeSecrets.mixed(new Random(6114), 10) + "!" + FakeSecrets.mixed(new Random(6115), 6);
    String out = REDACTOR.redact(shape.formatted(value));
    assertThat(out).doesNotContain(value.substring(0, 8)).doesNotContain(value.substring(value.length() - 8))
        .contains("Invalid value [REDACTED:").contains(" for configuration ");
  }

  @Test
  void kafkaKeepsPlaceholdersAndOtherConfigurations() {
    for (String line : new String[] {
      "ConfigException: Invalid value [hidden] for configuration ssl.key.password: Expected value to be a string,"
          + " but it was a java.lang.Integer",
      "ConfigException: Invalid value 30s for configuration request.timeout.ms: Not a number of type INT",
      "ConfigException: Invalid value for configuration ssl.keystore.password",
      // keys that name a setting about a secret, not the secret
      "ConfigException: Invalid value https://idp.example/oauth2/token for configuration"
          + " sasl.oauthbearer.token.endpoint.url: Expected a URL",
      "ConfigException: Invalid value PKCS13 for configuration ssl.keystore.type: not supported",
    }) {
      assertThat(REDACTOR.redact(line)).isEqualTo(line);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint"
        + " \"api_keys_token_key\"\n  Detail: Key (token)=(%s) already exists.",
    "2026-11-30 07:50:00 UTC [42] DETAIL:  Key (api_key)=(%s) is still referenced from table \"calls\".",
    "Detail: Key (client_secret)=(%s)",
  })
  void postgresHidesTheValueOfAUniqueKeyItQuotes(String shape) {
    String value = FakeSecrets.mixed(new Random(6116), 20);
    String out = REDACTOR.redact(shape.formatted(value));
    assertThat(out).doesNotContain(value.substring(0, 8)).doesNotContain(value.substring(value.length() - 8))
        .contains("=([REDACTED:");
  }

  @Test
  void postgresKeepsOtherKeys() {
    for (String line : new String[] {
      "Detail: Key (user_id)=(42) is not present in table \"users\".",
      "Detail: Key (token_type)=(bearer-legacy-format) already exists.",
    }) {
      assertThat(REDACTOR.redact(line)).isEqualTo(line);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '%s' for key 'api_keys.token_UNIQUE'",
    "could not execute statement [Duplicate entry '%s' for key 'api_token'] [insert into t (a,b) values (?,?)]",
  })
  void mysqlHidesTheDuplicateEntryOfASecretKey(String shape) {
    String value = FakeSecrets.mixed(new Random(6117), 24);
    String out = REDACTOR.redact(shape.formatted(value));
    assertThat(out).doesNotContain(value.substring(0, 8)).doesNotContain(value.substring(value.length() - 8))
        .contains("Duplicate entry '[REDACTED:");
  }

  @Test
  void mysqlKeepsOtherDuplicateEntries() {
    for (String line : new String[] {
      "Duplicate entry 'alice@example.com' for key 'users.email_UNIQUE'",
      "Duplicate entry 'bearer' for key 'token_type_UNIQUE'",
    }) {
      assertThat(REDACTOR.redact(line)).isEqualTo(line);
    }
  }

  /** A password with symbols, as people pick them: {@code Fk} and mixed letters and digits around {@code &-!}. */
  private static String symbolPassword(long seed) {
    Random r = new Random(seed);
    return "Fk" + FakeSecrets.mixed(r, 5) + "&-" + FakeSecrets.mixed(r, 4) + "!";
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // Logback's JSON encoder: the stack trace in a JSON string, its quotes and line breaks escaped
    "{\"level\":\"ERROR\",\"stack_trace\":\"org.springframework.boot.context.properties.bind.BindException:"
        + " Failed to bind properties under 'app.db.password' to java.lang.String\\n\\tat o.s.b.Binder.bind(Binder"
        + ".java:392)\\nCaused by: java.lang.IllegalStateException: Property: app.db.password Value: \\\"%s\\\""
        + " Origin: \\\"app.db.password\\\" from property source \\\"systemProperties\\\"\\n\\t... 42 more\"}",
    // Spring Boot's failure analysis as a JSON log's message: one field per escaped line
    "{\"message\":\"\\n\\nDescription:\\n\\nFailed to bind properties under 'spring.datasource.password' to"
        + " java.lang.String:\\n\\n    Property: spring.datasource.password\\n    Value: \\\"%s\\\"\\n"
        + "    Origin: class path resource [application.yml] - 9:15\\n\"}",
    "{\"message\":\"Property: spring.datasource.password\\n    Value: %s\\n    Origin: System Environment\"}",
  })
  void springBootsFailedBindingInAJsonLogHidesTheValue(String shape) {
    String value = symbolPassword(6118);
    String out = REDACTOR.redact(shape.formatted(value));
    assertThat(out).doesNotContain(value.substring(0, 8)).doesNotContain(value.substring(value.length() - 8))
        .contains("Value: ").contains("[REDACTED:");
  }

  @Test
  void springBootsFailedBindingInAJsonLogKeepsAPlaceholderAndOtherProperties() {
    for (String line : new String[] {
      "{\"message\":\"Property: spring.datasource.password\\n    Value: \\\"${DB_PASSWORD}\\\"\\n\"}",
      "{\"message\":\"Property: server.port\\n    Value: \\\"80a80\\\"\\n    Origin: x\"}",
      "{\"stack_trace\":\"Failed to bind properties under 'spring.datasource.password' to java.lang.String\\n\"}",
    }) {
      assertThat(REDACTOR.redact(line)).isEqualTo(line);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // Spring 5's TypeMismatchException and BeanCreationException chains
    "org.springframework.beans.TypeMismatchException: Failed to convert property value of type 'java.lang.String'"
        + " to required type 'int' for property 'dbPassword'; nested exception is java.lang.NumberFormatException:"
        + " For input string: \"%s\"",
    "java.lang.IllegalStateException: Failed to parse otp secret: java.lang.NumberFormatException: For input"
        + " string: \"%s\"",
    "{\"stack_trace\":\"Bad client_secret: java.lang.NumberFormatException: For input string: \\\"%s\\\"\\n\"}",
  })
  void aNumberParseThatFailedOnASecretsValueHidesTheValue(String shape) {
    String value = symbolPassword(6119);
    String out = REDACTOR.redact(shape.formatted(value));
    assertThat(out).doesNotContain(value.substring(0, 8)).doesNotContain(value.substring(value.length() - 8))
        .contains("For input string: ");
  }

  @Test
  void aNumberParseThatFailedOnAnotherValueIsKept() {
    for (String line : new String[] {
      "java.lang.NumberFormatException: For input string: \"8080x\"",
      "Failed to convert property value of type 'java.lang.String' to required type 'int' for property 'port';"
          + " nested exception is java.lang.NumberFormatException: For input string: \"Fk3-aB9x&Qz7\"",
      "for property 'passwordMinLength'; nested exception is java.lang.NumberFormatException: For input string:"
          + " \"twelve\"",
      "Failed to parse token ttl: java.lang.NumberFormatException: For input string: \"PT15M\"",
    }) {
      assertThat(REDACTOR.redact(line)).isEqualTo(line);
    }
  }

  @Test
  void mysqlsSyntaxErrorHidesThePasswordOfTheStatementItQuotes() {
    String value = symbolPassword(6120);
    String out = REDACTOR.redact("java.sql.SQLSyntaxErrorException: You have an error in your SQL syntax; check the"
        + " manual that corresponds to your MySQL server version for the right syntax to use near 'IDENTIFIED BY '"
        + value + "'' at line 1");
    assertThat(out).doesNotContain(value.substring(0, 8)).doesNotContain(value.substring(value.length() - 8))
        .contains("IDENTIFIED BY '[REDACTED:");
  }

  @Test
  void mysqlsSyntaxErrorKeepsOtherStatements() {
    String line = "You have an error in your SQL syntax; check the manual that corresponds to your MySQL server"
        + " version for the right syntax to use near 'identified by name 'orders'' at line 1";
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }
}
