package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines are redacted in batches on worker threads: the output must be what one thread writes, in
 * input order, whatever the batches' sizes and wherever blocks and {@code ::add-mask::} lines fall.
 */
class ParallelRedactionTest {
  private final FakeSecrets fakes = new FakeSecrets(77);

  @Test
  void workersWriteWhatOneThreadWritesInInputOrder() {
    List<String> secrets = new ArrayList<>();
    String masked = fakes.chars("abcdefghijklmnopqrstuvwxyz0123456789", 20);
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 30_000; i++) { // about 2 MB: many batches of 64 Ki characters
      switch (i % 10) {
        case 0 -> {
          String token = fakes.githubToken();
          secrets.add(token);
          log.append(i).append(" INFO using ").append(token).append('\n');
        }
        case 1 -> log.append(i).append(" DEBUG connected, password=").append(record(secrets, fakes.password()))
            .append(" user=bob\r\n");
        case 2 -> log.append("\u001b[36mpassword\u001b[0m=").append(record(secrets, fakes.password())).append('\n');
        case 3 -> log.append(i % 1000 == 3 ? fakes.pem(3) + "\n" : i + " WARN slow query 250 ms\n");
        case 4 -> log.append("  client_secret: |\n    ").append(record(secrets, fakes.password())).append('\n');
        default -> log.append(i).append(" INFO order ").append(i * 7).append(" shipped, trace_id=")
            .append(Integer.toHexString(i * 31)).append(i == 15_005 ? " value " + masked : "").append('\n');
      }
      if (i == 15_000) {
        log.append("::add-mask::").append(masked).append('\n');
      }
    }
    log.append("uses ").append(masked); // no final line break

    CliRun one = CliRun.of(log.toString(), "--threads", "1");
    CliRun four = CliRun.of(log.toString(), "--threads", "4");

    assertThat(four.exitCode()).isZero();
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(four.out().split("\n", -1)).hasSameSizeAs(log.toString().split("\n", -1));
    for (String secret : secrets) {
      assertThat(four.out()).doesNotContain(secret);
    }
    // the masked value is hidden after its command only, as on GitHub
    assertThat(four.out()).contains("15005 INFO order 105035 shipped, trace_id=" + Integer.toHexString(15_005 * 31)
        + " value [REDACTED:known-secret]").endsWith("uses [REDACTED:known-secret]");
  }

  @Test
  void aMaskedValueBeforeItsCommandInTheSameBatchStaysAsOnGitHub() {
    String masked = fakes.chars("abcdefghijklmnopqrstuvwxyz0123456789", 20);
    String log = "echo " + masked + "\n::add-mask::" + masked + "\necho " + masked + "\n";

    CliRun run = CliRun.of(log, "--threads", "3");

    assertThat(run.out()).isEqualTo("echo " + masked + "\n::add-mask::[REDACTED:github-actions-add-mask]\n"
        + "echo [REDACTED:known-secret]\n");
  }

  @Test
  void aThreadCountBelowOneIsAUsageError() {
    CliRun run = CliRun.of("x\n", "--threads", "0");

    assertThat(run.exitCode()).isEqualTo(RedactCommand.EXIT_USAGE);
    assertThat(run.err()).contains("--threads must be 1 or more");
  }

  private static String record(List<String> secrets, String secret) {
    secrets.add(secret);
    return secret;
  }
}
