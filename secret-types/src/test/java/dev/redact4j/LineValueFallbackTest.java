package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A key at the start of its line owns the rest of the line; when that rest reads as code (a term word
 * and a {@code /}, as in {@code z/key/b}), its first word is still judged as the value. Found by
 * log4j2-redactor's NoSecretSurvivesTest, where a ThreadContext stack element is scanned on its own.
 */
class LineValueFallbackTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @Test
  void firstWordIsHiddenWhenTheRestOfTheLineReadsAsCode() {
    String pw = "gAPSLw" + "KEy";
    assertThat(REDACTOR.redact("password=" + pw + " {a z/_bb/xxb"))
        .isEqualTo("password=[REDACTED:password-assignment] {a z/_bb/xxb");
    assertThat(REDACTOR.redact("password: " + pw + " see cms/sites/key"))
        .isEqualTo("password: [REDACTED:password-assignment] see cms/sites/key");
  }

  @Test
  void wholeLineValuesAndCodeStayAsBefore() {
    assertThat(REDACTOR.redact("password: correct horse battery staple"))
        .isEqualTo("password: [REDACTED:password-assignment]");
    String code = "password: cms/sites/passwords#update";
    assertThat(REDACTOR.redact(code)).isSameAs(code);
  }
}
