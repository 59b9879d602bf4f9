package dev.redact4j.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.pattern.PropertyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.pattern.ReplacingCompositeConverter;
import ch.qos.logback.core.pattern.parser.CompositeNode;
import ch.qos.logback.core.pattern.parser.Node;
import ch.qos.logback.core.pattern.parser.Parser;
import ch.qos.logback.core.pattern.parser.SimpleKeywordNode;
import dev.redact4j.Redactor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a nested encoder or layout prints, as far as the wrapper can know, decided once in
 * {@code start()}. It decides whether the event-level check is the whole guarantee on a clean
 * event, or whether the nested component's output must be scanned as well.
 *
 * <p>Known components print nothing but the event's checked fields (message, arguments, MDC,
 * key-value pairs, markers, throwable messages, context properties, logger and thread names) and
 * metadata that is not scanned by default (timestamps, levels, caller data, stack frames,
 * literal pattern text that was checked once here). They are Logback's {@code PatternLayout} and
 * {@code PatternLayoutEncoder} (when every conversion word is one of Logback's own, other than
 * {@code %property}, which also prints system properties, and {@code %replace}, which rewrites
 * text), Logback's {@code JsonEncoder}, and
 * logstash-logback-encoder's {@code LogstashEncoder} and {@code LoggingEventCompositeJsonEncoder}
 * (when every provider is one of its own that prints event fields, under their own names, with no
 * prefix or suffix encoder). Exact classes only: a subclass may print anything. Everything else is unknown, and its
 * output is always scanned.
 *
 * @param scanAlways the output is scanned for every event (unknown component, secret-looking
 *     configuration text, or {@code <scanOutput>true</scanOutput>})
 * @param printsPattern the component prints the message pattern apart from the formatted message
 *     (Logback's {@code JsonEncoder}, logstash's raw message provider), so it is judged on its own too
 * @param printsArguments the component prints the arguments one by one (Logback's
 *     {@code JsonEncoder}, logstash's non-structured arguments), so each is judged on its own too
 * @param serializesObjects the component renders non-string arguments, key-value values and
 *     structured markers with a serializer (Jackson), whose text the event check never sees; such
 *     events get their output scanned
 * @param description why, for a status message
 */
record NestedOutput(boolean scanAlways, boolean printsPattern, boolean printsArguments, boolean serializesObjects,
    String description) {
  private static final String LOGSTASH = "net.logstash.logback.";
  /** Text no rule finds alone but does after a label such as {@code password=} or {@code Bearer}. */
  private static final String PLAIN_VALUE = "Zq8mP2vL7qR4wZ8tK3xN";
  private static final Set<String> LOGSTASH_ENCODERS =
      Set.of(LOGSTASH + "encoder.LogstashEncoder", LOGSTASH + "encoder.LoggingEventCompositeJsonEncoder");
  /**
   * logstash-logback-encoder providers that print event fields the event check judges, or metadata.
   * Not here: pattern providers (any conversion word) and nested providers (any provider).
   */
  private static final Set<String> LOGSTASH_PROVIDERS = Set.of(
      "composite.ContextJsonProvider", "composite.GlobalCustomFieldsJsonProvider",
      "composite.LogstashVersionJsonProvider", "composite.SequenceJsonProvider",
      "composite.UuidJsonProvider", "composite.loggingevent.ArgumentsJsonProvider",
      "composite.loggingevent.CallerDataJsonProvider", "composite.loggingevent.ContextNameJsonProvider",
      "composite.loggingevent.KeyValuePairsJsonProvider", "composite.loggingevent.LogLevelJsonProvider",
      "composite.loggingevent.LogLevelValueJsonProvider", "composite.loggingevent.LoggerNameJsonProvider",
      "composite.loggingevent.LoggingEventFormattedTimestampJsonProvider",
      "composite.loggingevent.LoggingEventThreadNameJsonProvider",
      "composite.loggingevent.ThreadNameJsonProvider", "composite.loggingevent.LogstashMarkersJsonProvider",
      "composite.loggingevent.MdcJsonProvider", "composite.loggingevent.MessageJsonProvider",
      "composite.loggingevent.RawMessageJsonProvider",
      "composite.loggingevent.RootStackTraceElementJsonProvider",
      "composite.loggingevent.SequenceJsonProvider", "composite.loggingevent.StackHashJsonProvider",
      "composite.loggingevent.StackTraceJsonProvider", "composite.loggingevent.TagsJsonProvider",
      "composite.loggingevent.ThrowableClassNameJsonProvider",
      "composite.loggingevent.ThrowableMessageJsonProvider",
      "composite.loggingevent.ThrowableRootCauseClassNameJsonProvider",
      "composite.loggingevent.ThrowableRootCauseMessageJsonProvider",
      "composite.loggingevent.UuidProvider");

  static NestedOutput scanned(String why) {
    return new NestedOutput(true, true, true, true, why);
  }

  /** The same, but scanned for every event: {@code <scanOutput>true</scanOutput>}. */
  NestedOutput scanningAlways() {
    return scanAlways ? this : new NestedOutput(true, printsPattern, printsArguments, serializesObjects,
        description + "; <scanOutput> is on, so its output is scanned too");
  }

  /** This, or {@link #scanningAlways()} when {@code scanOutput} is set. */
  NestedOutput scanning(boolean scanOutput) {
    return scanOutput ? scanningAlways() : this;
  }

  /** The status line a component logs at start: what it wraps and what it scans. */
  String startInfo(String component) {
    return component + ": " + description + (scanAlways
        ? "; its output is scanned for every event"
        : "; the event's texts are checked, its output only when the event needed redaction"
            + " (<scanOutput>true</scanOutput> scans every event's output)");
  }

  static NestedOutput of(Encoder<ILoggingEvent> encoder, Redactor redactor) {
    Class<?> type = encoder.getClass();
    try {
      if (type == PatternLayoutEncoder.class || type == LayoutWrappingEncoder.class) {
        Layout<ILoggingEvent> layout = ((LayoutWrappingEncoder<ILoggingEvent>) encoder).getLayout();
        return layout == null ? scanned("encoder " + type.getName() + " without a layout") : of(layout, redactor);
      }
      if (type == JsonEncoder.class) {
        // Prints the pattern and arguments by default; it has no getters to tell otherwise.
        return new NestedOutput(false, true, true, false, "Logback JsonEncoder: prints only checked event fields");
      }
      if (LOGSTASH_ENCODERS.contains(type.getName())) {
        return logstash(encoder, redactor);
      }
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return scanned("encoder " + type.getName() + " could not be inspected (" + e + ")");
    }
    return scanned("encoder " + type.getName() + " is not one whose output is known");
  }

  static NestedOutput of(Layout<ILoggingEvent> layout, Redactor redactor) {
    if (layout.getClass() != PatternLayout.class) {
      return scanned("layout " + layout.getClass().getName() + " is not one whose output is known");
    }
    PatternLayout pl = (PatternLayout) layout;
    String pattern = pl.getPattern();
    if (pattern == null) {
      return scanned("PatternLayout without a pattern");
    }
    if (redactor.containsSecret(pattern)) {
      return scanned("the pattern's own text looks like it holds a secret");
    }
    try {
      Parser<ILoggingEvent> parser = new Parser<>(pattern);
      parser.setContext(pl.getContext());
      String unknown = unknownWord(parser.parse(), pl.getEffectiveConverterMap(), 0);
      if (unknown != null) {
        return scanned("pattern word %" + unknown + " may print text the event check does not see");
      }
    } catch (Exception | LinkageError e) {
      return scanned("the pattern could not be inspected (" + e + ")");
    }
    if (labelsPlainValues(pl, redactor, true)) {
      return scanned("the pattern's text labels a value as a secret (password=%X{p}, Bearer %msg)");
    }
    // Its words print the formatted message only, never the pattern or an argument on its own.
    return new NestedOutput(false, false, false, false, "PatternLayout with Logback's own conversion words");
  }

  /**
   * Whether the layout's literal text labels a value that is no secret alone as one, which the event's
   * fields do not show: {@code password=%X{p}} prints an MDC value under a name the event does not give
   * it, {@code Authorization: Bearer %msg} a plain message. Formats an event whose message, names and
   * the MDC values the pattern asks for all hold {@link #PLAIN_VALUE}; true when that prints a secret,
   * {@code ifUnknown} when it cannot be told (a converter of another library throws). An MDC key that makes the value a secret itself ({@code %X{password}}) is left
   * out: the value is judged with it.
   */
  static boolean labelsPlainValues(PatternLayout layout, Redactor redactor, boolean ifUnknown) {
    try {
      return redactor.containsSecret(layout.doLayout(plainEvent(layout.getContext(), redactor)));
    } catch (RuntimeException | LinkageError e) {
      return ifUnknown;
    }
  }

  /**
   * The same check for any other encoder, such as a JSON encoder whose field name labels a value
   * ({@code {"password":"%mdc{p}"}}); false when it cannot be told. Encodes without writing anything.
   */
  static boolean labelsPlainValues(Encoder<ILoggingEvent> encoder, Redactor redactor) {
    try {
      byte[] bytes = encoder.encode(plainEvent(encoder.getContext(), redactor));
      return bytes != null && redactor.containsSecret(new String(bytes, StandardCharsets.UTF_8));
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static LoggingEvent plainEvent(@Nullable Context given, Redactor redactor) {
    LoggingEvent plain = new LoggingEvent();
    plain.setLevel(Level.INFO);
    plain.setLoggerName(PLAIN_VALUE);
    plain.setThreadName(PLAIN_VALUE);
    plain.setMessage(PLAIN_VALUE);
    plain.setTimeStamp(0);
    plain.setMDCPropertyMap(new PlainValues(redactor));
    if (given instanceof LoggerContext context) {
      plain.setLoggerContext(context);
      plain.setLoggerContextRemoteView(context.getLoggerContextRemoteView()); // read by %contextName
    }
    return plain;
  }

  /**
   * An MDC map that holds {@link #PLAIN_VALUE} under every key that is no secret's name, and lists no
   * entries: {@code %X{p}} prints the value, {@code %X} nothing (its entries are judged with their keys).
   */
  private static final class PlainValues extends AbstractMap<String, String> {
    private final Redactor redactor;

    PlainValues(Redactor redactor) {
      this.redactor = redactor;
    }

    @Override
    public @Nullable String get(@Nullable Object key) {
      return key == null || redactor.containsSecret(key + "=" + PLAIN_VALUE) ? null : PLAIN_VALUE;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return Set.of();
    }
  }

  /**
   * The first conversion word whose converter is not one of Logback's own (or ours), else null. The map's
   * values are converter suppliers in Logback 1.5, class names before it (1.3, 1.4).
   */
  private static @Nullable String unknownWord(@Nullable Node node, Map<String, ?> converters,
      int depth) {
    for (Node n = node; n != null; n = n.getNext()) {
      if (depth > EventRedactor.MAX_DEPTH) {
        return "(nested too deep)";
      }
      if (!(n instanceof SimpleKeywordNode keyword)) {
        continue; // literal text: checked as part of the pattern
      }
      String word = String.valueOf(keyword.getValue());
      Object entry = converters.get(word);
      if (entry == null || !(entry instanceof Supplier<?> supplier ? knownConverter(supplier.get())
          : entry instanceof String className && knownConverterClass(className))) {
        return word;
      }
      if (n instanceof CompositeNode composite) {
        String inner = unknownWord(composite.getChildNode(), converters, depth + 1);
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  /** {@link #knownConverter} for a class name, as Logback before 1.5 registers converters. */
  private static boolean knownConverterClass(String name) {
    if (name.equals(PropertyConverter.class.getName()) || name.equals(ReplacingCompositeConverter.class.getName())) {
      return false;
    }
    return name.startsWith("ch.qos.logback.classic.pattern.") || name.startsWith("ch.qos.logback.core.pattern.")
        || name.equals(RedactingConverter.class.getName());
  }

  private static boolean knownConverter(@Nullable Object converter) {
    if (converter == null || converter instanceof PropertyConverter) {
      return false; // %property falls back to system properties, which no check sees
    }
    if (converter instanceof ReplacingCompositeConverter<?>) {
      return false; // %replace rewrites text with a regex of its own: joined lines can form a secret
    }
    String name = converter.getClass().getName();
    return name.startsWith("ch.qos.logback.classic.pattern.") || name.startsWith("ch.qos.logback.core.pattern.")
        || converter.getClass() == RedactingConverter.class;
  }

  /** logstash-logback-encoder, read reflectively: it is an optional dependency of the application. */
  private static NestedOutput logstash(Encoder<ILoggingEvent> encoder, Redactor redactor)
      throws ReflectiveOperationException {
    String name = encoder.getClass().getSimpleName();
    if (call(encoder, "getPrefix") != null || call(encoder, "getSuffix") != null) {
      return scanned(name + " with a prefix or suffix encoder");
    }
    Object providers = call(call(encoder, "getProviders"), "getProviders");
    if (!(providers instanceof List<?> list)) {
      return scanned(name + ": its providers could not be listed");
    }
    boolean pattern = false;
    boolean arguments = false;
    for (Object provider : list) {
      String type = provider == null ? "null" : provider.getClass().getName();
      if (!type.startsWith(LOGSTASH) || !LOGSTASH_PROVIDERS.contains(type.substring(LOGSTASH.length()))) {
        return scanned(name + " with provider " + type + ", whose output is not known");
      }
      if (type.endsWith(".GlobalCustomFieldsJsonProvider")
          && redactor.containsSecret(String.valueOf(call(provider, "getCustomFieldsNode")))) {
        return scanned(name + ": its custom fields look like they hold a secret");
      }
      // An entry printed under another name (mdcKeyFieldName sess=password) was judged with its own key.
      if (type.endsWith(".MdcJsonProvider") && (renames(call(provider, "getMdcKeyFieldNames"))
          || !ownWriters(call(provider, "getMdcEntryWriters")))) {
        return scanned(name + " printing MDC entries under other names or through other writers");
      }
      if (type.endsWith(".KeyValuePairsJsonProvider") && renames(call(provider, "getKeyFieldNames"))) {
        return scanned(name + " printing key-value pairs under other names");
      }
      pattern |= type.endsWith(".RawMessageJsonProvider");
      // Structured arguments are serialized objects (see EventRedactor.needsOutputScan); others are
      // written one by one only when asked to.
      arguments |= type.endsWith(".ArgumentsJsonProvider")
          && Boolean.TRUE.equals(call(provider, "isIncludeNonStructuredArguments"));
      if (type.endsWith(".StackTraceJsonProvider")) {
        Object converter = call(provider, "getThrowableConverter");
        String converterType = converter == null ? "" : converter.getClass().getName();
        if (converter != null && !converterType.startsWith(LOGSTASH + "stacktrace.")
            && !converterType.startsWith("ch.qos.logback.classic.pattern.")) {
          return scanned(name + " with throwable converter " + converterType + ", whose output is not known");
        }
      }
    }
    return new NestedOutput(false, pattern, arguments, true,
        name + " with its own providers: prints only checked event fields");
  }

  /** Whether a provider's key-to-field-name map renames anything. */
  private static boolean renames(@Nullable Object fieldNames) {
    if (!(fieldNames instanceof Map<?, ?> map)) {
      return fieldNames != null;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!String.valueOf(e.getKey()).equals(String.valueOf(e.getValue()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether every MDC entry writer is one of logstash-logback-encoder's own (they write values as typed). */
  private static boolean ownWriters(@Nullable Object writers) {
    if (!(writers instanceof List<?> list)) {
      return writers == null;
    }
    for (Object w : list) {
      if (w == null || !w.getClass().getName().startsWith(LOGSTASH)) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable Object call(@Nullable Object target, String method) throws ReflectiveOperationException {
    if (target == null) {
      return null;
    }
    Method m = target.getClass().getMethod(method);
    return m.invoke(target);
  }
}
