package dev.redact4j.bench;

import java.util.function.IntFunction;

/**
 * A set-up check that keeps the adapter comparisons honest: every contender must hide every secret
 * of the dense messages (otherwise it would be doing less work) and must print clean messages
 * unchanged.
 */
final class Checks {
  private Checks() {}

  /**
   * @param masks false for the plain baseline, which is expected to print secrets
   * @param output the contender's output for event {@code i}, which carries {@code messages[i]}
   * @throws IllegalStateException naming the event when the contender is misconfigured
   */
  static void outputHidesSecrets(Corpus.Message[] messages, boolean masks, IntFunction<String> output) {
    for (int i = 0; i < messages.length; i++) {
      String out = output.apply(i);
      Corpus.Message m = messages[i];
      if (masks && m.secret() != null && out.contains(m.secret())) {
        throw new IllegalStateException("event " + i + " still shows its secret: the contender is misconfigured"
            + " and the comparison would be unfair");
      }
      if (m.secret() == null && !out.contains(firstLine(m.text()))) {
        throw new IllegalStateException("clean event " + i + " lost its message: " + out);
      }
    }
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }
}
