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
 * The benchmark thread's CPU time and allocation per iteration, reported beside JMH's wall-clock score
 * as secondary metrics, {@code cpuNs}, {@code allocBytes} and {@code cpuOps}; {@code report.py} divides
 * them. On a shared machine a descheduled benchmark thread inflates wall-clock time but not its CPU
 * time, so CPU time per operation is the steadier figure there (cache and core sharing still show in it).
 * The thread's own allocation is the exact figure for "no allocation on clean text": {@code -prof gc}'s
 * {@code gc.alloc.rate.norm} counts every thread of the JVM, JMH's own too, a few bytes per millisecond
 * that a long operation (a 64 KiB line) shows even where the measured code allocates nothing.
 * The counters are read twice per iteration, never inside the measured loop.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.ThreadMXBean ALLOCATIONS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** CPU nanoseconds the benchmark thread used during the iteration. */
  public long cpuNs;
  /** Bytes the benchmark thread allocated during the iteration. */
  public long allocBytes;
  /** Operations completed during the iteration (incremented by the benchmark method). */
  public long cpuOps;

  private long start;
  private long allocated;

  @Setup(Level.Iteration)
  public void start() {
    cpuNs = 0;
    cpuOps = 0;
    allocBytes = 0;
    allocated = ALLOCATIONS.getCurrentThreadAllocatedBytes();
    start = THREADS.getCurrentThreadCpuTime();
  }

  @TearDown(Level.Iteration)
  public void stop() {
    cpuNs = THREADS.getCurrentThreadCpuTime() - start;
    allocBytes = ALLOCATIONS.getCurrentThreadAllocatedBytes() - allocated;
  }
}
