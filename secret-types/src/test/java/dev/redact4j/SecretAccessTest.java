package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Explicit access (reveal, use), defensive copies and Destroyable semantics. */
class SecretAccessTest {
  @Provide
  Arbitrary<String> texts() {
    return SecretFixtures.secretTexts();
  }

  @Property(tries = 300)
  void revealAndUseGiveBackTheExactValue(@ForAll("texts") String value) {
    SecretString secret = SecretString.of(value);
    assertThat(secret.reveal()).isEqualTo(value);
    String viaUse = secret.use(CharSequence::toString);
    int length = secret.use(CharSequence::length);
    assertThat(viaUse).isEqualTo(value);
    assertThat(length).isEqualTo(value.length());
    if (!value.isEmpty()) {
      String tail = secret.use(v -> v.subSequence(1, v.length()).toString());
      char last = secret.use(v -> v.charAt(v.length() - 1));
      assertThat(tail).isEqualTo(value.substring(1));
      assertThat(last).isEqualTo(value.charAt(value.length() - 1));
    }
  }

  @Test
  void ofCopiesItsArgument() {
    char[] chars = "correct-horse".toCharArray();
    StringBuilder builder = new StringBuilder("battery-staple");
    byte[] bytes = {1, 2, 3};
    SecretString fromChars = SecretString.of(chars);
    SecretString fromBuilder = SecretString.of(builder);
    SecretBytes fromBytes = SecretBytes.of(bytes);
    java.util.Arrays.fill(chars, 'x');
    builder.setLength(0);
    bytes[0] = 9;
    assertThat(fromChars.reveal()).isEqualTo("correct-horse");
    assertThat(fromBuilder.reveal()).isEqualTo("battery-staple");
    assertThat(fromBytes.reveal()).containsExactly(1, 2, 3);
  }

  @Test
  void revealOfSecretBytesReturnsACopy() {
    SecretBytes secret = SecretBytes.of(new byte[] {4, 5, 6});
    byte[] revealed = secret.reveal();
    revealed[0] = 0;
    assertThat(secret.reveal()).containsExactly(4, 5, 6);
    assertThat(secret.reveal()).isNotSameAs(secret.reveal());
  }

  @Test
  void theViewLentByUseStopsWorkingWhenUseReturns() {
    SecretString secret = SecretString.of("s3cret-value");
    CharSequence escaped = secret.use(v -> v);
    CharSequence escapedPart = secret.use(v -> v.subSequence(0, 3));
    for (CharSequence view : new CharSequence[] {escaped, escapedPart}) {
      assertThatThrownBy(view::length).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("after use() returned").hasMessageNotContaining("s3cret");
      assertThatThrownBy(() -> view.charAt(0)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(view::toString).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> view.subSequence(0, 1)).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> String.valueOf(view)).isInstanceOf(IllegalStateException.class);
    }
    // The secret itself is unaffected.
    assertThat(secret.reveal()).isEqualTo("s3cret-value");
  }

  @Test
  void theLentViewIsBoundsCheckedAndReadOnly() {
    SecretString secret = SecretString.of("abc");
    secret.use(v -> {
      assertThatThrownBy(() -> v.charAt(3)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> v.charAt(-1)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> v.subSequence(2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
      CharSequence middle = v.subSequence(1, 3);
      assertThat(middle.toString()).isEqualTo("bc");
      assertThatThrownBy(() -> middle.charAt(2)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThat(v).isNotInstanceOf(StringBuilder.class).isNotInstanceOf(java.nio.CharBuffer.class);
      return null;
    });
  }

  @Test
  void useOfSecretBytesZeroesItsLentCopyOnReturnAndOnThrow() {
    SecretBytes secret = SecretBytes.of(new byte[] {7, 8, 9});
    AtomicReference<byte[]> lent = new AtomicReference<>();
    int sum = secret.use(b -> {
      lent.set(b);
      b[0] = 100; // changes to the copy must not reach the secret
      return b[0] + b[1] + b[2];
    });
    assertThat(sum).isEqualTo(117);
    assertThat(lent.get()).containsOnly(0);
    assertThat(secret.reveal()).containsExactly(7, 8, 9);

    AtomicReference<byte[]> lentOnThrow = new AtomicReference<>();
    assertThatThrownBy(() -> secret.use(b -> {
      lentOnThrow.set(b);
      throw new IllegalArgumentException("boom");
    })).isInstanceOf(IllegalArgumentException.class);
    assertThat(lentOnThrow.get()).hasSize(3).containsOnly(0);
  }

  @Test
  void destroyZeroesSecretStringAndBlocksAccess() throws Exception {
    SecretString secret = SecretString.of("p@ssw0rd-to-erase");
    assertThat(secret.isDestroyed()).isFalse();
    secret.destroy();
    assertThat(secret.isDestroyed()).isTrue();
    assertThat((char[]) heldValue(secret)).hasSize(17).containsOnly('\0');
    assertThatThrownBy(secret::reveal).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("destroyed");
    assertThatThrownBy(() -> secret.use(CharSequence::length))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("destroyed");
    secret.destroy(); // idempotent
    assertThat(secret.isDestroyed()).isTrue();
    assertThat(secret).hasToString(SecretString.MASK);
  }

  @Test
  void destroyZeroesSecretBytesAndBlocksAccess() throws Exception {
    SecretBytes secret = SecretBytes.of(new byte[] {1, 2, 3, 4});
    assertThat(secret.isDestroyed()).isFalse();
    secret.destroy();
    assertThat(secret.isDestroyed()).isTrue();
    assertThat((byte[]) heldValue(secret)).hasSize(4).containsOnly(0);
    assertThatThrownBy(secret::reveal).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("destroyed");
    assertThatThrownBy(() -> secret.use(b -> b.length))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("destroyed");
    secret.destroy();
    assertThat(secret).hasToString(SecretString.MASK);
  }

  @Test
  void destroyingOneSecretDoesNotTouchAnotherWithTheSameValue() {
    char[] chars = "shared-value".toCharArray();
    SecretString first = SecretString.of(chars);
    SecretString second = SecretString.of(chars);
    first.destroy();
    assertThat(second.reveal()).isEqualTo("shared-value");
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThatThrownBy(() -> SecretString.of((CharSequence) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SecretString.of((char[]) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SecretBytes.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SecretString.of("x").use(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SecretBytes.of(new byte[1]).use(null))
        .isInstanceOf(NullPointerException.class);
  }

  private static Object heldValue(Object secret) throws ReflectiveOperationException {
    Field field = secret.getClass().getDeclaredField("value");
    field.setAccessible(true);
    return field.get(secret);
  }
}
