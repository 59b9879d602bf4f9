package dev.redact4j.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

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

  Io(InputStream in, OutputStream out, OutputStream err) {
    this.in = in;
    this.out = out;
    this.outText = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
  }
}
