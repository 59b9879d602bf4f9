package dev.redact4j;

import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import javax.security.auth.Destroyable;

/**
 * A binary secret (key material, keystore bytes) whose every text form is the mask
 * {@value SecretString#MASK}, with the same guarantees as {@link SecretString}: no length leak,
 * content-independent equality, a keyed hash, refused Java serialization.
 *
 * <p>{@link #reveal()} returns a copy; {@link #use(Function)} lends a copy that is zeroed as soon as
 * the function returns. {@link #destroy()} zeroes the bytes this object holds; afterwards both throw
 * {@link IllegalStateException}.
 *
 * <p>Thread-safe. {@code of} copies its argument.
 *
 * @since 0.1.0
 */
public final class SecretBytes implements Destroyable, Serializable {
  private static final long serialVersionUID = 1L;

  private final byte[] value;
  private volatile boolean destroyed;

  private SecretBytes(byte[] value) {
    this.value = value;
  }

  /**
   * Wraps a copy of {@code value}; the caller may then clear its own array.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public static SecretBytes of(byte[] value) {
    return new SecretBytes(Objects.requireNonNull(value, "value").clone());
  }

  /**
   * Returns a copy of the value, which the caller should zero when done.
   *
   * @throws IllegalStateException if this secret was destroyed
   */
  public byte[] reveal() {
    checkNotDestroyed();
    return value.clone();
  }

  /**
   * Lends a copy of the value to {@code action} and zeroes the copy when it returns or throws.
   *
   * @return what {@code action} returns
   * @throws IllegalStateException if this secret was destroyed
   */
  public <R> R use(Function<? super byte[], ? extends R> action) {
    Objects.requireNonNull(action, "action");
    byte[] copy = reveal();
    try {
      return action.apply(copy);
    } finally {
      Arrays.fill(copy, (byte) 0);
    }
  }

  /** Zeroes the bytes held by this object. Idempotent. */
  @Override
  public void destroy() {
    destroyed = true;
    Arrays.fill(value, (byte) 0);
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  private void checkNotDestroyed() {
    if (destroyed) {
      throw new IllegalStateException("This SecretBytes was destroyed; load the secret again");
    }
  }

  /**
   * True for another {@code SecretBytes} with equal bytes, compared in time independent of the
   * content. A destroyed secret equals only itself.
   */
  @Override
  public boolean equals(Object other) {
    if (other == this) {
      return true;
    }
    if (!(other instanceof SecretBytes that) || destroyed || that.destroyed) {
      return false;
    }
    return ConstantTime.equalBytes(value, that.value);
  }

  /** A keyed, per-JVM hash of the value. */
  @Override
  public int hashCode() {
    return ConstantTime.keyedHash(value);
  }

  /** Always {@value SecretString#MASK}. */
  @Override
  public String toString() {
    return SecretString.MASK;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    throw new NotSerializableException(
        "SecretBytes refuses Java serialization so its value cannot leak into a byte stream;"
            + " send reveal() explicitly where the value must go");
  }

  private void readObject(ObjectInputStream in) throws IOException {
    throw new NotSerializableException("SecretBytes cannot be deserialized");
  }
}
