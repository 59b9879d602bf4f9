package dev.redact4j.log4j2;

import dev.redact4j.Redactor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.impl.LocationAware;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.core.pattern.ConverterKeys;
import org.apache.logging.log4j.core.pattern.EncodingPatternConverter;
import org.apache.logging.log4j.core.pattern.FormattingInfo;
import org.apache.logging.log4j.core.pattern.LineSeparatorPatternConverter;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.MapPatternConverter;
import org.apache.logging.log4j.core.pattern.MaxLengthConverter;
import org.apache.logging.log4j.core.pattern.MdcPatternConverter;
import org.apache.logging.log4j.core.pattern.MessagePatternConverter;
import org.apache.logging.log4j.core.pattern.PatternConverter;
import org.apache.logging.log4j.core.pattern.PatternFormatter;
import org.apache.logging.log4j.core.pattern.RegexReplacementConverter;
import org.apache.logging.log4j.core.pattern.ThrowablePatternConverter;
import org.apache.logging.log4j.core.pattern.VariablesNotEmptyReplacementConverter;
import org.apache.logging.log4j.util.PerformanceSensitive;
import org.apache.logging.log4j.util.Strings;
import org.jspecify.annotations.Nullable;

/**
 * {@code %scrub{pattern}}: formats {@code pattern} and hides every secret in the result, e.g.
 * {@code %d %p %c - %scrub{%m%n%ex}}. Settings follow as {@code key=value} options, with the names
 * of the other plugins' attributes: {@code %scrub{%m}{mask=fingerprint}{fingerprintKeyEnv=FP_KEY}}.
 * Custom regex rules belong in a {@code rulesFile}, since braces inside options end them.
 *
 * <p><b>Why {@code scrub}.</b> When a converter key is unknown, Log4j uses the longest built-in key
 * that prefixes it, so without this plugin {@code %redact{%m}} would become {@code %red} (a colour)
 * and print the raw message. No prefix of {@code scrub} is a built-in key, so if this plugin is
 * missing Log4j reports an unrecognized specifier and prints no part of the wrapped pattern.
 *
 * <p><b>Exceptions.</b> If {@code pattern} contains {@code %m} (also nested, as in
 * {@code %enc{%m}{CRLF}}) but no exception converter, this
 * converter writes the event's exception after it, redacted, as {@code PatternLayout} would at the end
 * of the line ({@code %ex}, starting a new line unless {@code pattern} ends with {@code %n}, and then
 * without the trace's last line break, which the {@code %n} after {@code %scrub{%m}} adds); otherwise
 * Log4j would append the exception outside, unredacted. A converter cannot see a layout that prints
 * no exceptions ({@code alwaysWriteExceptions="false"}); there, write {@code %scrub{%m%ex{none}}}.
 *
 * <p><b>Escaping, rewriting, cutting, values without keys.</b> When {@code pattern} holds an
 * {@code %enc}, which may escape a secret out of every shape the scan of the output knows
 * ({@code %enc{%m}{HTML}} writes {@code &quot;}), a {@code %replace}, which may rewrite one out of them
 * ({@code %replace{%m}{[\r\n]+}{|}} joins the lines of a YAML block), cuts text ({@code %maxLen}, a
 * precision as in {@code %.30m}: a token cut short is no longer a token's shape), or prints a value without the key that makes it a secret
 * ({@code %X{password}}, {@code %K{password}}, a {@code ${ctx:password}} lookup), the event's fields are
 * judged first, and an event holding a secret is formatted from its redacted copy.
 *
 * <p><b>Fails closed.</b> With a missing sub-pattern or bad settings it reports the fix to the status
 * logger and writes {@code [REDACTION FAILED]} in place of its output. Thread-safe; on clean events it
 * allocates nothing beyond what the sub-pattern does.
 *
 * @since 0.1.0
 */
@Plugin(name = "RedactingPatternConverter", category = PatternConverter.CATEGORY)
@ConverterKeys({RedactingPatternConverter.KEY})
@PerformanceSensitive("allocation")
public final class RedactingPatternConverter extends LogEventPatternConverter implements LocationAware {
  /** The converter key, {@value}. */
  public static final String KEY = "scrub";

  private final PatternFormatter[] formatters;
  private final @Nullable Redactor redactor;
  /**
   * Set when the sub-pattern escapes text ({@code %enc{%m}{HTML}} writes {@code password=&quot;v&quot;}),
   * rewrites it ({@code %replace} joining a YAML block's lines), cuts it ({@code %maxLen{%m}{40}} or
   * {@code %.30m} may print most of a token but not its whole shape) or prints a ThreadContext or map value without its key ({@code %X{password}},
   * {@code ${ctx:password}}, {@code %K{password}}), all of which the scan of its output cannot see
   * through: the event's fields are judged first, and an event holding a secret is formatted from its
   * redacted copy.
   */
  private final boolean fieldsFirst;
  /**
   * Judges the event's fields: all of them when {@link #fieldsFirst}, else only {@code char[]}
   * parameters, which the message prints one character at a time, out of any rule's reach.
   */
  private final @Nullable EventRedaction events;
  private final boolean handlesThrowable;
  /**
   * Set when this converter appended the exception on a line of its own after a sub-pattern that
   * does not end one ({@code %scrub{%m}%n}): the trace's last line separator is dropped, since the
   * pattern goes on after it, as in Log4j's own output, where the trace follows the whole line.
   */
  private final boolean traceEndsOutside;
  /** What a broken converter prints: the placeholder, ending the line if its pattern would have. */
  private final String failedText;

