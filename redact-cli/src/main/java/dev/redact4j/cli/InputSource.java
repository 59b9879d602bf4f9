package dev.redact4j.cli;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * One input: a file or stdin, opened for reading as UTF-8 whose invalid bytes are kept
 * ({@link EscapedBytes}), or as UTF-16 when it starts with a UTF-16 byte order mark, with a look
 * at its first 8 KiB to tell binary and compressed files from text, and a byte count for the progress
 * bar. A gzip-compressed input (logrotate's {@code app.log.1.gz}) is read decompressed; the byte count
 * is of the compressed bytes, as the size is.
 */
final class InputSource implements AutoCloseable {
  private static final int SNIFF = 8192;

  final String name;
  final long size;
  private final BufferedInputStream in;
  /** The decompressed text of a gzip input, set by {@link #notText()}; null for any other input. */
  private @Nullable BufferedInputStream gunzipped;
  private final TerminalProgress progress;
  private long read;
  /** How the bytes are decoded: UTF-8, unless {@link #notText()} saw a UTF-16 byte order mark. */
  private Charset charset = StandardCharsets.UTF_8;

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
      if (!Files.isRegularFile(p) && Files.exists(p)) {
        // A FIFO, /dev/stdin, bash's <(...): Files.newInputStream would ask the pipe for its position
        // ("Illegal seek"); a FileInputStream reads it as stdin is read, of unknown size.
        return new InputSource(name, -1, new FileInputStream(p.toFile()), progress);
      }
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
   * What the input is when it is not text, or null for text. Compressed data is recognised by its
   * magic number, so that the message can say how to read it (and so that a small compressed file
   * with no NUL byte is not "redacted" as garbage); anything else holding a NUL byte in the first
   * 8 KiB (of a pipe: what the first read brings) is binary.
   */
  @Nullable NotText notText() throws IOException {
    in.mark(SNIFF);
    byte[] head = new byte[SNIFF];
    // One read: it waits for the first bytes only, then takes what has arrived. A pipe from
    // `tail -f` may not bring 8 KiB for a long time, and the lines before must not wait for it.
    int n = Math.max(0, in.read(head, 0, SNIFF));
    in.reset();
    if (isUtf16ByteOrderMark(head, n)) {
      // PowerShell 5 and many Windows tools write UTF-16, whose ASCII text is half NUL bytes.
      charset = StandardCharsets.UTF_16; // reads the mark, and the byte order from it
      return null;
    }
    if (GZIP.opens(head, n)) {
      return gunzip();
    }
    for (NotText compressed : COMPRESSED) {
      if (compressed.opens(head, n)) {
        return compressed;
      }
    }
    return holdsNul(head, n) ? BINARY : null;
  }

  /**
   * Reads the input through gzip from here on and looks at the start of what it holds: text, or
   * binary (a {@code .tar.gz}). Several gzip members one after another (logrotate's {@code delaycompress}
   * with appends) read as one text.
   */
  private @Nullable NotText gunzip() throws IOException {
    BufferedInputStream text = new BufferedInputStream(new GZIPInputStream(counted(), 1 << 16), 1 << 16);
    gunzipped = text;
    text.mark(SNIFF);
    byte[] head = new byte[SNIFF];
    int n = Math.max(0, text.read(head, 0, SNIFF));
    text.reset();
    if (isUtf16ByteOrderMark(head, n)) {
      charset = StandardCharsets.UTF_16;
      return null;
    }
    return holdsNul(head, n) ? GZIPPED_BINARY : null;
  }

  private static boolean holdsNul(byte[] head, int n) {
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** FF FE or FE FF, but not FF FE 00 00 (UTF-32's mark, which no tool writes logs in). */
  private static boolean isUtf16ByteOrderMark(byte[] head, int n) {
    boolean le = n >= 2 && head[0] == (byte) 0xff && head[1] == (byte) 0xfe;
    boolean be = n >= 2 && head[0] == (byte) 0xfe && head[1] == (byte) 0xff;
    return be || le && !(n >= 4 && head[2] == 0 && head[3] == 0);
  }

  /**
   * A kind of input that is not text.
   *
   * @param what how messages name it, such as {@code "gzip-compressed file"}
   * @param reader the command that prints it as text ({@code zcat}), or null when there is none
   * @param magic the bytes it starts with, {@link #ANY_DIGIT} standing for a digit 1-9 (empty for
   *     plain binary, told by a NUL byte instead)
   */
  record NotText(String what, @Nullable String reader, byte[] magic) {
    /** The reason given for not reading {@code name}, with how to read it when there is a way. */
    String reason(String name) {
      return what + (magic.length == 0 ? " (it holds NUL bytes)" : "") + "; not redacted"
          + (reader == null ? "" : " (decompress it first: " + reader + " " + name + " | redact)")
          + (magic.length == 0 ? " (if it is text, such as a log padded with NULs, redact it with --text)" : "");
    }

    /** Whether the first {@code n} bytes of {@code head} start with the magic number. */
    boolean opens(byte[] head, int n) {
      if (magic.length == 0 || n < magic.length) {
        return false;
      }
      for (int i = 0; i < magic.length; i++) {
        byte b = head[i];
        if (magic[i] == ANY_DIGIT ? b < '1' || b > '9' : b != magic[i]) {
          return false;
        }
      }
      return true;
    }
  }

  /** In a magic number, a digit 1-9 (bzip2's block size); no magic number holds this byte. */
  private static final byte ANY_DIGIT = (byte) 0xff;

  private static final NotText BINARY = new NotText("binary file", null, new byte[0]);
  private static final NotText GZIPPED_BINARY = new NotText("gzip-compressed binary file", null, new byte[0]);

  /** gzip's magic number: such an input is read decompressed ({@link #gunzip()}). */
  private static final NotText GZIP = new NotText("gzip-compressed file", "zcat", new byte[] {0x1f, (byte) 0x8b});

  /**
   * Formats logrotate and archivers leave behind that the JDK cannot decompress, told by their magic
   * numbers.
   */
  private static final List<NotText> COMPRESSED = List.of(
      new NotText("bzip2-compressed file", "bzcat", new byte[] {'B', 'Z', 'h', ANY_DIGIT, '1', 'A', 'Y', '&', 'S', 'Y'}),
      new NotText("xz-compressed file", "xzcat", new byte[] {(byte) 0xfd, '7', 'z', 'X', 'Z', 0}),
      new NotText("zstd-compressed file", "zstdcat", new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd}));

  Reader reader() {
    progress.start(name, size);
    InputStream text = gunzipped != null ? gunzipped : counted();
    return charset == StandardCharsets.UTF_8 ? EscapedBytes.reader(text) : new InputStreamReader(text, charset);
  }

  /** The input's bytes, counted for the progress bar as they are read. */
  private InputStream counted() {
    return new FilterInputStream(in) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          read += n;
          progress.advance(read);
        }
        return n;
      }
    };
  }

  @Override
  public void close() throws IOException {
    progress.finish();
    if (gunzipped != null) {
      gunzipped.close();
    }
    in.close();
  }
}
