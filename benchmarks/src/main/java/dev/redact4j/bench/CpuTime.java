package dev.redact4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The benchmark thread's CPU time per iteration, reported beside JMH's wall-clock score as two
 * secondary metrics, {@code cpuNs} and {@code cpuOps}; {@code report.py} divides them. On a shared
 * machine a descheduled benchmark thread inflates wall-clock time but not its CPU time, so CPU time
 * per operation is the steadier figure there (cache and core sharing still show in it).
 * The clock is read twice per iteration, never inside the measured loop.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU nanoseconds the benchmark thread used during the iteration. */
  public long cpuNs;
  /** Operations completed during the iteration (incremented by the benchmark method). */
  public long cpuOps;

  private long start;

  @Setup(Level.Iteration)
  public void start() {
    cpuNs = 0;
    cpuOps = 0;
    start = THREADS.getCurrentThreadCpuTime();
  }

  @TearDown(Level.Iteration)
  public void stop() {
    cpuNs = THREADS.getCurrentThreadCpuTime() - start;
  }
}
