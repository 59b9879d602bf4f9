package dev.redact4j.log4j2;

import dev.redact4j.Redactor;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.MarkerManager;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.StringLayout;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderFactory;
import org.apache.logging.log4j.core.config.plugins.PluginConfiguration;
import org.apache.logging.log4j.core.config.plugins.PluginElement;
import org.apache.logging.log4j.core.impl.ContextDataFactory;
import org.apache.logging.log4j.core.impl.LocationAware;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.layout.AbstractStringLayout;
import org.apache.logging.log4j.core.layout.ByteBufferDestination;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.core.pattern.PatternFormatter;
import org.apache.logging.log4j.core.pattern.RegexReplacementConverter;
import org.apache.logging.log4j.core.util.StringEncoder;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.spi.MutableThreadContextStack;
import org.apache.logging.log4j.util.PerformanceSensitive;
import org.apache.logging.log4j.util.SortedArrayStringMap;
import org.apache.logging.log4j.util.StringMap;
import org.jspecify.annotations.Nullable;

/**
 * A layout that wraps one text layout ({@code PatternLayout}, {@code JsonTemplateLayout} or any
 * other {@link StringLayout}) and hides every secret in what it writes.
 *
 * <pre>{@code
 * <RedactingLayout mask="fingerprint" fingerprintKeyEnv="REDACT4J_FP_KEY">
 *   <PatternLayout pattern="%d %p %c - %m%n%ex"/>
 *   <RedactionRule id="acme-api-key" regex="acme_[a-z0-9]{32}" keywords="acme_"/>
 * </RedactingLayout>
 * }</pre>
 *
 * <p><b>What is scanned, by default.</b> Around a {@code JsonTemplateLayout}, or a {@code PatternLayout}
 * whose converters are all Log4j's own but {@code %replace}, or {@code %scrub} (nested ones too), and
 * that has no {@code <replace>} or pattern selector, each event is judged by the fields that can hold a secret:
 * <ul>
 *   <li>the formatted message; for JSON layouts also each message parameter, which a
 *       {@code messageParameter} resolver can print on its own;</li>
 *   <li>each ThreadContext map entry, the value judged with its key ({@code key=value}, in JSON
 *       {@code "key":"value"}), so {@code password -> hunter2} counts;</li>
 *   <li>each ThreadContext stack item;</li>
 *   <li>the marker's name and its parents' names;</li>
 *   <li>the thrown throwable's message, localized message and {@code toString()}, with its causes and
 *       suppressed throwables;</li>
 *   <li>the thread and logger names.</li>
 * </ul>
 * When all are clean (the common case) the event goes to the nested layout's own {@code encode} path
 * untouched: no copy and no scan of the output, so a clean event costs one scan of its message and
 * names and allocates nothing more than the nested layout. Not judged: timestamps, level,
 * location, the layout's literal text and JSON template constants (both checked at start),
 * {@code pattern} resolvers and custom resolvers inside a JSON template. {@code scanOutput="true"}
 * ({@link Builder#setScanOutput}) scans the whole formatted output of every event as well, which also
 * covers those.
 *
 * <p>The whole output is also scanned, whatever {@code scanOutput} says, when the judged text might
 * differ from what is printed: any other nested layout, a {@code PatternLayout} with a custom converter,
 * {@code %replace}, {@code <replace>} or a pattern selector, or whose text holds a secret (a lookup
 * resolved at start), labels a plain value as one ({@code password=%X{p}}) or resolves lookups other
 * than {@code $${ctx:...}} for each event; a {@code JsonTemplateLayout} that
 * prints a secret for an empty event (a template constant or additional field holding one once its
 * lookups are resolved, checked at start); events with a thrown throwable (its text is computed at
 * each call); map, structured-data,
 * {@code String.format} and custom message types; reusable messages with parameters other than strings and boxed primitives; JSON
 * layouts and parameters or context values that are not strings or boxed primitives. The fields are
 * checked then too, and an event whose fields hold a secret is formatted from its redacted copy: a
 * layout may escape a secret out of every shape the output scan knows ({@code HtmlLayout} and
 * {@code %enc{%m}{HTML}} print {@code password=&quot;v&quot;}). A
 * {@code ParameterizedMessage} is formatted once for judging and Log4j keeps that text, so the layout
 * prints exactly what was judged even if a parameter's {@code toString()} changes.
 *
 * <p><b>Events with a secret.</b> A redacted copy of the event (message, parameters, ThreadContext,
 * exceptions) is formatted by the nested layout and the result scanned once more for what sits
 * elsewhere (literal text). JSON output therefore stays valid: values are
 * redacted before they are escaped, and output redacted as text is checked and replaced by a
 * placeholder object if it is no longer valid JSON.
 *
 * <p><b>Fails closed.</b> If it is misconfigured (see the Log4j status log for the reason and fix),
 * or formatting fails, it writes {@code [REDACTION FAILED]} lines instead of events, never raw text.
 *
 * <p>Thread-safe, like every Log4j layout. Header and footer are the nested layout's, always scanned
 * whole.
 *
 * @since 0.1.0
 */
