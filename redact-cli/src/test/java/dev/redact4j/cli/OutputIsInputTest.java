package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code redact *.log > all.log} run a second time, or {@code redact app.log >> app.log}: an input that
 * is the file stdout is redirected to would be read while the run appends to it, and grow until the
 * disk is full. It is named and skipped instead, as {@code cat} does. Runs the real command in a JVM
 * whose stdout is the file.
 */
class OutputIsInputTest {
  private final FakeSecrets fake = new FakeSecrets(23);
  @TempDir Path dir;

  @Test
  void anInputThatIsStdoutsFileIsSkippedNotReadWhileItGrows() throws Exception {
    Path other = Files.writeString(dir.resolve("a.log"), "a " + fake.githubToken() + "\n");
    Path all = dir.resolve("all.log");
    // More than the output buffer, so that what is written comes back to be read again.
    String line = "an earlier run's output, redacted [REDACTED:github-pat-classic]\n";
    Files.writeString(all, line.repeat(4096));
    long before = Files.size(all);

    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), RedactCommand.class.getName(), "--no-progress",
        other.toString(), all.toString())
        .redirectOutput(ProcessBuilder.Redirect.appendTo(all.toFile()))
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    p.getOutputStream().close();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (p.isAlive() && Files.size(all) < 4 * before && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    boolean grew = p.isAlive();
    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

    assertThat(grew).as("still reading its own output").isFalse();
    assertThat(p.exitValue()).isEqualTo(RedactCommand.EXIT_USAGE);
    assertThat(Files.readString(all)).isEqualTo(line.repeat(4096) + "a [REDACTED:github-pat-classic]\n");
    assertThat(Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8))
        .contains(InputSource.display(all) + ": is also the output").contains("-o");
  }
}
