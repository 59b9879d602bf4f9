package dev.redact4j.bench;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;

/**
 * A reused in-memory {@link org.apache.logging.log4j.core.layout.ByteBufferDestination}, like an
 * appender's buffer without the I/O, so Log4j layouts run their garbage-free {@code encode} path.
 * Not thread-safe: one per benchmark state.
 */
final class ByteBufferDestination implements org.apache.logging.log4j.core.layout.ByteBufferDestination {
  private final ByteBuffer buffer = ByteBuffer.allocate(256 * 1024);
  private long drained;

  void reset() {
    buffer.clear();
  }

  int position() {
    return buffer.position();
  }

  long drained() {
    return drained;
  }

  /** What was written since the last {@link #reset()} (set-up checks only: allocates). */
  String text(Charset charset) {
    return new String(buffer.array(), 0, buffer.position(), charset);
  }

  @Override
  public ByteBuffer getByteBuffer() {
    return buffer;
  }

  @Override
  public ByteBuffer drain(ByteBuffer buf) {
    drained += buf.position();
    buf.clear();
    return buf;
  }

  @Override
  public void writeBytes(ByteBuffer data) {
    if (data.remaining() > buffer.remaining()) {
      drain(buffer);
    }
    buffer.put(data);
  }

  @Override
  public void writeBytes(byte[] data, int offset, int length) {
    if (length > buffer.remaining()) {
      drain(buffer);
    }
    buffer.put(data, offset, length);
  }
}
