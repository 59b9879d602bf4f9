package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A value written after its key word with only a blank between, as prose and log messages do
 * ({@code login failed with password Hunter2024!}), is hidden when the word has a secret's make-up:
 * letters and digits mixed with both cases or symbols (or 16+ characters of letters and digits for a
 * token). Words that prose is made of (resets, policies, dates, counts, algorithm names) stay.
 */
class ProseValuesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Login failed for user bob with password Fake2024Pw! | Fake2024Pw!",
    "connecting to db01 using password Xy7kQ9mPz#Fake, retrying | Xy7kQ9mPz#Fake",
    "set client secret 9f8e7d6c5b4a3f2e1d0cfake for app 12 | 9f8e7d6c5b4a3f2e1d0cfake",
    "refreshing with token 8f3a2c1d9e7b6a5f4c3d2e1f0a9b8c7d now | 8f3a2c1d9e7b6a5f4c3d2e1f0a9b8c7d",
    "user admin changed passphrase to Fake-Pass-2024 today | Fake-Pass-2024",
    "the password is Fake2024Pw! | Fake2024Pw!",
    "HikariConfig : password........................FkVIfLB!001noG | FkVIfLB!001noG",
    "jdbc.password.............Fake-Pw-2024 | Fake-Pw-2024",
    "machine api.example.com login bob password FakePw24x | FakePw24x",
  })
  void aSecretShapedWordAfterItsKeyWordIsHidden(String line, String value) {
    String out = REDACTOR.redact(line);
    assertThat(out).as(line).doesNotContain(value).contains("[REDACTED:");
  }

  @Test
  void aBarInsideAProseWordDoesNotCutThePasswordShort() {
    // The word after the key is the password, bar and all: hiding only "Hunter" showed the rest.
    String value = "Fake|2024xQ";
    assertThat(REDACTOR.redact("login failed with password " + value))
        .isEqualTo("login failed with password [REDACTED:password-assignment]");
    assertThat(REDACTOR.redact("retrying with token 8f3a2c1d9e7b6a5f|4c3d2e1f0a9b8c7d now"))
        .isEqualTo("retrying with token [REDACTED:token-assignment] now");
  }

  @Test
  void aProseWordEndsAtTheBarOfAPipeDelimitedRecord() {
    // ArcSight CEF: the Name field holds the sentence; |Severity|Extension follow without a blank.
    String value = "Fake2024Pw!";
    String line = "CEF:0|Vendor|Product|1.0|100|Login failed with password " + value + "|5|suser=bob src=10.0.0.1";

    assertThat(REDACTOR.redact(line))
        .isEqualTo("CEF:0|Vendor|Product|1.0|100|Login failed with password [REDACTED:password-assignment]|5|suser=bob"
            + " src=10.0.0.1");
  }

  @Test
  void aNetrcEntryOverSeveralLinesIsHidden() {
    String value = "Fake" + "Pw24x";
    assertThat(REDACTOR.redact("machine api.example.com\n  login bob\n  password " + value)).doesNotContain(value);
    assertThat(REDACTOR.redact("machine h\r\nlogin bob\r\npassword " + value)).doesNotContain(value);
  }

  @Test
  void aNetrcPasswordIsHiddenWhateverItsMakeUp() {
    assertThat(REDACTOR.redact("machine api.example.com login bob password hunter22"))
        .isEqualTo("machine api.example.com login bob password [REDACTED:password-assignment]");
    assertThat(REDACTOR.redact("default login anonymous password guest"))
        .isEqualTo("default login anonymous password [REDACTED:password-assignment]");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "password reset requested for user 42",
    "password policy v2 applied to 17 accounts",
    "password must contain 8 characters and 1 digit",
    "password expires in 30 days",
    "password for user admin2024 was reset",
    "password changed at 2026-11-29T06:09:02Z",
    "password Argon2id hash verified in 35 ms",
    "hashing password with PBKDF2WithHmacSHA256 at 310000 iterations",
    "secret rotation scheduled for 2027-01-01",
    "token refreshed for user 42 in 17 ms",
    "token 12345678901234567890 expired",
    "token bucket refilled to 5000",
    "password ******** accepted",
    "password [REDACTED] accepted",
    "checking password........done",
    "password........................<masked>",
    "see password.... for details",
    "login failed.\npassword reset requested for bob",
    "user login ok;\r\npassword reset requested",
    "user login ok; password reset requested",
    "login failed for bob: wrong password supplied",
    "login bob.example denied, password expired",
  })
  void proseStays(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
