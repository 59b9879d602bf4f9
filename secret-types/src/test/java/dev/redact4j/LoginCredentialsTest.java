package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * People hand over an account in a sentence, user and password in one pair after {@code login}: chat,
 * tickets and runbooks, and the bots and help desks that log them. The password is hidden, the user
 * stays; a pair whose second half is no generated value (a host and its port, a path) stays whole.
 */
class LoginCredentialsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {"login with bob:%s", "you can login with admin:%s now.", "Login as deploy:%s",
      "login: admin/%s", "login: admin / %s", "staging login = ops:%s, prod is in the vault"})
  void thePasswordOfAPairAfterLoginIsHidden(String shape) {
    String password = FakeSecrets.mixed(new Random(shape.hashCode()), 14);

    String out = REDACTOR.redact(shape.formatted(password));

    assertThat(out).doesNotContain(password).contains("[REDACTED:login-credentials]");
    assertThat(out.replace("[REDACTED:login-credentials]", "")).contains(shape.contains("bob") ? "bob"
        : shape.contains("deploy") ? "deploy" : shape.contains("ops") ? "ops" : "admin");
  }

  @ParameterizedTest
  @ValueSource(strings = {"login with the account at 10:30 on host:8080", "login: admin/dashboard",
      "login with github:oauth", "login failed for bob: wrong password", "login: /var/log/auth.log",
      "a001 login alice", "login with user:<password>", "login with bob:****"})
  void pairsThatHoldNoGeneratedPasswordStay(String clean) {
    assertThat(REDACTOR.redact(clean)).isEqualTo(clean);
  }
}
