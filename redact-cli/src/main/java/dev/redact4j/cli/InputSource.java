package dev.redact4j.cli;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One input: a file or stdin, opened for reading as UTF-8 (invalid bytes read as U+FFFD, so bytes
 * never leak through undecoded), with a look at its first 8 KiB to tell binary files (a NUL byte)
 * from text, and a byte count for the progress bar.
 */
final class InputSource implements AutoCloseable {
  private static final int SNIFF = 8192;

  final String name;
  final long size;
  private final BufferedInputStream in;
  private final TerminalProgress progress;
  private long read;

  private InputSource(String name, long size, InputStream raw, TerminalProgress progress) {
    this.name = name;
    this.size = size;
    this.in = new BufferedInputStream(raw, 1 << 16);
    this.progress = progress;
  }

  /**
   * Opens {@code path}, or stdin for {@code "-"}.
   *
   * @throws CliException naming the file and the reason when it cannot be read
   */
  static InputSource open(String path, InputStream stdin, TerminalProgress progress) {
    if (path.equals("-")) {
      return new InputSource("<stdin>", -1, stdin, progress);
    }
    Path p = Path.of(path);
    String name = display(p);
    if (Files.isDirectory(p)) {
      throw new CliException(name + ": is a folder; give files (redact scan walks folders)");
    }
    try {
      return new InputSource(name, Files.size(p), Files.newInputStream(p), progress);
    } catch (IOException e) {
      throw new CliException(name + ": " + reason(e));
    }
  }

  /** A path as reported: as given, normalised, with '/' separators. */
  static String display(Path p) {
    String s = p.normalize().toString().replace(p.getFileSystem().getSeparator(), "/");
    return s.isEmpty() ? "." : s;
  }

  /** Why a file could not be read, in a few words without a stack trace. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return "cannot read (" + e.getClass().getSimpleName() + (m == null ? "" : ": " + m) + ")";
  }

  /**
   * Whether the first 8 KiB (of a pipe: what the first read brings) hold a NUL byte: then this is
   * not text (or not UTF-8 text).
   */
  boolean looksBinary() throws IOException {
    in.mark(SNIFF);
    byte[] head = new byte[SNIFF];
    // One read: it waits for the first bytes only, then takes what has arrived. A pipe from
    // `tail -f` may not bring 8 KiB for a long time, and the lines before must not wait for it.
    int n = Math.max(0, in.read(head, 0, SNIFF));
    in.reset();
    for (int i = 0; i < n; i++) {
      byte b = head[i];
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  Reader reader() {
    progress.start(name, size);
    return new InputStreamReader(new FilterInputStream(in) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          read += n;
          progress.advance(read);
        }
        return n;
      }
    }, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    progress.finish();
    in.close();
  }
}
