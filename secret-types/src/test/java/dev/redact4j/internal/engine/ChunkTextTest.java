package dev.redact4j.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redact4j.internal.catalog.BuiltInCatalog;
import org.junit.jupiter.api.Test;

/**
 * The detectors read a short text through the engine's copy and a long one through the caller's
 * text: either way they must see exactly what a String would show them, bounds included (a read past
 * the end that a String rejects must fail here too, so that a detector's bug still fails closed).
 */
class ChunkTextTest {
  @Test
  void aCopyReadsAsTheStringItWasCopiedFrom() {
    char[] chunk = "password=x??????".toCharArray(); // a chunk longer than the text it holds
    ChunkText text = new ChunkText().reset(chunk, 10);

    assertThat(text.length()).isEqualTo(10);
    assertThat(text.charAt(9)).isEqualTo('x');
    assertThat(text.subSequence(0, 8).toString()).isEqualTo("password");
    assertThat(text.toString()).isEqualTo("password=x");
    assertThat(text).hasToString("password=x");
  }

  @Test
  void readsPastTheTextFailAsAStringsDo() {
    ChunkText text = new ChunkText().reset("password=x??????".toCharArray(), 10);

    assertThatThrownBy(() -> text.charAt(10)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> text.charAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> text.subSequence(8, 11)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aLongTextIsReadFromTheCallersTextAndReleasedAfter() {
    StringBuilder caller = new StringBuilder("token=abc");
    ChunkText text = new ChunkText().reset(caller);

    assertThat(text.length()).isEqualTo(9);
    assertThat(text.charAt(6)).isEqualTo('a');
    assertThat(text.subSequence(6, 9).toString()).isEqualTo("abc");
    assertThat(text.toString()).isEqualTo("token=abc");
    assertThatThrownBy(() -> text.charAt(9)).isInstanceOf(IndexOutOfBoundsException.class);

    text.release();
    assertThat(text.reset("x".toCharArray(), 1).toString()).isEqualTo("x");
  }

  @Test
  void theEngineFindsTheSameInAShortTextAsInALongOne() {
    Engine engine = Engine.compile(BuiltInCatalog.rules());
    String line = "retrying with password=hunter2-correct-horse token=ghp_" + "a1B2c3D4e5F6g7H8i9J0".repeat(2)
        + "\n";
    String longText = line.repeat(3000 / line.length() + 1); // past one chunk: read through the caller's text

    SpanBuffer shortSpans = engine.find(line);
    SpanBuffer longSpans = engine.find(longText);

    assertThat(shortSpans).isNotNull();
    assertThat(longSpans).isNotNull();
    assertThat(longSpans.size()).isEqualTo(shortSpans.size() * (longText.length() / line.length()));
    for (int i = 0; i < shortSpans.size(); i++) {
      assertThat(longSpans.start(i)).isEqualTo(shortSpans.start(i));
      assertThat(longSpans.end(i)).isEqualTo(shortSpans.end(i));
    }
  }
}