@Plugin(name = "RedactingLayout", category = Node.CATEGORY, elementType = Layout.ELEMENT_TYPE, printObject = true)
@PerformanceSensitive("allocation")
public final class RedactingLayout extends AbstractStringLayout {
  private static final String JSON_TEMPLATE_LAYOUT = "org.apache.logging.log4j.layout.template.json.JsonTemplateLayout";
  /** Converters whose output is a function of the fields {@link EventRedaction#judge} checks, or not secret. */
  private static final String LOG4J_CONVERTERS = "org.apache.logging.log4j.core.pattern.";
  /** Text no rule finds alone but does after a label such as {@code password=} or {@code Bearer}. */
  private static final String PLAIN_VALUE = "Zq8mP2vL7qR4wZ8tK3xN";

  private final @Nullable StringLayout nested;
  private final @Nullable PatternLayout pattern;
  private final @Nullable EventRedaction events;
  private final boolean json;
  /** Judge clean events by their fields, not by the nested layout's output; see the class comment. */
  private final boolean judgeFields;
  /** What is written for every event when misconfigured; null when working. */
  private final @Nullable String misconfigured;

  private RedactingLayout(@Nullable Configuration config, @Nullable StringLayout nested,
      @Nullable Redactor redactor, boolean scanOutput, @Nullable String misconfigured) {
    super(config, nested == null ? null : nested.getCharset(), null, null);
    this.nested = nested;
    this.pattern = nested instanceof PatternLayout ? (PatternLayout) nested : null;
    this.events = redactor == null ? null : new EventRedaction(redactor);
    this.json = nested != null && nested.getContentType().toLowerCase(Locale.ROOT).contains("json");
    EventRedaction redaction = events;
    this.judgeFields = !scanOutput && misconfigured == null && redaction != null
        && judgeable(config, nested, redaction);
    this.misconfigured = misconfigured;
  }

