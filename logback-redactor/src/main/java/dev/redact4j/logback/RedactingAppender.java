package dev.redact4j.logback;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.joran.spi.DefaultClass;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.spi.AppenderAttachableImpl;
import ch.qos.logback.core.spi.ConfigurationEvent;
import ch.qos.logback.core.spi.ConfigurationEventListener;
import ch.qos.logback.core.status.Status;
import dev.redact4j.Redactor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Hands each attached appender a redacted copy of every event, so that appenders with any encoder,
 * or none ({@code AsyncAppender}, database and network appenders), never see a secret.
 *
 * <pre>{@code
 * <appender name="REDACT" class="dev.redact4j.logback.RedactingAppender">
 *   <appender-ref ref="ASYNC"/>
 * </appender>
 * <root level="INFO"><appender-ref ref="REDACT"/></root>
 * }</pre>
 *
 * <p>The copy has, redacted: the message pattern and formatted message; the arguments (each one
 * alone, and hidden outright when it forms part of a secret in the formatted message, so that
 * re-formatting cannot reveal it; values other than strings, numbers, booleans, characters, enums
 * and maps, collections and arrays of scalars become their checked text); MDC values and SLF4J key-value pairs, judged together with their keys;
 * marker names (structured markers, whose fields a JSON encoder would serialize, become plain markers
 * named by their checked text; so do key-value values that are objects); the logger context name and
 * properties the event carries; the thread and logger names (nothing scans what the attached
 * appenders write); and the message of every throwable in the cause and suppressed
 * chains, with class names and frames kept. Events with
 * nothing to hide are passed on as they are. The caller's event, its argument array and its throwable
 * are never modified. Texts are computed on the logging thread, so the copy is ready for an
 * {@code AsyncAppender}; caller data stays lazy as in Logback.
 *
 * <p>Same configuration elements as {@link RedactingEncoder}. If it cannot start (a configuration
 * error, or no {@code <appender-ref>}), it reports a status error and Logback drops every event sent
 * to it: nothing reaches the attached appenders. When the configuration that created it ends, it
 * reports any appender behind it that a logger also reaches without passing through a
 * {@code RedactingAppender} (an included file, such as Spring Boot's {@code base.xml}, attaching it
 * to the root too): a status error when that logger's events also go through this appender, so the
 * appender gets them twice, once unredacted; a warning when they do not (only some loggers are
 * redacted, perhaps on purpose). Thread-safe; events are not serialized here.
 *
 * @since 0.1.0
 */
