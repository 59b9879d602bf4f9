package dev.redact4j.logback;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Prints nothing; its presence in a {@link RedactingConverter}'s children tells Logback's
 * {@code EnsureExceptionHandling} that the pattern already handles throwables, so Logback does not
 * append its own, unredacted {@code %ex}. The {@code RedactingConverter} then prints the throwable
 * itself, redacted.
 */
final class ThrowableClaim extends ThrowableHandlingConverter {
  @Override
  public String convert(ILoggingEvent event) {
    return "";
  }
}
