package dev.redact4j;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Redacted copies of throwables ({@link Redactor#redactedCopy(Throwable)}), and the stand-in used when
 * the original's class cannot be copied: same class name in {@link #toString()}, same stack frames,
 * redacted messages, and the cause and suppressed graph copied the same way (cycles kept, the chain
 * cut past {@value #MAX_DEPTH}). {@code getClass()} is this class, so code that prints the class name
 * from it rather than from {@code toString()} shows {@code RedactedThrowable}. The original is never
 * touched.
 */
final class RedactedThrowable extends Throwable {
  private static final long serialVersionUID = 1L;
  /** Causes and suppressed throwables followed, as deep as a logging framework prints them. */
  static final int MAX_DEPTH = 64;

  /** The original's localized message, redacted: JSON exception resolvers print it, and it may say more. */
  private final @Nullable String localized;
  private final String text;

  private RedactedThrowable(@Nullable String message, @Nullable String localized, String text) {
    super(message);
    this.localized = localized;
    this.text = text;
  }

  @Override
  public @Nullable String getLocalizedMessage() {
    return localized;
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this; // the original's frames are set instead; walking this thread's stack would be waste
  }

  /** Whether a text {@link #copyOf} would redact is in {@code thrown} or what it links to; true when one cannot be read. */
  static boolean containsSecret(Redactor redactor, Throwable thrown) {
    return containsSecret(redactor, thrown, new IdentityHashMap<>(), 0);
  }

  private static boolean containsSecret(Redactor redactor, Throwable t, Map<Throwable, Boolean> seen, int depth) {
    if (seen.put(t, Boolean.TRUE) != null) {
      return false;
    }
    if (depth > MAX_DEPTH) {
      return true; // a copy cuts the chain here
    }
    try {
      String message = t.getMessage();
      if (message != null && redactor.containsSecret(message)
          || redactor.containsSecret(String.valueOf(t.getLocalizedMessage()))
          || redactor.containsSecret(String.valueOf(t))) {
        return true;
      }
      Throwable cause = t.getCause();
      if (cause != null && containsSecret(redactor, cause, seen, depth + 1)) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) {
        if (containsSecret(redactor, s, seen, depth + 1)) {
          return true;
        }
      }
      return false;
    } catch (RuntimeException | StackOverflowError e) {
      return true; // a throwable whose methods throw is copied, and copying fails closed
    }
  }

  /** A redacted copy of {@code thrown} and everything it links to. */
  static Throwable copyOf(Redactor redactor, Throwable thrown) {
    return copyOf(redactor, thrown, new IdentityHashMap<>(), 0);
  }

  private static Throwable copyOf(Redactor redactor, Throwable t, Map<Throwable, Throwable> copies, int depth) {
    Throwable done = copies.get(t);
    if (done != null) {
      return done;
    }
    Throwable copy;
    try {
      String message = t.getMessage();
      String localized = t.getLocalizedMessage();
      copy = sameClassCopy(t, message == null ? null : redactor.redact(message),
          localized == null ? null : redactor.redact(localized), redactor.redact(String.valueOf(t)));
      copy.setStackTrace(t.getStackTrace());
    } catch (RuntimeException e) {
      copy = new RedactedThrowable(Mask.FAILED, Mask.FAILED, t.getClass().getName() + ": " + Mask.FAILED);
    }
    copies.put(t, copy);
    if (depth >= MAX_DEPTH) {
      return copy;
    }
    try {
      Throwable cause = t.getCause();
      if (cause != null) {
        copy.initCause(copyOf(redactor, cause, copies, depth + 1));
      }
      for (Throwable s : t.getSuppressed()) {
        copy.addSuppressed(copyOf(redactor, s, copies, depth + 1));
      }
    } catch (RuntimeException e) {
      // A hostile getCause/getSuppressed (or a cause already set): keep what was copied; nothing of the original leaks.
    }
    return copy;
  }

  /**
   * A copy of the original's class when it has a public {@code (String)} constructor and the new
   * instance shows exactly the redacted texts (so JSON layouts print the real class name); else the stand-in.
   */
  private static Throwable sameClassCopy(Throwable t, @Nullable String message, @Nullable String localized,
      String text) {
    try {
      Throwable copy = t.getClass().getConstructor(String.class).newInstance(message);
      // A subclass may compute its messages from fields; use the copy only if it shows just our text.
      if (copy.getCause() == null && text.equals(String.valueOf(copy)) && Objects.equals(message, copy.getMessage())
          && Objects.equals(localized, copy.getLocalizedMessage())) {
        return copy;
      }
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      // no usable constructor: fall through to the stand-in
    }
    return new RedactedThrowable(message, localized, text);
  }
}
