package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactorSmokeTest {
  @Test
  void hidesPasswordAndReturnsSameInstanceOnCleanText() {
    Redactor r = Redactor.defaults();
    assertThat(r.redact("login password=hunter2-correct, user=bob"))
        .isEqualTo("login password=[REDACTED:password-assignment], user=bob");
    String clean = "nothing to see here";
    assertThat(r.redact(clean)).isSameAs(clean);
  }
}
