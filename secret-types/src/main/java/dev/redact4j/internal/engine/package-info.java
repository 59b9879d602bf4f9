/**
 * The matching engine behind {@link dev.redact4j.Redactor}: one Aho–Corasick pass over all rule
 * anchors, then bounded verification near each hit. Not exported; no compatibility promise.
 *
 * <p>Every detector reads at most a fixed window around its anchor, so the work for a text is linear
 * in its length whatever the text holds.
 */
@NullMarked
package dev.redact4j.internal.engine;

import org.jspecify.annotations.NullMarked;
