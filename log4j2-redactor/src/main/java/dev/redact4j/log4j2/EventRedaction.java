package dev.redact4j.log4j2;

import dev.redact4j.Finding;
import dev.redact4j.Redactor;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.MarkerManager;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.impl.ContextDataFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.impl.MementoMessage;
import org.apache.logging.log4j.core.impl.MutableLogEvent;
import org.apache.logging.log4j.message.MapMessage;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ObjectMessage;
import org.apache.logging.log4j.message.ParameterConsumer;
import org.apache.logging.log4j.message.ParameterVisitable;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.apache.logging.log4j.message.ReusableParameterizedMessage;
import org.apache.logging.log4j.message.ReusableMessage;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.message.StringMapMessage;
import org.apache.logging.log4j.message.StructuredDataId;
import org.apache.logging.log4j.message.StructuredDataMessage;
import org.apache.logging.log4j.spi.MutableThreadContextStack;
import org.apache.logging.log4j.util.ReadOnlyStringMap;
import org.apache.logging.log4j.util.StringMap;
import org.apache.logging.log4j.util.TriConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Makes redacted copies of log events: message and its parameters, ThreadContext map and stack,
 * the thrown graph, marker, logger and thread names. Shared by {@link RedactingRewritePolicy} and by
 * {@link RedactingLayout}'s path for events that hold a secret. Also judges an event by those
 * fields alone ({@link #judge}), for {@link RedactingLayout}'s clean path. Immutable and
 * thread-safe; never mutates the event it reads.
 */
final class EventRedaction {
  /** {@link #judge}: no field the nested layout prints from the event holds a secret. */
  static final int CLEAN = 0;
  /** {@link #judge}: a field holds a secret. */
  static final int SECRET = 1;
  /** {@link #judge}: the event cannot be judged by its fields; scan the output instead. */
  static final int UNSURE = 2;

  private static final String RING_BUFFER_EVENT = "org.apache.logging.log4j.core.async.RingBufferLogEvent";

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
    boolean thrownDirty = thrown != null && redactor.containsSecret(thrown);
    Marker marker = event.getMarker();
    boolean markerDirty = marker != null && markerDirty(marker, 0);
    String threadName = event.getThreadName();
    boolean threadDirty = threadName != null && redactor.containsSecret(threadName);
    String loggerName = event.getLoggerName();
    boolean loggerDirty = loggerName != null && redactor.containsSecret(loggerName);
    if (!(messageDirty || contextDirty || stackDirty || thrownDirty || markerDirty || threadDirty || loggerDirty)) {
      return event;
    }
    Throwable safeThrown = thrownDirty ? redactor.redactedCopy(thrown) : thrown;
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
      copy.setMarker(redactMarker(marker, 0));
    }
    if (threadDirty) {
      copy.setThreadName(redactor.redact(threadName));
    }
    if (loggerDirty) {
      copy.setLoggerName(redactor.redact(loggerName));
    }
    return copy.build();
  }

  /**
   * Judges {@code event} by the fields a {@code PatternLayout} or {@code JsonTemplateLayout} prints
   * from it that can hold a secret: the formatted message (for JSON layouts also the message
   * parameters, which they can print separately), each ThreadContext map entry as
   * {@code key=value} (JSON: {@code "key":"value"}) so a value is judged with its key, each
   * ThreadContext stack item, the marker's name and its parents' names, and the thrown throwable's
   * messages and {@code toString()} with its causes and suppressed throwables, and the thread and
   * logger names. Location, timestamps and the layout's own literal text are not judged.
   *
   * <p>Returns {@link #UNSURE} whenever the text judged here might differ from what the layout
   * prints: a message type whose rendering is not fixed once formatted (maps, structured data,
   * {@code String.format} or custom messages, reusable messages with mutable parameters), context
   * values that are not text, a thrown throwable (its text is computed at each call). Allocates
   * nothing for simple and reusable messages with text, number, boolean or character parameters and
   * text context values.
   *
   * @param probe an empty per-thread buffer, left in an unspecified state
   * @param json whether the nested layout is a JSON layout
   */
  int judge(LogEvent event, Scratch probe, boolean json) {
    if (heldTextDirty(event.getMessage(), probe)) {
      return SECRET;
    }
    int verdict = judgeMessage(event.getMessage(), probe, json);
    if (verdict != CLEAN) {
      return verdict;
    }
    ReadOnlyStringMap context = event.getContextData();
    if (context != null && !context.isEmpty()) {
      context.forEach(JUDGE_ENTRY, probe.judging(redactor, json));
      if (probe.verdict != CLEAN) {
        return probe.verdict;
      }
    }
    ThreadContext.ContextStack stack = event.getContextStack();
    if (stack != null && stack.getDepth() > 0 && stackDirty(stack)) {
      return SECRET;
    }
    Marker marker = event.getMarker();
    if (marker != null && markerDirty(marker, 0)) {
      return SECRET; // %marker and JSON marker resolvers print the name and its parents
    }
    // Mostly code or deployment text, yet threads are named after the request they serve (a URL with
    // its token) and loggers after data; %t, %c and JSON resolvers print them as they are.
    if (redactor.containsSecretInName(event.getThreadName())
        || redactor.containsSecretInName(event.getLoggerName())) {
      return SECRET;
    }
    Throwable thrown = event.getThrown();
    if (thrown == null) {
      return CLEAN;
    }
    // A throwable's text is computed at each call (getMessage(), toString() may be overridden) and its
    // graph can grow after the event was logged (addSuppressed): what the layout prints may not be
    // what was judged here, so its output is scanned.
    return redactor.containsSecret(thrown) ? SECRET : UNSURE;
  }

  /**
   * Whether a {@code char[]} parameter of {@code message} holds a secret in the text it holds. Java
   * keeps secret text in char arrays ({@code Console.readPassword}, {@code PasswordAuthentication},
   * key store passwords); Log4j prints them one character at a time ({@code [g, h, p, _, ...]}) and
   * JSON layouts as arrays of one-character strings, shapes no rule can know, so such a parameter is
   * judged by its text, not by how it is printed. Allocates nothing for reusable messages.
   *
   * @param probe a per-thread buffer, left in an unspecified state
   */
  boolean heldTextDirty(@Nullable Message message, Scratch probe) {
    if (message instanceof ParameterVisitable) {
      ((ParameterVisitable) message).forEachParameter(JUDGE_HELD_TEXT, probe.judging(redactor, false));
      return probe.verdict == SECRET;
    }
    Object[] params = message == null ? null : message.getParameters();
    for (int i = 0; params != null && i < params.length; i++) {
      if (heldText(params[i]) != null) {
        return true;
      }
    }
    return false;
  }

  private static final ParameterConsumer<Scratch> JUDGE_HELD_TEXT = (param, index, probe) -> {
    Redactor r = probe.redactor;
    if (probe.verdict == CLEAN && param instanceof char[] && r != null && r.containsSecret(CharBuffer.wrap((char[]) param))) {
      probe.verdict = SECRET;
    }
  };

  /** The redacted text of a {@code char[]} whose text holds a secret; null for anything else. */
  private @Nullable String heldText(@Nullable Object param) {
    if (!(param instanceof char[])) {
      return null;
    }
    CharBuffer text = CharBuffer.wrap((char[]) param);
    return redactor.containsSecret(text) ? redactor.redact(text) : null;
  }

  /** Whether a marker's name or a parent's (to a bounded depth) holds a secret; true past the bound. */
  private boolean markerDirty(Marker marker, int depth) {
    if (depth > 8) {
      return true;
    }
    if (redactor.containsSecret(marker.getName())) {
      return true;
    }
    Marker[] parents = marker.getParents();
    if (parents != null) {
      for (Marker parent : parents) {
        if (parent != null && markerDirty(parent, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A copy of {@code marker} with its name and its parents' names redacted and its parents kept, since
   * {@code %marker}, JSON marker resolvers and a MarkerFilter after a {@code <Rewrite>} read them; a
   * clean parent is the original marker. Copies are not registered with {@link MarkerManager}, so a
   * redacted name never becomes a global marker. Past the depth {@link #markerDirty} checks, parents
   * are left out.
   */
  private Marker redactMarker(Marker marker, int depth) {
    Marker copy = new MarkerManager.Log4jMarker(redactor.redact(marker.getName()));
    Marker[] parents = marker.getParents();
    if (parents != null && depth < 8) {
      List<Marker> safe = new ArrayList<>(parents.length);
      for (Marker parent : parents) {
        if (parent != null) {
          safe.add(markerDirty(parent, depth + 1) ? redactMarker(parent, depth + 1) : parent);
        }
      }
      copy.setParents(safe.toArray(new Marker[0]));
    }
    return copy;
  }

  private int judgeMessage(@Nullable Message message, Scratch probe, boolean json) {
    if (message == null) {
      return CLEAN;
    }
    if (message instanceof SimpleMessage) {
      return verdict(message.getFormattedMessage()); // the very String the layout prints
    }
    if (message instanceof ParameterizedMessage || message instanceof MementoMessage
        || message instanceof RedactedMessage || !json && message instanceof ObjectMessage) {
      // getFormattedMessage() keeps its result (a memento, e.g. from AsyncAppender, holds only that)
      // and formatTo() appends that same String, so the layout prints exactly what is judged here,
      // whatever a parameter's toString() does later.
      String text = message.getFormattedMessage();
      if (json) {
        Object[] params = message.getParameters(); // ParameterizedMessage, memento: their own array, no copy
        for (int i = 0; params != null && i < params.length; i++) {
          JUDGE_PARAMETER.accept(params[i], i, probe.judging(redactor, true));
          if (probe.verdict != CLEAN) {
            return probe.verdict;
          }
        }
      }
      return verdict(text);
    }
    boolean event = message instanceof MutableLogEvent || message.getClass().getName().equals(RING_BUFFER_EVENT);
    if (event || message instanceof ReusableParameterizedMessage) {
      // A reusable event's text was formatted once into its own buffer; a reusable message is
      // formatted again by the layout, so it is judged only if its parameters always print the same.
      // JSON layouts may print the parameters themselves.
      if (json || !event) {
        ((ParameterVisitable) message).forEachParameter(JUDGE_PARAMETER, probe.judging(redactor, json));
        if (probe.verdict != CLEAN) {
          return probe.verdict;
        }
      }
      StringBuilder text = probe.text;
      text.setLength(0);
      ((ReusableMessage) message).formatTo(text);
      return verdict(text);
    }
    return UNSURE; // maps, structured data, String.format, localized and custom messages: scan the output
  }

  private int verdict(@Nullable CharSequence text) {
    return text != null && redactor.containsSecret(text) ? SECRET : CLEAN;
  }

  /**
   * Judges one message parameter into {@code probe.verdict}: parameters that always print the same
   * (strings, boxed primitives, null) pass; strings are scanned when the layout is JSON (it can
   * print them on their own); anything else makes the event {@link #UNSURE}.
   */
  private static final ParameterConsumer<Scratch> JUDGE_PARAMETER = (param, index, probe) -> {
    if (probe.verdict != CLEAN || param == null || param instanceof Number && isJdkValue(param)
        || param instanceof Boolean || param instanceof Character) {
      return;
    }
    if (!(param instanceof String)) {
      probe.verdict = UNSURE;
    } else if (probe.json && probe.redactor != null && probe.redactor.containsSecret((String) param)) {
      probe.verdict = SECRET;
    }
  };

  /**
   * Judges one ThreadContext entry into {@code probe.verdict}, the value with its key, in the shape
   * the layout prints it ({@code key=value} as in {@code %X}, or {@code "key":"value"} in JSON).
   */
  private static final TriConsumer<String, Object, Scratch> JUDGE_ENTRY = (key, value, probe) -> {
    Redactor r = probe.redactor;
    if (probe.verdict != CLEAN || r == null) {
      return;
    }
    if (value != null && !(value instanceof String) && !(value instanceof Number && isJdkValue(value))
        && !(value instanceof Boolean) && !(value instanceof Character)) {
      probe.verdict = UNSURE; // a JSON layout may print it as an object; its toString() may change
      return;
    }
    StringBuilder text = probe.text;
    text.setLength(0);
    if (probe.json) {
      text.append('"').append(key).append("\":\"");
      appendValue(text, value);
      text.append('"');
    } else {
      text.append(key).append('=');
      appendValue(text, value);
    }
    if (r.containsSecret(text)) {
      probe.verdict = SECRET;
    }
  };

  private static void appendValue(StringBuilder text, @Nullable Object value) {
    if (value instanceof String || value == null) {
      text.append((String) value);
    } else if (value instanceof Character) {
      text.append(((Character) value).charValue());
    } else if (value instanceof Boolean) {
      text.append(((Boolean) value).booleanValue());
    } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      text.append(((Number) value).intValue());
    } else if (value instanceof Long) {
      text.append(((Long) value).longValue());
    } else {
      text.append(value); // Double, Float, BigDecimal, BigInteger: rare in context data
    }
  }

  /** JDK number types, whose {@code toString()} is fixed; a custom {@code Number} could print anything. */
  private static boolean isJdkValue(Object number) {
    Class<?> c = number.getClass();
    return c == Integer.class || c == Long.class || c == Double.class || c == Float.class || c == Short.class
        || c == Byte.class || c == java.math.BigDecimal.class || c == java.math.BigInteger.class;
  }

  /**
   * A copy of {@code event} that keeps only its time, level and logger: for when redaction fails. Its
   * ThreadContext map and stack are set empty and its thread name to the placeholder, since Log4j's event
   * builder would copy the current thread's.
   */
  static LogEvent placeholder(LogEvent event) {
    return Log4jLogEvent.newBuilder()
        .setContextData(ContextDataFactory.emptyFrozenContextData())
        .setContextStack(ThreadContext.EMPTY_STACK)
        .setLoggerName(event.getLoggerName())
        .setLoggerFqcn(event.getLoggerFqcn())
        .setLevel(event.getLevel())
        .setTimeMillis(event.getTimeMillis())
        .setThreadName(RedactionSettings.FAILED)
        .setMessage(new SimpleMessage(RedactionSettings.FAILED))
        .build();
  }

  private Message redactMessage(@Nullable Message message, @Nullable String formatted, Object @Nullable [] params,
      @Nullable Throwable thrown) {
    if (message instanceof MapMessage) {
      // Keep maps as maps so JSON layouts still write them as objects; values are judged with their key.
      // Clean values that are not text keep their type (numbers, booleans, nested maps and lists, null),
      // so JSON layouts write them as they did: a log pipeline maps each field to one type. Only a value
      // holding a secret becomes its redacted text; the copy's output is scanned once more anyway.
      Map<String, Object> data = new LinkedHashMap<>();
      ((MapMessage<?, ?>) message).forEach((key, value) -> data.put(redactor.redact(key),
          value == null || !(value instanceof CharSequence) && !redactor.containsSecret(key + "=" + textOf(value))
              ? value : redactValue(key, String.valueOf(value))));
      if (message instanceof StructuredDataMessage) {
        StructuredDataMessage structured = (StructuredDataMessage) message;
        StructuredDataId id = structured.getId();
        // Keep the id, type and text that %m, RFC5424Layout and JSON layouts print with the data;
        // an id holding a secret cannot be rewritten within RFC 5424's rules, so the map alone is kept.
        if (id == null || !redactor.containsSecret(id.toString())) {
          String text = structured.getFormat();
          String type = structured.getType();
          return new StructuredDataMessage(id, text == null ? null : redactor.redact(text),
              type == null ? null : redactor.redact(type), strings(data), -1);
        }
      }
      return message instanceof StringMapMessage ? new StringMapMessage(strings(data)) : new MapMessage<>(data);
    }
    Object[] safeParams = new Object[params == null ? 0 : params.length];
    // Findings place parameters in context; without parameters they are not needed.
    List<Finding> findings = formatted == null || safeParams.length == 0 ? List.of() : redactor.scan(formatted);
    int @Nullable [] spans = findings.isEmpty() ? null : parameterSpans(message, formatted, params);
    for (int i = 0; i < safeParams.length; i++) {
      Object p = params[i];
      // Where the parameter's place is known, only the findings at that place count: its text may
      // also occur inside another secret of the message ("attempt 7" and a token holding a 7).
      List<Finding> near = spans == null ? findings : overlapping(findings, spans[2 * i], spans[2 * i + 1]);
      safeParams[i] = p instanceof Throwable ? redactor.redactedCopy((Throwable) p)
          : p == null ? null : redactParameter(p, formatted, near);
    }
    String text = formatted == null ? "" : formatted;
    for (int i = 0; params != null && i < params.length; i++) {
      String held = heldText(params[i]);
      if (held != null) {
        // Where the message prints the array character by character, it prints the redacted text.
        text = text.replace(textOf(params[i]), held);
      }
    }
    return new RedactedMessage(redactor.redact(text), safeParams,
        message != null && message.getThrowable() != null ? thrown : null);
  }

  /**
   * Where each parameter is printed in {@code formatted}: start and end offsets at {@code 2i} and
   * {@code 2i + 1}, -1 for a parameter not printed; null when that cannot be told, i.e. unless
   * {@code formatted} is exactly the message's format with its {@code {}} placeholders filled as
   * {@link ParameterizedMessage} fills them (not for {@code String.format} or MessageFormat messages).
   */
  @SuppressWarnings("deprecation") // Message.getFormat(): deprecated, yet the one way to a message's pattern
  private static int @Nullable [] parameterSpans(@Nullable Message message, String formatted, Object[] params) {
    String format = message == null ? null : message.getFormat();
    if (format == null || format.indexOf(Place.START) >= 0) {
      return null;
    }
    try {
      // As many places as placeholders: Log4j warns in the status log when the counts differ (a
      // trailing throwable is not a placeholder's), and fewer parameters than placeholders are rare.
      int count = ParameterizedMessage.countArgumentPlaceholders(format);
      if (count > params.length) {
        return null;
      }
      Object[] places = new Object[count];
      for (int i = 0; i < places.length; i++) {
        places[i] = new Place(i);
      }
      // Log4j's own formatting, with each parameter printed as a numbered place holder
      String shape = ParameterizedMessage.format(format, places);
      int[] spans = new int[2 * params.length];
      Arrays.fill(spans, -1);
      StringBuilder rebuilt = new StringBuilder(formatted.length());
      for (int at = 0; at < shape.length(); at++) {
        char c = shape.charAt(at);
        int end = c == Place.START ? shape.indexOf(Place.END, at) : -1;
        if (end < 0) {
          rebuilt.append(c);
          continue;
        }
        int i = Integer.parseInt(shape, at + 1, end, 10);
        spans[2 * i] = rebuilt.length();
        rebuilt.append(textOf(params[i]));
        spans[2 * i + 1] = rebuilt.length();
        at = end;
      }
      return rebuilt.toString().contentEquals(formatted) ? spans : null;
    } catch (RuntimeException e) {
      return null; // the findings of the whole message then count for every parameter
    }
  }

  /** A parameter's place in {@link #parameterSpans}: prints as its number between two non-characters. */
  private static final class Place {
    static final char START = '\uFDD0';
    static final char END = '\uFDD1';
    private final int index;

    Place(int index) {
      this.index = index;
    }

    @Override
    public String toString() {
      return START + Integer.toString(index) + END;
    }
  }

  /** The findings that overlap {@code [start, end)}; none when {@code start} is -1. */
  private static List<Finding> overlapping(List<Finding> findings, int start, int end) {
    List<Finding> near = new ArrayList<>();
    for (Finding f : findings) {
      if (start >= 0 && f.start() < end && start < f.end()) {
        near.add(f);
      }
    }
    return near;
  }

  private static Map<String, String> strings(Map<String, Object> data) {
    Map<String, String> strings = new LinkedHashMap<>();
    data.forEach((key, value) -> strings.put(key, String.valueOf(value)));
    return strings;
  }

  /**
   * A parameter on its own, and also in context: one that is part of a secret found in the
   * formatted message ({@code "password={}"} with {@code hunter2}) is hidden even though it looks
   * harmless alone, since JSON layouts print parameters apart ({@code messageParameter}).
   */
  private Object redactParameter(Object parameter, @Nullable String formatted, List<Finding> findings) {
    String held = heldText(parameter);
    if (held != null) {
      return held;
    }
    String text = textOf(parameter).toString();
    String safe = redactor.redactInContext(text, formatted, findings);
    if (!canHoldText(parameter) || parameter instanceof Number) {
      // A number or boolean may be (part of) a secret; when clean it keeps its type.
      return safe != text ? safe : parameter;
    }
    // A clean collection, map or array stays itself: JSON layouts write it as an array or object.
    boolean structured = parameter instanceof Collection || parameter instanceof Map
        || parameter.getClass().isArray();
    return structured && safe.equals(text) ? parameter : safe;
  }

  private boolean anyDirty(Object @Nullable [] params) {
    if (params == null) {
      return false;
    }
    for (Object p : params) {
      if (p instanceof Throwable ? redactor.containsSecret((Throwable) p)
          : canHoldText(p) && redactor.containsSecret(textOf(p)) || heldText(p) != null) {
        return true;
      }
    }
    return false;
  }

  private boolean mapDirty(MapMessage<?, ?> map) {
    boolean[] dirty = {false};
    // As for ThreadContext values: "password" -> "hunter2" is a secret.
    map.forEach((key, value) -> dirty[0] |= redactor.containsSecret(key)
        || value != null && redactor.containsSecret(key + "=" + value));
    return dirty[0];
  }

  private boolean contextDirty(ReadOnlyStringMap context) {
    boolean[] dirty = {false};
    // The value is judged with its key, as %X prints it: "password" -> "hunter2" is a secret.
    context.forEach((key, value) -> dirty[0] |= redactor.containsSecret(key)
        || value != null && redactor.containsSecret(key + "=" + value));
    return dirty[0];
  }

  private StringMap redactContext(ReadOnlyStringMap context) {
    StringMap safe = ContextDataFactory.createContextData(context.size());
    context.forEach((key, value) -> safe.putValue(redactor.redact(key),
        value == null || !canHoldText(value) ? value : redactValue(key, String.valueOf(value))));
    safe.freeze();
    return safe;
  }

  /** {@code value} redacted on its own or, if that finds nothing, as the value of {@code key=value}. */
  private String redactValue(String key, String value) {
    String alone = redactor.redact(value);
    if (!alone.equals(value)) {
      return alone;
    }
    String pair = key + "=" + value;
    String safe = redactor.redact(pair);
    // If the key itself changed it is redacted on its own; the output scan still sees the pair.
    return safe.startsWith(key + "=") ? safe.substring(key.length() + 1) : value;
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

  /**
   * Whether {@code value} can hold a secret on its own: not a boolean, a character or a small
   * number. A {@code long} or a big number can be a card number, printed as digits by a
   * {@code messageParameter} resolver even where the message printed it otherwise (MessageFormat
   * writes {@code 4,111,...}).
   */
  private static boolean canHoldText(@Nullable Object value) {
    return value != null && !(value instanceof Number && !mayHoldDigits(value) || value instanceof Boolean
        || value instanceof Character);
  }

  private static boolean mayHoldDigits(Object number) {
    return number instanceof Long || number instanceof BigInteger || number instanceof BigDecimal;
  }

  /**
   * A parameter's text as Log4j prints it: arrays deeply, and {@code [!!!Class@hash=>Exception:message!!!]}
   * for an object whose toString() throws (which would otherwise fail the whole event).
   */
  private static CharSequence textOf(Object value) {
    return value instanceof CharSequence ? (CharSequence) value : ParameterizedMessage.deepToString(value);
  }
}
