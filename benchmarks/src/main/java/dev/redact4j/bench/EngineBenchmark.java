package dev.redact4j.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * How fast is the engine beside the alternatives, on the same text and the same ten secret
 * families? One operation redacts a whole {@link Corpus} batch ({@code Corpus.charsPerBatch(size)}
 * characters: 65,520 for 120-character lines, 65,536 for 1 KiB lines, 524,288 for 64 KiB lines), so
 * MB/s = chars per batch / (ns/op) × 1000 for every row. {@code charLoop} and {@code indexOf} run in
 * the same run as ceilings, so that results can be compared across machines as fractions of them.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar EngineBenchmark -prof gc -rf json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmark {
  @Param({"redact4j", "redact4jCatalog", "jdkAlternation", "jdkPerRule", "re2jAlternation", "charLoop", "indexOf"})
  public String contender;

  @Param({"clean", "dense", "adversarial", "nonlatin"})
  public String corpus;

  @Param({"120", "1024", "65536"})
  public int size;

  private Contender impl;
  private String[] lines;

  @Setup(Level.Trial)
  public void setUp() {
    impl = Contender.named(contender);
    lines = Corpus.batch(corpus, size);
  }

  @Benchmark
  public void batch(Blackhole bh, CpuTime cpu) {
    cpu.cpuOps++;
    for (String line : lines) {
      impl.run(line, bh);
    }
  }
}
