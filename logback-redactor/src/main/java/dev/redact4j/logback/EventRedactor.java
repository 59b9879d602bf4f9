package dev.redact4j.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextVO;
import dev.redact4j.Finding;
import dev.redact4j.Redactor;
import dev.redact4j.SecretBytes;
import dev.redact4j.SecretString;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.helpers.BasicMarker;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.MessageFormatter;

/**
 * Turns an event into one that holds no secret: the same event when nothing is found (checked
 * without copying), else a {@link RedactedLoggingEvent}. Every text an appender or encoder could
 * print is looked at: the message pattern and formatted message, each argument, MDC values and
 * key-value pairs (judged together with their key), marker names, and every message in the
 * throwable's cause and suppressed chains. Class names, frames, logger and thread names, levels
 * and timestamps are passed through.
 *
 * <p>Never mutates the event it is given, never throws: if anything goes wrong the result is an
 * event whose only text is {@link Placeholder#TEXT}. Thread-safe; its only state is a cache of the
 * last logger context judged (see {@link #needsOutputScan}).
 */
final class EventRedactor {
  /** Limits walks over markers and throwables, which may be deep or (for foreign types) cyclic. */
  static final int MAX_DEPTH = 64;
  private static final BasicMarkerFactory DETACHED_MARKERS = new BasicMarkerFactory();

  private final Redactor redactor;

  EventRedactor(Redactor redactor) {
    this.redactor = redactor;
  }

  Redactor redactor() {
    return redactor;
  }

  /**
   * The event itself if nothing in it needs hiding, else a redacted copy; every part is judged,
   * for consumers that may print any of them (attached appenders, pattern words). With
   * {@code names}, the thread and logger names are judged too, for consumers whose output nothing
   * scans (the appenders behind {@link RedactingAppender}).
   */
  ILoggingEvent redact(ILoggingEvent event, boolean names) {
    try {
      // Before anything formats the event: SLF4J would print the exception of an argument whose
      // toString() throws, message and all, to standard error, which no appender behind sees.
      Object[] withFailures = failuresReplaced(event.getArgumentArray());
      if (withFailures != null) {
        return copy(event, MessageFormatter.arrayFormat(event.getMessage(), withFailures).getMessage());
      }
      // Consumers here may serialize objects themselves (a JSON encoder behind the appender), and
      // nothing scans what they write: objects judged by their toString are replaced by it.
      if (!holdsSecret(event, true, true) && contextClean(event.getLoggerContextVO()) && !holdsObjects(event)
          && !(names && namesHoldSecret(event))) {
        return event;
      }
      return copy(event);
    } catch (RuntimeException | StackOverflowError e) {
      return RedactedLoggingEvent.failed(event);
    }
  }

  /**
   * The event itself if nothing its consumer prints needs hiding, else a redacted copy (of every
   * part). The formatted message is always judged (it is the arguments' context); the message
   * pattern ({@code pattern}) and each argument ({@code arguments}) are judged on their own too
   * when the consumer prints them apart from it, as JSON encoders may. Never throws.
   */
  ILoggingEvent redact(ILoggingEvent event, boolean pattern, boolean arguments) {
    return redact(event, pattern, arguments, false);
  }

  /**
   * As {@link #redact(ILoggingEvent, boolean, boolean)}; with {@code names}, the thread and logger
   * names are judged too, whole, for consumers whose output is scanned but may print only part of
   * a name ({@code %.30thread}): a token cut short no longer has its shape, so the output scan
   * alone would miss it. Never throws.
   */
  ILoggingEvent redact(ILoggingEvent event, boolean pattern, boolean arguments, boolean names) {
    try {
      if (!holdsSecret(event, pattern, arguments) && contextClean(event.getLoggerContextVO())
          && !(names && namesHoldSecret(event))) {
        return event;
      }
      return copy(event);
    } catch (RuntimeException | StackOverflowError e) {
      return RedactedLoggingEvent.failed(event);
    }
  }

