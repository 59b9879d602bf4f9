package dev.redact4j.bench;

import java.util.function.IntFunction;

/**
 * A set-up check that keeps the adapter comparisons honest: every masking contender must hide the
 * secrets of the dense messages (otherwise it would be doing less work) and must print clean messages
 * unchanged. A contender that lets more than {@value #TOLERATED_PERCENT}% of the secrets through is
 * misconfigured and the benchmark refuses to run; fewer survivors (a detector's blind spot rather
 * than a broken set-up) are reported on standard error, which the JMH log keeps.
 */
final class Checks {
  static final int TOLERATED_PERCENT = 2;

  private Checks() {}

  /**
   * @param masks false for the plain baseline, which is expected to print secrets
   * @param output the contender's output for event {@code i}, which carries {@code messages[i]}
   * @throws IllegalStateException naming the event when the contender is misconfigured
   */
  static void outputHidesSecrets(Corpus.Message[] messages, boolean masks, IntFunction<String> output) {
    int survived = 0;
    int secrets = 0;
    StringBuilder which = new StringBuilder();
    for (int i = 0; i < messages.length; i++) {
      String out = output.apply(i);
      Corpus.Message m = messages[i];
      if (m.secret() != null) {
        secrets++;
        if (masks && out.contains(m.secret())) {
          survived++;
          which.append(' ').append(i);
        }
      }
      if (m.secret() == null && !out.contains(firstLine(m.text()))) {
        throw new IllegalStateException("clean event " + i + " lost its message: " + out);
      }
    }
    if (survived * 100 > secrets * TOLERATED_PERCENT) {
      throw new IllegalStateException(survived + " of " + secrets + " secrets survive (events" + which
          + "): the contender is misconfigured and the comparison would be unfair");
    }
    if (survived > 0) {
      System.err.println("WARNING: " + survived + " of " + secrets + " generated secrets survive this contender"
          + " (events" + which + ")");
    }
  }

  /**
   * JSON output read back as text for the checks: undoes the escapes the generated messages can
   * produce (quotes, newlines, tabs), so that a message or secret is found in its JSON string.
   */
  static String jsonText(String json) {
    return json.replace("\\\"", "\"").replace("\\n", "\n").replace("\\t", "\t");
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }
}
