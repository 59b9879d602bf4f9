package dev.redact4j;

import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import javax.security.auth.Destroyable;

/**
 * A text secret (password, token, connection string) whose every text form is the mask
 * {@value #MASK}, for any value including the empty one: no length or content leaks through
 * {@code toString}, string concatenation, {@code String.format}, collections, records or SLF4J
 * {@code {}} placeholders.
 *
 * <p>Access is explicit and easy to grep for: {@link #reveal()} returns the value, and
 * {@link #use(Function)} lends it to a function without creating a {@code String}.
 *
 * <p><b>Equality.</b> Two {@code SecretString}s are equal when their values are; the comparison
 * takes the same time whatever the content. {@link #hashCode()} is a keyed, per-JVM hash, so it
 * cannot be used to test guesses offline.
 *
 * <p><b>Destruction.</b> {@link #destroy()} overwrites the characters this object holds; after it,
 * {@code reveal} and {@code use} throw {@link IllegalStateException}. The JVM cannot erase copies it
 * made elsewhere: the {@code CharSequence} given to {@link #of}, every {@code String} returned by
 * {@code reveal}, and garbage not yet collected. Prefer {@code use} and pass a {@code char[]} or
 * {@code StringBuilder} to {@code of} if erasure matters to you.
 *
 * <p><b>Serialization.</b> Java serialization is refused with {@link NotSerializableException}: a
 * serialized secret would travel as plain bytes into caches, sessions or message queues. Send the
 * value explicitly where it must go.
 *
 * <p>Thread-safe. {@code of} copies its argument, so later changes to it are not seen.
 *
 * @since 0.1.0
 */
public final class SecretString implements Destroyable, Serializable {
  /** The text every instance shows instead of its value. */
  public static final String MASK = "**********";

  private static final long serialVersionUID = 1L;

  private final char[] value;
  private volatile boolean destroyed;

  private SecretString(char[] value) {
    this.value = value;
  }

  /**
   * Wraps a copy of {@code value}.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public static SecretString of(CharSequence value) {
    Objects.requireNonNull(value, "value");
    char[] copy = new char[value.length()];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = value.charAt(i);
    }
    return new SecretString(copy);
  }

  /**
   * Wraps a copy of {@code value}; the caller may then clear its own array.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public static SecretString of(char[] value) {
    return new SecretString(Objects.requireNonNull(value, "value").clone());
  }

  /**
   * Returns the value as a new {@code String}. Every call is a deliberate disclosure: the string
   * cannot be erased and may end up anywhere it is passed.
   *
   * @throws IllegalStateException if this secret was destroyed
   */
  public String reveal() {
    checkNotDestroyed();
    return new String(value);
  }

  /**
   * Lends the value to {@code action} as a read-only view that is valid only during the call; do
   * not keep it.
   *
   * @return what {@code action} returns
   * @throws IllegalStateException if this secret was destroyed
   */
  public <R> R use(Function<? super CharSequence, ? extends R> action) {
    Objects.requireNonNull(action, "action");
    checkNotDestroyed();
    return action.apply(CharBuffer.wrap(value).asReadOnlyBuffer());
  }

  /** Overwrites the characters held by this object. Idempotent. */
  @Override
  public void destroy() {
    destroyed = true;
    Arrays.fill(value, '\0');
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  private void checkNotDestroyed() {
    if (destroyed) {
      throw new IllegalStateException("This SecretString was destroyed; load the secret again");
    }
  }

  /**
   * True for another {@code SecretString} with an equal value, compared in time independent of the
   * content. A destroyed secret equals only itself.
   */
  @Override
  public boolean equals(Object other) {
    if (other == this) {
      return true;
    }
    if (!(other instanceof SecretString that) || destroyed || that.destroyed) {
      return false;
    }
    return ConstantTime.equalChars(value, that.value);
  }

  /** A keyed, per-JVM hash of the value; equal secrets have equal hashes within one JVM. */
  @Override
  public int hashCode() {
    return ConstantTime.keyedHash(value);
  }

  /** Always {@value #MASK}. */
  @Override
  public String toString() {
    return MASK;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    throw new NotSerializableException(
        "SecretString refuses Java serialization so its value cannot leak into a byte stream;"
            + " send reveal() explicitly where the value must go");
  }

  private void readObject(ObjectInputStream in) throws IOException {
    throw new NotSerializableException("SecretString cannot be deserialized");
  }
}
