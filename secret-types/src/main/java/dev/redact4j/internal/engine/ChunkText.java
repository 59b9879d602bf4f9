package dev.redact4j.internal.engine;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The text the detectors read instead of the caller's {@link CharSequence}: the engine's copy of a text
 * that fits in one chunk, or the caller's text itself. Why: the adapters hand the engine Strings,
 * StringBuilders, CharBuffers and their own views, and a detector's {@code charAt} call that sees several
 * classes is not inlined; through this class every call site sees one class, and a short text's read is
 * an array load. Reads behave as a String's: an index outside {@code [0, length)} throws. Not
 * thread-safe: one per thread, reset per text; never handed out of the engine.
 */
final class ChunkText implements CharSequence {
  private char @Nullable [] chars;
  private CharSequence source = "";
  private int length;

  /** Reads {@code chars[0, length)} from now on. */
  ChunkText reset(char[] chars, int length) {
    this.chars = chars;
    this.length = length;
    return this;
  }

  /** Reads {@code source} from now on (a text longer than a chunk). */
  ChunkText reset(CharSequence source) {
    this.chars = null;
    this.source = source;
    this.length = source.length();
    return this;
  }

  /** Drops the reference to a caller's text, so that a thread does not keep a long text alive. */
  void release() {
    this.source = "";
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    char[] c = chars;
    if (c == null) {
      return source.charAt(index);
    }
    if (index >= length) {
      throw new StringIndexOutOfBoundsException(index); // a negative index fails on the array
    }
    return c[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    char[] c = chars;
    if (c == null) {
      return source.subSequence(start, end);
    }
    Objects.checkFromToIndex(start, end, length);
    return new String(c, start, end - start);
  }

  @Override
  public String toString() {
    char[] c = chars;
    return c == null ? source.toString() : new String(c, 0, length);
  }
}
