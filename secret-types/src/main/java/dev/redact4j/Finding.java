package dev.redact4j;

import java.util.Objects;

/**
 * Where a rule found a secret in a text: the rule id and the span, never the secret itself.
 *
 * <p>{@link #fingerprint()} is a keyed HMAC-SHA-256 of the secret, cut to 8 hex digits, so that two
 * findings of the same secret can be matched (for example against a baseline) without storing or
 * printing it. It reveals nothing without the {@link Redactor}'s fingerprint key.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Finding {
  private final String ruleId;
  private final int start;
  private final int end;
  private final String fingerprint;

  Finding(String ruleId, int start, int end, String fingerprint) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.start = start;
    this.end = end;
    this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** The id of the rule that matched, for example {@code github-pat-classic}. */
  public String ruleId() {
    return ruleId;
  }

  /** Index of the first hidden character in the scanned text. */
  public int start() {
    return start;
  }

  /** Index just past the last hidden character in the scanned text. */
  public int end() {
    return end;
  }

  /** Keyed fingerprint of the hidden text: 8 lowercase hex digits. */
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f
        && f.start == start
        && f.end == end
        && f.ruleId.equals(ruleId)
        && f.fingerprint.equals(fingerprint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, start, end, fingerprint);
  }

  /** Shows the rule, the span and the fingerprint; never the secret. */
  @Override
  public String toString() {
    return "Finding[rule=" + ruleId + ", start=" + start + ", end=" + end + ", fingerprint=" + fingerprint + "]";
  }
}
