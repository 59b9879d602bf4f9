package dev.redact4j.cli;

import dev.redact4j.Finding;
import dev.redact4j.KnownSecrets;
import dev.redact4j.Redactor;
import dev.redact4j.SecretString;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Values to hide in later lines. Those a GitHub Actions log registers with {@code ::add-mask::} are
 * hidden wherever they occur later in the run, as the runner hides them: the catalog's
 * {@code github-actions-add-mask} rule hides the value on the command's own line only, and a raw log (a
 * self-hosted runner's, or one from {@code act}) still holds it in later lines. Lines before the command
 * are not changed, as on GitHub. At most {@link #MAX_VALUES} values are kept, since each costs a pass over
 * every later line.
 *
 * <p>Echoes ({@link #learnEchoes}): a value that the engine hid only because of its context (a key, a
 * label) is looked for in the next {@link #ECHO_LINES} lines too, where it may come again without one:
 * Spring Boot's failure report prints a bound value, then repeats it in its {@code Reason:} line; an
 * exception's message repeats what a line above logged under its key.
 *
 * <p>Not thread-safe; one per run of {@code redact}.
 */
final class MaskedValues {
  static final String COMMAND = "::add-mask::";
  static final String RULE = "github-actions-add-mask";
  /** GitHub masks values of any length; shorter than this they would blank out ordinary words. */
  static final int MIN_LENGTH = 4;
  static final int MAX_VALUES = 256;
  /** For how many lines after it an echo is looked for: a stack trace's causes, a report's later fields. */
  static final int ECHO_LINES = 64;
  /** At most this many echoes are looked for at a time (each costs a pass over every line); the oldest give way. */
  static final int MAX_ECHOES = 32;
  /** Shorter values are not looked for again: they would blank out ordinary words. */
  static final int ECHO_MIN_LENGTH = 8;
  /** Longer ones are no value a line repeats (a whole key block). */
  static final int ECHO_MAX_LENGTH = 512;
  /** A key under which the engine hides only a value that looks generated (its token-assignment rule). */
  private static final String TOKEN_PROBE = "token=";

  private final KnownSecrets registry = KnownSecrets.create(MIN_LENGTH);
  /**
   * Strong references: the registry holds its values weakly. A set (of equal values), so that a value
   * met again (a Secret printed by every job of a log) neither uses up the limit nor costs another pass.
   */
  private final Set<SecretString> values = new HashSet<>();
  /** The echoes looked for, by value, in the order they stop being looked for. */
  private final LinkedHashMap<String, Echo> echoes = new LinkedHashMap<>();
  /** Lines handled so far in the run. */
  private long lines;

  /** An echo: the registered secret (held strongly here) and the line count at which it is dropped. */
  private static final class Echo {
    final SecretString secret;
    long until;

    Echo(SecretString secret) {
      this.secret = secret;
    }
  }

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

  /** Counts {@code count} lines handled, and stops looking for the echoes learned {@link #ECHO_LINES} lines ago. */
  void advance(int count) {
    lines += count;
    Iterator<Map.Entry<String, Echo>> it = echoes.entrySet().iterator();
    while (it.hasNext()) {
      Echo echo = it.next().getValue();
      if (echo.until > lines) {
        return;
      }
      it.remove();
      drop(echo);
    }
  }

  /**
   * Looks for the values the engine hides in {@code text} (a line or a block it found a secret in) in the
   * next {@link #ECHO_LINES} lines too, except those it hides wherever they stand (a vendor's token: its
   * rule finds it again), those shorter than {@link #ECHO_MIN_LENGTH}, and those that do not look
   * generated: without both a digit and a letter, or not hidden as a token ({@code token=<value>}). A word
   * the engine took for a value ({@code based.}, {@code self.headers.get}, {@code Proxy-Authorization})
   * would blank out ordinary text for the next lines. A value found again re-arms its echo, unless only as
   * an echo.
   */
  void learnEchoes(Redactor redactor, String text) {
    for (Finding f : redactor.scan(text)) {
      int length = f.end() - f.start();
      if (length < ECHO_MIN_LENGTH || length > ECHO_MAX_LENGTH || f.ruleId().equals(Redactor.KNOWN_SECRET_RULE)) {
        continue;
      }
      String value = text.substring(f.start(), f.end());
      Echo echo = echoes.remove(value);
      if (echo == null) {
        if (!digitAndLetter(value) || redactor.containsSecret(value) || !redactor.containsSecret(TOKEN_PROBE + value)
            || values.contains(SecretString.of(value))) {
          continue;
        }
        echo = new Echo(SecretString.of(value));
        if (!registry.register(echo.secret)) {
          continue;
        }
        if (echoes.size() >= MAX_ECHOES) {
          Iterator<Echo> oldest = echoes.values().iterator();
          drop(oldest.next());
          oldest.remove();
        }
      }
      echo.until = lines + ECHO_LINES;
      echoes.put(value, echo); // last: the order of expiry
    }
  }

  private static boolean digitAndLetter(String value) {
    boolean digit = false;
    boolean letter = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      digit |= c >= '0' && c <= '9';
      letter |= Character.isLetter(c);
    }
    return digit && letter;
  }

  private void drop(Echo echo) {
    registry.unregister(echo.secret); // by identity: the same value registered by ::add-mask:: stays
  }

}
