package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Structured loggers of other stacks (.NET, Go, Node, Python, Ruby, PHP, Rust, Elixir) print objects,
 * headers and parameters in their own syntax: the secret in each shape is hidden and the rest of the line
 * kept; the same loggers' lines holding no secret (a pointer, an id, a mask) pass byte-identical.
 */
class StructuredLoggerOutputsTest {
  private static final Redactor REDACTOR = RedactionAssertions.CATALOG;

  /**
   * .NET prints a {@code KeyValuePair<string, string>} as {@code [Key, Value]}, so headers joined with
   * {@code string.Join} read [X-Api-Key, <key>], [Accept, text/plain]: a generated value after a secret's
   * key is hidden, the pair's brackets and the other pairs stay.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "Request headers: [X-Api-Key, %s], [Accept, */*]",
    "[Accept, application/json], [Client-Secret, %s]",
    "headers=[[Authorization, Basic], [X-Auth-Token, %s]]",
  })
  void dotNetKeyValuePairsHideTheGeneratedValue(String shape) {
    Random r = new Random(shape.hashCode());
    String value = FakeSecrets.mixed(r, 40);
    String line = String.format(shape, value);
    String redacted = REDACTOR.redact(line);
    assertThat(redacted).as(line).doesNotContain(value).contains("[REDACTED:")
        .startsWith(line.substring(0, line.indexOf(value) - 1));
    assertThat(redacted.substring(redacted.indexOf("[REDACTED:"))).contains("]");
  }

  /** A list of names is no pair: {@code [password, username]}, {@code [ApiKey, Region]} pass. */
  @ParameterizedTest
  @ValueSource(strings = {
    "Missing fields: [password, username]",
    "Required headers: [X-Api-Key, X-Request-Id]",
    "Request headers: [X-Api-Key, [REDACTED]], [Accept, */*]",
    "Request headers: [X-Request-Id, 5f0c2a9e-3b7d-4c1a-9e8f-2d6b4a7c1e03], [Accept, */*]",
  })
  void dotNetListsOfNamesPass(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /**
   * Go's {@code %+v} prints a pointer field as its address ({@code {Password:0xc000012345 DB:0}}): an address,
   * not the password; the string field's value is still hidden.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "config: {Host:db Password:0xc000012345 Port:5432}",
    "opts: &{Addr:redis:6379 Password:0xc00001e0a0 DB:0}",
    "cfg: {APIKey:0x14000126f30 Secret:0xc0000a2b10 Timeout:30s}",
    "db: &{User:app Password:0xc000012345}",
    "connect({User:app Password:0xc00001e0a0})",
  })
  void goPointerFieldsPass(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "config: {Host:db Password:%s Port:5432}",
    "wallet: {Name:hot PrivateKey:0x%s}",
  })
  void goStringFieldsStayHidden(String shape) {
    Random r = new Random(shape.hashCode());
    String value = shape.contains("0x") ? FakeSecrets.chars(r, "0123456789abcdef", 64) : FakeSecrets.mixed(r, 18);
    RedactionAssertions.assertHidden(String.format(shape, value), value);
  }
}
