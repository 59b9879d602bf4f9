package dev.redact4j.logback;

import dev.redact4j.Redactor;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Redacted copies of throwables, for appenders that read the {@code Throwable} itself rather than
 * the event's throwable proxy (Sentry's and OpenTelemetry's appenders take it from
 * {@code ThrowableProxy.getThrowable()}). Each copy has the original's frames and redacted
 * messages, and its cause and suppressed throwables are copied the same way (cycles preserved, the
 * chain cut past {@link EventRedactor#MAX_DEPTH}). A copy is of the original's class when that class
 * has a public {@code (String)} constructor whose instance shows exactly the redacted text;
 * otherwise it is this stand-in, whose {@link #toString()} names the original class. The original is
 * never touched.
 */
final class RedactedThrowable extends Throwable {
  private static final long serialVersionUID = 1L;

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
    return this; // the original's frames are set instead
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
      copy = new RedactedThrowable(Placeholder.TEXT, Placeholder.TEXT, t.getClass().getName() + ": " + Placeholder.TEXT);
    }
    copies.put(t, copy);
    if (depth >= EventRedactor.MAX_DEPTH) {
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
      // A hostile getCause/getSuppressed (or a cause already set): keep what was copied.
    }
    return copy;
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
    return new RedactedThrowable(message, localized, text);
  }
}
