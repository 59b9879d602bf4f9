package dev.redact4j;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Secret values that a {@link Redactor} hides wherever they occur in text, whatever their format,
 * the way CI systems mask registered secrets. Use it for values no rule knows, such as a database
 * password read at startup: once registered, the value is hidden even if code calls
 * {@link SecretString#reveal()} and logs the result.
 *
 * <p>Registration is opt-in and does not keep secrets alive: the registry holds weak references, so
 * a {@link SecretString} that is no longer used elsewhere (or is {@linkplain SecretString#destroy()
 * destroyed}) drops out. Values shorter than the minimum length (8 by default) are refused, so that a
 * short value does not blank out ordinary words.
 *
 * <p>Thread-safe. Lookups cost one pass over the text per registered value; keep the set small
 * (tens, not thousands).
 *
 * @since 0.1.0
 */
public final class KnownSecrets {
  private static final KnownSecrets GLOBAL = new KnownSecrets(8);
  /** Longest value that is looked for; longer ones are refused (they belong in a rule). */
  static final int MAXIMUM_LENGTH = 4096;

  private final int minimumLength;
  private volatile List<WeakReference<SecretString>> values = List.of();

  private KnownSecrets(int minimumLength) {
    this.minimumLength = minimumLength;
  }

  /**
   * The process-wide registry that {@link Redactor#defaults()} and every adapter configured without
   * code (logback.xml, log4j2.xml) consult.
   */
  public static KnownSecrets global() {
    return GLOBAL;
  }

  /** A new, empty registry with a minimum length of 8. */
  public static KnownSecrets create() {
    return new KnownSecrets(8);
  }

  /**
   * A new, empty registry.
   *
   * @throws IllegalArgumentException if {@code minimumLength} is less than 4
   */
  public static KnownSecrets create(int minimumLength) {
    if (minimumLength < 4) {
      throw new IllegalArgumentException("minimumLength must be at least 4, was " + minimumLength);
    }
    return new KnownSecrets(minimumLength);
  }

  /** The registered values as of now: a new object after every register or unregister. */
  Object snapshot() {
    return values;
  }

  /**
   * Registers a value to hide.
   *
   * @return false, registering nothing, when the value is shorter than the minimum length or longer
   *     than 4096 characters
   * @throws IllegalStateException if {@code secret} was destroyed
   */
  public boolean register(SecretString secret) {
    Objects.requireNonNull(secret, "secret");
    int length = secret.use(CharSequence::length);
    if (length < minimumLength || length > MAXIMUM_LENGTH) {
      return false;
    }
    synchronized (this) {
      List<WeakReference<SecretString>> live = liveValues();
      for (WeakReference<SecretString> ref : live) {
        if (ref.get() == secret) {
          return true;
        }
      }
      live.add(new WeakReference<>(secret));
      values = List.copyOf(live);
    }
    return true;
  }

  /** Stops hiding a value; does nothing if it was not registered. */
  public void unregister(SecretString secret) {
    synchronized (this) {
      List<WeakReference<SecretString>> live = liveValues();
      live.removeIf(ref -> ref.get() == secret);
      values = List.copyOf(live);
    }
  }

  /** Number of registered values still hidden: neither collected nor destroyed. */
  public int size() {
    int n = 0;
    for (WeakReference<SecretString> ref : values) {
      SecretString secret = ref.get();
      if (secret != null && !secret.isDestroyed()) {
        n++;
      }
    }
    return n;
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  private List<WeakReference<SecretString>> liveValues() {
    List<WeakReference<SecretString>> live = new ArrayList<>();
    for (WeakReference<SecretString> ref : values) {
      SecretString s = ref.get();
      if (s != null && !s.isDestroyed()) {
        live.add(ref);
      }
    }
    return live;
  }

  /** Adds the span of every occurrence of a registered value in {@code text} to {@code sink}. */
  void findAll(CharSequence text, SpanSink sink) {
    for (WeakReference<SecretString> ref : values) {
      SecretString secret = ref.get();
      if (secret == null || secret.isDestroyed()) {
        continue;
      }
      try {
        secret.use((Function<CharSequence, Void>) value -> {
          findOccurrences(text, value, sink);
          return null;
        });
      } catch (IllegalStateException destroyedMeanwhile) {
        // Destroyed by another thread since the check above: it has dropped out, like a collected one.
      }
    }
  }

  /**
   * Naive search from each occurrence of the first character, which for real (random) values reads
   * about one character per character and allocates nothing. A value with long repeats (a run of one
   * character) against hostile text could make it read up to {@code text.length() * 4096}; past a
   * budget of four partial reads per character the rest of the text is searched by
   * Knuth–Morris–Pratt instead, so the work stays linear in the text for any value.
   */
  private static void findOccurrences(CharSequence text, CharSequence value, SpanSink sink) {
    int m = value.length();
    if (m == 0) {
      return;
    }
    char first = value.charAt(0);
    int n = text.length();
    int last = n - m;
    long budget = 4L * n + 64;
    for (int i = 0; i <= last; i++) {
      if (text.charAt(i) != first) {
        continue;
      }
      int j = 1;
      while (j < m && text.charAt(i + j) == value.charAt(j)) {
        j++;
      }
      if (j == m) {
        sink.add(i, i + m);
        i += m - 1;
      } else if ((budget -= j) < 0) {
        searchFrom(text, i, value, sink);
        return;
      }
    }
  }

  /** Knuth–Morris–Pratt: the non-overlapping occurrences of {@code value} in {@code text[from, end)}. */
  private static void searchFrom(CharSequence text, int from, CharSequence value, SpanSink sink) {
    int m = value.length();
    int[] border = Borders.of(value);
    for (int i = from, k = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      while (k > 0 && c != value.charAt(k)) {
        k = border[k - 1];
      }
      if (c == value.charAt(k)) {
        k++;
      }
      if (k == m) {
        sink.add(i - m + 1, i + 1);
        k = 0; // non-overlapping, as the naive search
      }
    }
  }

  /** Receives spans of known values. */
  @FunctionalInterface
  interface SpanSink {
    void add(int start, int end);
  }
}
