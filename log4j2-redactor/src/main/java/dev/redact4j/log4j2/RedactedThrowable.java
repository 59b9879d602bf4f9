package dev.redact4j.log4j2;

import dev.redact4j.Redactor;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for a throwable whose message, or whose cause's or suppressed throwable's message, held
 * a secret: same class name in {@link #toString()}, same stack frames, redacted messages, and the
 * whole cause and suppressed graph copied the same way. The original is never touched.
 *
 * <p>{@code getClass()} is this class, so layouts that print the class name from it (rather than from
 * {@code toString()}) show {@code RedactedThrowable}; {@link #getOriginalClassName()} has the original.
 */
final class RedactedThrowable extends Throwable {
  private static final long serialVersionUID = 1L;

  private final String originalClassName;
  private final String text;

  private RedactedThrowable(String originalClassName, @Nullable String message, String text) {
    super(message);
    this.originalClassName = originalClassName;
    this.text = text;
  }

  /** The class name of the throwable this one stands for. */
  String getOriginalClassName() {
    return originalClassName;
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this; // the original's frames are set instead; walking this thread's stack would be waste
  }

  /** Whether anything {@link #copyOf} would redact is present in {@code thrown} or what it links to. */
  static boolean containsSecret(Redactor redactor, Throwable thrown) {
    return containsSecret(redactor, thrown, new IdentityHashMap<>());
  }

  private static boolean containsSecret(Redactor redactor, Throwable t, Map<Throwable, Boolean> seen) {
    if (seen.put(t, Boolean.TRUE) != null) {
      return false;
    }
    try {
      String message = t.getMessage();
      if (message != null && redactor.containsSecret(message)
          || redactor.containsSecret(String.valueOf(t.getLocalizedMessage()))
          || redactor.containsSecret(String.valueOf(t))) {
        return true;
      }
      Throwable cause = t.getCause();
      if (cause != null && containsSecret(redactor, cause, seen)) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) {
        if (containsSecret(redactor, s, seen)) {
          return true;
        }
      }
      return false;
    } catch (RuntimeException e) {
      return true; // a throwable whose methods throw is copied, and copying fails closed
    }
  }

  /** A redacted copy of {@code thrown} and everything it links to, cycles preserved. */
  static Throwable copyOf(Redactor redactor, Throwable thrown) {
    return copyOf(redactor, thrown, new IdentityHashMap<>());
  }

  private static Throwable copyOf(Redactor redactor, Throwable t, Map<Throwable, Throwable> copies) {
    Throwable done = copies.get(t);
    if (done != null) {
      return done;
    }
    RedactedThrowable copy;
    try {
      String message = t.getLocalizedMessage();
      copy = new RedactedThrowable(t.getClass().getName(), message == null ? null : redactor.redact(message),
          redactor.redact(String.valueOf(t)));
      copy.setStackTrace(t.getStackTrace());
    } catch (RuntimeException e) {
      copy = new RedactedThrowable(t.getClass().getName(), RedactionSettings.FAILED,
          t.getClass().getName() + ": " + RedactionSettings.FAILED);
    }
    copies.put(t, copy);
    try {
      Throwable cause = t.getCause();
      if (cause != null) {
        copy.initCause(copyOf(redactor, cause, copies));
      }
      for (Throwable s : t.getSuppressed()) {
        copy.addSuppressed(copyOf(redactor, s, copies));
      }
    } catch (RuntimeException e) {
      // A hostile getCause/getSuppressed: keep what was copied; nothing of the original leaks.
    }
    return copy;
  }
}
