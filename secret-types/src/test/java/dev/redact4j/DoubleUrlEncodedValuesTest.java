package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A query string URL-encoded twice, as a redirect URL passed in a parameter of another one is logged
 * ({@code next=%252Flogin%253Fpassword%253D<v>%2526lang%253Den}): the separator {@code %253D} is
 * {@code =}, and the value ends at {@code %2526}, an {@code &} encoded twice, so the parameters after it
 * stay readable. Look-alikes without a secret key stay unchanged.
 */
class DoubleUrlEncodedValuesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = "Xk9fake2" + "Lm4Np";

  @ParameterizedTest
  @ValueSource(strings = {"%253D", "%253d", "%253A"})
  void aTwiceEncodedSeparatorIsReadAsOne(String separator) {
    String line = "GET /sso?next=%252Flogin%253Fuser%253Dbob%2526password" + separator + PW + "%2526lang%253Den 302";
    assertThat(REDACTOR.redact(line)).isEqualTo("GET /sso?next=%252Flogin%253Fuser%253Dbob%2526password" + separator
        + "[REDACTED:password-assignment]%2526lang%253Den 302");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET /sso?next=%252Flogin%253Fuser%253Dbob%2526lang%253Den 302",
      "GET /x?next=%252Fitems%253Fid%253D550e8400-e29b-41d4-a716-446655440000%2526sha%253Dd41d8cd98f00b204e9800998ecf8427e",
      "GET /reset?next=%252Fpassword%252Fnew%253Fstep%253D2 302"})
  void lookAlikesPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
