/**
 * Keeps secrets out of JSON written by Jackson 2 ({@code com.fasterxml.jackson}): register
 * {@link dev.redact4j.jackson.RedactionModule} (or let {@code ObjectMapper.findAndRegisterModules()}
 * find it) and {@code SecretString}, {@code SecretBytes}, {@code @Redacted} members and values under
 * sensitive names are written as {@value dev.redact4j.SecretString#MASK}.
 *
 * <p>Also holds {@link dev.redact4j.jackson.RedactionFeature}, which has no Jackson type and is shared
 * with the Jackson 3 module in {@code dev.redact4j.jackson3}. Every class here that refers to Jackson
 * refers to Jackson 2 only, so this package works without Jackson 3 on the class path.
 */
@NullMarked
package dev.redact4j.jackson;

import org.jspecify.annotations.NullMarked;
