package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A value the engine hides because of its key comes back on a later line without one: Spring Boot's
 * failure report prints a bound value, then repeats it in its {@code Reason:} line; an exception's
 * message repeats what was logged above. {@code redact} looks for such a value in the next
 * {@value MaskedValues#ECHO_LINES} lines.
 */
class EchoedValuesTest {
  private static final String VALUE = "Zq8fK2pL" + "9xWm4TcR";

  @Test
  void aValueHiddenUnderItsKeyIsHiddenWhereALaterLineRepeatsIt() {
    String report = "Failed to bind properties under 'app.datasource.password' to java.util.UUID:\n"
        + "\n"
        + "    Property: app.datasource.password\n"
        + "    Value: \"" + VALUE + "\"\n"
        + "    Origin: class path resource [application.properties] - 3:26\n"
        + "    Reason: failed to convert java.lang.String to java.util.UUID (caused by"
        + " java.lang.IllegalArgumentException: Invalid UUID string: " + VALUE + ")\n";

    String out = CliRun.of(report).out();

    assertThat(out).doesNotContain(VALUE)
        .contains("    Value: \"[REDACTED:password-assignment]\"\n")
        .contains("Invalid UUID string: [REDACTED:known-secret])\n");
  }

  @Test
  void aLineBeforeTheValuesOwnLineIsNotChanged() {
    String log = "retrying with " + VALUE + "\n"
        + "password=" + VALUE + "\n"
        + "auth failed for " + VALUE + "\n";

    assertThat(CliRun.of(log).out()).isEqualTo("retrying with " + VALUE + "\n"
        + "password=[REDACTED:password-assignment]\n"
        + "auth failed for [REDACTED:known-secret]\n");
  }

  @Test
  void aPlainWordUnderAKeyIsNotLookedForAgain() {
    // the engine hides any password, but a word (or a value with no digit) would blank out ordinary text
    String log = "password: changeme\n"
        + "the default changeme is in the docs\n";

    assertThat(CliRun.of(log).out()).isEqualTo("password: [REDACTED:password-assignment]\n"
        + "the default changeme is in the docs\n");
  }

  @Test
  void anEchoIsLookedForOnlyInTheLinesRightAfterItsValue() {
    StringBuilder log = new StringBuilder("password=" + VALUE + "\n");
    for (int i = 1; i < MaskedValues.ECHO_LINES; i++) {
      log.append(i == 1 ? "echo " + VALUE : "line " + i).append('\n');
    }
    log.append("late " + VALUE + "\n"); // the bound keeps a long log's lines cheap

    String out = CliRun.of(log.toString()).out();

    assertThat(out).contains("echo [REDACTED:known-secret]\n").endsWith("late " + VALUE + "\n");
  }

  @Test
  void aValueFoundUnderItsKeyAgainIsLookedForAnew() {
    StringBuilder log = new StringBuilder("password=" + VALUE + "\n");
    for (int i = 1; i < MaskedValues.ECHO_LINES; i++) {
      log.append(i == MaskedValues.ECHO_LINES / 2 ? "password=" + VALUE : "line " + i).append('\n');
    }
    log.append("late " + VALUE + "\n");

    assertThat(CliRun.of(log.toString()).out()).endsWith("late [REDACTED:known-secret]\n");
  }

  @Test
  void aRunDoesNotLeaveEchoesBehindForTheNextRun() {
    CliRun.of("password=" + VALUE + "\n");

    assertThat(CliRun.of("echo " + VALUE + "\n").out()).isEqualTo("echo " + VALUE + "\n");
  }
}
