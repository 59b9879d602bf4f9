/**
 * redact4j for Logback: a redacting encoder, layout, pattern converter and appender.
 *
 * <p>Only {@code dev.redact4j.logback} is exported. Logback and SLF4J are supplied by the
 * application.
 */
module dev.redact4j.logback {
  // Transitive: the exported classes extend Logback types (an application has Logback anyway).
  requires transitive ch.qos.logback.classic;
  requires transitive ch.qos.logback.core;
  requires org.slf4j;
  requires dev.redact4j;
  requires static transitive org.jspecify;

  exports dev.redact4j.logback;
}
