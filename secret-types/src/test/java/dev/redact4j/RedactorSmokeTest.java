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

  /** An argument printed apart from its message is hidden when it is part of a secret there. */
  @org.junit.jupiter.api.Test
  void aPartIsJudgedAloneAndInItsContext() {
    Redactor redactor = Redactor.newBuilder().knownSecrets(null).build();
    String context = "login with password=hunter2x for bob";
    java.util.List<Finding> findings = redactor.scan(context);
    org.assertj.core.api.Assertions.assertThat(redactor.redactInContext("hunter2x", context, findings))
        .isEqualTo("[REDACTED:password-assignment]");
    String bob = "bob";
    org.assertj.core.api.Assertions.assertThat(redactor.redactInContext(bob, context, findings)).isSameAs(bob);
    String token = "ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5";
    org.assertj.core.api.Assertions.assertThat(redactor.redactInContext(token, null, java.util.List.of()))
        .isEqualTo("[REDACTED:github-pat-classic]");
  }

  /** The part is hidden where a later occurrence overlaps a finding, whatever order the findings come in. */
  @Test
  void aPartIsJudgedAtEveryPlaceItOccurs() {
    Redactor redactor = Redactor.newBuilder().knownSecrets(null).build();
    String token = "ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5";
    String generated = "aaab" + "1234x";
    String context = "id=aab 4x aaab token=" + token + " password=" + generated + " end";
    java.util.List<Finding> findings = new java.util.ArrayList<>(redactor.scan(context));
    org.assertj.core.api.Assertions.assertThat(findings).hasSize(2);
    java.util.Collections.reverse(findings);
    org.assertj.core.api.Assertions.assertThat(redactor.redactInContext("aab1", context, findings))
        .isEqualTo("[REDACTED:password-assignment]");
    String clean = "aab 4x";
    org.assertj.core.api.Assertions.assertThat(redactor.redactInContext(clean, context, findings)).isSameAs(clean);
    String x = "4x"; // first outside any finding, then inside the password
    org.assertj.core.api.Assertions.assertThat(redactor.redactInContext(x, context, findings))
        .isEqualTo("[REDACTED:password-assignment]");
  }
}
