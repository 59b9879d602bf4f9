package dev.redact4j.cli;

import dev.redact4j.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Writes each line redacted, with its own terminator, so the output has exactly as many lines as the
 * input. A PEM block is redacted as one text and split back into its lines; lines the mask swallowed
 * are written empty. An unterminated block is written as {@link #FAILED} lines (fail closed).
 *
 * <p>Lines are redacted in batches of about {@value #BATCH_CHARS} characters on worker threads (one per
 * processor beyond the first, so that the calling thread keeps reading), and written in input
 * order. A line that registers a value with {@code ::add-mask::} waits for every line before it and is
 * handled on the calling thread, so the value is hidden from the lines after it and only those.
 *
 * <p>Not thread-safe; one per output. {@link #close()} stops the workers.
 */
final class RedactingLineHandler implements LineHandler, AutoCloseable {
  /** What an unterminated private key block's lines become. Same text as the engine's failure mark. */
  static final String FAILED = "[REDACTION FAILED]";
  private static final int FLUSH_AT = 1 << 16;
  static final int BATCH_CHARS = 1 << 16;

  private final Redactor redactor;
  private final Writer out;
  private final @Nullable MaskedValues masked;
  private final @Nullable ExecutorService workers;
  private final int maxInFlight;
  /** Batches handed to the workers, oldest first; written in this order. */
  private final ArrayDeque<Future<StringBuilder>> inFlight = new ArrayDeque<>();
  /** Lines and blocks not yet handed over: a String with its terminator, or a list of lines. */
  private List<Object> batch = new ArrayList<>();
  private int batchChars;
  private final StringBuilder pending = new StringBuilder(FLUSH_AT + 1024);
  private char[] chars = new char[FLUSH_AT + 1024];

  RedactingLineHandler(Redactor redactor, Writer out) {
    this(redactor, out, null, 1);
  }

  /**
   * @param masked where values registered with {@code ::add-mask::} are kept for later lines; may be null
   * @param threads how many threads redact, the calling one included; 1 redacts on the calling thread
   */
  RedactingLineHandler(Redactor redactor, Writer out, @Nullable MaskedValues masked, int threads) {
    this.redactor = redactor;
    this.out = out;
    this.masked = masked;
    int n = Math.max(1, threads - 1);
    this.workers = threads <= 1 ? null : Executors.newFixedThreadPool(n, runnable -> {
      Thread t = new Thread(runnable, "redact-worker");
      t.setDaemon(true);
      return t;
    });
    this.maxInFlight = 2 * n;
  }

  @Override
  public void line(Line line) throws IOException {
    // The engine reads a String faster than a StringBuilder (intrinsic indexOf), enough to pay the copy.
    String text = line.text.toString();
    if (workers == null || registersMask(text)) {
      drain();
      appendLine(text, line.terminator, pending);
      learn(text);
      if (pending.length() >= FLUSH_AT) {
        write();
      }
      return;
    }
    batch.add(text);
    batch.add(line.terminator);
    batchChars += text.length();
    if (batchChars >= BATCH_CHARS) {
      handOver();
    }
  }

  @Override
  public void block(List<Line> lines, boolean terminated) throws IOException {
    if (workers == null || lines.stream().anyMatch(l -> registersMask(l.text))) {
      drain();
      JoinedBlock block = appendBlock(lines, terminated, pending);
      if (terminated) {
        learn(block.text);
      }
      write();
      return;
    }
    batch.add(List.copyOf(lines));
    batch.add(terminated);
    for (Line l : lines) {
      batchChars += l.text.length();
    }
    if (batchChars >= BATCH_CHARS) {
      handOver();
    }
  }

  private boolean registersMask(CharSequence text) {
    return masked != null && LineGrouper.indexOf(text, MaskedValues.COMMAND, 0) >= 0;
  }

  private void learn(CharSequence text) {
    if (masked != null) {
      masked.learn(redactor, text); // after: the command's own line is the rule's to mask
    }
  }

  /** Hands the batch to the workers; writes the oldest batches first while too many are in flight. */
  private void handOver() {
    if (batch.isEmpty()) {
      return;
    }
    List<Object> items = batch;
    batch = new ArrayList<>();
    batchChars = 0;
    ExecutorService pool = workers;
    if (pool == null) {
      return;
    }
    inFlight.add(pool.submit(() -> redactBatch(items)));
    while (inFlight.size() > maxInFlight) {
      writeOldest();
    }
  }

  private StringBuilder redactBatch(List<Object> items) {
    StringBuilder to = new StringBuilder(BATCH_CHARS + BATCH_CHARS / 4);
    for (int i = 0; i < items.size(); i += 2) {
      Object item = items.get(i);
      if (item instanceof String text) {
        appendLine(text, (String) items.get(i + 1), to);
      } else {
        @SuppressWarnings("unchecked")
        List<Line> lines = (List<Line>) item;
        appendBlock(lines, (Boolean) items.get(i + 1), to);
      }
    }
    return to;
  }

  /** Waits for the oldest batch and writes it. */
  private void writeOldest() {
    Future<StringBuilder> oldest = inFlight.poll();
    if (oldest == null) {
      return;
    }
    StringBuilder done;
    try {
      done = oldest.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while redacting", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
    pending.append(done);
    write();
  }

  /** Hands over what is batched and writes every batch: the output is then whole up to here. */
  private void drain() {
    handOver();
    while (!inFlight.isEmpty()) {
      writeOldest();
    }
  }

  private void appendLine(String text, String terminator, StringBuilder to) {
    int mark = to.length();
    redactor.redactTo(text, to);
    if (text.indexOf(AnsiEscapes.ESC) >= 0) {
      hideSecretsSplitByEscapes(text, mark, to);
    }
    to.append(terminator);
  }

  /**
   * A line written for a terminal, already redacted into {@code to} from {@code mark} on: when its
   * text without escape sequences shows a secret that the line as written hid no trace of (colour
   * codes between a key and its value), that text redacted replaces it. Such a line loses its colour
   * codes; any other keeps them.
   */
  private void hideSecretsSplitByEscapes(String text, int mark, StringBuilder to) {
    AnsiEscapes.Stripped plain = AnsiEscapes.strip(text);
    if (plain == null || !redactor.containsSecret(plain.text())) {
      return;
    }
    String redacted = redactor.redact(plain.text());
    AnsiEscapes.Stripped written = AnsiEscapes.strip(to.substring(mark));
    if (written == null || !written.text().equals(redacted)) {
      to.setLength(mark);
      to.append(redacted);
    }
  }

  private JoinedBlock appendBlock(List<Line> lines, boolean terminated, StringBuilder to) {
    JoinedBlock block = new JoinedBlock(lines);
    String[] parts = terminated ? redactor.redact(block.text).split("\n", -1) : new String[0];
    // Masks hold no line break, so there can be no more parts than physical lines; if there were,
    // the lines could not be told apart: hide them all.
    boolean hide = !terminated || parts.length > block.breaks + 1;
    int physical = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (hide) {
        to.append(FAILED).append(line.terminator);
        continue;
      }
      if (i < lines.size() - 1 && line.terminator.isEmpty()) {
        continue; // a segment: its physical line is written whole at its last segment
      }
      if (physical < parts.length) {
        String part = parts[physical];
        if (line.lead > 0 && part.length() >= line.lead && part.substring(0, line.lead).isBlank()) {
          // the prefix the engine saw blanked out: put it back, redacted on its own
          redactor.redactTo(line.text.substring(0, line.lead), to);
          to.append(part, line.lead, part.length());
        } else {
          to.append(part);
        }
      }
      to.append(line.terminator);
      physical++;
    }
    return block;
  }

  /**
   * Writes what is pending and flushes the output through to its destination: before waiting for
   * more input, so that {@code tail -f app.log | redact} shows each line as it comes.
   *
   * @throws UncheckedIOException if the output cannot be written
   */
  void flushThrough() {
    flush();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes every line handed over so far; call at the end of each input and before waiting for more.
   *
   * @throws UncheckedIOException if the output cannot be written (told apart from input errors)
   */
  void flush() {
    drain();
    write();
  }

  /** Writes what is pending. */
  private void write() {
    int n = pending.length();
    if (n == 0) {
      return;
    }
    if (chars.length < n) {
      chars = new char[n];
    }
    pending.getChars(0, n, chars, 0);
    try {
      out.write(chars, 0, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pending.setLength(0);
  }

  /** Stops the workers; lines not yet written are dropped (call {@link #flush()} first). */
  @Override
  public void close() {
    ExecutorService pool = workers;
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
