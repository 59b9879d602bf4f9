/**
 * redact4j for Log4j 2: a redacting layout, the {@code %scrub} pattern converter and a rewrite
 * policy, configured in {@code log4j2.xml}.
 *
 * <p>Only {@code dev.redact4j.log4j2} is exported. It is opened to Log4j Core, which injects the
 * plugin builders' fields by reflection.
 */
@SuppressWarnings("module") // named after its package; the "2" is part of the product name Log4j 2
module dev.redact4j.log4j2 {
  requires dev.redact4j;
  // Our public types extend and return Log4j types, so readers of this module must read Log4j too.
  requires transitive org.apache.logging.log4j;
  requires transitive org.apache.logging.log4j.core;
  requires static transitive org.jspecify;

  exports dev.redact4j.log4j2;

  opens dev.redact4j.log4j2 to org.apache.logging.log4j.core;
}
