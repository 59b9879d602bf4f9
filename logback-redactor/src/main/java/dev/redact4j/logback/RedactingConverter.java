package dev.redact4j.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.pattern.LineSeparatorConverter;
import ch.qos.logback.classic.pattern.NopThrowableInformationConverter;
import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import ch.qos.logback.core.pattern.Converter;
import ch.qos.logback.core.pattern.ConverterUtil;
import ch.qos.logback.core.pattern.LiteralConverter;
import dev.redact4j.Redactor;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code %redact(...)} pattern word: prints what its children print, with every secret hidden.
 *
 * <pre>{@code
 * <conversionRule conversionWord="redact" class="dev.redact4j.logback.RedactingConverter"/>
 * <encoder>
 *   <pattern>%d %-5level %logger - %redact(%msg%n%ex)</pattern>
 * </encoder>
 * }</pre>
 *
 * <p>The children render a redacted copy of the event when it holds a secret (so {@code %X{password}}
 * or {@code %kvp} inside are safe too), and their output is redacted again as text. Thread and logger
 * names are judged whole before the children print them, so a word that prints only part of one
 * ({@code %.30thread}) cannot cut a secret out of the output check's sight.
 *
 * <p><b>Stack traces.</b> Logback appends {@code %ex} to any pattern that prints no throwable, and
 * that {@code %ex} would print exception messages unredacted. Put the throwable inside, as in
 * {@code %redact(%msg%n%ex)}. When the children print no throwable and no throwable word follows in
 * the pattern, this converter claims the throwable (so Logback appends nothing) and prints it itself,
 * redacted, where Logback would have printed its own: at the end of the pattern (of the enclosing
 * word's children when it is nested in one), so clean events are written as without it. A
 * throwable word after it but outside any {@code %redact}
 * (for example {@code %redact(%msg)%n%ex}) prints raw messages: that is reported as a status error.
 * Nested in another word ({@code %cyan(%redact(%msg))}), it sees only the words inside that word: a
 * throwable word after the enclosing word is neither seen nor reported, and prints the trace again.
 * Use {@code %nopex} outside to print no stack trace at all. In a {@code SyslogAppender}'s patterns
 * it claims nothing (they start with {@code %nopex}) and warns that the appender sends stack trace
 * lines itself, unredacted: a {@code RedactingAppender} in front of it covers them. Nor does it
 * claim one in an {@code HTMLLayout}'s pattern (the layout prints stack traces in rows of its own,
 * unredacted: a {@code RedactingLayout} around the {@code HTMLLayout} covers them) or in
 * logstash-logback-encoder's pattern providers (its stack trace providers print the throwable).
 *
 * <p><b>Options.</b> With no options it uses {@link Redactor#defaults()}. Options are
 * {@code name=value}: {@code rulesFile}, {@code enable}, {@code disable}, {@code mask},
 * {@code fingerprintKeyEnv}, {@code fingerprintKeyFile}, e.g.
 * {@code %redact(%msg){rulesFile=/etc/app/redact4j.rules, mask=fingerprint}}. Custom regex rules
 * belong in the rules file (commas in a regex would split the option list). If an option is wrong,
 * {@link #start()} reports a status error and the converter prints {@code [REDACTION FAILED]}.
 *
 * @since 0.1.0
 */
public class RedactingConverter extends CompositeConverter<ILoggingEvent> {
  private final RedactionSettings settings = new RedactionSettings();
  private boolean childHandlesThrowable;
  /** What it prints when it cannot redact: the placeholder, ending the line if its children would. */
  private String failedText = Placeholder.TEXT;
  private volatile @Nullable EventRedactor redaction;
  /** Prints the event's throwable when no other converter in the pattern does; else null. */
  private volatile @Nullable ThrowableHandlingConverter throwableConverter;
  /** Whether the {@link ClaimedThrowable} that prints it was added to the end of the pattern. */
  private boolean claimedThrowableAdded;

  /** A converter; Logback's pattern compiler creates and configures it. */
  public RedactingConverter() {
    // A bare %redact (no parentheses) gets no setChildConverter call: claim the throwable anyway,
    // so Logback appends no raw %ex behind it; start() then reports the missing words.
    super.setChildConverter(new ThrowableClaim());
  }

  /**
   * Called by Logback's pattern compiler. When the children print no throwable, a
   * {@link ThrowableClaim} is put first so that Logback does not append an unredacted {@code %ex}.
   */
  @Override
  public void setChildConverter(@Nullable Converter<ILoggingEvent> child) {
    childHandlesThrowable = handlesThrowable(child, false);
    for (Converter<ILoggingEvent> c = child; c != null; c = c.getNext()) {
      if (c instanceof LineSeparatorConverter) {
        failedText = Placeholder.LINE;
      }
    }
    if (childHandlesThrowable) {
      super.setChildConverter(child);
    } else {
      ThrowableClaim claim = new ThrowableClaim();
      claim.setNext(child);
      super.setChildConverter(claim);
    }
  }

  @Override
  public void start() {
    if (getChildConverter() instanceof ThrowableClaim claim && claim.getNext() == null) {
      addError("%redact has no words inside it, so it would redact nothing: put the words to redact in"
          + " parentheses, e.g. %redact(%msg%n%ex). Until this is fixed it prints " + Placeholder.TEXT);
      return;
    }
    List<String> options = getOptionList();
    if (options != null) {
      for (String option : options) {
        String error = settings.applyOption(option);
        if (error != null) {
          addError("%redact cannot start: " + error + ". Until this is fixed it prints " + Placeholder.TEXT);
          return;
        }
      }
    }
    Redactor redactor = settings.build(this, "%redact");
    if (redactor == null) {
      return;
    }
    if (getNext() instanceof LiteralConverter<ILoggingEvent> literal) {
      String text = literal.convert(null);
      if (text != null && text.startsWith("%")) {
        String word = text.split("[^%A-Za-z]", 2)[0];
        addWarn("%redact(...) is directly followed by '" + word + "', which Logback reads as an escaped '%' and"
            + " prints as text (Logback issue 835). Write %redact(...){}" + word + ", put a space between them,"
            + " or move it inside, e.g. %redact(%msg%n%ex)");
      }
    }
    Host host = startingHost();
    if (host != null && host.warning != null) {
      addWarn(host.warning);
    }
    // These hosts append no %ex to the pattern, so there is nothing to claim; they print stack
    // traces, if at all, outside the pattern, so this converter prints none either.
    if (!childHandlesThrowable && !handlesThrowable(getNext(), true) && host == null) {
      ThrowableHandlingConverter tc = getContext() instanceof LoggerContext lc && lc.isPackagingDataEnabled()
          ? new ExtendedThrowableProxyConverter() : new ThrowableProxyConverter();
      tc.setContext(getContext());
      tc.start();
      throwableConverter = tc;
      if (!claimedThrowableAdded) {
        // Where EnsureExceptionHandling would have put %ex, so clean events print as without
        // %redact. The chain is compiled by now; a plain Converter needs no start.
        ConverterUtil.findTail(this).setNext(new ClaimedThrowable(this));
        claimedThrowableAdded = true;
      }
    }
    redaction = new EventRedactor(redactor);
    super.start();
  }

  /**
   * Components that build and start a pattern layout in their own {@code start()} without
   * Logback's appended {@code %ex}, printing stack traces, if at all, outside the pattern.
   */
  private enum Host {
    SYSLOG("ch.qos.logback.classic.net.SyslogAppender", "%redact in a SyslogAppender's pattern hides secrets only"
        + " in what the pattern prints. The SyslogAppender sends each stack trace line itself, outside its patterns,"
        + " with exception messages unredacted: put a dev.redact4j.logback.RedactingAppender in front of it (then no"
        + " %redact is needed), or set <throwableExcluded>true</throwableExcluded> on it"),
    /**
     * Prints stack traces in rows of its own, unredacted. No warning: Logback (1.5) gives an
     * HTMLLayout's converters no context, so no status message would arrive; docs/logback.md says it.
     */
    HTML("ch.qos.logback.core.html.HTMLLayoutBase", null),
    /** logstash-logback-encoder's pattern providers; its stack trace providers print the throwable. */
    LOGSTASH_PATTERN("net.logstash.logback.pattern.PatternLayoutAdapter", null);

    final String className;
    final @Nullable String warning;

    Host(String className, @Nullable String warning) {
      this.className = className;
      this.warning = warning;
    }
  }

  /** The {@link Host} starting this converter (found on the stack), or null for an ordinary layout. */
  private static @Nullable Host startingHost() {
    try {
      return StackWalker.getInstance().walk(frames -> frames.limit(MAX_START_FRAMES)
          .map(RedactingConverter::host).filter(h -> h != null).findFirst().orElse(null));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static @Nullable Host host(StackWalker.StackFrame frame) {
    for (Host h : Host.values()) {
      if (h.className.equals(frame.getClassName())) {
        return h;
      }
    }
    return null;
  }

  /** How far up the stack a host starting its layout can be (a few Logback frames). */
  private static final long MAX_START_FRAMES = 32;

  /**
   * Tells whether a converter chain prints throwables. With {@code report}, a throwable word that is
   * not inside a {@code %redact} is reported, because it prints exception messages unredacted.
   */
  private boolean handlesThrowable(@Nullable Converter<ILoggingEvent> head, boolean report) {
    for (Converter<ILoggingEvent> c = head; c != null; c = c.getNext()) {
      if (c instanceof ThrowableHandlingConverter) {
        if (report && !(c instanceof NopThrowableInformationConverter)) {
          addError("A throwable word (%ex, %xEx, ...) follows %redact(...) outside of it and prints exception"
              + " messages unredacted; move it inside, e.g. %redact(%msg%n%ex), or use %nopex");
        }
        return true;
      }
      if (c instanceof RedactingConverter) {
        // It prints the throwable redacted, or a later converter does; it reports what follows it.
        return true;
      }
      if (c instanceof CompositeConverter<ILoggingEvent> cc && handlesThrowable(cc.getChildConverter(), report)) {
        return true;
      }
    }
    return false;
  }

  /** What the children print for a redacted copy of the event, redacted again; never throws. */
  @Override
  public String convert(ILoggingEvent event) {
    EventRedactor r = redaction;
    if (!isStarted() || r == null) {
      return failedText;
    }
    try {
      return super.convert(safeCopy(r, event)); // its output is redacted as well
    } catch (RuntimeException | StackOverflowError e) {
      return failedText;
    }
  }

  /**
   * The claimed throwable, redacted; empty when there is none, or when this converter did not start
   * (it fails closed: no stack trace). Never throws.
   */
  String claimedThrowable(ILoggingEvent event) {
    EventRedactor r = redaction;
    ThrowableHandlingConverter tc = throwableConverter;
    if (!isStarted() || r == null || tc == null || event.getThrowableProxy() == null) {
      return "";
    }
    try {
      return r.redactText(tc.convert(safeCopy(r, event)));
    } catch (RuntimeException | StackOverflowError e) {
      return Placeholder.LINE;
    }
  }

  /**
   * What the children see: every text judged, names too (a child may print only part of one, as
   * {@code %.30thread} does). Objects are not copied to their text, as pattern words print only the
   * formatted message, never an argument on its own.
   */
  private static ILoggingEvent safeCopy(EventRedactor r, ILoggingEvent event) {
    return r.redact(event, true, true, true);
  }

  /** Prints a {@link RedactingConverter}'s claimed throwable at the end of the pattern. */
  private static final class ClaimedThrowable extends Converter<ILoggingEvent> {
    private final RedactingConverter owner;

    ClaimedThrowable(RedactingConverter owner) {
      this.owner = owner;
    }

    @Override
    public String convert(ILoggingEvent event) {
      return owner.claimedThrowable(event);
    }
  }

  @Override
  protected String transform(ILoggingEvent event, String in) {
    EventRedactor r = redaction;
    return r == null ? Placeholder.TEXT : r.redactText(in);
  }

  /** Names the word in status messages (Logback's own would list the children, ThrowableClaim first). */
  @Override
  public String toString() {
    return "%redact";
  }

  @Override
  public void stop() {
    ThrowableHandlingConverter tc = throwableConverter;
    if (tc != null) {
      tc.stop();
    }
    super.stop();
  }
}
