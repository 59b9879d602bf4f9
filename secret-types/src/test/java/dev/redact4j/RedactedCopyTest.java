package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Redactor#redactedCopy(Throwable)} and {@link Redactor#containsSecret(Throwable)}. */
class RedactedCopyTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PASSWORD = "pw" + Long.toString(System.nanoTime(), 36) + "Qx7";

  /** Computes its message from a field, so a same-class copy would not show the redacted text. */
  static final class ComputedMessage extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String detail;

    ComputedMessage(String detail) {
      this.detail = detail;
    }

    @Override
    public String getMessage() {
      return "detail " + detail;
    }
  }

  @Test
  void usesAStandInKeepingClassNameAndFramesWhenTheClassCannotBeCopied() {
    ComputedMessage original = new ComputedMessage("password=" + PASSWORD);
    Throwable cycle = new IllegalStateException("loop");
    original.initCause(cycle);
    cycle.initCause(original);

    assertThat(REDACTOR.containsSecret(original)).isTrue();
    Throwable copy = REDACTOR.redactedCopy(original);

    assertThat(copy).isInstanceOf(RedactedThrowable.class);
    assertThat(copy.toString()).isEqualTo(ComputedMessage.class.getName()
        + ": detail password=[REDACTED:password-assignment]");
    assertThat(copy.getStackTrace()).isEqualTo(original.getStackTrace());
    assertThat(copy.getCause()).isExactlyInstanceOf(IllegalStateException.class);
    assertThat(copy.getCause().getCause()).isSameAs(copy); // the cycle is kept, not followed forever
    assertThat(original.getMessage()).contains(PASSWORD);
  }

  @Test
  void aCopyableClassIsCopiedWithItsCausesAndSuppressedRedacted() {
    IllegalStateException original = new IllegalStateException("login failed",
        new java.io.IOException("token=ghp_" + "FAKEfakeFAKEfakeFAKEfakeFAKEfake0000"));
    original.addSuppressed(new IllegalArgumentException("password=" + PASSWORD));

    assertThat(REDACTOR.containsSecret(original)).isTrue();
    Throwable copy = REDACTOR.redactedCopy(original);

    assertThat(copy).isExactlyInstanceOf(IllegalStateException.class).hasMessage("login failed");
    assertThat(copy.getCause()).isExactlyInstanceOf(java.io.IOException.class)
        .hasMessage("token=[REDACTED:github-pat-classic]");
    assertThat(copy.getSuppressed()).singleElement()
        .satisfies(s -> assertThat(s).hasMessage("password=[REDACTED:password-assignment]"));
    assertThat(original.getSuppressed()[0].getMessage()).contains(PASSWORD); // never changed
  }

  @Test
  void aCleanThrowableHoldsNoSecretAndAHostileOneFailsClosed() {
    assertThat(REDACTOR.containsSecret(new IllegalStateException("connection refused", new RuntimeException()))).isFalse();
    RuntimeException hostile = new RuntimeException() {
      private static final long serialVersionUID = 1L;

      @Override
      public String getMessage() {
        throw new IllegalStateException("password=" + PASSWORD);
      }
    };
    assertThat(REDACTOR.containsSecret(hostile)).isTrue();
    Throwable copy = REDACTOR.redactedCopy(hostile);
    assertThat(copy.getMessage()).isEqualTo("[REDACTION FAILED]");
    assertThat(String.valueOf(copy)).doesNotContain(PASSWORD);
  }

  @Test
  void aChainDeeperThanACopyFollowsIsCut() {
    Throwable deep = new RuntimeException("root");
    for (int i = 0; i < 200; i++) {
      deep = new RuntimeException("level " + i, deep);
    }
    assertThat(REDACTOR.containsSecret(deep)).as("past the depth a copy follows").isTrue();
    int depth = 0;
    for (Throwable t = REDACTOR.redactedCopy(deep); t != null; t = t.getCause()) {
      depth++;
    }
    assertThat(depth).isEqualTo(RedactedThrowable.MAX_DEPTH + 1);
  }
}
