package dev.redact4j.cli;

import dev.redact4j.Redactor;
import dev.redact4j.RuleDescription;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keyed fingerprints of whole texts with the same key as the scan's {@link Redactor}, for findings
 * the CLI makes itself and for the baseline's key check value. Built from a redactor whose only rule
 * matches the whole text, so the HMAC stays the engine's (no second implementation here).
 *
 * <p>Immutable and thread-safe.
 */
final class KeyedFingerprinter {
  /** Fingerprinted to tell whether a baseline was written with the same key; says nothing of the key. */
  private static final String KEY_CHECK_TEXT = "redact4j fingerprint key check v1";
  private static final String WHOLE_TEXT_RULE = "redact4j-cli-whole-text";

  private final Redactor whole;

  KeyedFingerprinter(byte[] key) {
    Set<String> builtIns = new LinkedHashSet<>();
    for (RuleDescription r : Redactor.newBuilder().knownSecrets(null).build().rules()) {
      builtIns.add(r.id());
    }
    Redactor.Builder b = Redactor.newBuilder().knownSecrets(null).fingerprintKey(key);
    if (!builtIns.isEmpty()) {
      b.disable(builtIns.toArray(new String[0]));
    }
    this.whole = b.addRegexRule(WHOLE_TEXT_RULE, "(?s).+").build();
  }

  /** 8 hex digits: the keyed HMAC of {@code text}, as {@link dev.redact4j.Finding#fingerprint()}. */
  String of(CharSequence text) {
    List<dev.redact4j.Finding> findings = whole.scan(text);
    return findings.size() == 1 ? findings.get(0).fingerprint() : "00000000";
  }

  /** The key check value: the fingerprint of a fixed public text. */
  String keyCheck() {
    return of(KEY_CHECK_TEXT);
  }
}
