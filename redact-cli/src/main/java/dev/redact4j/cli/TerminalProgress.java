package dev.redact4j.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn in place. Drawn only when stderr is a terminal, only for
 * inputs that take a while (from half a second on), and at most five times a second; when stderr is
 * piped or redirected it writes nothing, so logs and CI output stay clean.
 *
 * <p>Whether stderr is a terminal: the launcher {@code bin/redact} tests it ({@code [ -t 2 ]}) and
 * passes {@code -Dredact4j.stderr.tty=true|false}; without that property, {@code System.console()}
 * stands in (it is null when the JVM's standard streams are redirected). Not thread-safe.
 */
final class TerminalProgress {
  private static final long START_AFTER_NANOS = 500_000_000L;
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private long startedAt;
  private long lastDraw;
  private boolean drawn;
  private String label = "";
  private long total = -1;

  TerminalProgress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static boolean stderrIsTerminal() {
    String tty = System.getProperty("redact4j.stderr.tty");
    if (tty != null) {
      return Boolean.parseBoolean(tty);
    }
    return System.console() != null;
  }

  /** Starts an input of {@code totalBytes} (negative when unknown, as for stdin). */
  void start(String name, long totalBytes) {
    label = name.length() > 40 ? "..." + name.substring(name.length() - 37) : name;
    total = totalBytes;
    startedAt = System.nanoTime();
    lastDraw = startedAt;
  }

  /** Reports bytes read so far of the current input. Cheap when nothing is drawn. */
  void advance(long bytes) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - startedAt < START_AFTER_NANOS || now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    drawn = true;
    double mib = bytes / (1024.0 * 1024.0);
    String bar;
    if (total > 0) {
      int filled = (int) Math.min(WIDTH, WIDTH * bytes / total);
      bar = String.format(Locale.ROOT, "[%s%s] %3d%% %,.0f MiB", "#".repeat(filled), " ".repeat(WIDTH - filled),
          Math.min(100, 100 * bytes / total), mib);
    } else {
      bar = String.format(Locale.ROOT, "%,.0f MiB", mib);
    }
    err.print("\r" + bar + "  " + label + "\u001b[K");
    err.flush();
  }

  /** Clears the bar, if one was drawn. */
  void finish() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
      drawn = false;
    }
  }
}
