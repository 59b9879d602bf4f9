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
 * A binary secret (key material, a keystore, a token in raw bytes) whose every text form is the
 * mask {@value SecretString#MASK}, with the guarantees of {@link SecretString}.
 *
 * <p><b>What is never revealed.</b> {@link #toString()} is {@value SecretString#MASK} for any value,
 * empty included; there is no length accessor; {@link #hashCode()} is keyed per JVM; Java
 * serialization is refused with a {@link java.io.NotSerializableException}; serializers that read
 * fields by reflection find no value (it is held in a {@code transient} field).
 *
 * <p><b>Access.</b> {@link #reveal()} returns a copy the caller should zero when done;
 * {@link #use(Function)} lends a copy and zeroes it as soon as the function returns or throws.
 *
 * <p><b>Equality.</b> Equal to another {@code SecretBytes} with the same bytes, compared in time that
 * depends on the lengths only; never equal to a {@code byte[]} or a {@link SecretString}.
 *
 * <p><b>Destruction.</b> {@link #destroy()} zeroes the array this object holds; afterwards
 * {@code reveal} and {@code use} throw {@link IllegalStateException}. Unlike a {@code String}, byte
 * arrays can be erased, so the only copies left are those the caller made: the array given to
 * {@link #of(byte[])}, arrays returned by {@code reveal}, and what the garbage collector left
 * behind when it moved arrays.
 *
 * <p><b>Thread-safety.</b> Instances are safe to share between threads. {@code of} copies its
 * argument, so later changes to it are not seen.
 *
 * @since 0.1.0
 */
public final class SecretBytes implements Destroyable, Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Guarded by itself against {@link #destroy()}; only copies of it leave this class. Transient so that
   * serializers and printers that read fields by reflection (Gson, Jackson with field visibility,
   * commons-lang's {@code ReflectionToStringBuilder} and {@code HashCodeBuilder}) skip it.
   */
  private final transient byte[] value;
  /** Computed on first use or by {@link #destroy()}, so it stays stable; guarded by {@code value}. */
  private transient int hash;
  private transient boolean hashed;
  private transient volatile boolean destroyed;

  private SecretBytes(byte[] value) {
    this.value = value;
  }

  /**
   * Wraps a copy of {@code value}; the caller may then zero its own array.
   *
   * @param value the secret; may be empty
   * @return a new secret holding a copy of {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static SecretBytes of(byte[] value) {
    return new SecretBytes(Objects.requireNonNull(value, "value").clone());
  }

  /** Takes ownership of {@code value} without copying it; the caller must drop its reference. */
  static SecretBytes adopt(byte[] value) {
    return new SecretBytes(value);
  }

  /**
   * Returns a copy of the value, which the caller should zero when done. Prefer
   * {@link #use(Function)}, which zeroes its copy for you.
   *
   * @return a new array holding the value
   * @throws IllegalStateException if this secret was destroyed
   */
  public byte[] reveal() {
    synchronized (value) {
      checkNotDestroyed();
      return value.clone();
    }
  }

  /**
   * Lends a copy of the value to {@code action} and zeroes that copy when {@code action} returns or
   * throws, so the array must not be kept. Changes {@code action} makes to the array do not affect
   * this secret.
   *
   * @param action the code that needs the value
   * @param <R> what {@code action} returns
   * @return what {@code action} returns
   * @throws IllegalStateException if this secret was destroyed
   * @throws NullPointerException if {@code action} is null
   */
  public <R> R use(Function<? super byte[], R> action) {
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
    synchronized (value) {
      hashCodeLocked();
      destroyed = true;
      Arrays.fill(value, (byte) 0);
    }
  }

  /** Whether {@link #destroy()} was called. */
  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  private void checkNotDestroyed() {
    if (destroyed) {
      throw new IllegalStateException(
          "This SecretBytes was destroyed; load the secret again instead of reusing it");
    }
  }

  /**
   * True for another {@code SecretBytes} holding equal bytes, compared in time that depends on the
   * lengths only. A destroyed secret equals only itself.
   */
  @Override
  public boolean equals(Object other) {
    if (other == this) {
      return true;
    }
    if (!(other instanceof SecretBytes that) || destroyed || that.destroyed) {
      return false;
    }
    boolean equal = ConstantTime.equalBytes(value, that.value);
    // A destroy() during the comparison may have zeroed either value.
    return equal && !destroyed && !that.destroyed;
  }

  /**
   * A hash keyed with a random per-JVM key: equal secrets have equal hashes within one JVM, and the
   * hash cannot be used to test guesses of the value. It does not change when the secret is
   * destroyed.
   */
  @Override
  public int hashCode() {
    synchronized (value) {
      return hashCodeLocked();
    }
  }

  private int hashCodeLocked() {
    if (!hashed) {
      // Lazily: the HMAC costs time proportional to the length, and most secrets are never hashed.
      hash = ConstantTime.keyedHash(value);
      hashed = true;
    }
    return hash;
  }

  /** Always {@value SecretString#MASK}. */
  @Override
  public String toString() {
    return SecretString.MASK;
  }

  /**
   * Refuses serialization.
   *
   * @param out unused
   * @throws NotSerializableException always
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    throw new NotSerializableException(
        "dev.redact4j.SecretBytes refuses Java serialization so that its value never reaches a"
            + " byte stream; mark the field transient, or send the value explicitly where it must go");
  }

  /**
   * Refuses deserialization, for streams forged by hand.
   *
   * @param in unused
   * @throws NotSerializableException always
   */
  private void readObject(ObjectInputStream in) throws IOException {
    throw new NotSerializableException(
        "dev.redact4j.SecretBytes cannot be deserialized: it is never serialized by redact4j");
  }
}
