package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Redactor#containsSecretInName}: what the Logback and Log4j adapters ask of every event's thread
 * and logger names. It remembers names found clean, so it must answer as {@code containsSecret} does, every
 * time, and judge a remembered name again once a known secret it holds is registered.
 */
class SecretInNameTest {
  private static final Random RANDOM = new Random(2112);

  @Test
  void aNameHoldingATokenHoldsASecretEveryTime() {
    Redactor redactor = Redactor.newBuilder().knownSecrets(null).build();
    String thread = "job https://ci.example.com/run?token=" + FakeSecrets.github(RANDOM, "ghp_");
    for (int i = 0; i < 3; i++) {
      assertThat(redactor.containsSecretInName(thread)).isTrue();
    }
  }

  @Test
  void aCleanNameStaysCleanAndNullIsClean() {
    Redactor redactor = Redactor.newBuilder().knownSecrets(null).build();
    String logger = "com.example.orders.OrderService";
    assertThat(redactor.containsSecretInName(logger)).isFalse();
    assertThat(redactor.containsSecretInName(logger)).isFalse();
    assertThat(redactor.containsSecretInName(null)).isFalse();
  }

  @Test
  void aRememberedNameIsJudgedAgainOnceASecretItHoldsIsRegistered() {
    KnownSecrets known = KnownSecrets.create();
    Redactor redactor = Redactor.newBuilder().knownSecrets(known).build();
    String value = FakeSecrets.chars(RANDOM, FakeSecrets.LOWER, 14);
    String thread = "worker-" + value;
    assertThat(redactor.containsSecretInName(thread)).isFalse();
    assertThat(redactor.containsSecretInName(thread)).isFalse();

    SecretString secret = SecretString.of(value); // held here: known secrets are held weakly
    assertThat(known.register(secret)).isTrue();
    assertThat(redactor.containsSecretInName(thread)).isTrue();

    known.unregister(secret);
    assertThat(redactor.containsSecretInName(thread)).isFalse();
  }
}
