package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The promises of docs/secrets.md "Hiding a loaded value in logs: KnownSecrets". */
class KnownSecretsTest {
  private static final String VALUE = "Kn0wn-Fake-Value-4qZ";

  @Test
  void aRegisteredValueIsHiddenAnywhereAndScanFindingsHoldNoValue() {
    KnownSecrets known = KnownSecrets.create();
    Redactor redactor = Redactor.newBuilder().knownSecrets(known).build();
    SecretString secret = SecretString.of(VALUE);
    assertThat(known.register(secret)).isTrue();
    assertThat(known.register(secret)).as("registering twice keeps one entry").isTrue();
    assertThat(known.size()).isEqualTo(1);

    assertThat(redactor.redact("login as bob with " + VALUE + " failed;" + VALUE))
        .isEqualTo("login as bob with [REDACTED:known-secret] failed;[REDACTED:known-secret]");
    List<Finding> findings = redactor.scan("x " + VALUE);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(Redactor.KNOWN_SECRET_RULE);
      assertThat(f.toString()).doesNotContain(VALUE);
      assertThat(f.fingerprint()).doesNotContain(VALUE);
    });
    assertThat(Redactor.newBuilder().knownSecrets(known).mask(Redactor.KNOWN_SECRET_RULE, Mask.fixed("<pw>"))
        .build().redact("got " + VALUE)).isEqualTo("got <pw>");
    assertThat(Redactor.newBuilder().knownSecrets(null).build().redact("got " + VALUE)).isEqualTo("got " + VALUE);

    known.unregister(secret);
    assertThat(known.size()).isZero();
    assertThat(redactor.redact("x " + VALUE)).isEqualTo("x " + VALUE);
    assertThat(redactor.hitCounts()).containsEntry(Redactor.KNOWN_SECRET_RULE, 2L);
  }

  @Test
  void lengthsOutsideTheLimitsRegisterNothing() {
    KnownSecrets known = KnownSecrets.create();
    assertThat(known.register(SecretString.of("seven77"))).isFalse();
    assertThat(known.register(SecretString.of("x".repeat(4096)))).isTrue();
    assertThat(known.register(SecretString.of("y".repeat(4097)))).isFalse();
    assertThat(known.size()).isEqualTo(1);
    assertThat(KnownSecrets.create(4).register(SecretString.of("Ab1!"))).isTrue();
    assertThatThrownBy(() -> KnownSecrets.create(3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumLength must be at least 4, was 3");
  }

  @Test
  void aDestroyedSecretDropsOutAndCannotBeRegistered() {
    KnownSecrets known = KnownSecrets.create();
    Redactor redactor = Redactor.newBuilder().knownSecrets(known).build();
    SecretString secret = SecretString.of(VALUE);
    known.register(secret);
    secret.destroy();
    assertThat(redactor.redact("x " + VALUE)).isEqualTo("x " + VALUE);
    assertThat(known.size()).as("size() counts live values only").isZero();
    assertThatThrownBy(() -> known.register(secret)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anUnreachableSecretIsNotRetainedAndNoLongerHidden() throws InterruptedException {
    KnownSecrets known = KnownSecrets.create();
    Redactor redactor = Redactor.newBuilder().knownSecrets(known).build();
    WeakReference<SecretString> watch = registerAndForget(known);
    assertThat(redactor.redact("x " + VALUE)).isEqualTo("x [REDACTED:known-secret]");
    for (int i = 0; i < 100 && watch.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(watch.get()).as("the registry does not keep the secret alive").isNull();
    assertThat(known.size()).isZero();
    assertThat(redactor.redact("x " + VALUE)).isEqualTo("x " + VALUE);
  }

  private static WeakReference<SecretString> registerAndForget(KnownSecrets known) {
    SecretString secret = SecretString.of(VALUE);
    known.register(secret);
    return new WeakReference<>(secret);
  }

  @Test
  void eightThreadsRegisterRedactAndUnregisterAtOnce() throws Exception {
    KnownSecrets known = KnownSecrets.create();
    Redactor redactor = Redactor.newBuilder().knownSecrets(known).build();
    String token = FakeSecrets.github(new java.util.Random(3), "ghp_");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          List<String> leaks = new ArrayList<>();
          for (int i = 0; i < 500; i++) {
            SecretString secret = SecretString.of("Thread" + thread + "-Fake-" + i);
            known.register(secret);
            String out = redactor.redact("a " + secret.reveal() + " b " + token);
            if (!out.equals("a [REDACTED:known-secret] b [REDACTED:github-pat-classic]")) {
              leaks.add(out);
            }
            known.unregister(secret);
          }
          return leaks;
        }));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(known.size()).isZero();
    assertThat(redactor.hitCounts())
        .containsEntry(Redactor.KNOWN_SECRET_RULE, 4000L)
        .containsEntry("github-pat-classic", 4000L);
  }

  @Test
  void aValueOfRepeatsCostsLinearReadsInHostileText() {
    KnownSecrets known = KnownSecrets.create();
    SecretString secret = SecretString.of("a".repeat(KnownSecrets.MAXIMUM_LENGTH - 1) + "b");
    assertThat(known.register(secret)).isTrue();
    String hostile = "a".repeat(1_000_000);
    ReadCountingText text = new ReadCountingText(hostile + secret.reveal() + hostile);
    List<int[]> spans = new ArrayList<>();
    known.findAll(text, (start, end) -> spans.add(new int[] {start, end}));
    assertThat(spans).singleElement().satisfies(span -> assertThat(span)
        .containsExactly(1_000_000, 1_000_000 + KnownSecrets.MAXIMUM_LENGTH));
    assertThat(text.reads()).as("reads of %,d characters", text.length()).isLessThan(8L * text.length());
  }

  @Test
  void theSearchThatTakesOverFindsWhatTheNaiveSearchFinds() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      // Long runs of 'a' make the naive search run over its budget and hand over part-way.
      StringBuilder text = new StringBuilder();
      while (text.length() < 3_000) {
        text.append("a".repeat(random.nextInt(60))).append(random.nextBoolean() ? "b" : "ab");
      }
      String value = "a".repeat(8 + random.nextInt(40)) + (random.nextBoolean() ? "b" : "ab");
      KnownSecrets known = KnownSecrets.create();
      SecretString secret = SecretString.of(value);
      known.register(secret);
      List<Integer> found = new ArrayList<>();
      known.findAll(text, (start, end) -> found.add(start));
      assertThat(found).as("round %d", round).isEqualTo(naiveStarts(text.toString(), value));
    }
  }

  /** Leftmost non-overlapping occurrences, the reference. */
  private static List<Integer> naiveStarts(String text, String value) {
    List<Integer> starts = new ArrayList<>();
    for (int i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + value.length())) {
      starts.add(i);
    }
    return starts;
  }
}
