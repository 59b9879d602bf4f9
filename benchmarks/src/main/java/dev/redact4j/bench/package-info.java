/**
 * JMH benchmarks of redact4j beside the alternatives (plain output, {@code java.util.regex},
 * RE2/J and the incumbent masking features of each logging host), all fed from one seeded input
 * generator, {@link dev.redact4j.bench.Corpus}. Never deployed; run with {@code benchmarks/run.sh}.
 */
@NullMarked
package dev.redact4j.bench;

import org.jspecify.annotations.NullMarked;
