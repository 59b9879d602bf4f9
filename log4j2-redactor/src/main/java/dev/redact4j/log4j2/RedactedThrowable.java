package dev.redact4j.log4j2;

import dev.redact4j.Redactor;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Redacted copies of throwables, and the stand-in used when the original class cannot be copied: a
 * stand-in for a throwable whose message, or whose cause's or suppressed throwable's message, held
 * a secret: same class name in {@link #toString()}, same stack frames, redacted messages, and the
 * whole cause and suppressed graph copied the same way. The original is never touched.
 *
 * <p>{@code getClass()} is this class, so layouts that print the class name from it (rather than from
 * {@code toString()}) show {@code RedactedThrowable}; {@link #getOriginalClassName()} has the original.
 */
final class RedactedThrowable extends Throwable {
  private static final long serialVersionUID = 1L;

  private final String originalClassName;
  /** The original's localized message, redacted: JSON exception resolvers print it, and it may say more. */
  private final @Nullable String localized;
  private final String text;

  private RedactedThrowable(String originalClassName, @Nullable String message, @Nullable String localized,
      String text) {
    super(message);
    this.originalClassName = originalClassName;
    this.localized = localized;
    this.text = text;
  }

  /** The class name of the throwable this one stands for. */
  String getOriginalClassName() {
    return originalClassName;
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
    return new RedactedThrowable(t.getClass().getName(), message, localized, text);
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

  /**
   * A redacted copy of {@code thrown} and everything it links to, cycles preserved. Each copy is of
   * the original's class when that class has a public {@code (String)} constructor and the new
   * instance shows exactly the redacted text (so JSON layouts print the real class name); otherwise
   * it is a {@code RedactedThrowable}.
   */
  static Throwable copyOf(Redactor redactor, Throwable thrown) {
    return copyOf(redactor, thrown, new IdentityHashMap<>());
  }

  private static Throwable copyOf(Redactor redactor, Throwable t, Map<Throwable, Throwable> copies) {
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
      copy = new RedactedThrowable(t.getClass().getName(), RedactionSettings.FAILED, RedactionSettings.FAILED,
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
