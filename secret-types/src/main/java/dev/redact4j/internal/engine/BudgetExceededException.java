package dev.redact4j.internal.engine;

/** Thrown when a user regex reads more characters than its budget allows. */
public final class BudgetExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BudgetExceededException(String message) {
    super(message, null, false, false);
  }
}
