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
}
