package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A password in prose after {@code is}, quoted as a program prints it: escaped inside a JSON log's message
 * ({@code the password is \"v\"}) or as Python's repr of bytes or a Python 2 unicode string ({@code b'v'},
 * {@code u'v'}). An unquoted word after {@code is} is read by its make-up, as before.
 */
class ProseQuotedValueTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {"the password is \\\"%s\\\"", "{\"message\":\"the db password is \\\"%s\\\" for bob\"}",
      "the password is b'%s'", "the password is u'%s'", "your new password is b'%s' now"})
  void aQuotedPasswordAfterIsIsHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 12) + "7";
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value.substring(0, 8)).contains("password is ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"the password is wrong", "token is expired", "signature is invalid",
      "the password is b'' (empty)", "{\"message\":\"the password is \\\"${DB_PASSWORD}\\\"\"}",
      "the password is u'<redacted>'"})
  void proseAndPlaceholdersAfterIsPassUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
