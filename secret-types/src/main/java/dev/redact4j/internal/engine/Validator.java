package dev.redact4j.internal.engine;

/** Checks a candidate secret, for example a checksum. Stateless and thread-safe. */
@FunctionalInterface
public interface Validator {
  Validator ANY = (text, start, end) -> true;

  boolean valid(CharSequence text, int start, int end);
}
