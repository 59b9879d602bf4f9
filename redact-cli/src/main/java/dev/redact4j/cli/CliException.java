package dev.redact4j.cli;

/**
 * A problem the user can fix (a bad option, a missing or unreadable file). Printed as one line
 * {@code redact: <message>}, never with a stack trace. Messages name paths and options, never a
 * secret.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int exitCode;

  CliException(String message) {
    this(message, RedactCommand.EXIT_USAGE);
  }

  CliException(String message, int exitCode) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }
}
