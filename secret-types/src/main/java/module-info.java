/**
 * redact4j core: secret value types, secret loaders and the redaction engine.
 *
 * <p>Only {@code dev.redact4j} is exported; the engine and its catalog live in
 * {@code dev.redact4j.internal.*} and may change in any release. This module has no runtime
 * dependencies.
 */
module dev.redact4j {
  requires static transitive org.jspecify;

  exports dev.redact4j;

  uses dev.redact4j.SecretProvider;
}
