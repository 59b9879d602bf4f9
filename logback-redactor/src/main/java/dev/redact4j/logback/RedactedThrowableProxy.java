package dev.redact4j.logback;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import dev.redact4j.Redactor;
import org.jspecify.annotations.Nullable;

/**
 * A throwable proxy whose messages (and overriding {@code toString} messages), in the whole cause
 * and suppressed tree, are redacted. Class names, frames, common-frame counts and the cyclic flag
 * are kept. It holds no reference to the original {@code Throwable}, so no consumer can reach the
 * raw message through it. Immutable.
 */
final class RedactedThrowableProxy implements IThrowableProxy {
  private final String className;
  private final @Nullable String message;
  private final @Nullable String overridingMessage;
  private final StackTraceElementProxy[] frames;
  private final int commonFrames;
  private final @Nullable IThrowableProxy cause;
  private final IThrowableProxy[] suppressed;
  private final boolean cyclic;

  private RedactedThrowableProxy(IThrowableProxy tp, Redactor redactor, int depth) {
    this.className = tp.getClassName();
    this.message = redact(tp.getMessage(), redactor);
    this.overridingMessage = redact(overridingMessage(tp), redactor);
    StackTraceElementProxy[] f = tp.getStackTraceElementProxyArray();
    this.frames = f == null ? new StackTraceElementProxy[0] : f;
    this.commonFrames = tp.getCommonFrames();
    this.cause = of(tp.getCause(), redactor, depth + 1);
    IThrowableProxy[] s = tp.getSuppressed();
    IThrowableProxy[] copies = new IThrowableProxy[s == null ? 0 : s.length];
    int n = 0;
    for (int i = 0; i < copies.length; i++) {
      IThrowableProxy c = of(s[i], redactor, depth + 1);
      if (c != null) {
        copies[n++] = c;
      }
    }
    this.suppressed = n == copies.length ? copies : java.util.Arrays.copyOf(copies, n);
    this.cyclic = tp.isCyclic();
  }

  /**
   * A redacted copy of {@code tp}; past {@link EventRedactor#MAX_DEPTH} the chain is cut. An event's
   * own proxy ({@code depth} 0) that holds a live throwable is copied as a {@link CopiedThrowableProxy}
   * holding a redacted copy of that throwable, for appenders that read the throwable itself.
   */
  static @Nullable IThrowableProxy of(@Nullable IThrowableProxy tp, Redactor redactor, int depth) {
    if (tp == null || depth > EventRedactor.MAX_DEPTH) {
      return null;
    }
    RedactedThrowableProxy redacted = new RedactedThrowableProxy(tp, redactor, depth);
    if (depth == 0 && tp instanceof ThrowableProxy live && live.getThrowable() != null) {
      try {
        return new CopiedThrowableProxy(redacted, redactor.redactedCopy(live.getThrowable()));
      } catch (RuntimeException | StackOverflowError e) {
        return redacted; // the exception's texts are still shipped redacted, only not as a Throwable
      }
    }
    return redacted;
  }

  /**
   * {@code tp.getOverridingMessage()}, or null where Logback's {@link IThrowableProxy} has no such
   * method (before 1.5.2x it has none: its proxies print {@code getMessage()}, which is checked too);
   * calling it there would throw {@link NoSuchMethodError} out of every event with an exception.
   */
  static @Nullable String overridingMessage(IThrowableProxy tp) {
    return HAS_OVERRIDING_MESSAGE ? tp.getOverridingMessage() : null;
  }

  private static final boolean HAS_OVERRIDING_MESSAGE = hasOverridingMessage();

  private static boolean hasOverridingMessage() {
    try {
      IThrowableProxy.class.getMethod("getOverridingMessage");
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static @Nullable String redact(@Nullable String text, Redactor redactor) {
    return text == null ? null : redactor.redact(text);
  }

  @Override
  public @Nullable String getOverridingMessage() {
    return overridingMessage;
  }

  @Override
  public @Nullable String getMessage() {
    return message;
  }

  @Override
  public String getClassName() {
    return className;
  }

  @Override
  public StackTraceElementProxy[] getStackTraceElementProxyArray() {
    return frames;
  }

  @Override
  public int getCommonFrames() {
    return commonFrames;
  }

  @Override
  public @Nullable IThrowableProxy getCause() {
    return cause;
  }

  @Override
  public IThrowableProxy[] getSuppressed() {
    return suppressed;
  }

  @Override
  public boolean isCyclic() {
    return cyclic;
  }
}