  /**
   * Whether the text a consumer renders from {@code event} must be scanned as well, because it may
   * show what the event check did not judge: a logger context whose name or properties look like a
   * secret (a copy cannot redact them), or, when the consumer serializes objects itself
   * ({@code serializes}), an argument, key-value value or structured marker that is not a plain
   * value. Cheap: the context is judged once per context state. Never throws: true on failure.
   */
  boolean needsOutputScan(ILoggingEvent event, boolean serializes) {
    try {
      return !contextClean(event.getLoggerContextVO()) || (serializes && holdsObjects(event));
    } catch (RuntimeException | StackOverflowError e) {
      return true;
    }
  }

  /** The first key whose property, judged with its key, holds a secret; null when none does. */
  @Nullable String secretProperty(@Nullable Map<String, String> properties) {
    if (properties != null) {
      for (Map.Entry<String, String> e : properties.entrySet()) {
        if (dirty(e.getKey(), e.getValue())) {
          return e.getKey();
        }
      }
    }
    return null;
  }

  /** Redacts text, for output a nested encoder or layout produced; never throws. */
  String redactText(String text) {
    return redactor.redact(text);
  }

  // ---- detection, without copying -------------------------------------------------------------

  /*
   * The clean path runs for every event: no list iterators, no boxing, no lambdas, no copies, and
   * each text scanned once. The formatted message holds the pattern's text and each argument's, so
   * for a consumer that prints only it (a pattern layout) they need no scan of their own. One that
   * prints them apart needs them judged apart: "password={}" with "hunter2" is caught in the
   * formatted message, but an argument no placeholder consumes, or a secret whose surroundings
   * differ in the pattern, is seen only on its own.
   */
  private boolean holdsSecret(ILoggingEvent event, boolean printsPattern, boolean printsArguments) {
    Map<String, String> mdc = event.getMDCPropertyMap();
    if (mdc != null && !mdc.isEmpty()) {
      for (Map.Entry<String, String> e : mdc.entrySet()) {
        if (dirty(e.getKey(), e.getValue())) {
          return true;
        }
      }
    }
    List<KeyValuePair> pairs = event.getKeyValuePairs();
    if (pairs != null) {
      for (int i = 0, n = pairs.size(); i < n; i++) {
        KeyValuePair p = pairs.get(i);
        if (p != null && dirty(p.key, p.value)) {
          return true;
        }
      }
    }
    List<Marker> markers = event.getMarkerList();
    if (markers != null) {
      for (int i = 0, n = markers.size(); i < n; i++) {
        if (dirty(markers.get(i), 0)) {
          return true;
        }
      }
    }
    IThrowableProxy tp = event.getThrowableProxy();
    if (tp != null && dirty(tp, 0)) {
      return true;
    }
    String formatted = event.getFormattedMessage();
    if (dirty(formatted)) {
      return true;
    }
    // Without arguments the pattern is the formatted message (the same String): one scan, not two.
    String pattern = printsPattern ? event.getMessage() : null;
    if (pattern != null && pattern != formatted && !pattern.equals(formatted) && dirty(pattern)) {
      return true;
    }
    Object[] args = event.getArgumentArray();
    if (args != null) {
      for (Object arg : args) {
        // For every consumer: the formatted message prints a char[] one character at a time.
        if (arg instanceof char[] chars && redactor.containsSecret(CharBuffer.wrap(chars))) {
          return true;
        }
        if (printsArguments && !isPlainValue(arg)) {
          String text = render(arg);
          // One whose toString() throws makes Logback's JsonEncoder throw: its copy holds the failure's text.
          if (text == FAILED_TO_STRING && !(arg instanceof String) || redactor.containsSecret(text)) {
            return true;
          }
        }
        // logstash-logback-encoder's kv/v arguments: judged with their field name, which only a JSON
        // encoder prints (v("password", pw) formats as the bare value).
        if (arg instanceof Marker && structuredDirty(arg)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a field of a logstash-logback-encoder structure, judged with its name, holds a secret. */
  private boolean structuredDirty(Object structured) {
    if (!LogstashStructures.handles(structured)) {
      return false;
    }
    Map<String, @Nullable Object> fields = LogstashStructures.fields(structured);
    if (fields == null) {
      return false;
    }
    for (Map.Entry<String, @Nullable Object> e : fields.entrySet()) {
      if (dirty(e.getKey(), e.getValue())) {
        return true;
      }
    }
    return false;
  }

  /*
   * The last logger context judged clean and the last judged dirty. Logback makes a new
   * LoggerContextVO (with its own copy of the properties) whenever the name or a property changes,
   * so identity says "already judged". Racy by design: a stale read only costs a re-check.
   */
  private @Nullable Object cleanContext;
  private @Nullable Object dirtyContext;

  private boolean contextClean(@Nullable LoggerContextVO vo) {
    if (vo == null || vo == cleanContext) {
      return true;
    }
    if (vo == dirtyContext) {
      return false;
    }
    boolean dirty = dirty(vo.getName()) || secretProperty(vo.getPropertyMap()) != null;
    if (dirty) {
      dirtyContext = vo;
    } else {
      cleanContext = vo;
    }
    return !dirty;
  }

  /** Whether a serializer would render something of this event that the event check judged by its toString. */
  private static boolean holdsObjects(ILoggingEvent event) {
    Object[] args = event.getArgumentArray();
    if (args != null) {
      for (Object arg : args) {
        if (!isScalar(arg)) {
          return true;
        }
      }
    }
    List<KeyValuePair> pairs = event.getKeyValuePairs();
    if (pairs != null) {
      for (int i = 0, n = pairs.size(); i < n; i++) {
        KeyValuePair p = pairs.get(i);
        if (p != null && !isScalar(p.value)) {
          return true;
        }
      }
    }
    List<Marker> markers = event.getMarkerList();
    if (markers != null) {
      for (int i = 0, n = markers.size(); i < n; i++) {
        Marker m = markers.get(i);
        if (m != null && m.getClass() != BasicMarker.class) {
          return true; // logstash-logback-encoder's structured markers write their fields
        }
      }
    }
    return false;
  }

  /** Values a serializer writes as the same text their toString gives. */
  private static boolean isScalar(@Nullable Object value) {
    return value == null || value instanceof String || value instanceof Boolean || value instanceof Character
        || value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
        || value instanceof Double || value instanceof Float;
  }

  private boolean dirty(@Nullable String text) {
    return text != null && redactor.containsSecret(text);
  }

  private boolean dirty(@Nullable String key, @Nullable Object value) {
    if (value == null) {
      return dirty(key);
    }
    String text = render(value); // foreign code first: it may log, and reuse this thread's view
    if (text == FAILED_TO_STRING && !(value instanceof String)) {
      return true; // a JSON encoder calling its toString() would throw: the copy holds the failure's text
    }
    KeyedText view = KeyedText.view(key == null ? "" : key, text);
    try {
      return redactor.containsSecret(view);
    } finally {
      view.release();
    }
  }

  @SuppressWarnings("deprecation") // SLF4J 2.0.x offers no other way to walk marker references
  private boolean dirty(@Nullable Marker marker, int depth) {
    if (marker == null) {
      return false;
    }
    if (depth > MAX_DEPTH) {
      return true;
    }
    if (dirty(marker.getName())) {
      return true;
    }
    // Structured markers (logstash-logback-encoder's append/appendEntries) print fields that only
    // their toString shows; plain BasicMarkers print just their name.
    if (marker.getClass() != BasicMarker.class) {
      String text = render(marker);
      // One whose toString() throws makes Logback's JsonEncoder throw: its copy is named by the failure.
      if (text == FAILED_TO_STRING || dirty(text) || structuredDirty(marker)) {
        return true;
      }
    }
    if (marker.hasReferences()) {
      for (Iterator<Marker> it = marker.iterator(); it.hasNext(); ) {
        if (dirty(it.next(), depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean dirty(@Nullable IThrowableProxy tp, int depth) {
    if (tp == null) {
      return false;
    }
    if (depth > MAX_DEPTH) {
      return true;
    }
    if (dirty(tp.getMessage()) || dirty(RedactedThrowableProxy.overridingMessage(tp)) || dirty(tp.getCause(), depth + 1)) {
      return true;
    }
    IThrowableProxy[] suppressed = tp.getSuppressed();
    if (suppressed != null) {
      for (IThrowableProxy s : suppressed) {
        if (dirty(s, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean namesHoldSecret(ILoggingEvent event) {
    return redactor.containsSecretInName(event.getThreadName())
        || redactor.containsSecretInName(event.getLoggerName());
  }

  // ---- copying ---------------------------------------------------------------------------------

  private ILoggingEvent copy(ILoggingEvent event) {
    return copy(event, event.getFormattedMessage());
  }

  /** A redacted copy of {@code event}, whose formatted message is {@code formatted}. */
  private ILoggingEvent copy(ILoggingEvent event, @Nullable String formatted) {
    Object[] args = event.getArgumentArray();
    String redactedFormatted = formatted == null ? null : redactor.redact(withHeldTexts(formatted, args));
    // Findings place arguments in context; without arguments they are not needed.
    List<Finding> findings = formatted == null || redactedFormatted == formatted || args == null || args.length == 0
        ? List.of() : redactor.scan(formatted);
    String pattern = event.getMessage();
    // Without arguments the pattern is the formatted message: redact it once.
    String message = pattern == null ? null : pattern == formatted ? redactedFormatted : redactor.redact(pattern);
    Map<String, String> hidden = new LinkedHashMap<>();
    Object[] safeArgs = arguments(args, formatted, findings, hidden);
    // A structured argument's value hidden by its field name (v("password", pw)) is printed bare
    // in the message: hide it there too.
    for (Map.Entry<String, String> e : hidden.entrySet()) {
      if (redactedFormatted != null) {
        redactedFormatted = redactedFormatted.replace(e.getKey(), e.getValue());
      }
    }
    String thread = event.getThreadName();
    String logger = event.getLoggerName();
    return new RedactedLoggingEvent(event, thread == null ? null : redactor.redact(thread),
        logger == null ? null : redactor.redact(logger), message, redactedFormatted, safeArgs,
        mdc(event.getMDCPropertyMap()), pairs(event.getKeyValuePairs()), markers(event.getMarkerList()),
        RedactedThrowableProxy.of(event.getThrowableProxy(), redactor, 0), context(event.getLoggerContextVO()));
  }

  /**
   * The logger context as consumers see it: the same one when clean, else a copy with the name and
   * property values redacted (JSON encoders print the properties by default).
   */
  private @Nullable LoggerContextVO context(@Nullable LoggerContextVO vo) {
    if (vo == null || contextClean(vo)) {
      return vo;
    }
    Map<String, String> properties = vo.getPropertyMap();
    return new LoggerContextVO(redactor.redact(vo.getName() == null ? "" : vo.getName()),
        properties == null ? null : mdc(properties), vo.getBirthTime());
  }

  /**
   * Each argument on its own, and also in context: an argument that is part of a secret found in
   * the formatted message ({@code "password={}"} with {@code hunter2}) is hidden even though it
   * looks harmless alone, so re-formatting the copy's pattern and arguments cannot reveal it.
   */
  private Object @Nullable [] arguments(Object @Nullable [] args, @Nullable String formatted,
      List<Finding> findings, Map<String, String> hidden) {
    if (args == null) {
      return null;
    }
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      if (arg == null) {
        continue;
      }
      String held = heldText(arg);
      if (held != null) {
        out[i] = held;
        continue;
      }
      Marker structured = arg instanceof Marker && LogstashStructures.handles(arg)
          ? LogstashStructures.rebuild(arg, (key, value) -> checkedValue(key, value, hidden)) : null;
      if (structured != null) {
        out[i] = structured; // still a field for JSON encoders, with checked values
        continue;
      }
      String text = render(arg);
      String safe = redactor.redactInContext(text, formatted, findings);
      if (safe != text) {
        out[i] = safe;
      } else {
        // Simple values stay typed; anything else becomes its (checked) text, because its other
        // renderings (a JSON serializer's, say) were not checked.
        // Maps, lists and arrays of such values stay themselves: their text was judged.
        out[i] = isPlainValue(arg) || arg instanceof String || arg instanceof Number || isPlainTree(arg, 0) ? arg : text;
      }
    }
    return out;
  }

  /**
   * A structured field's value as a copy may hold it: the value itself when it is a clean scalar,
   * else its checked text, judged with the field name. A value that had to be hidden is recorded in
   * {@code hidden} (its text to its mask), when non-null.
   */
  private @Nullable Object checkedValue(String key, @Nullable Object value, @Nullable Map<String, String> hidden) {
    if (value == null || isScalar(value) && !dirty(key, value)) {
      return value;
    }
    Object tree = isPlainTree(value, 0) ? checkedTree(key, value, hidden) : null;
    if (tree != null) {
      return tree; // still a JSON object or array, not its text
    }
    String text = render(value);
    if (!dirty(key, text)) {
      return text;
    }
    String safe = redactPair(key, text)[1];
    if (hidden != null && !text.isEmpty()) {
      hidden.put(text, safe);
    }
    return safe;
  }

  /**
   * Whether a serializer writes {@code value} as nothing but its parts' texts: a scalar, or a map
   * (scalar keys), collection or array (not {@code byte[]} or {@code char[]}, which Jackson writes as
   * strings) of such values. Its leaves can then be judged one by one, with their keys.
   */
  private static boolean isPlainTree(@Nullable Object value, int depth) {
    if (isScalar(value)) {
      return true;
    }
    if (depth > MAX_DEPTH) {
      return false;
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getKey() == null || !isScalar(e.getKey()) || !isPlainTree(e.getValue(), depth + 1)) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof Collection<?> collection) {
      for (Object o : collection) {
        if (!isPlainTree(o, depth + 1)) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof Object[] array) {
      for (Object o : array) {
        if (!isPlainTree(o, depth + 1)) {
          return false;
        }
      }
      return true;
    }
    return value.getClass().isArray() && !(value instanceof byte[]) && !(value instanceof char[]);
  }

  /**
   * A plain tree as a copy may hold it, so that JSON encoders still write an object or array: the
   * tree itself when every leaf (judged with its nearest map key, else {@code key}) and its whole
   * text are clean; else a copy of maps and lists whose dirty leaves are their masks (recorded in
   * {@code hidden}, when non-null). Null when only the whole text holds a secret: the caller then
   * falls back to the checked text.
   */
  private @Nullable Object checkedTree(String key, Object tree, @Nullable Map<String, String> hidden) {
    boolean[] changed = {false};
    Object copy = checkedLeaves(key, tree, hidden, changed, 0);
    if (changed[0]) {
      return copy;
    }
    return dirty(key, render(tree)) ? null : tree;
  }

  private @Nullable Object checkedLeaves(String key, @Nullable Object value, @Nullable Map<String, String> hidden,
      boolean[] changed, int depth) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, @Nullable Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        copy.put(e.getKey(), checkedLeaves(String.valueOf(e.getKey()), e.getValue(), hidden, changed, depth + 1));
      }
      return copy;
    }
    if (value instanceof Collection<?> collection) {
      List<@Nullable Object> copy = new ArrayList<>(collection.size());
      for (Object o : collection) {
        copy.add(checkedLeaves(key, o, hidden, changed, depth + 1));
      }
      return copy;
    }
    if (value != null && value.getClass().isArray()) {
      int n = Array.getLength(value);
      List<@Nullable Object> copy = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        copy.add(checkedLeaves(key, Array.get(value, i), hidden, changed, depth + 1));
      }
      return copy;
    }
    if (value == null || !dirty(key, value)) {
      return value;
    }
    changed[0] = true;
    String text = render(value);
    String safe = redactPair(key, text)[1];
    if (hidden != null && !text.isEmpty()) {
      hidden.put(text, safe);
    }
    return safe;
  }

  private @Nullable Map<String, String> mdc(@Nullable Map<String, String> mdc) {
    if (mdc == null) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>(Math.max(4, mdc.size() * 2));
    for (Map.Entry<String, String> e : mdc.entrySet()) {
      String key = e.getKey();
      String value = e.getValue();
      if (!dirty(key, value)) {
        out.put(key, value);
        continue;
      }
      String[] kv = redactPair(key == null ? "" : key, value == null ? "" : value);
      out.put(kv[0], kv[1]);
    }
    return out;
  }

  private @Nullable List<KeyValuePair> pairs(@Nullable List<KeyValuePair> pairs) {
    if (pairs == null) {
      return null;
    }
    List<KeyValuePair> out = new ArrayList<>(pairs.size());
    for (KeyValuePair p : pairs) {
      if (p != null && !isScalar(p.value)) {
        Object tree = isPlainTree(p.value, 0) ? checkedTree(p.key == null ? "" : p.key, p.value, null) : null;
        if (tree != null) {
          out.add(tree == p.value ? p : new KeyValuePair(p.key, tree)); // still an object or array
          continue;
        }
        p = new KeyValuePair(p.key, render(p.value)); // its serialized form was never judged
      }
      if (p == null || !dirty(p.key, p.value)) {
        out.add(p);
        continue;
      }
      String[] kv = redactPair(p.key == null ? "" : p.key, p.value == null ? "" : render(p.value));
      out.add(new KeyValuePair(kv[0], kv[1]));
    }
    return out;
  }

  /** Redacts {@code key=value} as one text and splits it again; the key survives unless it is a secret. */
  private String[] redactPair(String key, String value) {
    String joined = redactor.redact(new KeyedText(key, value));
    String newKey = redactor.redact(key);
    if (joined.startsWith(newKey) && joined.length() > newKey.length() && joined.charAt(newKey.length()) == '=') {
      return new String[] {newKey, joined.substring(newKey.length() + 1)};
    }
    return new String[] {newKey, Placeholder.TEXT};
  }

  private @Nullable List<Marker> markers(@Nullable List<Marker> markers) {
    if (markers == null) {
      return null;
    }
    List<Marker> out = new ArrayList<>(markers.size());
    for (Marker m : markers) {
      out.add(marker(m, 0));
    }
    return out;
  }

  /** A clean marker is kept; a dirty one becomes a detached marker with redacted name and references. */
  @SuppressWarnings("deprecation") // SLF4J 2.0.x offers no other way to walk or build references
  private @Nullable Marker marker(@Nullable Marker m, int depth) {
    // A structured marker writes fields only its toString was judged by: it becomes that text.
    boolean structured = m != null && m.getClass() != BasicMarker.class;
    if (m == null || (!structured && !dirty(m, depth))) {
      return m;
    }
    Marker rebuilt = structured && depth <= MAX_DEPTH && LogstashStructures.handles(m)
        ? LogstashStructures.rebuild(m, (key, value) -> checkedValue(key, value, null)) : null;
    if (rebuilt != null) {
      // logstash-logback-encoder's Markers.append(...): still fields, with checked values.
      if (m.hasReferences()) {
        for (Iterator<Marker> it = m.iterator(); it.hasNext(); ) {
          Marker ref = marker(it.next(), depth + 1);
          if (ref != null) {
            rebuilt.add(ref);
          }
        }
      }
      return rebuilt;
    }
    String name = depth > MAX_DEPTH ? Placeholder.TEXT : redactor.redact(structured ? render(m) : m.getName());
    Marker copy = DETACHED_MARKERS.getDetachedMarker(name);
    if (depth <= MAX_DEPTH && m.hasReferences()) {
      for (Iterator<Marker> it = m.iterator(); it.hasNext(); ) {
        Marker ref = marker(it.next(), depth + 1);
        if (ref != null) {
          copy.add(ref);
        }
      }
    }
    return copy;
  }

  /**
   * Values whose text is fixed by their type and that are never secrets on their own. Not a
   * {@code long} or a big number: one can be a card number, which a bridge may print in the message
   * differently from how a JSON encoder prints the argument (System.Logger's MessageFormat writes
   * {@code 4,111,...}), so it is judged on its own.
   */
  private static boolean isPlainValue(@Nullable Object arg) {
    return arg == null || arg instanceof Number && !mayHoldDigits(arg) || arg instanceof Boolean
        || arg instanceof Character || arg instanceof Enum<?> || arg instanceof SecretString || arg instanceof SecretBytes;
  }

  /** A number long enough to print as a card number or an account number. */
  private static boolean mayHoldDigits(Object number) {
    return number instanceof Long || number instanceof BigInteger || number instanceof BigDecimal;
  }

  /**
   * The redacted text of a {@code char[]} whose text holds a secret; null for anything else. Java
   * keeps secret text in char arrays ({@code Console.readPassword}, {@code PasswordAuthentication},
   * key store passwords) and SLF4J prints them one character at a time ({@code [g, h, p, _, ...]}), a
   * shape no rule can know: such an argument is judged by its text, not by how it is printed.
   */
  private @Nullable String heldText(@Nullable Object arg) {
    if (!(arg instanceof char[] chars)) {
      return null;
    }
    CharBuffer text = CharBuffer.wrap(chars);
    return redactor.containsSecret(text) ? redactor.redact(text) : null;
  }

  /** {@code formatted} with each secret-holding char[] argument, where it is printed, as its redacted text. */
  private String withHeldTexts(String formatted, Object @Nullable [] args) {
    String text = formatted;
    for (int i = 0; args != null && i < args.length; i++) {
      String held = heldText(args[i]);
      if (held != null) {
        text = text.replace(render(args[i]), held);
      }
    }
    return text;
  }

  /**
   * The arguments with each object whose toString() throws replaced by {@value #FAILED_TO_STRING};
   * null when none throws (the common case: no copy). Arrays are left to SLF4J.
   */
  private static Object @Nullable [] failuresReplaced(Object @Nullable [] args) {
    Object[] out = null;
    for (int i = 0; args != null && i < args.length; i++) {
      Object arg = args[i];
      if (!isScalar(arg) && !isPlainValue(arg) && !arg.getClass().isArray() && render(arg) == FAILED_TO_STRING) {
        if (out == null) {
          out = args.clone();
        }
        out[i] = FAILED_TO_STRING;
      }
    }
    return out;
  }

  /** What SLF4J prints in place of an object whose toString() throws. */
  static final String FAILED_TO_STRING = "[FAILED toString()]";

  /**
   * The text SLF4J would substitute for a {@code {}}: arrays rendered element by element, and
   * {@value #FAILED_TO_STRING} for an object whose toString() throws.
   */
  static String render(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value.getClass().isArray()) {
      return MessageFormatter.basicArrayFormat("{}", new Object[] {value});
    }
    try {
      return String.valueOf(value);
    } catch (VirtualMachineError e) {
      throw e; // a StackOverflowError fails the whole event closed higher up; memory errors are not ours to hide
    } catch (Throwable e) {
      // As SLF4J: an Error (a proxy whose class failed to load) or a checked exception thrown
      // sneakily is foreign code failing, not a reason for the logging call to throw.
      return FAILED_TO_STRING;
    }
  }
}
