package dev.redact4j.internal.engine;

/**
 * A detector that scans the whole text once (user regexes). The engine runs it after the anchor
 * pass, only when one of its keywords occurred or when it has none.
 */
public interface WholeTextDetector {
  /**
   * Adds every span to hide to {@code out}.
   *
   * @throws BudgetExceededException when the detector would read more than it is allowed to
   */
  void findAll(CharSequence text, int rule, SpanBuffer out);
}
