package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Redaction sits on every log call, so text with nothing to hide must cost no allocation at all, not
 * just little: the same String comes back and the thread allocates zero bytes. Counted with the JVM's
 * per-thread allocation counter (HotSpot's {@code com.sun.management.ThreadMXBean}), not timed. The
 * first call on a thread grows its buffers once, so it is left out, and the JIT's own transitions may
 * allocate in a batch or two, so the quietest of several batches must allocate nothing. The counter is reached reflectively
 * (the module does not read {@code jdk.management}), through a handle that boxes nothing.
 */
class CleanTextAllocationTest {
  /** Clean log text with near misses: key words without values, digits, dates, URLs, ids. */
  private static final String[] LINES = {
      "2026-11-29T06:09:02.123Z INFO  [main] c.e.auth.TokenService - token refreshed for user 42 in 17 ms",
      "2026-11-29T06:09:02.124Z WARN  [pool-3] c.e.auth.PasswordPolicy - password reset requested, 3 attempts left",
      "GET https://api.example.com/v1/orders?page=2&sort=desc 200 OK trace=4bf92f3577b34da6a3ce929d0e0e4736",
      "session expired after 1800 s; api key lookup took 12 ms; secret rotation scheduled for 2027-01-01",
      "order 4111 of 5000 shipped, amount 1234.56 EUR, sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822c",
      "Authorization header missing; bearer scheme required; see https://example.com/docs#auth",
  };

  private static MethodHandle allocationCounter() {
    try {
      Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      Class<?> hotspot = Class.forName("com.sun.management.ThreadMXBean");
      return MethodHandles.publicLookup()
          .findVirtual(hotspot, "getCurrentThreadAllocatedBytes", MethodType.methodType(long.class))
          .bindTo(bean);
    } catch (ReflectiveOperationException | ClassCastException e) {
      return null; // not HotSpot: nothing to count with
    }
  }

  private static long allocatedBytes(MethodHandle counter) throws Throwable {
    return (long) counter.invokeExact();
  }

  private static List<String> texts() {
    List<String> texts = new ArrayList<>(List.of(LINES));
    StringBuilder kib = new StringBuilder();
    StringBuilder big = new StringBuilder();
    for (int i = 0; big.length() < 65_536; i++) {
      String line = LINES[i % LINES.length] + '\n';
      if (kib.length() + line.length() <= 1024) {
        kib.append(line);
      }
      big.append(line);
    }
    texts.add(kib.toString());
    texts.add(big.toString());
    return texts;
  }

  @Test
  void cleanTextComesBackAsTheSameStringWithoutAllocating() throws Throwable {
    MethodHandle counter = allocationCounter();
    assumeThat(counter).as("HotSpot's per-thread allocation counter").isNotNull();
    Redactor redactor = Redactor.defaults();
    List<String> texts = texts();
    for (String text : texts) {
      assertThat(redactor.redact(text)).as(text).isSameAs(text); // also grows this thread's buffers
      assertThat(redactor.containsSecret(text)).isFalse();
    }
    String[] array = texts.toArray(new String[0]);
    long idle = 0;
    for (int i = 0; i < 1000; i++) { // a method handle allocates until its lambda forms are compiled
      idle = allocatedBytes(counter);
    }
    idle = allocatedBytes(counter) - idle; // what reading the counter costs, if anything
    // Compiling and deoptimizing the engine's methods can allocate now and then on this thread, so
    // batches are repeated: any allocation per call would show in every one of them.
    long fewest = Long.MAX_VALUE;
    for (int batch = 0; batch < 20 && fewest > 0; batch++) {
      long before = allocatedBytes(counter);
      int same = 0;
      for (int round = 0; round < 50; round++) {
        for (String text : array) {
          same += redactor.redact(text) == text ? 1 : 0;
          same += redactor.containsSecret(text) ? 0 : 1;
        }
      }
      fewest = Math.min(fewest, allocatedBytes(counter) - before - idle);
      assertThat(same).isEqualTo(50 * 2 * array.length);
    }
    assertThat(fewest).as("bytes allocated by the quietest batch of %d clean redactions", 100 * array.length).isZero();
  }
}
