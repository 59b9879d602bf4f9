/**
 * The redact4j demo: an example application that logs generated, obviously fake secrets through
 * Logback and Log4j 2, once through a plain layout and once through redact4j, and prints both side by
 * side. Run it with {@code ./bin/demo}.
 */
@NullMarked
package dev.redact4j.demo;

import org.jspecify.annotations.NullMarked;
