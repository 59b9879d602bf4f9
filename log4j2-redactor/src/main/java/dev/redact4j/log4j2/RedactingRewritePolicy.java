package dev.redact4j.log4j2;

import dev.redact4j.Redactor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.rewrite.RewritePolicy;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderFactory;
import org.apache.logging.log4j.core.config.plugins.PluginConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * A policy for the {@code <Rewrite>} appender that passes on a redacted copy of each event holding a
 * secret, for appenders that write events without a layout (or with one you cannot wrap):
 *
 * <pre>{@code
 * <Rewrite name="Safe">
 *   <AppenderRef ref="Kafka"/>
 *   <RedactingRewritePolicy rulesFile="/etc/app/redact4j.rules"/>
 * </Rewrite>
 * }</pre>
 *
 * <p>The copy has the message (formatted text, format and parameters; map messages stay maps),
 * ThreadContext map and stack, marker, logger and thread names redacted, and the thrown exception
 * replaced by a redacted stand-in keeping class names and stack frames, across causes and suppressed
 * exceptions. Events without secrets are passed on as they are. The original event is never mutated.
 *
 * <p><b>Fails closed.</b> Misconfigured (see the status log), or if redaction fails, it passes on an
 * event carrying only the time, level, logger and {@code [REDACTION FAILED]} as message and thread name.
 * Thread-safe.
 *
 * <p>When the first event passes, it reports loggers that also reference an appender behind its
 * {@code <Rewrite>}: those hand that appender their events unredacted ({@link RewriteBypass}).
 *
 * @since 0.1.0
 */
@Plugin(name = "RedactingRewritePolicy", category = Node.CATEGORY, elementType = "rewritePolicy", printObject = true)
public final class RedactingRewritePolicy implements RewritePolicy {
  private final @Nullable EventRedaction events;
  private final @Nullable RewriteBypass bypass;
  private final @Nullable Configuration configuration;
  /** Whether the loggers were checked; only once the configuration is built, so at the first event. */
  private final AtomicBoolean checked = new AtomicBoolean();

  private RedactingRewritePolicy(@Nullable Redactor redactor, @Nullable Node node,
      @Nullable Configuration configuration) {
    this.events = redactor == null ? null : new EventRedaction(redactor);
    this.bypass = RewriteBypass.of(node);
    this.configuration = configuration;
  }

  /** A builder for {@code <RedactingRewritePolicy>}. */
  @PluginBuilderFactory
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Whether this policy was configured correctly; when false it passes on only placeholders. */
  public boolean isWorking() {
    return events != null;
  }

  @Override
  public LogEvent rewrite(LogEvent source) {
    RewriteBypass check = bypass;
    Configuration config = configuration;
    if (check != null && config != null && !checked.get() && checked.compareAndSet(false, true)) {
      try {
        check.report(config);
      } catch (RuntimeException e) {
        RedactionSettings.STATUS.warn("<RedactingRewritePolicy>: could not check the loggers' appender references", e);
      }
    }
    EventRedaction redaction = events;
    if (redaction == null) {
      return EventRedaction.placeholder(source);
    }
    try {
      return redaction.redact(source);
    } catch (RuntimeException | StackOverflowError e) {
      return EventRedaction.placeholder(source);
    }
  }

  @Override
  public String toString() {
    return "RedactingRewritePolicy[" + (events == null ? "misconfigured" : events.redactor()) + "]";
  }

  /**
   * Builds a {@link RedactingRewritePolicy} from the shared redaction settings. {@link #build()} never
   * returns null and never throws: a misconfigured policy reports why and then fails closed, because a
   * {@code <Rewrite>} appender without a policy would pass events on unredacted.
   */
  public static final class Builder extends RedactionSettings<Builder>
      implements org.apache.logging.log4j.core.util.Builder<RedactingRewritePolicy> {
    @PluginConfiguration
    private @Nullable Configuration configuration;

    private Builder() {}

    /** The configuration the policy is part of, injected by Log4j. */
    public Builder setConfiguration(Configuration configuration) {
      this.configuration = configuration;
      return this;
    }

    @Override
    public RedactingRewritePolicy build() {
      return new RedactingRewritePolicy(buildRedactor("<RedactingRewritePolicy>"), node(), configuration);
    }
  }
}
