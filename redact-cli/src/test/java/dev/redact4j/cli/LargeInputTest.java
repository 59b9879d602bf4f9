package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Constant memory for any input size: a 50 MB file runs through the real command in a JVM whose heap
 * (32 MB) could not hold it, and the output is checked as it streams past, never collected.
 */
class LargeInputTest {
  private static final long TARGET_BYTES = 50L * 1024 * 1024;
  /** A token every this many lines. */
  private static final int EVERY = 97;

  @TempDir Path dir;

  @Test
  void fiftyMegabytesStreamThroughABoundedHeap() throws Exception {
    FakeSecrets fake = new FakeSecrets(50);
    Path input = dir.resolve("big.log");
    List<String> sample = new ArrayList<>(); // a few planted secrets to look for in the output
    long lines = 0;
    try (BufferedWriter w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      long written = 0;
      while (written < TARGET_BYTES) {
        String line;
        if (lines == 1000) {
          // One 8 MB line without a break: must be handled in segments, not held whole.
          line = ("segment of a very long line with no break " + fake.githubToken() + " ").repeat(100_000);
        } else if (lines % EVERY == 0) {
          String token = fake.githubToken();
          if (sample.size() < 100) {
            sample.add(token);
          }
          line = "2026-01-01T00:00:00.000Z INFO  [main] c.e.Service - calling api with " + token + " ok";
        } else {
          line = "2026-01-01T00:00:00.000Z DEBUG [worker-" + (lines % 8) + "] c.e.Service - processed item "
              + lines + " in 12 ms ünïcödé";
        }
        w.write(line);
        w.write('\n');
        written += line.length() + 1;
        lines++;
      }
    }
    assertThat(Files.size(input)).isGreaterThan(TARGET_BYTES);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx32m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        RedactCommand.class.getName(), "--no-progress", input.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    p.getOutputStream().close();
    long outLines = 0;
    long redacted = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        outLines++;
        if (line.contains("ghp_")) {
          for (String token : sample) {
            assertThat(line).doesNotContain(token);
          }
          assertThat(line).doesNotContainPattern("ghp_[A-Za-z0-9]{36}");
        }
        if (line.contains("[REDACTED:github-pat-classic]")) {
          redacted++;
        }
      }
    }
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(outLines).isEqualTo(lines);
    // Every EVERY-th line holds a token, plus the long line holding many.
    assertThat(redacted).isEqualTo((lines + EVERY - 1) / EVERY + 1);
  }

  @Test
  void stdinIsStreamedWithoutCollectingTheOutput() {
    long total = 20L * 1024 * 1024;
    FakeSecrets fake = new FakeSecrets(5);
    byte[] secretLine = ("token " + fake.githubToken() + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] plainLine = "an ordinary line of text\n".getBytes(StandardCharsets.UTF_8);
    InputStream generated = new InputStream() {
      long produced;
      int line;
      int pos;
      byte[] current = secretLine;

      @Override
      public int read() {
        if (produced >= total && pos == 0) {
          return -1;
        }
        int b = current[pos++];
        if (pos == current.length) {
          pos = 0;
          current = ++line % 10 == 0 ? secretLine : plainLine;
        }
        produced++;
        return b;
      }
    };
    long[] counts = new long[2]; // newlines, bytes
    OutputStream counting = new OutputStream() {
      @Override
      public void write(int b) {
        counts[1]++;
        if (b == '\n') {
          counts[0]++;
        }
      }

      @Override
      public void write(byte[] b, int off, int len) {
        counts[1] += len;
        for (int i = off; i < off + len; i++) {
          if (b[i] == '\n') {
            counts[0]++;
          }
        }
      }
    };

    int code = RedactCommand.run(new String[0], new java.io.BufferedInputStream(generated, 1 << 16), counting,
        OutputStream.nullOutputStream());

    assertThat(code).isZero();
    long inputLines = 0;
    // Recount the input's lines the same way the generator made them.
    long produced = 0;
    int line = 0;
    while (produced < total) {
      produced += (line % 10 == 0 ? secretLine : plainLine).length;
      line++;
      inputLines++;
    }
    assertThat(counts[0]).isEqualTo(inputLines);
    long secrets = (inputLines + 9) / 10;
    long expectedBytes = produced - secrets * secretLine.length
        + secrets * ("token [REDACTED:github-pat-classic]\n").length();
    assertThat(counts[1]).isEqualTo(expectedBytes);
  }
}
