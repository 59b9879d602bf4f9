package dev.redact4j.log4j2;

import dev.redact4j.Redactor;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.MarkerManager;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.impl.ContextDataFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.MapMessage;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.message.StringMapMessage;
import org.apache.logging.log4j.spi.MutableThreadContextStack;
import org.apache.logging.log4j.util.ReadOnlyStringMap;
import org.apache.logging.log4j.util.StringMap;
import org.jspecify.annotations.Nullable;

/**
 * Makes redacted copies of log events: message and its parameters, ThreadContext map and stack,
 * the thrown graph, marker, logger and thread names. Shared by {@link RedactingRewritePolicy} and by
 * {@link RedactingLayout}'s path for events that hold a secret. Immutable and thread-safe; never
 * mutates the event it reads.
 */
final class EventRedaction {
  private final Redactor redactor;

  EventRedaction(Redactor redactor) {
    this.redactor = redactor;
  }

  Redactor redactor() {
    return redactor;
  }

  /**
   * Returns {@code event} itself when none of its parts holds a secret, else an immutable copy with
   * every part that did redacted.
   */
  LogEvent redact(LogEvent event) {
    Message message = event.getMessage();
    String formatted = message == null ? null : message.getFormattedMessage();
    Object[] params = message == null ? null : message.getParameters();
    boolean messageDirty = formatted != null && redactor.containsSecret(formatted) || anyDirty(params)
        || message instanceof MapMessage && mapDirty((MapMessage<?, ?>) message);
    ReadOnlyStringMap context = event.getContextData();
    boolean contextDirty = context != null && contextDirty(context);
    ThreadContext.ContextStack stack = event.getContextStack();
    boolean stackDirty = stack != null && stackDirty(stack);
    Throwable thrown = event.getThrown();
    boolean thrownDirty = thrown != null && RedactedThrowable.containsSecret(redactor, thrown);
    Marker marker = event.getMarker();
    boolean markerDirty = marker != null && redactor.containsSecret(marker.getName());
    String threadName = event.getThreadName();
    boolean threadDirty = threadName != null && redactor.containsSecret(threadName);
    String loggerName = event.getLoggerName();
    boolean loggerDirty = loggerName != null && redactor.containsSecret(loggerName);
    if (!(messageDirty || contextDirty || stackDirty || thrownDirty || markerDirty || threadDirty || loggerDirty)) {
      return event;
    }
    Throwable safeThrown = thrownDirty ? RedactedThrowable.copyOf(redactor, thrown) : thrown;
    Log4jLogEvent.Builder copy = new Log4jLogEvent.Builder(event);
    if (messageDirty || thrownDirty && message != null && message.getThrowable() != null) {
      copy.setMessage(redactMessage(message, formatted, params, safeThrown));
    }
    if (contextDirty) {
      copy.setContextData(redactContext(context));
    }
    if (stackDirty) {
      copy.setContextStack(redactStack(stack));
    }
    if (thrownDirty) {
      copy.setThrown(safeThrown);
    }
    if (markerDirty) {
      copy.setMarker(new MarkerManager.Log4jMarker(redactor.redact(marker.getName())));
    }
    if (threadDirty) {
      copy.setThreadName(redactor.redact(threadName));
    }
    if (loggerDirty) {
      copy.setLoggerName(redactor.redact(loggerName));
    }
    return copy.build();
  }

  /** A copy of {@code event} that keeps only its time, level and logger: for when redaction fails. */
  static LogEvent placeholder(LogEvent event) {
    return Log4jLogEvent.newBuilder()
        .setLoggerName(event.getLoggerName())
        .setLoggerFqcn(event.getLoggerFqcn())
        .setLevel(event.getLevel())
        .setTimeMillis(event.getTimeMillis())
        .setMessage(new SimpleMessage(RedactionSettings.FAILED))
        .build();
  }

  private Message redactMessage(@Nullable Message message, @Nullable String formatted, Object @Nullable [] params,
      @Nullable Throwable thrown) {
    if (message instanceof MapMessage) {
      // Keep maps as maps so JSON layouts still write them as objects.
      StringMapMessage map = new StringMapMessage();
      ((MapMessage<?, ?>) message).forEach((key, value) -> map.with(redactor.redact(key),
          redactor.redact(String.valueOf(value))));
      return map;
    }
    Object[] safeParams = new Object[params == null ? 0 : params.length];
    for (int i = 0; i < safeParams.length; i++) {
      Object p = params[i];
      safeParams[i] = p instanceof Throwable ? RedactedThrowable.copyOf(redactor, (Throwable) p)
          : canHoldText(p) ? redactor.redact(String.valueOf(p)) : p;
    }
    return new RedactedMessage(redactor.redact(formatted == null ? "" : formatted), safeParams,
        message != null && message.getThrowable() != null ? thrown : null);
  }

  private boolean anyDirty(Object @Nullable [] params) {
    if (params == null) {
      return false;
    }
    for (Object p : params) {
      if (p instanceof Throwable ? RedactedThrowable.containsSecret(redactor, (Throwable) p)
          : canHoldText(p) && redactor.containsSecret(textOf(p))) {
        return true;
      }
    }
    return false;
  }

  private boolean mapDirty(MapMessage<?, ?> map) {
    boolean[] dirty = {false};
    map.forEach((key, value) -> dirty[0] |= redactor.containsSecret(key)
        || value != null && redactor.containsSecret(String.valueOf(value)));
    return dirty[0];
  }

  private boolean contextDirty(ReadOnlyStringMap context) {
    boolean[] dirty = {false};
    context.forEach((key, value) -> dirty[0] |= redactor.containsSecret(key)
        || value != null && redactor.containsSecret(String.valueOf(value)));
    return dirty[0];
  }

  private StringMap redactContext(ReadOnlyStringMap context) {
    StringMap safe = ContextDataFactory.createContextData(context.size());
    context.forEach((key, value) -> safe.putValue(redactor.redact(key),
        value == null || !canHoldText(value) ? value : redactor.redact(String.valueOf(value))));
    safe.freeze();
    return safe;
  }

  private boolean stackDirty(ThreadContext.ContextStack stack) {
    for (String item : stack.asList()) {
      if (item != null && redactor.containsSecret(item)) {
        return true;
      }
    }
    return false;
  }

  private ThreadContext.ContextStack redactStack(ThreadContext.ContextStack stack) {
    List<String> items = new ArrayList<>(stack.getDepth());
    for (String item : stack.asList()) {
      items.add(item == null ? null : redactor.redact(item));
    }
    MutableThreadContextStack safe = new MutableThreadContextStack(items);
    safe.freeze();
    return safe;
  }

  private static boolean canHoldText(@Nullable Object value) {
    return value != null && !(value instanceof Number || value instanceof Boolean || value instanceof Character);
  }

  private static CharSequence textOf(Object value) {
    return value instanceof CharSequence ? (CharSequence) value : String.valueOf(value);
  }
}
