package dev.redact4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The process's standard streams, passed in so tests can run the real commands on captured streams.
 * Text goes out as UTF-8 whatever the platform's default charset.
 */
final class Io {
  final InputStream in;
  final OutputStream out;
  /** Help and listings to stdout; flushed before {@link #out} is written directly. */
  final PrintWriter outText;
  final PrintWriter err;
  /** A path naming the file or pipe {@link #out} writes to ({@code /dev/stdout}), or null when unknown. */
  private final @Nullable Path outPath;

  Io(InputStream in, OutputStream out, OutputStream err) {
    this(in, out, err, null);
  }

  Io(InputStream in, OutputStream out, OutputStream err, @Nullable Path outPath) {
    this.in = in;
    this.outPath = outPath;
    this.out = out;
    this.outText = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
  }

  /**
   * Whether {@code file} is the file {@link #out} writes to ({@code redact *.log > all.log} run again):
   * reading it would read the run's own output, more of it the more is written.
   */
  boolean isOutput(Path file) {
    Path o = outPath;
    if (o == null) {
      return false;
    }
    try {
      return Files.isRegularFile(o) && Files.isSameFile(file, o);
    } catch (IOException | SecurityException e) {
      return false; // no such file, or stdout is not one: opening it says what is wrong
    }
  }
}
