package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.Redactor;
import org.junit.jupiter.api.Test;

class RedactedThrowableTest {
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
    String password = Log4jFixture.plant("pw" + Long.toString(System.nanoTime(), 36) + "Qx7");
    ComputedMessage original = new ComputedMessage("password=" + password);
    Throwable cycle = new IllegalStateException("loop");
    original.initCause(cycle);
    cycle.initCause(original);

    Throwable copy = RedactedThrowable.copyOf(Redactor.defaults(), original);

    assertThat(copy).isInstanceOf(RedactedThrowable.class);
    assertThat(copy.toString()).isEqualTo(ComputedMessage.class.getName()
        + ": detail password=[REDACTED:password-assignment]");
    assertThat(((RedactedThrowable) copy).getOriginalClassName()).isEqualTo(ComputedMessage.class.getName());
    assertThat(copy.getStackTrace()).isEqualTo(original.getStackTrace());
    assertThat(copy.getCause()).isExactlyInstanceOf(IllegalStateException.class);
    assertThat(copy.getCause().getCause()).isSameAs(copy); // the cycle is kept, not followed forever
    assertThat(original.getMessage()).contains(password);
  }
}
