package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.FakeSecrets.Family;
import java.nio.CharBuffer;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Where the engine splits the text (chunks of up to 2,048 characters, each scanned as two or three
 * lanes that meet) must not change what it finds. Moving the same text along by a few characters
 * moves every split point, so the result must move along unchanged; a text passed as another kind of
 * {@link CharSequence} (read character by character) must give the same result as a String; and so
 * must a new thread, whose buffers grow as its texts get longer.
 */
class ScanAlignmentPropertyTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  /** Pieces that keep anchors, partial anchors and secrets close together, across split points. */
  private static final String[] FILLER = {" ", "\n", "=", ": ", "\"", "pass", "word", "token ", "key", "api_",
      "2025-03-14T10:00:00.000Z ", "4111 ", "gh", "ghp", "AKIA", "eyJ", "https://", "user:", "@db ", "sk_", "NT",
      "-----BEGIN ", "Bearer ", "secret", "\\n", "s.", "00", "xoxb-", "AIza", "café ", "日本 ", "hooks.slack.com/", "hooks.slack.com/services/T0"};

  private static String text(Random r, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      int kind = r.nextInt(10);
      if (kind == 0) {
        Family f = FakeSecrets.TOKENS.get(r.nextInt(FakeSecrets.TOKENS.size()));
        sb.append(f.make().apply(r));
      } else if (kind == 1) {
        sb.append(FakeSecrets.PASSWORD_KEYS.get(r.nextInt(FakeSecrets.PASSWORD_KEYS.size())))
            .append('=').append(FakeSecrets.mixed(r, 8 + r.nextInt(20)));
      } else {
        sb.append(FILLER[r.nextInt(FILLER.length)]);
      }
    }
    return sb.toString();
  }

  @Property(tries = 300)
  void shiftingTheTextShiftsTheResult(@ForAll long seed, @ForAll @IntRange(min = 1, max = 600) int pieces,
      @ForAll @IntRange(min = 1, max = 90) int shift) {
    String text = text(new Random(seed), pieces);
    String pad = " ".repeat(shift) + "\n"; // the text still starts a line, as it does alone
    String alone = REDACTOR.redact(text);
    assertThat(REDACTOR.redact(pad + text)).isEqualTo(pad + alone);
    assertThat(REDACTOR.redact(CharBuffer.wrap(text))).isEqualTo(alone);
  }

  /**
   * Found by the property above: the repeat search's budget was counted from the text's length, so a
   * blank prefix gave it nine more characters, and one more repeat of a value was hidden.
   */
  @Example
  void aBlankPrefixGivesTheRepeatSearchNoMoreBudget() {
    shiftingTheTextShiftsTheResult(-4615, 204, 77);
  }

  /** A thread's buffers start small and grow with its longest text: results do not depend on it. */
  @Property(tries = 30)
  void aFreshThreadGrowingItsBuffersFindsTheSame(@ForAll long seed) throws Exception {
    Random r = new Random(seed);
    String[] texts = {text(r, 5), text(r, 60), text(r, 600), text(r, 3)};
    String[] here = new String[texts.length];
    for (int i = 0; i < texts.length; i++) {
      here[i] = REDACTOR.redact(texts[i]);
    }
    String[] there = new String[texts.length];
    Thread fresh = new Thread(() -> {
      for (int i = 0; i < texts.length; i++) {
        there[i] = REDACTOR.redact(texts[i]);
      }
    });
    fresh.start();
    fresh.join();
    assertThat(there).containsExactly(here);
  }
}
