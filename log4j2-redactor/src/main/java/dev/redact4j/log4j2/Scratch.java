package dev.redact4j.log4j2;

import dev.redact4j.Redactor;
import org.apache.logging.log4j.util.Constants;
import org.jspecify.annotations.Nullable;

/**
 * Reusable per-thread text buffers, so that redacting a clean event allocates nothing. A buffer in
 * use (when formatting an event logs another one) is never handed out twice: the nested caller gets
 * a fresh one. Without thread locals (Log4j's web-app mode) every call gets a fresh buffer.
 */
final class Scratch {
  private static final int INITIAL = 1024;
  /** Buffers that grew past this are dropped after use, as Log4j's own layouts do. */
  private static final int MAX_KEPT = 32 * 1024;
  private static final ThreadLocal<Scratch> LOCAL = new ThreadLocal<>();

  final StringBuilder text = new StringBuilder(INITIAL);
  private boolean busy;

  // State of EventRedaction.judge, passed to Log4j's allocation-free visitors instead of a capturing lambda.
  @Nullable Redactor redactor;
  boolean json;
  int verdict;

  private Scratch() {}

  static Scratch acquire() {
    if (!Constants.ENABLE_THREADLOCALS) {
      return new Scratch();
    }
    Scratch s = LOCAL.get();
    if (s == null || s.busy) {
      Scratch fresh = new Scratch();
      if (s == null) {
        LOCAL.set(fresh);
      }
      s = fresh;
    }
    s.busy = true;
    s.text.setLength(0);
    return s;
  }

  /** Prepares the visitor state of {@link EventRedaction#judge}; returns this. */
  Scratch judging(Redactor redactor, boolean json) {
    this.redactor = redactor;
    this.json = json;
    this.verdict = EventRedaction.CLEAN;
    return this;
  }

  void release() {
    busy = false;
    redactor = null;
    if (text.capacity() > MAX_KEPT) {
      text.setLength(MAX_KEPT);
      text.trimToSize();
    }
    text.setLength(0);
  }
}
