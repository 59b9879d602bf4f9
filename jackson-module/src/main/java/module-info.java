/**
 * redact4j for Jackson: {@code dev.redact4j.jackson} for Jackson 2, {@code dev.redact4j.jackson3}
 * for Jackson 3. Both Jackson lines are optional ({@code requires static}); each package uses only
 * its own line, and each line's service loader only instantiates its own module, so an application
 * with one line never loads a class of the other.
 */
module dev.redact4j.jackson {
  requires transitive dev.redact4j;
  requires static transitive com.fasterxml.jackson.databind;
  requires static transitive tools.jackson.databind;
  requires static org.jspecify;

  exports dev.redact4j.jackson;
  exports dev.redact4j.jackson3;

  provides com.fasterxml.jackson.databind.Module with dev.redact4j.jackson.RedactionModule;
  provides tools.jackson.databind.JacksonModule with dev.redact4j.jackson3.RedactionModule;
}
