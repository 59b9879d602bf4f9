package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A value found once is hidden wherever else it occurs in the same line, even with no key beside it. */
class RepeatedValueTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @Test
  void aPasswordEchoedLaterInTheLineIsHiddenThereToo() {
    String out = REDACTOR.redact("login with password=Fake7Pw0rdXq failed; retry as admin:Fake7Pw0rdXq at 10:00");
    assertThat(out).doesNotContain("Fake7Pw0rdXq").contains("retry as admin:").endsWith(" at 10:00");
    assertThat(REDACTOR.scan("set password=Fake7Pw0rdXq, then Fake7Pw0rdXq"))
        .extracting(Finding::ruleId).containsExactly("password-assignment", "password-assignment");
  }

  @Test
  void aConfirmationFieldNoRuleNamesIsHidden() {
    String json = "{\"user\":\"bob\",\"password\":\"Fake7Pw0rdXq\",\"confirmation\":\"Fake7Pw0rdXq\"}";
    assertThat(REDACTOR.redact(json)).doesNotContain("Fake7Pw0rdXq").contains("\"confirmation\":\"");
  }

  @Test
  void theRepeatMayComeFirstAndMayBeGluedToOtherText() {
    assertThat(REDACTOR.redact("user Fake7Pw0rdXq@example.org set password=Fake7Pw0rdXq"))
        .doesNotContain("Fake7Pw0rdXq").contains("@example.org");
  }

  @Test
  void longTextsAndOtherCharSequencesAreSearchedToo() {
    // Past one 2,048-character chunk the windows are copied from the text, not read from the chunk.
    String line = "x".repeat(3000) + " set password=Fake7Pw0rdXq, echo Fake7Pw0rdXq done";
    for (CharSequence text : new CharSequence[] {line, new StringBuilder(line), java.nio.CharBuffer.wrap(line)}) {
      assertThat(REDACTOR.redact(text)).doesNotContain("Fake7Pw0rdXq").endsWith(" done");
    }
  }

  @Test
  void shortValuesAndOtherLinesAreLeftAlone() {
    // Below 8 characters a value is too likely an ordinary word to hide elsewhere.
    assertThat(REDACTOR.redact("set password=hunter2, then hunter2 again")).isEqualTo(
        "set password=[REDACTED:password-assignment], then hunter2 again");
    assertThat(REDACTOR.redact("set password=Fake7Pw0rdXq,\nFake7Pw0rdXq")).endsWith("\nFake7Pw0rdXq");
  }

  @Test
  void redactingTwiceChangesNothingMore() {
    String once = REDACTOR.redact("set password=Fake7Pw0rdXq; echo Fake7Pw0rdXq Fake7Pw0rdXq");
    assertThat(REDACTOR.redact(once)).isEqualTo(once);
    assertThat(once).doesNotContain("Fake7Pw0rdXq");
  }
}
