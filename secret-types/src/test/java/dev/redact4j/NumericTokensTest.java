package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A number under a token key is usually a count, an id or a one-time code (a 64-bit id has at most 20
 * digits) and passes; a value of 24 digits or more is none of those but a vendor's numeric token
 * ({@code x_api_token=<32 digits>}, TomTom's and RESTPack's tokens as Kingfisher's rules show them).
 */
class NumericTokensTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {
    "x_api_token=%s", "tomtom_access_token=%s", "AUTH_TOKEN: %s", "{\"apiToken\": \"%s\"}", "token=%s&page=2",
  })
  void longNumbersUnderTokenKeysAreHidden(String shape) {
    Random r = new Random(shape.hashCode());
    for (int digits : new int[] {24, 32, 50}) {
      String value = "9" + FakeSecrets.chars(r, FakeSecrets.DIGITS, digits - 1);
      String line = String.format(shape, value);
      assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:token-assignment]");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "TOKEN=123456",
    "token=1700000000123 expires",
    "access_token=98765432109876543210",
    "{\"tokenCount\": 12345678901234567890}",
    "refresh_token_expires_in=7776000",
  })
  void countsIdsAndCodesPass(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
