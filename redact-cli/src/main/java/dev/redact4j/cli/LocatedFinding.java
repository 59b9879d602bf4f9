package dev.redact4j.cli;

/**
 * A finding placed in a file: 1-based line and column of its first character, and the line and
 * column just past its last one (columns in UTF-16 units, as SARIF counts by default). Holds the
 * rule id and the keyed fingerprint, never the secret.
 */
record LocatedFinding(String path, long line, int column, long endLine, int endColumn, String ruleId,
    String fingerprint) {}
