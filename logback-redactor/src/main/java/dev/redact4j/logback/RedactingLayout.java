package dev.redact4j.logback;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.joran.spi.DefaultClass;
import dev.redact4j.Redactor;
import org.jspecify.annotations.Nullable;

/**
 * Wraps one layout and hides secrets in what it writes, for appenders configured with a
 * {@code <layout>} rather than an encoder.
 *
 * <pre>{@code
 * <layout class="dev.redact4j.logback.RedactingLayout">
 *   <layout><pattern>%d %-5level %logger - %msg%n</pattern></layout>
 * </layout>
 * }</pre>
 *
 * <p>The nested layout gets the event itself when nothing in it is secret, else a redacted copy;
 * what is checked is the same as for {@link RedactingEncoder}. Its output is redacted as text too
 * when the layout is not Logback's {@code PatternLayout} with Logback's own conversion words (not
 * {@code %property} or {@code %replace}), when the pattern's text looks like it holds a secret, when the event needed
 * redaction or its logger context's properties look like secrets, and for every event with
 * {@code <scanOutput>true</scanOutput>} (which also catches secrets in literal pattern text). Thread
 * and logger names are judged whole, once per name, before a word such as {@code %.30thread} can cut
 * them. Headers and footers are always redacted. Same configuration elements
 * and same failure behaviour as {@link RedactingEncoder}: if it cannot start, every event is
 * written as {@code [REDACTION FAILED]}. Thread-safe once started.
 *
 * @since 0.1.0
 */
public class RedactingLayout extends LayoutBase<ILoggingEvent> {
  private final RedactionSettings settings = new RedactionSettings();
  private @Nullable Layout<ILoggingEvent> layout;
  /** The class of a nested layout a second one replaced (Joran keeps the last), or null. */
  private @Nullable String replaced;
  private volatile @Nullable EventRedactor redaction;
  private boolean scanOutput;
  private volatile NestedOutput output = NestedOutput.scanned("not started");

  /** A layout to configure, then {@link #start()}. */
  public RedactingLayout() {
    // configured through setters
  }

  /** The layout whose output is redacted; a {@code PatternLayout} unless a class is given. */
  @DefaultClass(PatternLayout.class)
  public void setLayout(Layout<ILoggingEvent> layout) {
    if (this.layout != null && this.layout != layout) {
      replaced = this.layout.getClass().getSimpleName();
    }
    this.layout = layout;
  }

  /** The nested layout, or null before configuration. */
  public @Nullable Layout<ILoggingEvent> getLayout() {
    return layout;
  }

  /**
   * Scans the nested layout's output for every event, not only when its output is unknown (see the
   * class description). Costs a second scan per event. Default false.
   */
  public void setScanOutput(boolean scanOutput) {
    this.scanOutput = scanOutput;
  }

  /** Whether every event's output is scanned regardless of the nested layout. */
  public boolean isScanOutput() {
    return scanOutput;
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
    if (!settings.checkElements(this, "RedactingLayout",
        "<layout>, <scanOutput>, <rulesFile>"
        + ", <enable>, <disable>, <rule>, <mask>, <fingerprintKeyEnv>, <fingerprintKeyFile>")) {
      return;
    }
    Layout<ILoggingEvent> nested = layout;
    if (replaced != null && nested != null) {
      addError("RedactingLayout takes one nested <layout>, but was given two (" + replaced + ", then "
          + nested.getClass().getSimpleName() + "); keep the one you mean. Until this is fixed it writes "
          + Placeholder.TEXT + " instead of log text.");
      return;
    }
    if (nested == null && settings.reportUncreated(this, "RedactingLayout", "layout")) {
      return;
    }
    if (nested == null) {
      addError("RedactingLayout needs a nested <layout>, for example"
          + " <layout class=\"dev.redact4j.logback.RedactingLayout\"><layout><pattern>%msg%n</pattern></layout></layout>");
      return;
    }
    if (nested.getContext() == null) {
      nested.setContext(getContext());
    }
    if (!nested.isStarted()) {
      nested.start();
    }
    if (!nested.isStarted()) {
      addError("RedactingLayout: the nested <layout> did not start; fix the errors reported for it");
      return;
    }
    Redactor redactor = settings.build(this, "RedactingLayout");
    if (redactor == null) {
      return;
    }
    output = NestedOutput.of(nested, redactor).scanning(scanOutput);
    addInfo(output.startInfo("RedactingLayout"));
    redaction = new EventRedactor(redactor);
    super.start();
  }

  @Override
  public void stop() {
    super.stop();
    Layout<ILoggingEvent> nested = layout;
    if (nested != null) {
      nested.stop();
    }
  }

  /** The nested layout's text with every secret hidden; the placeholder line if not started. Never throws. */
  @Override
  public String doLayout(ILoggingEvent event) {
    EventRedactor r = redaction;
    Layout<ILoggingEvent> nested = layout;
    if (!isStarted() || r == null || nested == null) {
      return Placeholder.LINE;
    }
    try {
      NestedOutput o = output;
      // Names are judged whole (each name once, then cached): the layout may print only part of one,
      // and a thread named after the request URL it serves must not print that URL's token.
      ILoggingEvent safe = r.redact(event, o.printsPattern(), o.printsArguments(), true);
      String text = nested.doLayout(safe);
      if (text == null) {
        return "";
      }
      // A clean event through a known layout: the event check is the guarantee, no second scan.
      boolean scan = o.scanAlways() || safe != event || r.needsOutputScan(event, o.serializesObjects());
      return scan ? r.redactText(text) : text;
    } catch (Exception | LinkageError | StackOverflowError e) { // foreign toString()s may throw anything
      addError("RedactingLayout: layout failed (" + e.getClass().getName() + "); wrote " + Placeholder.TEXT);
      return Placeholder.LINE;
    }
  }

  @Override
  public @Nullable String getFileHeader() {
    return redactHeader(layout == null ? null : layout.getFileHeader());
  }

  @Override
  public @Nullable String getPresentationHeader() {
    return redactHeader(layout == null ? null : layout.getPresentationHeader());
  }

  @Override
  public @Nullable String getPresentationFooter() {
    return redactHeader(layout == null ? null : layout.getPresentationFooter());
  }

  @Override
  public @Nullable String getFileFooter() {
    return redactHeader(layout == null ? null : layout.getFileFooter());
  }

  @Override
  public String getContentType() {
    return layout == null ? super.getContentType() : layout.getContentType();
  }

  private @Nullable String redactHeader(@Nullable String text) {
    EventRedactor r = redaction;
    if (text == null || text.isEmpty()) {
      return text;
    }
    return r == null || !isStarted() ? Placeholder.TEXT : r.redactText(text);
  }
}
