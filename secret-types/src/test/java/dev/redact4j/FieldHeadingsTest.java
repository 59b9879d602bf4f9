package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A secret word can head a list of fields ({@code <Credentials: username=bob password=...>},
 * {@code secret: name=db-creds namespace=prod}): what follows it is another key's assignment, not its
 * value, and each field is judged under its own key. A value that merely holds {@code =} stays a value.
 */
class FieldHeadingsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {
    "credentials: username=bob",
    "Credentials: user=bob, region=eu",
    "auth: user=bob mode=basic",
    "secret: name=db-creds namespace=prod",
    "token: type=bearer expires=3600",
  })
  void aHeadingBeforeMetadataFieldsPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<Credentials: username=bob password=%s>",
    "credentials: user=bob secret=%s",
    "password: %s",
    "api_key: key=%s",
  })
  void theFieldsSecretsStayHidden(String shape) {
    Random r = new Random(shape.hashCode());
    String value = FakeSecrets.mixed(r, 24);
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Summer=Fun2024", "token==", "s3cr3t=x!", "type="})
  void aPasswordHoldingAnEqualsSignIsStillAValue(String value) {
    String line = "password: " + value;
    assertThat(REDACTOR.redact(line)).as(line).isEqualTo("password: [REDACTED:password-assignment]");
  }
}
