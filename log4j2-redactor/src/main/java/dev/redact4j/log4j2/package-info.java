/**
 * Log4j 2 plugins that keep secrets out of log output, all thin shells over one
 * {@link dev.redact4j.Redactor}.
 *
 * <ul>
 *   <li>{@link dev.redact4j.log4j2.RedactingLayout} ({@code <RedactingLayout>}) wraps any text layout,
 *       {@code PatternLayout} or {@code JsonTemplateLayout} included, and redacts what it writes;</li>
 *   <li>{@link dev.redact4j.log4j2.RedactingPatternConverter} ({@code %scrub{...}}) redacts part of a
 *       pattern;</li>
 *   <li>{@link dev.redact4j.log4j2.RedactingRewritePolicy} ({@code <RedactingRewritePolicy>}) gives the
 *       {@code <Rewrite>} appender a redacted copy of each event, for appenders without a layout.</li>
 * </ul>
 *
 * <p>All three share one configuration vocabulary ({@code rulesFile}, {@code enable}, {@code disable},
 * {@code mask}, {@code fingerprintKeyEnv}, {@code fingerprintKeyFile}, {@code fingerprintKey} and
 * nested {@link dev.redact4j.log4j2.RedactionRule} elements); with none of it they use
 * {@link dev.redact4j.Redactor#defaults()}. A misconfigured plugin reports the fix through Log4j's
 * {@code StatusLogger} and then writes {@code [REDACTION FAILED]} placeholders, never the raw event.
 * See {@code docs/log4j2.md}.
 */
@NullMarked
package dev.redact4j.log4j2;

import org.jspecify.annotations.NullMarked;
