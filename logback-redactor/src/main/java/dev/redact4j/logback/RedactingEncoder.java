package dev.redact4j.logback;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.joran.spi.DefaultClass;
import dev.redact4j.Redactor;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Wraps one encoder (pattern, Logback's {@code JsonEncoder}, logstash-logback-encoder's
 * {@code LogstashEncoder}, any {@code Encoder}) and hides secrets in what it writes.
 *
 * <pre>{@code
 * <appender name="FILE" class="ch.qos.logback.core.FileAppender">
 *   <file>app.log</file>
 *   <encoder class="dev.redact4j.logback.RedactingEncoder">
 *     <encoder class="net.logstash.logback.encoder.LogstashEncoder"/>
 *   </encoder>
 * </appender>
 * }</pre>
 *
 * <p>What is scanned by default: the texts of the event that can hold a secret, i.e. the formatted
 * message, the message pattern and each argument (when the encoder prints them apart, as JSON
 * encoders do; an argument is also judged in context, so {@code password={}} with {@code hunter2}
 * is hidden), MDC and key-value values (judged with their key), marker names and structured
 * markers' text, every message in the throwable's cause and suppressed chains, and the logger
 * context's name and properties (once per change), and the thread and logger names (whole, once
 * per name). The nested encoder is given the event itself when none of these holds a secret, else a
 * redacted copy. Timestamps, levels, caller data, class names and stack frames are not scanned.
 *
 * <p>The bytes the nested encoder writes are scanned as well (belt and braces) when it is not
 * known to print only those fields: for any encoder other than Logback's {@code PatternLayoutEncoder}
 * or {@code LayoutWrappingEncoder} around a {@code PatternLayout} of Logback's own conversion words
 * (not {@code %property} or {@code %replace}), Logback's {@code JsonEncoder}, and logstash-logback-encoder's
 * {@code LogstashEncoder} or {@code LoggingEventCompositeJsonEncoder} with its own event-field
 * providers; when a pattern or custom fields look like they hold a secret; for events that had
 * something to hide; for events whose arguments, key-value values or structured markers a JSON
 * encoder serializes as objects; and for header and footer bytes. {@code <scanOutput>true</scanOutput>}
 * scans every event's output, which also catches secrets in literal pattern text and JSON fields
 * the encoder adds. Thread and logger names are judged whole, not in the output, since a word such
 * as {@code %.30thread} may print too little of a token for the output scan to recognize it. Masks are JSON-safe, so JSON stays valid. Output is
 * decoded with the nested encoder's charset (its {@code charset} or {@code encoding} property; UTF-8
 * when it has none), or the {@code <charset>} set here. A status message at start says which case
 * applies.
 *
 * <p>Clean events cost one scan of their texts and no copy: the nested encoder's bytes are
 * returned as they are.
 *
 * <p>Configuration: the nested {@code <encoder>} (a {@code PatternLayoutEncoder} when no class is
 * given), {@code <scanOutput>}, {@code <charset>}, and the shared elements {@code <rulesFile>},
 * {@code <enable>}, {@code <disable>}, {@code <rule>}, {@code <mask>}, {@code <fingerprintKeyEnv>},
 * {@code <fingerprintKeyFile>}; with
 * none of them it uses {@link Redactor#defaults()}. If anything is wrong, {@link #start()} reports an
 * error to the status manager and does not start, and every event is written as
 * {@code [REDACTION FAILED]}, never as the raw text. Thread-safe once started.
 *
 * @since 0.1.0
 */
public class RedactingEncoder extends EncoderBase<ILoggingEvent> {
  private static final byte[] EMPTY = new byte[0];

  /** An encoder to configure, then {@link #start()}. */
  public RedactingEncoder() {
    // configured through setters
  }

  private final RedactionSettings settings = new RedactionSettings();
  private @Nullable Encoder<ILoggingEvent> encoder;
  /** The class of a nested encoder a second one replaced (Joran keeps the last), or null. */
  private @Nullable String replaced;
  private @Nullable Charset charset;
  private volatile @Nullable EventRedactor redaction;
  private volatile Charset outputCharset = StandardCharsets.UTF_8;
  private volatile boolean asciiCompatible = true;
  private boolean scanOutput;
  private volatile NestedOutput output = NestedOutput.scanned("not started");

  /** The encoder whose output is redacted; a {@code PatternLayoutEncoder} unless a class is given. */
  @DefaultClass(PatternLayoutEncoder.class)
  public void setEncoder(Encoder<ILoggingEvent> encoder) {
    if (this.encoder != null && this.encoder != encoder) {
      replaced = this.encoder.getClass().getSimpleName();
    }
    this.encoder = encoder;
  }

  /** The nested encoder, or null before configuration. */
  public @Nullable Encoder<ILoggingEvent> getEncoder() {
    return encoder;
  }

  /** Overrides the charset used to read the nested encoder's bytes. */
  public void setCharset(Charset charset) {
    this.charset = charset;
  }

  /**
   * Scans the nested encoder's output for every event, not only when its output is unknown (see
   * the class description): also catches secrets in literal pattern text and fields the encoder
   * adds. Costs a second scan per event. Default false.
   */
  public void setScanOutput(boolean scanOutput) {
    this.scanOutput = scanOutput;
  }

  /** Whether every event's output is scanned regardless of the nested encoder. */
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
    if (!settings.checkElements(this, "RedactingEncoder",
        "<encoder>, <scanOutput>, <charset>, <rulesFile>"
        + ", <enable>, <disable>, <rule>, <mask>, <fingerprintKeyEnv>, <fingerprintKeyFile>")) {
      return;
    }
    Encoder<ILoggingEvent> nested = encoder;
    if (replaced != null && nested != null) {
      addError("RedactingEncoder takes one nested <encoder>, but was given two (" + replaced + ", then "
          + nested.getClass().getSimpleName() + "); keep the one you mean. Until this is fixed it writes "
          + Placeholder.TEXT + " instead of log text.");
      return;
    }
    if (nested == null && settings.reportUncreated(this, "RedactingEncoder", "encoder")) {
      return;
    }
    if (nested == null) {
      addError("RedactingEncoder needs a nested <encoder>, for example"
          + " <encoder class=\"dev.redact4j.logback.RedactingEncoder\"><encoder><pattern>%msg%n</pattern></encoder></encoder>");
      return;
    }
    if (nested.getContext() == null) {
      nested.setContext(getContext());
    }
    if (!nested.isStarted()) {
      nested.start();
    }
    // A PatternLayoutEncoder starts even when its pattern does not parse; its layout then writes nothing.
    if (!nested.isStarted() || nested instanceof LayoutWrappingEncoder<ILoggingEvent> lwe
        && lwe.getLayout() != null && !lwe.getLayout().isStarted()) {
      addError("RedactingEncoder: the nested <encoder> did not start; fix the errors reported for it");
      return;
    }
    Redactor redactor = settings.build(this, "RedactingEncoder");
    if (redactor == null) {
      return;
    }
    Charset cs = charset != null ? charset : charsetOf(nested);
    outputCharset = cs;
    asciiCompatible = cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII)
        || cs.equals(StandardCharsets.ISO_8859_1);
    output = NestedOutput.of(nested, redactor).scanning(scanOutput);
    addInfo(output.startInfo("RedactingEncoder"));
    redaction = new EventRedactor(redactor);
    super.start();
  }

  @Override
  public void stop() {
    super.stop();
    Encoder<ILoggingEvent> nested = encoder;
    if (nested != null) {
      nested.stop();
    }
  }

  @Override
  public byte @Nullable [] headerBytes() {
    return redactBytes(encoder == null ? null : safeHeader(true));
  }

  @Override
  public byte @Nullable [] footerBytes() {
    return redactBytes(encoder == null ? null : safeHeader(false));
  }

  private byte @Nullable [] safeHeader(boolean header) {
    Encoder<ILoggingEvent> nested = encoder;
    if (!isStarted() || nested == null) {
      return null;
    }
    return header ? nested.headerBytes() : nested.footerBytes();
  }

  /**
   * The nested encoder's bytes for this event, with every secret hidden. Never throws; writes the
   * placeholder line if not started or if anything fails.
   */
  @Override
  public byte[] encode(ILoggingEvent event) {
    EventRedactor r = redaction;
    Encoder<ILoggingEvent> nested = encoder;
    if (!isStarted() || r == null || nested == null) {
      return Placeholder.lineBytes();
    }
    try {
      NestedOutput o = output;
      // Names are judged whole (each name once, then cached): the encoder may print only part of one,
      // and a thread named after the request URL it serves must not print that URL's token.
      ILoggingEvent safe = r.redact(event, o.printsPattern(), o.printsArguments(), true);
      byte[] bytes = nested.encode(safe);
      // A clean event through a known encoder: the event check is the guarantee, no second scan.
      boolean scan = o.scanAlways() || safe != event || r.needsOutputScan(event, o.serializesObjects());
      byte[] out = scan ? redactBytes(bytes) : bytes;
      return out == null ? EMPTY : out;
    } catch (Exception | LinkageError | StackOverflowError e) { // foreign toString()s may throw anything
      addError("RedactingEncoder: encoding failed (" + e.getClass().getName() + "); wrote " + Placeholder.TEXT);
      return Placeholder.lineBytes();
    }
  }

  private byte @Nullable [] redactBytes(byte @Nullable [] bytes) {
    EventRedactor r = redaction;
    if (bytes == null || bytes.length == 0) {
      return bytes;
    }
    if (r == null) {
      return Placeholder.lineBytes();
    }
    Redactor redactor = r.redactor();
    try {
      if (asciiCompatible && AsciiBytes.isAscii(bytes)) {
        AsciiBytes view = AsciiBytes.view(bytes);
        try {
          if (!redactor.containsSecret(view)) {
            return bytes; // the common case: no decoding, no copy
          }
        } finally {
          view.release();
        }
      }
      Charset cs = outputCharset;
      String text = new String(bytes, cs);
      String redacted = redactor.redact(text);
      return redacted == text ? bytes : redacted.getBytes(cs);
    } catch (RuntimeException e) {
      return Placeholder.lineBytes();
    }
  }

  /**
   * The charset an encoder writes: Logback's {@code charset} property, logstash-logback-encoder's
   * {@code encoding}, else Logback's own default for that encoder.
   */
  private Charset charsetOf(Encoder<ILoggingEvent> nested) {
    if (nested instanceof LayoutWrappingEncoder<ILoggingEvent> lwe) {
      // A LayoutWrappingEncoder without a charset uses String.getBytes(), the platform default.
      return lwe.getCharset() != null ? lwe.getCharset() : Charset.defaultCharset();
    }
    try {
      Method getter = nested.getClass().getMethod("getEncoding");
      if (getter.getReturnType() == String.class) {
        Object name = getter.invoke(nested);
        if (name instanceof String s && !s.isBlank()) {
          return Charset.forName(s);
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // No such property: fall through to UTF-8, what Logback's JsonEncoder writes.
    }
    return StandardCharsets.UTF_8;
  }
}
