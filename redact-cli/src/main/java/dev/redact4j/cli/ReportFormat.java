package dev.redact4j.cli;

/** Output formats of {@code redact scan}. */
enum ReportFormat {
  /** {@code path:line:column: rule-id fingerprint}, one finding a line, like a compiler. */
  TEXT,
  /** One JSON object a line. */
  JSONL,
  /** One SARIF 2.1.0 log, for code-scanning UIs. */
  SARIF
}
