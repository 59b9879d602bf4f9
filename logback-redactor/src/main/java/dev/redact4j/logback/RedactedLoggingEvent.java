package dev.redact4j.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextVO;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

/**
 * A redacted copy of an event. Every text is computed when the copy is made, on the logging
 * thread, so the copy is ready for deferred processing (an {@code AsyncAppender} queue) and never
 * consults the original's message, arguments, MDC, key-value pairs, markers or throwable again.
 * Logger name, level, timestamps, sequence number and caller data come from the original, the logger
 * context too unless its name or properties held a secret;
 * caller data stays lazy, as in Logback, because computing it is costly.
 *
 * <p>Immutable apart from {@link #prepareForDeferredProcessing()}, which does nothing (all is eager).
 */
final class RedactedLoggingEvent implements ILoggingEvent {
  private final ILoggingEvent original;
  private final @Nullable String threadName;
  private final @Nullable String loggerName;
  private final @Nullable String message;
  private final @Nullable String formattedMessage;
  private final Object @Nullable [] arguments;
  private final Map<String, String> mdc;
  private final @Nullable List<KeyValuePair> keyValuePairs;
  private final @Nullable List<Marker> markers;
  private final @Nullable IThrowableProxy throwableProxy;
  private final @Nullable LoggerContextVO context;

  RedactedLoggingEvent(ILoggingEvent original, @Nullable String message, @Nullable String formattedMessage,
      Object @Nullable [] arguments, @Nullable Map<String, String> mdc, @Nullable List<KeyValuePair> keyValuePairs,
      @Nullable List<Marker> markers, @Nullable IThrowableProxy throwableProxy, @Nullable LoggerContextVO context) {
    this(original, original.getThreadName(), original.getLoggerName(), message, formattedMessage, arguments, mdc,
        keyValuePairs, markers, throwableProxy, context);
  }

  RedactedLoggingEvent(ILoggingEvent original, @Nullable String threadName, @Nullable String loggerName,
      @Nullable String message, @Nullable String formattedMessage, Object @Nullable [] arguments,
      @Nullable Map<String, String> mdc, @Nullable List<KeyValuePair> keyValuePairs, @Nullable List<Marker> markers,
      @Nullable IThrowableProxy throwableProxy, @Nullable LoggerContextVO context) {
    this.original = original;
    this.threadName = threadName;
    this.loggerName = loggerName;
    this.message = message;
    this.formattedMessage = formattedMessage;
    this.arguments = arguments;
    this.mdc = mdc == null ? Collections.emptyMap() : Collections.unmodifiableMap(mdc);
    this.keyValuePairs = keyValuePairs == null ? null : Collections.unmodifiableList(keyValuePairs);
    this.markers = markers == null ? null : Collections.unmodifiableList(markers);
    this.throwableProxy = throwableProxy;
    this.context = context;
  }

  /** An event that keeps only the original's metadata and says redaction failed. */
  static ILoggingEvent failed(ILoggingEvent original) {
    LoggerContextVO vo = original.getLoggerContextVO();
    return new RedactedLoggingEvent(original, Placeholder.TEXT, Placeholder.TEXT, null, null, null, null, null,
        vo == null ? null : new LoggerContextVO(Placeholder.TEXT, Collections.emptyMap(), vo.getBirthTime()));
  }

  @Override
  public @Nullable String getThreadName() {
    return threadName;
  }

  @Override
  public Level getLevel() {
    return original.getLevel();
  }

  /** The message pattern, redacted. */
  @Override
  public @Nullable String getMessage() {
    return message;
  }

  /** Redacted arguments; a fresh array each call, so a consumer cannot alter the copy. */
  @Override
  public Object @Nullable [] getArgumentArray() {
    return arguments == null ? null : arguments.clone();
  }

  @Override
  public @Nullable String getFormattedMessage() {
    return formattedMessage;
  }

  @Override
  public @Nullable String getLoggerName() {
    return loggerName;
  }

  @Override
  public @Nullable LoggerContextVO getLoggerContextVO() {
    return context;
  }

  @Override
  public @Nullable IThrowableProxy getThrowableProxy() {
    return throwableProxy;
  }

  @Override
  public StackTraceElement[] getCallerData() {
    return original.getCallerData();
  }

  @Override
  public boolean hasCallerData() {
    return original.hasCallerData();
  }

  @Override
  public @Nullable List<Marker> getMarkerList() {
    return markers;
  }

  @Override
  public Map<String, String> getMDCPropertyMap() {
    return mdc;
  }

  /**
   * Same as {@link #getMDCPropertyMap()}; still called by some encoders.
   *
   * @deprecated as in {@link ILoggingEvent#getMdc()}; use {@link #getMDCPropertyMap()}
   */
  @Override
  @Deprecated
  public Map<String, String> getMdc() {
    return mdc;
  }

  @Override
  public long getTimeStamp() {
    return original.getTimeStamp();
  }

  @Override
  public int getNanoseconds() {
    return original.getNanoseconds();
  }

  @Override
  public Instant getInstant() {
    return original.getInstant();
  }

  @Override
  public long getSequenceNumber() {
    return original.getSequenceNumber();
  }

  @Override
  public @Nullable List<KeyValuePair> getKeyValuePairs() {
    return keyValuePairs;
  }

  @Override
  public void prepareForDeferredProcessing() {
    // Everything but caller data was computed eagerly; caller data follows the original's rules.
  }

  @Override
  public String toString() {
    return "[" + getLevel() + "] " + formattedMessage;
  }
}
