package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code kubectl logs -f my-pod | redact} and {@code tail -f app.log | redact}: each line is written
 * as soon as it has been read, not when 64 KiB have piled up or the input ends.
 */
class StreamingTest {
  private final FakeSecrets fake = new FakeSecrets(17);

  @Test
  void writesEachLineBeforeWaitingForTheNext() throws Exception {
    String token = fake.githubToken();
    PipedOutputStream feed = new PipedOutputStream();
    PipedInputStream stdin = new PipedInputStream(feed, 1 << 16);
    ByteArrayOutputStream stdout = new ByteArrayOutputStream(); // synchronized
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
        () -> RedactCommand.run(new String[0], stdin, stdout, stderr));
    try {
      feed.write(("first line with " + token + "\n").getBytes(StandardCharsets.UTF_8));
      feed.flush();

      String expected = "first line with [REDACTED:github-pat-classic]\n";
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (!stdout.toString(StandardCharsets.UTF_8).equals(expected) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(stdout.toString(StandardCharsets.UTF_8)).as("written while the input is still open")
          .isEqualTo(expected);

      feed.write("second line\n".getBytes(StandardCharsets.UTF_8));
    } finally {
      feed.close();
    }
    assertThat(run.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .isEqualTo("first line with [REDACTED:github-pat-classic]\nsecond line\n");
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
