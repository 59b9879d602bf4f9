/**
 * The public API of redact4j.
 *
 * <ul>
 *   <li>{@link dev.redact4j.SecretString} and {@link dev.redact4j.SecretBytes}: values whose every text
 *       form is a fixed mask;</li>
 *   <li>{@link dev.redact4j.Secrets}: loads secrets from the environment, system properties and files
 *       instead of source code, and {@link dev.redact4j.SecretProvider} to plug in other stores;</li>
 *   <li>{@link dev.redact4j.Redactor}: the linear-time, fail-closed engine that every adapter
 *       (Logback, Log4j 2, Jackson, the CLI) calls to hide secrets in text.</li>
 * </ul>
 *
 * <p>Unless a parameter or return value is annotated {@code @Nullable}, it is never null.
 */
@NullMarked
package dev.redact4j;

import org.jspecify.annotations.NullMarked;
