/**
 * Keeps secrets out of Logback output, configured from {@code logback.xml} alone.
 *
 * <p>Four components share one configuration vocabulary and one engine ({@link dev.redact4j.Redactor}):
 * {@link dev.redact4j.logback.RedactingEncoder} wraps an encoder (pattern or JSON),
 * {@link dev.redact4j.logback.RedactingLayout} wraps a layout,
 * {@link dev.redact4j.logback.RedactingConverter} is the {@code %redact(...)} pattern word, and
 * {@link dev.redact4j.logback.RedactingAppender} hands attached appenders a redacted copy of each
 * event. Each builds its redactor once in {@code start()}, reports problems to Logback's status
 * manager, and, when it could not start, writes a placeholder instead of the log text.
 */
@NullMarked
package dev.redact4j.logback;

import org.jspecify.annotations.NullMarked;
