package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Assignment operators beyond {@code =}, {@code :} and {@code :=}, as gitleaks' sample lines write them:
 * Make's {@code ::=}, {@code :::=}, {@code ?=} and {@code +=}, PHP's {@code .=} and {@code ??=}, and a
 * declaration that names its type between the key and {@code =} (Go's {@code var apiToken string = "..."},
 * Kotlin's and Python's {@code apiToken: String = "..."}). The value after each is hidden whole.
 */
class AssignmentOperatorsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {
    "ORDERS_TOKEN ::= \"%s\"",
    "ORDERS_TOKEN :::= \"%s\"",
    "ORDERS_TOKEN ?= \"%s\"",
    "ORDERS_TOKEN ?= %s",
    "ORDERS_API_KEY += %s",
    "$ordersToken .= \"%s\";",
    "$ordersSecret ??= '%s';",
    "var ordersToken string = \"%s\"",
    "ordersToken string = \"%s\"",
    "val ordersToken: String = \"%s\"",
    "ORDERS_TOKEN: str = \"%s\"",
    "const ordersSecret: string = '%s';",
  })
  void theValueAfterTheOperatorIsHidden(String place) {
    String secret = FakeSecrets.mixed(new Random(place.hashCode()), 32);
    String redacted = REDACTOR.redact(String.format(place, secret));
    assertThat(redacted).as(place).doesNotContain(secret.substring(4, 28))
        .isEqualTo(String.format(place, redacted.substring(place.indexOf("%s"), redacted.indexOf(']') + 1)))
        .contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "TOKEN_TTL ?= 3600",
    "SECRET_FILES += config/secrets.yml",
    "$tokens .= $separator;",
    "var tokenCount int = 42",
    "val tokenType: String = \"bearer\"",
    "the token string = empty",
  })
  void ordinaryValuesStay(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