  private RedactingPatternConverter(PatternFormatter[] formatters, @Nullable Redactor redactor,
      @Nullable String pattern, boolean fieldsFirst, boolean appendsThrowable, boolean traceEndsOutside) {
    super("Scrub", KEY);
    this.formatters = formatters;
    this.traceEndsOutside = traceEndsOutside;
    this.redactor = redactor;
    this.fieldsFirst = fieldsFirst;
    this.events = redactor == null ? null : new EventRedaction(redactor);
    this.failedText = RedactionSettings.FAILED
        + (pattern != null && pattern.contains("%n") ? System.lineSeparator() : "");
    boolean handles = false;
    for (PatternFormatter f : formatters) {
      handles |= f.handlesThrowable();
    }
    // A broken converter claims the exception too, so PatternLayout does not append it raw. So does
    // one that appended the exception itself: Log4j before 2.25 does not report that the appended
    // %n%ex (VariablesNotEmptyReplacementConverter) handles it, and would then print it a second time, raw.
    this.handlesThrowable = handles || appendsThrowable || redactor == null;
  }

  /**
   * Creates the converter for {@code %scrub{pattern}{key=value}...}; never returns null.
   *
   * @param config the configuration, for the sub-pattern's converters
   * @param options the sub-pattern, then settings
   */
  public static RedactingPatternConverter newInstance(@Nullable Configuration config, String @Nullable [] options) {
    String name = "%" + KEY;
    if (options == null || options.length == 0 || options[0].isBlank()) {
      return failed(name, "it needs a pattern to redact, e.g. %" + KEY + "{%m}", null);
    }
    OptionSettings settings = new OptionSettings();
    String known = "options are {key=value} with key rulesFile, enable, disable, mask, fingerprintKeyEnv or"
        + " fingerprintKeyFile";
    Set<String> given = new HashSet<>();
    for (int i = 1; i < options.length; i++) {
      // Never print an option's value: a lookup resolved into it may be a key ({fingerprintKey=${env:K}}).
      String option = options[i];
      int eq = option.indexOf('=');
      if (eq < 0) {
        return failed(name, "option " + i + " (the {...} number " + i + " after the pattern) is not {key=value}; "
            + known, options[0]);
      }
      String key = option.substring(0, eq).strip();
      // A second {disable=...} would silently replace the first (Logback's %redact applies both).
      if (!given.add(key)) {
        boolean list = key.equals("enable") || key.equals("disable");
        return failed(name, "option {" + key + "=...} is given twice; " + (list
            ? "list several names in one: {" + key + "=github, jwt}" : "give it once"), options[0]);
      }
      if (!settings.set(key, option.substring(eq + 1))) {
        String why = key.equalsIgnoreCase("fingerprintKey")
            ? "a pattern is printed in diagnostics, so a key does not belong in one; " : "";
        return failed(name, "unknown option {" + key + "=...}; " + why + known, options[0]);
      }
    }
    Redactor redactor = settings.buildRedactor(name);
    if (redactor == null) {
      return new RedactingPatternConverter(PatternFormatter.EMPTY_ARRAY, null, options[0], false, false, false);
    }
    try {
      List<PatternFormatter> list = new ArrayList<>(PatternLayout.createPatternParser(config).parse(options[0]));
      boolean hasThrowable = false;
      for (PatternFormatter f : list) {
        hasThrowable |= f.handlesThrowable();
      }
      // %m at the top or nested in another converter: %enc{%m}{CRLF}, %maxLen{%m}{500}
      List<@Nullable Class<?>> words = PatternWords.converters(config, options[0]);
      boolean hasMessage = !hasThrowable && words.contains(MessagePatternConverter.class);
      List<@Nullable Class<?>> keyed = PatternWords.withOption(config, options[0]);
      boolean fieldsFirst = words.contains(EncodingPatternConverter.class) || words.contains(MaxLengthConverter.class)
          || words.contains(RegexReplacementConverter.class)
          || PatternWords.truncates(options[0]) || keyed.contains(MdcPatternConverter.class)
          || keyed.contains(MapPatternConverter.class) || options[0].contains("${");
      boolean traceEndsOutside = false;
      if (hasMessage && !hasThrowable) {
        // As PatternLayout (2.26) appends it: %ex, on a line of its own unless the pattern already ends one.
        boolean endsLine = !list.isEmpty()
            && list.get(list.size() - 1).getConverter() instanceof LineSeparatorPatternConverter;
        list.add(new PatternFormatter(endsLine ? ThrowablePatternConverter.newInstance(config, Strings.EMPTY_ARRAY)
            : VariablesNotEmptyReplacementConverter.newInstance(config, new String[] {"%n%ex"}),
            FormattingInfo.getDefault()));
        traceEndsOutside = !endsLine;
      }
      return new RedactingPatternConverter(list.toArray(PatternFormatter.EMPTY_ARRAY), redactor, options[0],
          fieldsFirst, hasMessage, traceEndsOutside);
    } catch (RuntimeException e) {
      return failed(name, "its pattern cannot be parsed (" + e.getClass().getSimpleName() + ")", options[0]);
    }
  }

