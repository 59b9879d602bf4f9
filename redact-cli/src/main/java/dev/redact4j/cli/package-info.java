/**
 * The {@code redact} command: {@code redact [FILE...]} streams text to its redacted form line by
 * line, and {@code redact scan [PATH...]} reports where secrets are (file, line, column, rule id and
 * keyed fingerprint) as text, JSON lines or SARIF. Nothing here prints a secret: output is either
 * redacted text or positions and fingerprints. Every class is package-private; the entry point is
 * {@link dev.redact4j.cli.RedactCommand#main(String[])}.
 */
@NullMarked
package dev.redact4j.cli;

import org.jspecify.annotations.NullMarked;
