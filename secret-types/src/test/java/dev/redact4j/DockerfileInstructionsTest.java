package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The legacy Dockerfile form {@code ENV KEY value} / {@code ARG KEY value} (a blank, not {@code =},
 * between key and value), as build logs and {@code docker history} print it, and csh's
 * {@code setenv KEY value}.
 */
class DockerfileInstructionsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = "Fake-Pa55" + "word-123";
  private static final String TOKEN = "fAkE7tOkEn" + "9Qx2Lm4Np6Rt";

  @Test
  void envWithABlankHidesTheRestOfTheInstruction() {
    assertThat(REDACTOR.redact("Step 4/9 : ENV DB_PASSWORD " + PW))
        .isEqualTo("Step 4/9 : ENV DB_PASSWORD [REDACTED:password-assignment]");
    assertThat(REDACTOR.redact("Step 5/9 : ARG API_TOKEN " + TOKEN + "\n ---> Running in 3f2a1b"))
        .isEqualTo("Step 5/9 : ARG API_TOKEN [REDACTED:token-assignment]\n ---> Running in 3f2a1b");
    assertThat(REDACTOR.redact("ENV DB_PASSWORD " + PW)).doesNotContain(PW);
    assertThat(REDACTOR.redact("/bin/sh -c #(nop)  ENV CLIENT_SECRET " + PW)).doesNotContain(PW);
    assertThat(REDACTOR.redact("setenv DB_PASSWORD " + PW)).doesNotContain(PW);
    // The value of the legacy form is the rest of the line, blanks included.
    assertThat(REDACTOR.redact("ENV DB_PASSWORD correct horse " + PW))
        .isEqualTo("ENV DB_PASSWORD [REDACTED:password-assignment]");
  }

  @Test
  void equalsFormStillWorks() {
    assertThat(REDACTOR.redact("Step 4/9 : ENV DB_PASSWORD=" + PW)).doesNotContain(PW);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Step 3/9 : ARG API_TOKEN",
    "Step 3/9 : ARG API_TOKEN\n ---> Using cache",
    "ENV DB_PASSWORD ${DB_PASSWORD}",
    "ENV DB_PASSWORD $DB_PASSWORD",
    "ENV DB_PASSWORD_FILE /run/secrets/db_password",
    "ENV PASSWORD_MIN_LENGTH 12",
    "ENV LOG_LEVEL debug",
    "ARG TOKEN_TTL 3600",
    "the env password is not set",
    "env db_password is empty",
    "Missing ENV PASSWORD in config",
    "checking env password policy",
  })
  void lookAlikesPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
