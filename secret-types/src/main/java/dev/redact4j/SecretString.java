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
 * A text secret (password, token, connection string) whose every text form is the mask
 * {@value #MASK}, for any value including the empty one.
 *
 * <p><b>What is never revealed.</b> {@link #toString()} returns {@value #MASK} whatever the value
 * and its length, so the value and its length stay out of string concatenation,
 * {@code String.valueOf}, {@code String.format("%s")}, {@code Objects.toString}, records holding a
 * secret, collections, arrays and SLF4J {@code {}} placeholders. There is no length accessor.
 * {@link #hashCode()} is keyed per JVM and Java serialization is refused, so neither is a way around
 * the mask.
 *
 * <p><b>Access</b> is explicit and easy to grep for: {@link #reveal()} returns the value as a
 * {@code String}, and {@link #use(Function)} lends it to a function as a {@link CharSequence} view
 * that stops working when the function returns, so code can work with the value without keeping it.
 *
 * <p><b>Equality.</b> Two {@code SecretString}s are equal when their values are. The comparison takes
 * time that depends on the two lengths only, never on the characters or on where the values differ.
 * A {@code SecretString} never equals a {@code String} or a {@link SecretBytes}.
 *
 * <p><b>Destruction, and what the JVM cannot erase.</b> {@link #destroy()} overwrites the character
 * array this object holds; afterwards {@code reveal} and {@code use} throw
 * {@link IllegalStateException}. That is all a Java library can promise. A {@code String} is
 * immutable and cannot be overwritten, so these copies outlive {@code destroy()}: the {@code String}
 * passed to {@link #of(CharSequence)}, every {@code String} returned by {@code reveal} or by
 * {@code toString()} on the lent view, strings read from the environment or system properties, and
 * copies the garbage collector leaves behind when it moves arrays (until the memory is reused), in
 * heap dumps or swap. To keep copies to a minimum, build secrets from a {@code char[]} you clear
 * yourself (or load them with {@link Secrets#fromFile}), prefer {@code use} to {@code reveal}, and
 * destroy secrets you no longer need.
 *
 * <p><b>Serialization</b> is refused with a {@link NotSerializableException} naming this class: a
 * serialized secret would travel as plain bytes into HTTP sessions, caches and message queues. An
 * object holding a {@code SecretString} therefore cannot be Java-serialized either; mark such a
 * field {@code transient} or send the value explicitly where it must go. Serializers that read
 * fields by reflection (Gson, commons-lang's {@code ReflectionToStringBuilder}) find no value either:
 * it is held in a {@code transient} field, which they skip.
 *
 * <p><b>Thread-safety.</b> Instances are safe to share between threads. {@code of} copies its
 * argument, so later changes to it are not seen. A {@code destroy()} racing with a {@code use} on
 * another thread lets that call see zeroed characters; it never exposes another value.
 *
 * @since 0.1.0
 */
public final class SecretString implements Destroyable, Serializable {
  /** The text every instance shows instead of its value, whatever the value and its length. */
  public static final String MASK = "**********";

  private static final long serialVersionUID = 1L;

  /**
   * Guarded by itself against {@link #destroy()}; never leaves this class except through a view. Transient so that
   * serializers and printers that read fields by reflection (Gson, Jackson with field visibility,
   * commons-lang's {@code ReflectionToStringBuilder} and {@code HashCodeBuilder}) skip it.
   */
  private final transient char[] value;
  /** Computed on first use or by {@link #destroy()}, so it stays stable; guarded by {@code value}. */
  private transient int hash;
  private transient boolean hashed;
  private transient volatile boolean destroyed;

  private SecretString(char[] value) {
    this.value = value;
  }

  /**
   * Wraps a copy of {@code value}. Prefer a {@code StringBuilder} or {@link #of(char[])} that you
   * clear afterwards: a {@code String} argument cannot be erased.
   *
   * @param value the secret; may be empty
   * @return a new secret holding a copy of {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static SecretString of(CharSequence value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof String s) {
      return new SecretString(s.toCharArray());
    }
    char[] copy = new char[value.length()];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = value.charAt(i);
    }
    return new SecretString(copy);
  }

  /**
   * Wraps a copy of {@code value}, as {@link #of(CharSequence)} does. This overload is the factory
   * that frameworks binding configuration find by reflection, so that a {@code SecretString} field
   * binds without a converter: Spring's {@code @ConfigurationProperties} and {@code @Value}, and
   * MicroProfile Config's implicit converters (SmallRye Config, Quarkus), which look for a public
   * static {@code of(String)}. The {@code String} cannot be erased; see the class documentation.
   *
   * @param value the secret; may be empty
   * @return a new secret holding a copy of {@code value}
   * @throws NullPointerException if {@code value} is null
   * @since 0.1.0
   */
  public static SecretString of(String value) {
    return new SecretString(Objects.requireNonNull(value, "value").toCharArray());
  }

  /**
   * The same as {@link #of(String)}, under the name other frameworks find by reflection: JAX-RS
   * ({@code @FormParam}, {@code @HeaderParam}) and Jackson's implicit creators, so that a plain
   * {@code ObjectMapper} reads a JSON string into a {@code SecretString} instead of failing with an
   * error that quotes it. Unlike other {@code valueOf} methods it does not parse {@link #toString()}:
   * that is the mask, never the value. Code that calls a factory itself should write {@code of}.
   *
   * @param value the secret; may be empty
   * @return a new secret holding a copy of {@code value}
   * @throws NullPointerException if {@code value} is null
   * @since 0.1.0
   */
  public static SecretString valueOf(String value) {
    return of(value);
  }

  /**
   * Wraps a copy of {@code value}; the caller may then clear its own array, for example a password
   * read with {@link java.io.Console#readPassword()}.
   *
   * @param value the secret; may be empty
   * @return a new secret holding a copy of {@code value}
   * @throws NullPointerException if {@code value} is null
   */
  public static SecretString of(char[] value) {
    return new SecretString(Objects.requireNonNull(value, "value").clone());
  }

  /** Takes ownership of {@code value} without copying it; the caller must drop its reference. */
  static SecretString adopt(char[] value) {
    return new SecretString(value);
  }

  /**
   * Returns the value as a new {@code String}. Every call is a deliberate disclosure: the string
   * cannot be erased and goes wherever it is passed. Prefer {@link #use(Function)}.
   *
   * @return the value
   * @throws IllegalStateException if this secret was destroyed
   */
  public String reveal() {
    synchronized (value) {
      checkNotDestroyed();
      return new String(value);
    }
  }

  /**
   * Lends the value to {@code action} as a read-only {@link CharSequence} view, without copying it.
   * The view (and any {@code subSequence} of it) is valid only during the call: afterwards every
   * method of it throws {@link IllegalStateException}, so a view that escapes cannot be read later
   * by mistake. The view's {@code toString()} is a disclosure like {@link #reveal()}.
   *
   * @param action the code that needs the value; must not keep the view
   * @param <R> what {@code action} returns
   * @return what {@code action} returns
   * @throws IllegalStateException if this secret was destroyed
   * @throws NullPointerException if {@code action} is null
   */
  public <R> R use(Function<? super CharSequence, R> action) {
    Objects.requireNonNull(action, "action");
    checkNotDestroyed();
    LentChars view = new LentChars(value);
    try {
      return action.apply(view);
    } finally {
      view.close();
    }
  }

  /**
   * Overwrites the characters held by this object with {@code '\0'}. Idempotent. See the class
   * documentation for the copies the JVM keeps elsewhere.
   */
  @Override
  public void destroy() {
    synchronized (value) {
      hashCodeLocked();
      destroyed = true;
      Arrays.fill(value, '\0');
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
          "This SecretString was destroyed; load the secret again instead of reusing it");
    }
  }

  /**
   * True for another {@code SecretString} holding an equal value, compared in time that depends on
   * the lengths only. A destroyed secret equals only itself.
   */
  @Override
  public boolean equals(Object other) {
    if (other == this) {
      return true;
    }
    if (!(other instanceof SecretString that) || destroyed || that.destroyed) {
      return false;
    }
    boolean equal = ConstantTime.equalChars(value, that.value);
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

  /** Always {@value #MASK}. */
  @Override
  public String toString() {
    return MASK;
  }

  /**
   * Refuses serialization.
   *
   * @param out unused
   * @throws NotSerializableException always
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    throw new NotSerializableException(
        "dev.redact4j.SecretString refuses Java serialization so that its value never reaches a"
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
        "dev.redact4j.SecretString cannot be deserialized: it is never serialized by redact4j");
  }

  /**
   * The view {@link #use(Function)} lends: reads the secret's array directly and refuses every
   * call once closed. The flag is a plain field: the lending thread always sees the close, other
   * threads usually do, which is enough to stop accidental use of an escaped view.
   */
  private static final class LentChars implements CharSequence {
    private final char[] chars;
    private final int start;
    private final int end;
    private final LentChars lease;
    private boolean closed;

    LentChars(char[] chars) {
      this.chars = chars;
      this.start = 0;
      this.end = chars.length;
      this.lease = this;
    }

    private LentChars(LentChars parent, int start, int end) {
      this.chars = parent.chars;
      this.start = start;
      this.end = end;
      this.lease = parent.lease;
    }

    void close() {
      closed = true;
    }

    private void checkOpen() {
      if (lease.closed) {
        throw new IllegalStateException(
            "A SecretString view was used after use() returned; copy what you need inside use()");
      }
    }

    @Override
    public int length() {
      checkOpen();
      return end - start;
    }

    @Override
    public char charAt(int index) {
      checkOpen();
      Objects.checkIndex(index, end - start);
      return chars[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      checkOpen();
      Objects.checkFromToIndex(from, to, end - start);
      return new LentChars(this, start + from, start + to);
    }

    /** The characters of the view: a disclosure, as {@link SecretString#reveal()}. */
    @Override
    public String toString() {
      checkOpen();
      return new String(chars, start, end - start);
    }
  }
}
