package dev.redact4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 that keeps every byte: a byte that is not part of valid UTF-8 is read as the lone surrogate
 * {@code U+DC00 + byte} (U+DC80 to U+DCFF) and written back as that byte, as Python's
 * {@code surrogateescape} does. So a log in Latin-1 or Windows-1252, or one with a stray invalid byte,
 * comes out byte for byte as it went in wherever nothing was hidden.
 *
 * <p>Safe for redaction: every ASCII byte still reads as its own character, and no rule reads a
 * character outside ASCII as part of a secret's shape; an escaped byte is to the engine what
 * U+FFFD would be, one character that is not ASCII. Neither class is thread-safe.
 */
final class EscapedBytes {
  private EscapedBytes() {}

  /** The first and last character an invalid byte reads as (bytes below 0x80 are always valid). */
  static final char FIRST = '\uDC80';
  static final char LAST = '\uDCFF';

  private static final int BUFFER = 1 << 16;

  static Reader reader(InputStream in) {
    return new EscapingReader(in);
  }

  static Writer writer(OutputStream out) {
    return new EscapingWriter(out);
  }

  private static final class EscapingReader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    /** For a read of one character that a surrogate pair does not fit: the pair, handed out one by one. */
    private final CharBuffer pair = CharBuffer.allocate(2).flip();
    private boolean eof;

    EscapingReader(InputStream in) {
      this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (pair.hasRemaining()) {
        cbuf[off] = pair.get();
        return 1;
      }
      if (len == 1) {
        // A surrogate pair needs room for two: decode into the side buffer, hand out one at a time.
        pair.clear();
        int n = decode(pair);
        pair.flip();
        if (n < 0) {
          return -1;
        }
        cbuf[off] = pair.get();
        return 1;
      }
      return decode(CharBuffer.wrap(cbuf, off, len));
    }

    /**
     * Decodes into {@code out}, which has room for two characters or more (any code point fits), at
     * least one character unless the input has ended; reads the stream only while nothing is decoded yet,
     * so that what has arrived is handed out before a read that may block.
     *
     * @return the number of characters decoded, or -1 at the end of input
     */
    private int decode(CharBuffer out) throws IOException {
      int start = out.position();
      while (true) {
        CoderResult r = decoder.decode(bytes, out, eof);
        if (r.isError()) {
          if (!out.hasRemaining()) {
            break;
          }
          out.put((char) (0xDC00 | (bytes.get() & 0xFF))); // one byte; the decoder looks again at the next
          continue;
        }
        if (r.isOverflow() || out.position() > start || eof) {
          break; // full, or something to hand out, or the end
        }
        fill();
      }
      int n = out.position() - start;
      return n == 0 && eof ? -1 : n;
    }

    private void fill() throws IOException {
      bytes.compact();
      int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true; // the next decode reports an incomplete sequence at the end as invalid bytes
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }

    @Override
    public boolean ready() throws IOException {
      return pair.hasRemaining() || bytes.hasRemaining() || in.available() > 0;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static final class EscapingWriter extends Writer {
    private final OutputStream out;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    /** Characters not encoded yet: at most a high surrogate waiting for its pair between writes. */
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);

    EscapingWriter(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      while (len > 0) {
        int n = Math.min(len, chars.remaining());
        chars.put(cbuf, off, n);
        off += n;
        len -= n;
        encode(false);
      }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      while (len > 0) {
        int n = Math.min(len, chars.remaining());
        chars.put(s, off, off + n);
        off += n;
        len -= n;
        encode(false);
      }
    }

    @Override
    public void write(int c) throws IOException {
      chars.put((char) c);
      encode(false);
    }

    private void encode(boolean end) throws IOException {
      chars.flip();
      while (true) {
        CoderResult r = encoder.encode(chars, bytes, end);
        if (r.isOverflow()) {
          drain();
        } else if (r.isError()) {
          if (bytes.remaining() < 1) {
            drain();
          }
          char c = chars.get();
          // An escaped byte goes out as itself; any other lone surrogate as '?', as Java's own encoder writes it.
          bytes.put(c >= FIRST && c <= LAST ? (byte) c : (byte) '?');
        } else {
          break; // underflow: all encoded but, before the end, a high surrogate whose pair is still to come
        }
      }
      chars.compact();
    }

    private void drain() throws IOException {
      bytes.flip();
      out.write(bytes.array(), bytes.arrayOffset(), bytes.limit());
      bytes.clear();
    }

    @Override
    public void flush() throws IOException {
      drain();
      out.flush();
    }

    @Override
    public void close() throws IOException {
      encode(true);
      encoder.reset();
      flush();
      out.close();
    }
  }
}