  /**
   * Whether everything {@code layout} prints that can hold a secret comes from the event fields
   * {@link EventRedaction#judge} checks: a {@code JsonTemplateLayout} that prints no secret for an
   * event without data, or a {@code PatternLayout}
   * without {@code <replace>} or a pattern selector whose converters are all Log4j's own but
   * {@code %replace} (or {@code %scrub}) and whose text neither holds a secret (as a lookup resolved at start may put
   * there) nor resolves lookups for each event other than {@code $${ctx:...}}. Any doubt means no:
   * the output is scanned instead. Takes no {@code Redactor}: Log4j lists this class's methods, whose
   * signatures must load without the engine's jar (see {@code MissingEngineTest}).
   */
  private static boolean judgeable(@Nullable Configuration config, @Nullable StringLayout layout,
      EventRedaction redaction) {
    if (layout == null) {
      return false;
    }
    if (layout.getClass().getName().equals(JSON_TEMPLATE_LAYOUT)) {
      // A template's constants are no event field, yet lookups may put a secret there: in the template
      // file (resolved for each event), in an additional field (at start, or per event with $${...}).
      // Its field names may label a value as a secret: "password": the ThreadContext value of p.
      return !printsSecretWithoutData(layout, redaction) && !labelsPlainValues(layout, redaction);
    }
    if (!(layout instanceof PatternLayout)) {
      return false;
    }
    PatternLayout p = (PatternLayout) layout;
    try {
      String serializer = p.getEventSerializer().getClass().getName();
      if (!serializer.endsWith("PatternLayout$PatternFormatterPatternSerializer")
          && !serializer.endsWith("PatternLayout$NoFormatPatternSerializer")) {
        return false; // <replace> or a PatternSelector: other patterns, or text the regex makes up
      }
      for (PatternFormatter f : PatternLayout.createPatternParser(config).parse(p.getConversionPattern())) {
        if (!ownConverter(f.getConverter().getClass())) {
          return false; // a custom converter may print anything
        }
      }
      // ${sys:db.url} is resolved into the pattern's text when the configuration starts, $${sys:token}
      // for each event: the text the event's fields do not cover.
      String text = p.getConversionPattern();
      return ownConvertersOnly(config, text) && !redaction.redactor().containsSecret(text)
          && !resolvesOtherLookups(text) && !labelsPlainValues(p, redaction);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Whether {@code layout} prints a secret for an event that carries none: what it prints then is its
   * constant text with its lookups resolved, as at start. True when that cannot be told.
   */
  private static boolean printsSecretWithoutData(StringLayout layout, EventRedaction redaction) {
    try {
      LogEvent empty = Log4jLogEvent.newBuilder()
          .setLoggerName("")
          .setLevel(Level.INFO)
          .setThreadName("")
          .setMessage(new SimpleMessage(""))
          .setContextData(ContextDataFactory.emptyFrozenContextData())
          .setContextStack(ThreadContext.EMPTY_STACK)
          .build();
      return redaction.redactor().containsSecret(layout.toSerializable(empty));
    } catch (RuntimeException e) {
      return true;
    }
  }

  /**
   * Whether {@code layout} labels a value that is no secret alone as one, which the event's fields do not
   * show: a pattern's literal text ({@code password=%X{p}} prints a ThreadContext value under a key the
   * event does not give it, {@code Authorization: Bearer %m} a plain message) or a JSON template's field
   * name ({@code "password"} holding the value of {@code p}, {@code "api_key"} a message parameter).
   * Formats an event whose message, parameter, names, marker, stack and ThreadContext values all hold
   * {@link #PLAIN_VALUE}; true when that prints a secret or cannot be told.
   */
  private static boolean labelsPlainValues(StringLayout layout, EventRedaction redaction) {
    try {
      LogEvent plain = Log4jLogEvent.newBuilder()
          .setLoggerName(PLAIN_VALUE)
          .setLevel(Level.INFO)
          .setThreadName(PLAIN_VALUE)
          .setMarker(new MarkerManager.Log4jMarker(PLAIN_VALUE))
          .setMessage(new ParameterizedMessage("{}", PLAIN_VALUE))
          .setContextData(new PlainContext(redaction))
          .setContextStack(new MutableThreadContextStack(List.of(PLAIN_VALUE)))
          .build();
      return redaction.redactor().containsSecret(layout.toSerializable(plain));
    } catch (RuntimeException e) {
      return true;
    }
  }

  /**
   * ThreadContext data that holds {@link #PLAIN_VALUE} under every key that is no secret's name and lists
   * no entries: {@code %X{p}} and a template's {@code "key":"p"} print the value, {@code %X} and a whole-map
   * resolver nothing. A key that makes the value a secret itself ({@code %X{password}}) gets none: such a
   * value is judged with its key.
   */
  private static final class PlainContext extends SortedArrayStringMap {
    private static final long serialVersionUID = 1L;
    private final transient EventRedaction redaction;

    PlainContext(EventRedaction redaction) {
      this.redaction = redaction;
    }

    @Override
    @SuppressWarnings("unchecked") // every value is the one String
    public <V> @Nullable V getValue(@Nullable String key) {
      return containsKey(key) ? (V) PLAIN_VALUE : null;
    }

    @Override
    public boolean containsKey(@Nullable String key) { // JsonTemplateLayout asks before it reads a value
      return key != null && !redaction.redactor().containsSecret(key + "=" + PLAIN_VALUE);
    }
  }

  /** Whether the pattern resolves a lookup for each event other than {@code ${ctx:...}} (judged fields). */
  private static boolean resolvesOtherLookups(String conversionPattern) {
    for (int at = conversionPattern.indexOf("${"); at >= 0; at = conversionPattern.indexOf("${", at + 2)) {
      if (!conversionPattern.startsWith("${ctx:", at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean ownConverter(@Nullable Class<?> converter) {
    // %replace is Log4j's, but its regex may make a secret of clean text: joining a line that ends
    // in a password's key with the next line, which holds the value.
    return converter != null && converter != RegexReplacementConverter.class
        && (converter.getName().startsWith(LOG4J_CONVERTERS) || converter == RedactingPatternConverter.class);
  }

  /**
   * Whether every conversion word in the pattern's text, including those nested in another
   * converter's options ({@code %highlight{%custom}}, which the top-level parse does not show), names
   * one of Log4j's own converters, resolved as Log4j does: the longest key that starts the word.
   */
  private static boolean ownConvertersOnly(@Nullable Configuration config, String conversionPattern) {
    for (Class<?> converter : PatternWords.converters(config, conversionPattern)) {
      if (!ownConverter(converter)) {
        return false;
      }
    }
    return true;
  }

  /** A builder for {@code <RedactingLayout>}. */
  @PluginBuilderFactory
  public static Builder newBuilder() {
    return new Builder();
  }

  /** The wrapped layout; null only when this layout is misconfigured. */
  public @Nullable StringLayout getLayout() {
    return nested;
  }

  /** Whether this layout was configured correctly; when false it writes only placeholders. */
  public boolean isWorking() {
    return misconfigured == null;
  }

  /** Whether clean events are judged by their fields and go to the nested layout untouched (for tests). */
  boolean judgesFields() {
    return judgeFields;
  }

  @Override
  public String toSerializable(LogEvent event) {
    StringLayout layout = nested;
    int verdict = judge(event);
    if (layout != null && verdict == EventRedaction.CLEAN) {
      try {
        return layout.toSerializable(event);
      } catch (RuntimeException | StackOverflowError e) {
        return placeholder(RedactionSettings.FAILED, json);
      }
    }
    Scratch scratch = Scratch.acquire();
    try {
      StringBuilder text = format(event, scratch.text);
      return text.toString();
    } finally {
      scratch.release();
    }
  }

  @Override
  public void encode(LogEvent event, ByteBufferDestination destination) {
    StringLayout layout = nested;
    int verdict = judge(event);
    if (layout != null && verdict == EventRedaction.CLEAN) {
      try {
        layout.encode(event, destination); // untouched: the nested layout's own garbage-free path
      } catch (RuntimeException | StackOverflowError e) {
        // What was written before the failure came from clean fields; end with a placeholder.
        getStringBuilderEncoder().encode(new StringBuilder(placeholder(RedactionSettings.FAILED, json)), destination);
      }
      return;
    }
    Scratch scratch = Scratch.acquire();
    try {
      StringBuilder text = format(event, scratch.text);
      getStringBuilderEncoder().encode(text, destination);
    } finally {
      scratch.release();
    }
  }

  /**
   * {@link EventRedaction#CLEAN} only if this layout judges events by their fields and none of them
   * holds a secret; never throws.
   */
  private int judge(LogEvent event) {
    EventRedaction redaction = events;
    if (!judgeFields || redaction == null) {
      return EventRedaction.UNSURE;
    }
    Scratch scratch = Scratch.acquire();
    try {
      return redaction.judge(event, scratch, json);
    } catch (RuntimeException | StackOverflowError e) {
      return EventRedaction.UNSURE; // format() redacts or fails closed
    } finally {
      scratch.release();
    }
  }

  /**
   * Writes the redacted form of {@code event} into the empty buffer {@code text}; never throws. An
   * event whose fields hold a secret is formatted from its redacted copy, any other is formatted as
   * it is; either output is then scanned.
   */
  private StringBuilder format(LogEvent event, StringBuilder text) {
    StringLayout layout = nested;
    EventRedaction redaction = events;
    if (misconfigured != null || layout == null || redaction == null) {
      return text.append(misconfigured);
    }
    try {
      Redactor redactor = redaction.redactor();
      // The fields first, even when the output is scanned: a layout may escape a secret out of the
      // shape the output scan knows (HtmlLayout and %enc{...}{HTML} write password=&quot;v&quot;).
      LogEvent safeEvent = redaction.redact(event);
      if (safeEvent == event) {
        PatternLayout p = pattern;
        if (p != null) {
          p.serialize(event, text);
        } else {
          text.append(layout.toSerializable(event));
        }
        if (!redactor.containsSecret(text)) {
          return text;
        }
      }
      String raw = layout.toSerializable(safeEvent);
      String safe = redactor.redact(raw);
      // Only redaction of the output text can break JSON (a user regex spanning a quote); what the
      // layout wrote itself is left alone, delimiters between events included.
      if (json && !safe.equals(raw) && !JsonSyntax.isValid(safe)) {
        safe = placeholder(RedactionSettings.FAILED, true);
      }
      text.setLength(0);
      return text.append(safe);
    } catch (RuntimeException | StackOverflowError e) {
      text.setLength(0);
      return text.append(placeholder(RedactionSettings.FAILED, json));
    }
  }

  private static String placeholder(String text, boolean json) {
    return (json ? "{\"message\":\"" + text + "\"}" : text) + System.lineSeparator();
  }

  @Override
  public byte @Nullable [] getHeader() {
    return redactBytes(nested == null ? null : nested.getHeader());
  }

  @Override
  public byte @Nullable [] getFooter() {
    return redactBytes(nested == null ? null : nested.getFooter());
  }

  private byte @Nullable [] redactBytes(byte @Nullable [] bytes) {
    EventRedaction redaction = events;
    if (bytes == null || redaction == null) {
      return null; // a misconfigured layout writes nothing it cannot redact, headers included
    }
    Charset charset = getCharset();
    String text = new String(bytes, charset);
    String safe = redaction.redactor().redact(text);
    return safe == text ? bytes : StringEncoder.toBytes(safe, charset);
  }

  @Override
  public String getContentType() {
    return nested == null ? super.getContentType() : nested.getContentType();
  }

  @Override
  public Map<String, String> getContentFormat() {
    return nested == null ? super.getContentFormat() : nested.getContentFormat();
  }

  @Override
  public boolean requiresLocation() {
    return nested instanceof LocationAware && ((LocationAware) nested).requiresLocation();
  }

  @Override
  public String toString() {
    return "RedactingLayout[" + (misconfigured != null ? "misconfigured" : String.valueOf(nested)) + "]";
  }

  /**
   * Builds a {@link RedactingLayout}: exactly one nested text layout, plus the shared redaction
   * settings. {@link #build()} never returns null and never throws: a misconfigured layout reports why
   * through the status logger and then writes only placeholders, because Log4j would otherwise give
   * the appender its default layout and write raw events.
   */
  public static final class Builder extends RedactionSettings<Builder>
      implements org.apache.logging.log4j.core.util.Builder<RedactingLayout> {
    private static final String NAME = "<RedactingLayout>";

    @PluginElement("Layout")
    private @Nullable Layout<? extends Serializable> layout;

    @PluginConfiguration
    private @Nullable Configuration configuration;

    /** Kept as written: Log4j reads any boolean other than "true" as false, so a typo would turn the scan off. */
    @PluginBuilderAttribute("scanOutput")
    private @Nullable String scanOutput;

    private Builder() {}

    /**
     * Scan the nested layout's whole output of every event, not only the event fields that can
     * hold a secret: also catches secrets in location, literal pattern
     * text, JSON template constants and custom converters or resolvers, at the cost of one scan
     * of every line. Off by default.
     */
    public Builder setScanOutput(boolean scanOutput) {
      this.scanOutput = Boolean.toString(scanOutput);
      return this;
    }

    /** The layout whose output is redacted; must be a text ({@link StringLayout}) layout. */
    public Builder setLayout(Layout<? extends Serializable> layout) {
      this.layout = layout;
      return this;
    }

    /** The configuration, injected by Log4j. */
    public Builder setConfiguration(Configuration configuration) {
      this.configuration = configuration;
      return this;
    }

    @Override
    public RedactingLayout build() {
      Layout<? extends Serializable> inner = layout;
      StringLayout text = inner instanceof StringLayout ? (StringLayout) inner : null;
      boolean json = text != null && text.getContentType().toLowerCase(Locale.ROOT).contains("json");
      if (inner == null) {
        // Log4j drops a nested layout it could not build (a template that is missing) after reporting why.
        RedactionSettings.fail(NAME, "it needs one nested layout, e.g. <PatternLayout pattern=\"%m%n\"/>; if it"
            + " has one, Log4j could not build it: fix the error Log4j reported for that layout above"
            + leftoverVocabularyHint());
        return failed(null, json);
      }
      if (text == null) {
        RedactionSettings.fail(NAME, "it can wrap only a text layout (StringLayout) such as PatternLayout or"
            + " JsonTemplateLayout, not " + inner.getClass().getSimpleName());
        return failed(null, json);
      }
      String scan = scanOutput == null ? "false" : scanOutput.strip().toLowerCase(Locale.ROOT);
      if (!scan.equals("true") && !scan.equals("false")) {
        RedactionSettings.fail(NAME, "scanOutput takes true or false, not "
            + (RedactionSettings.looksLikeName(scanOutput) ? "'" + scanOutput + "'" : "the value given")
            + " (Log4j would read it as false and scan no output)");
        return failed(text, json);
      }
      Redactor redactor = buildRedactor(NAME);
      if (redactor == null) {
        return failed(text, json);
      }
      return new RedactingLayout(configuration, text, redactor, scan.equals("true"), null);
    }

    private RedactingLayout failed(@Nullable StringLayout text, boolean json) {
      return new RedactingLayout(configuration, text, null, false,
          placeholder(RedactionSettings.FAILED + " <RedactingLayout> is misconfigured; see the Log4j status log",
              json));
    }
  }
}
