package dev.redact4j.internal.engine;

/**
 * Checks a candidate secret {@code text[start, end)}, for example a checksum or a decode check.
 * Stateless and thread-safe; reads only the candidate and allocates nothing.
 */
@FunctionalInterface
public interface Validator {
  /** Accepts every candidate. */
  Validator ANY = (text, start, end) -> true;

  boolean valid(CharSequence text, int start, int end);

  /** Both checks must pass. */
  default Validator and(Validator other) {
    return (text, start, end) -> valid(text, start, end) && other.valid(text, start, end);
  }
}