public class RedactingAppender extends UnsynchronizedAppenderBase<ILoggingEvent>
    implements AppenderAttachable<ILoggingEvent> {
  private final RedactionSettings settings = new RedactionSettings();
  private final AppenderAttachableImpl<ILoggingEvent> appenders = new AppenderAttachableImpl<>();
  private volatile @Nullable EventRedactor redaction;
  /** Checks, once the configuration has ended, that no logger bypasses this appender; null once done. */
  private volatile @Nullable BypassCheck bypassCheck;

  /** An appender to configure, then {@link #start()}. */
  public RedactingAppender() {
    // configured through setters
  }

  /** Applies a rules file (see docs/rules-file.md) before the other settings. */
  public void setRulesFile(String path) {
    settings.setRulesFile(path);
  }

  /** Enables a rule or group by name; repeatable. */
  public void addEnable(String idOrGroup) {
    settings.addEnable(idOrGroup);
  }

  /** Disables a rule or group by name; repeatable. */
  public void addDisable(String idOrGroup) {
    settings.addDisable(idOrGroup);
  }

  /** Adds a custom regex rule; repeatable. */
  @DefaultClass(RegexRule.class)
  public void addRule(RegexRule rule) {
    settings.addRule(rule);
  }

  /** The mask style: {@code typed}, {@code fixed:TEXT}, {@code prefix}, {@code last:N[:MIN]}, {@code fingerprint}. */
  public void setMask(String spec) {
    settings.setMask(spec);
  }

  /** Name of an environment variable holding the fingerprint key (16+ characters). */
  public void setFingerprintKeyEnv(String name) {
    settings.setFingerprintKeyEnv(name);
  }

  /** Path of a file holding the fingerprint key (16+ characters). */
  public void setFingerprintKeyFile(String path) {
    settings.setFingerprintKeyFile(path);
  }

  /** Also remembers where Joran's messages about this component's elements begin. */
  @Override
  public void setContext(Context context) {
    super.setContext(context);
    settings.markStatus(context);
  }

  @Override
  public void start() {
    if (!settings.checkElements(this, "RedactingAppender [" + getName() + "]",
        "<appender-ref>, <rulesFile>"
        + ", <enable>, <disable>, <rule>, <mask>, <fingerprintKeyEnv>, <fingerprintKeyFile>")) {
      return;
    }
    if (!appenders.iteratorForAppenders().hasNext()) {
      List<String> missing = missingRefs();
      addError(missing.isEmpty()
          ? "RedactingAppender [" + getName() + "] has no <appender-ref>; add one naming the appender"
              + " that should receive redacted events"
          : "RedactingAppender [" + getName() + "]: its <appender-ref ref=\"" + String.join("\">, <appender-ref ref=\"",
              missing) + "\"> names no appender defined in the configuration, so it has no appender to hand"
              + " redacted events to; write the name of an <appender> defined in this file");
      return;
    }
    Redactor redactor = settings.build(this, "RedactingAppender [" + getName() + "]");
    if (redactor == null) {
      return;
    }
    EventRedactor r = new EventRedactor(redactor);
    String secretProperty = getContext() == null ? null : r.secretProperty(getContext().getCopyOfPropertyMap());
    if (secretProperty != null) {
      addWarn("RedactingAppender [" + getName() + "]: the logger context property '" + secretProperty
          + "' looks like a secret. The events handed on carry it redacted, but an encoder that reads the live"
          + " context (logstash-logback-encoder's context fields) prints it as it is: wrap that encoder in"
          + " dev.redact4j.logback.RedactingEncoder, or keep the secret out of the context properties");
    }
    redaction = r;
    super.start();
    // Loggers get their appender-refs after this starts; they are known when the configuration ends.
    if (getContext() != null) {
      BypassCheck check = new BypassCheck(this);
      bypassCheck = check;
      getContext().addConfigurationEventListener(check);
    }
  }

  /**
   * Hands configuration events to its appender until disarmed. Where Logback cannot remove a
   * listener (before 1.5), a disarmed one stays registered holding nothing, so a reloaded
   * configuration neither checks twice nor keeps the stopped appender and its appenders reachable.
   */
  private static final class BypassCheck implements ConfigurationEventListener {
    private volatile @Nullable RedactingAppender appender;

    BypassCheck(RedactingAppender appender) {
      this.appender = appender;
    }

    @Override
    public void listen(ConfigurationEvent event) {
      RedactingAppender a = appender;
      if (a != null) {
        a.configurationEvent(event);
      }
    }
  }

  /**
   * Disarms and, where Logback can, removes the pending bypass check; where it cannot, says so once per
   * configuration (the context remembers it until a reset, which starts the next configuration).
   */
  private void stopListening(@Nullable Context context) {
    BypassCheck check = bypassCheck;
    if (check == null) {
      return;
    }
    bypassCheck = null;
    check.appender = null;
    if (context != null && !ConfigurationEvents.remove(context, check)
        && context.getObject(LISTENER_KEPT) == null) {
      context.putObject(LISTENER_KEPT, Boolean.TRUE);
      addInfo("RedactingAppender [" + getName() + "]: this Logback (before 1.5) cannot remove a configuration"
          + " listener, so each RedactingAppender's finished check stays registered, disarmed and holding nothing,"
          + " until the logger context is discarded; redaction is unaffected");
    }
  }

  /** Context object set once the context was told that its Logback keeps disarmed listeners. */
  private static final String LISTENER_KEPT = RedactingAppender.class.getName() + ".listenerKept";

  private void configurationEvent(ConfigurationEvent event) {
    if (!ConfigurationEvents.endsConfiguration(event)) {
      return;
    }
    Context context = getContext();
    stopListening(context);
    if (isStarted() && context instanceof LoggerContext lc) {
      try {
        reportBypasses(lc);
      } catch (RuntimeException e) {
        addWarn("RedactingAppender [" + getName() + "] could not check which loggers reach its appenders: " + e);
      }
      EventRedactor r = redaction;
      if (r != null) {
        reportLabels(r.redactor());
      }
    }
  }

  /**
   * Warns of each appender behind this one whose pattern's text or JSON field names label a value as a
   * secret that the events handed on do not show as one ({@code password=%X{p}}, {@code Authorization:
   * Bearer %msg}, {@code {"password":"%mdc{p}"}}):
   * alone, or under its own name, that value is no secret, so the copy carries it as it is.
   */
  private void reportLabels(Redactor redactor) {
    Set<Appender<ILoggingEvent>> behind = Collections.newSetFromMap(new IdentityHashMap<>());
    collect(appenders.iteratorForAppenders(), behind, 0);
    for (Appender<ILoggingEvent> a : behind) {
      if (a instanceof OutputStreamAppender<ILoggingEvent> out && labelsPlainValues(out.getEncoder(), redactor)) {
        addWarn("RedactingAppender [" + getName() + "]: appender [" + name(a) + "] behind it prints with a pattern"
            + " whose text labels a value as a secret (such as password=%X{p}, Bearer %msg or a JSON field"
            + " \"password\" holding %mdc{p}); the events handed"
            + " on judge that value without the label, so it prints as it is: wrap that appender's encoder in"
            + " dev.redact4j.logback.RedactingEncoder, which scans such output, or print the value under a name"
            + " that says what it is (%X{password})");
      }
    }
  }

  private static boolean labelsPlainValues(@Nullable Encoder<ILoggingEvent> encoder, Redactor redactor) {
    if (encoder instanceof LayoutWrappingEncoder<ILoggingEvent> wrapping) {
      return wrapping.getLayout() instanceof PatternLayout layout
          && NestedOutput.labelsPlainValues(layout, redactor, false);
    }
    // A RedactingEncoder scans such output itself.
    return encoder != null && !(encoder instanceof RedactingEncoder)
        && NestedOutput.labelsPlainValues(encoder, redactor);
  }

  /**
   * Reports each appender behind this one that a logger's events reach without passing through a
   * {@code RedactingAppender} (attached to the logger or, by additivity, to an ancestor): it gets
   * them unredacted. An error when the same events also reach this appender, which was meant to
   * hand them on redacted; a warning when they do not (another logger's events, perhaps on purpose).
   */
  private void reportBypasses(LoggerContext context) {
    Set<Appender<ILoggingEvent>> behind = Collections.newSetFromMap(new IdentityHashMap<>());
    collect(appenders.iteratorForAppenders(), behind, 0);
    Map<Appender<ILoggingEvent>, String> errors = new LinkedHashMap<>();
    Map<Appender<ILoggingEvent>, String> warnings = new LinkedHashMap<>();
    for (Logger logger : context.getLoggerList()) {
      boolean redacted = false;
      Map<Appender<ILoggingEvent>, String> raw = new LinkedHashMap<>();
      for (Logger at = logger; at != null; at = at.isAdditive() ? parent(context, at) : null) {
        redacted |= reachedUnredacted(at.iteratorForAppenders(), at.getName(), raw, 0);
      }
      for (Map.Entry<Appender<ILoggingEvent>, String> e : raw.entrySet()) {
        if (behind.contains(e.getKey())) {
          (redacted ? errors : warnings).putIfAbsent(e.getKey(), e.getValue());
        }
      }
    }
    errors.forEach((a, logger) -> addError(bypass(a, logger) + ", which hands it unredacted the events it also"
        + " hands this RedactingAppender; remove <appender-ref ref=\"" + name(a) + "\"/> from that logger (the"
        + " RedactingAppender already hands it the events, redacted)"));
    warnings.forEach((a, logger) -> {
      if (!errors.containsKey(a)) {
        addWarn(bypass(a, logger) + ", whose events reach it unredacted; if they should be redacted too, refer"
            + " that logger to this RedactingAppender instead of <appender-ref ref=\"" + name(a) + "\"/>");
      }
    });
  }

  private String bypass(Appender<ILoggingEvent> a, String logger) {
    return "RedactingAppender [" + getName() + "]: appender [" + name(a) + "] behind it is also attached to logger ["
        + logger + "]";
  }

  /** The logger a logger's events go on to when it is additive; null for the root. */
  private static @Nullable Logger parent(LoggerContext context, Logger logger) {
    String name = logger.getName();
    if (Logger.ROOT_LOGGER_NAME.equals(name)) {
      return null;
    }
    // Logback creates every ancestor a name implies, split at '.' and '$'.
    int cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('$'));
    Logger parent = cut < 0 ? null : context.exists(name.substring(0, cut));
    return parent != null ? parent : context.getLogger(Logger.ROOT_LOGGER_NAME);
  }

  /** Every appender reachable from {@code it}, through attachables such as an AsyncAppender. */
  private static void collect(Iterator<Appender<ILoggingEvent>> it, Set<Appender<ILoggingEvent>> out, int depth) {
    while (it.hasNext() && depth <= EventRedactor.MAX_DEPTH) {
      Appender<ILoggingEvent> a = it.next();
      if (out.add(a) && a instanceof AppenderAttachable<?>) {
        collect(attached(a), out, depth + 1);
      }
    }
  }

  /**
   * Puts into {@code out} (with the logger they hang from) the appenders reachable from {@code it}
   * without passing through a RedactingAppender; tells whether this one was reached.
   */
  private boolean reachedUnredacted(Iterator<Appender<ILoggingEvent>> it, String logger,
      Map<Appender<ILoggingEvent>, String> out, int depth) {
    boolean self = false;
    while (it.hasNext() && depth <= EventRedactor.MAX_DEPTH) {
      Appender<ILoggingEvent> a = it.next();
      if (a == this) {
        self = true;
      } else if (!(a instanceof RedactingAppender) && out.putIfAbsent(a, logger) == null
          && a instanceof AppenderAttachable<?>) {
        self |= reachedUnredacted(attached(a), logger, out, depth + 1);
      }
    }
    return self;
  }

  @SuppressWarnings("unchecked") // an appender attached to a logger's appender takes logging events
  private static Iterator<Appender<ILoggingEvent>> attached(Appender<ILoggingEvent> a) {
    return ((AppenderAttachable<ILoggingEvent>) a).iteratorForAppenders();
  }

  private static String name(Appender<ILoggingEvent> a) {
    String name = a.getName();
    return name != null && RedactionSettings.looksLikeName(name) ? name : "...";
  }

  /** The refs Joran could not resolve while configuring this appender ("Appender named [X] could not be found"). */
  private List<String> missingRefs() {
    String prefix = "Appender named [";
    String suffix = "] could not be found. Skipping attachment to " + getClass().getName() + "[" + getName() + "].";
    List<String> missing = new ArrayList<>();
    for (Status status : settings.sinceMark(getContext())) {
      String message = status.getMessage();
      if (message != null && message.startsWith(prefix) && message.endsWith(suffix)
          && message.length() > prefix.length() + suffix.length()) {
        String ref = message.substring(prefix.length(), message.length() - suffix.length());
        missing.add(RedactionSettings.looksLikeName(ref) ? ref : "...");
      }
    }
    return missing;
  }

  @Override
  public void stop() {
    if (!isStarted()) {
      return;
    }
    stopListening(getContext());
    super.stop();
    appenders.detachAndStopAllAppenders();
  }

  @Override
  protected void append(ILoggingEvent event) {
    EventRedactor r = redaction;
    if (r == null) {
      return; // not reachable while started; never forward an unredacted event
    }
    appenders.appendLoopOnAppenders(r.redact(event, true));
  }

  @Override
  public void addAppender(Appender<ILoggingEvent> newAppender) {
    addInfo("Attaching appender named [" + newAppender.getName() + "] to RedactingAppender.");
    appenders.addAppender(newAppender);
  }

  @Override
  public Iterator<Appender<ILoggingEvent>> iteratorForAppenders() {
    return appenders.iteratorForAppenders();
  }

  @Override
  public @Nullable Appender<ILoggingEvent> getAppender(String name) {
    return appenders.getAppender(name);
  }

  @Override
  public boolean isAttached(Appender<ILoggingEvent> appender) {
    return appenders.isAttached(appender);
  }

  @Override
  public void detachAndStopAllAppenders() {
    appenders.detachAndStopAllAppenders();
  }

  @Override
  public boolean detachAppender(Appender<ILoggingEvent> appender) {
    return appenders.detachAppender(appender);
  }

  @Override
  public boolean detachAppender(String name) {
    return appenders.detachAppender(name);
  }
}
