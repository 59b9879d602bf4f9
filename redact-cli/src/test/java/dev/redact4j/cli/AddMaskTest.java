package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GitHub Actions step registers a value with {@code ::add-mask::} so that the runner hides it in
 * every later line of the log; {@code redact} does the same for the rest of its run, since a raw log
 * (a self-hosted runner's, or one from {@code act}) still holds the value in later lines.
 */
class AddMaskTest {
  private static final String VALUE = "gJwFoitp" + "ugL6SXS5B_tD-Q";
  @TempDir Path dir;

  @Test
  void aMaskedValueIsHiddenInLaterLinesAndLaterInputs() throws IOException {
    String log = "2026-11-29T10:10:00.0Z before: " + VALUE + "\n"
        + "2026-11-29T10:10:00.1Z ::add-mask::" + VALUE + "\n"
        + "2026-11-29T10:10:01.1Z + echo \"" + VALUE + "\" | base64 -d\n"
        + "2026-11-29T10:10:01.2Z token=" + VALUE + "&next=1\r\n";
    Path first = Files.writeString(dir.resolve("job.log"), log, StandardCharsets.UTF_8);
    Path second = Files.writeString(dir.resolve("next.log"), "uses " + VALUE + "\n", StandardCharsets.UTF_8);

    CliRun run = CliRun.of("", first.toString(), second.toString());

    assertThat(run.exitCode()).isZero();
    // as on GitHub, a line before the command is not changed by it
    assertThat(run.out()).isEqualTo("2026-11-29T10:10:00.0Z before: " + VALUE + "\n"
        + "2026-11-29T10:10:00.1Z ::add-mask::[REDACTED:github-actions-add-mask]\n"
        + "2026-11-29T10:10:01.1Z + echo \"[REDACTED:known-secret]\" | base64 -d\n"
        // where a rule finds the value too, its name is the mask's
        + "2026-11-29T10:10:01.2Z token=[REDACTED:token-assignment]&next=1\r\n"
        + "uses [REDACTED:known-secret]\n");
  }

  @Test
  void aValueMaskedAgainIsKeptOnceSoTheLimitIsNotUsedUpByRepeats() {
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < MaskedValues.MAX_VALUES; i++) {
      log.append("::add-mask::").append(VALUE).append('\n'); // every job of a long log masks it again
    }
    String other = "Zq9xW2kP" + "7vLmQ4rT";
    log.append("::add-mask::").append(other).append('\n').append("echo ").append(other).append('\n');

    assertThat(CliRun.of(log.toString()).out()).endsWith("echo [REDACTED:known-secret]\n");
  }

  @Test
  void aRunDoesNotLeaveMaskedValuesBehindForTheNextRun() {
    CliRun.of("::add-mask::" + VALUE + "\n");

    assertThat(CliRun.of("echo " + VALUE + "\n").out()).isEqualTo("echo " + VALUE + "\n");
  }
}
