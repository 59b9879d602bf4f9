package dev.redact4j.logback;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import org.jspecify.annotations.Nullable;

/**
 * The redacted throwable proxy of an event whose original proxy held a live {@code Throwable}: a
 * real {@link ThrowableProxy}, because appenders that ship the exception itself (Sentry's,
 * OpenTelemetry's) test for that class and drop the exception otherwise. {@link #getThrowable()}
 * returns the original's {@link dev.redact4j.Redactor#redactedCopy redacted copy}; every
 * {@link IThrowableProxy} method answers from the {@link RedactedThrowableProxy} of the original, so
 * encoders print what they printed before.
 * Immutable.
 */
final class CopiedThrowableProxy extends ThrowableProxy {
  private final IThrowableProxy redacted;

  CopiedThrowableProxy(IThrowableProxy redacted, Throwable copy) {
    super(copy);
    this.redacted = redacted;
  }

  @Override
  public @Nullable String getMessage() {
    return redacted.getMessage();
  }

  @Override
  public @Nullable String getOverridingMessage() {
    return redacted.getOverridingMessage();
  }

  @Override
  public String getClassName() {
    return redacted.getClassName();
  }

  @Override
  public StackTraceElementProxy[] getStackTraceElementProxyArray() {
    return redacted.getStackTraceElementProxyArray();
  }

  @Override
  public boolean isCyclic() {
    return redacted.isCyclic();
  }

  @Override
  public int getCommonFrames() {
    return redacted.getCommonFrames();
  }

  @Override
  public @Nullable IThrowableProxy getCause() {
    return redacted.getCause();
  }

  @Override
  public IThrowableProxy[] getSuppressed() {
    return redacted.getSuppressed();
  }

  @Override
  public void calculatePackagingData() {
    // the original's frames, which the redacted proxy shares, carry any packaging data already
  }
}
