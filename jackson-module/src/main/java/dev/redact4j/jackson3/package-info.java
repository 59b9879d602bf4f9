/**
 * Keeps secrets out of JSON written by Jackson 3 ({@code tools.jackson}): register
 * {@link dev.redact4j.jackson3.RedactionModule} (or let {@code JsonMapper.builder().findAndAddModules()}
 * find it). Behaves exactly like the Jackson 2 module in {@code dev.redact4j.jackson}, whose
 * {@link dev.redact4j.jackson.RedactionFeature} it shares. Every class here that refers to Jackson
 * refers to Jackson 3 only, so this package works without Jackson 2 databind on the class path
 * (Jackson 3 itself still uses the 2.x {@code jackson-annotations}).
 */
@NullMarked
package dev.redact4j.jackson3;

import org.jspecify.annotations.NullMarked;
