package dev.redact4j.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Runs the real command line on captured streams. */
record CliRun(int exitCode, String out, String err, byte[] outBytes) {
  static CliRun of(String stdin, String... args) {
    return of(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  static CliRun of(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = RedactCommand.run(args, new ByteArrayInputStream(stdin), out, err);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), out.toByteArray());
  }

  /** Everything the user sees. */
  String all() {
    return out + err;
  }
}
