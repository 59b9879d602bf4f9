package dev.redact4j.cli;

import dev.redact4j.Finding;
import dev.redact4j.KnownSecrets;
import dev.redact4j.Redactor;
import dev.redact4j.SecretString;
import java.util.HashSet;
import java.util.Set;

/**
 * The values a GitHub Actions log registers with {@code ::add-mask::}, to be hidden wherever they
 * occur later in the run, as the runner hides them: the catalog's {@code github-actions-add-mask}
 * rule hides the value on the command's own line only, and a raw log (a self-hosted runner's, or one
 * from {@code act}) still holds it in later lines. Lines before the command are not changed, as on
 * GitHub. At most {@link #MAX_VALUES} values are kept, since each costs a pass over every later line.
 *
 * <p>Not thread-safe; one per run of {@code redact}.
 */
final class MaskedValues {
  static final String COMMAND = "::add-mask::";
  static final String RULE = "github-actions-add-mask";
  /** GitHub masks values of any length; shorter than this they would blank out ordinary words. */
  static final int MIN_LENGTH = 4;
  static final int MAX_VALUES = 256;

  private final KnownSecrets registry = KnownSecrets.create(MIN_LENGTH);
  /**
   * Strong references: the registry holds its values weakly. A set (of equal values), so that a value
   * met again (a Secret printed by every job of a log) neither uses up the limit nor costs another pass.
   */
  private final Set<SecretString> values = new HashSet<>();

  /** The registry to build the run's redactor with. */
  KnownSecrets registry() {
    return registry;
  }

  /**
   * Registers {@code value} to be hidden wherever it appears from now on, as a Kubernetes Secret's
   * value is; false when it cannot be (shorter than {@link #MIN_LENGTH}, or {@link #MAX_VALUES} others held).
   */
  boolean add(String value) {
    SecretString secret = SecretString.of(value);
    if (values.contains(secret)) {
      return true;
    }
    if (values.size() >= MAX_VALUES || !registry.register(secret)) {
      return false;
    }
    values.add(secret);
    return true;
  }

  /** Registers the values that {@code text} (a line or a block, already redacted) adds a mask for. */
  void learn(Redactor redactor, CharSequence text) {
    if (values.size() >= MAX_VALUES || LineGrouper.indexOf(text, COMMAND, 0) < 0) {
      return;
    }
    for (Finding f : redactor.scan(text)) {
      if (f.ruleId().equals(RULE) && values.size() < MAX_VALUES) {
        SecretString value = SecretString.of(text.subSequence(f.start(), f.end()));
        if (!values.contains(value) && registry.register(value)) {
          values.add(value);
        }
      }
    }
  }
}
