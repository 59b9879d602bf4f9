package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Redactor's methods never throw for a non-null text, even a {@link CharSequence} that fails when
 * read: an escaped {@link SecretString#use} view, or a buffer another thread changes meanwhile.
 */
class BrokenCharSequenceTest {
  private static final String FAILED = "[REDACTION FAILED]";

  /** Reads fine up to {@code failAt}, then throws, as a buffer shortened by another thread does. */
  private static CharSequence failingAt(String text, int failAt, boolean toStringFails) {
    return new CharSequence() {
      @Override
      public int length() {
        return text.length();
      }

      @Override
      public char charAt(int index) {
        if (index >= failAt) {
          throw new IndexOutOfBoundsException("shortened meanwhile");
        }
        return text.charAt(index);
      }

      @Override
      public CharSequence subSequence(int start, int end) {
        return failingAt(text.substring(start, end), failAt - start, toStringFails);
      }

      @Override
      public String toString() {
        if (toStringFails) {
          throw new IllegalStateException("no toString");
        }
        return text;
      }
    };
  }

  private static List<CharSequence> brokenTexts() {
    CharSequence escapedView = SecretString.of("password=hunter2-correct-horse").use(view -> view);
    return List.of(escapedView,
        failingAt("password=hunter2-correct-horse and more", 20, false),
        failingAt("password=hunter2-correct-horse and more", 20, true));
  }

  @Test
  void redactScanAndRedactToFailClosedInsteadOfThrowing() {
    Redactor redactor = Redactor.defaults();
    for (CharSequence text : brokenTexts()) {
      assertThat(redactor.redact(text)).isEqualTo(FAILED);
      assertThat(redactor.containsSecret(text)).isTrue();
      assertThat(redactor.scan(text)).singleElement()
          .satisfies(f -> assertThat(f.ruleId()).isEqualTo(Redactor.FAILED_RULE));
      StringBuilder out = new StringBuilder("before:");
      assertThat(redactor.redactTo(text, out)).isTrue();
      assertThat(out).hasToString("before:" + FAILED);
    }
  }

  /** Counts the reads of {@code index}; throws on read number {@code failOnRead} (0: never). */
  private static final class ChangingText implements CharSequence {
    private final String text;
    private final int index;
    private final int failOnRead;
    private int reads;

    ChangingText(String text, int index, int failOnRead) {
      this.text = text;
      this.index = index;
      this.failOnRead = failOnRead;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int i) {
      if (i == index && ++reads == failOnRead) {
        throw new IndexOutOfBoundsException("changed meanwhile");
      }
      return text.charAt(i);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  @Test
  void aTextThatFailsWhileItsMaskIsWrittenFailsClosed() {
    String line = "token " + FakeSecrets.github(new java.util.Random(9), "ghp_") + " end";
    int secretStart = 6;
    for (Mask mask : List.of(Mask.typed(), Mask.fingerprint(), Mask.keepLast(4, 16), Mask.keepPrefix())) {
      Redactor redactor = Redactor.newBuilder().mask(mask).build();
      // How often the engine reads the first character of the token while finding it.
      ChangingText counting = new ChangingText(line, secretStart, 0);
      redactor.containsSecret(counting);
      int readsToFind = counting.reads;
      // Each later read fails: at the first, redaction is past finding and is writing the result.
      for (int extra = 1; extra <= 3; extra++) {
        ChangingText changing = new ChangingText(line, secretStart, readsToFind + extra);
        String out = redactor.redact(changing);
        assertThat(out).as("%s, read %d", mask, extra).doesNotContain(line.substring(secretStart + 4, secretStart + 12));
        changing = new ChangingText(line, secretStart, readsToFind + extra);
        assertThat(redactor.scan(changing)).as("%s scan", mask).isNotEmpty();
      }
    }
  }

  @Test
  void aCleanTextWhoseToStringFailsIsCopiedFromItsCharacters() {
    CharSequence clean = failingAt("nothing to hide here", 100, true);
    assertThat(Redactor.defaults().redact(clean)).isEqualTo("nothing to hide here");
  }
}