  private static RedactingPatternConverter failed(String name, String problem, @Nullable String pattern) {
    RedactionSettings.fail(name, problem);
    return new RedactingPatternConverter(PatternFormatter.EMPTY_ARRAY, null, pattern, false, false, false);
  }

  @Override
  public void format(LogEvent event, StringBuilder toAppendTo) {
    Redactor r = redactor;
    if (r == null) {
      toAppendTo.append(failedText);
      return;
    }
    Scratch scratch = Scratch.acquire();
    try {
      StringBuilder text = scratch.text;
      LogEvent source = event;
      EventRedaction fields = events;
      if (fields != null && (fieldsFirst ? fields.judge(event, scratch, false) != EventRedaction.CLEAN
          : fields.heldTextDirty(event.getMessage(), scratch))) {
        source = fields.redact(event);
      }
      text.setLength(0); // judging may have used it
      PatternFormatter[] all = formatters;
      int last = all.length - 1;
      for (int i = 0; i < last; i++) {
        all[i].format(source, text);
      }
      if (last >= 0) {
        int before = text.length();
        all[last].format(source, text);
        if (traceEndsOutside && text.length() > before) {
          dropLineSeparator(text);
        }
      }
      r.redactTo(text, toAppendTo);
    } catch (RuntimeException | StackOverflowError e) {
      toAppendTo.append(failedText);
    } finally {
      scratch.release();
    }
  }

  private static void dropLineSeparator(StringBuilder text) {
    String separator = System.lineSeparator();
    int at = text.length() - separator.length();
    if (at >= 0 && text.indexOf(separator, at) == at) {
      text.setLength(at);
    }
  }

  @Override
  public boolean handlesThrowable() {
    return handlesThrowable;
  }

  @Override
  public boolean requiresLocation() {
    for (PatternFormatter f : formatters) {
      if (f.requiresLocation()) {
        return true;
      }
    }
    return false;
  }

  /** Whether this converter was configured correctly; when false it writes only placeholders. */
  public boolean isWorking() {
    return redactor != null;
  }

  /** The shared settings, filled from pattern options instead of XML attributes. */
  private static final class OptionSettings extends RedactionSettings<OptionSettings> {}

  /**
   * {@code %redact{...}}, the name of redact4j's Logback converter, which users write in
   * {@code log4j2.xml} too: it fails closed like a misconfigured {@code %scrub} and names the fix.
   * Without it Log4j reads {@code %redact} as {@code %red} (ANSI red) and prints the raw text; that
   * is also why the Log4j converter is not called {@code redact}, and why this is no alias: a
   * pattern that works only while this jar is present would print raw text when it is not.
   *
   * @since 0.1.0
   */
  @Plugin(name = "RedactMisnamedConverter", category = PatternConverter.CATEGORY)
  @ConverterKeys({Misnamed.KEY})
  public static final class Misnamed extends LogEventPatternConverter {
    /** The converter key, {@value}. */
    public static final String KEY = "redact";

    private final String failedText;

    private Misnamed(String failedText) {
      super("Redact", KEY);
      this.failedText = failedText;
    }

    /**
     * Reports the fix and returns a converter that writes only {@code [REDACTION FAILED]}.
     *
     * @param config unused
     * @param options the sub-pattern and settings the user gave
     */
    public static Misnamed newInstance(@Nullable Configuration config, String @Nullable [] options) {
      RedactionSettings.fail("%" + KEY, "this is the Logback converter's name; in Log4j write %"
          + RedactingPatternConverter.KEY + "{...} with the same sub-pattern and {key=value} options");
      String pattern = options == null || options.length == 0 ? null : options[0];
      return new Misnamed(RedactionSettings.FAILED
          + (pattern != null && pattern.contains("%n") ? System.lineSeparator() : ""));
    }

    @Override
    public void format(LogEvent event, StringBuilder toAppendTo) {
      toAppendTo.append(failedText);
    }

    /** Claims the exception, so that PatternLayout does not append it raw. */
    @Override
    public boolean handlesThrowable() {
      return true;
    }
  }
}
