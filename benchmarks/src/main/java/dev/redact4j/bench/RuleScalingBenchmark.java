package dev.redact4j.bench;

import dev.redact4j.Redactor;
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
 * Does the cost of {@code Redactor.redact} stay flat as rules are added? The same batches with the
 * ten-family rule set, the default catalog, and the catalog plus 100 custom keyword-anchored rules
 * (see {@link RuleSets}). One operation redacts a whole {@link Corpus} batch, as in
 * {@link EngineBenchmark}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RuleScalingBenchmark -prof gc -rf json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RuleScalingBenchmark {
  @Param({"10", "catalog", "100plus"})
  public String rules;

  @Param({"clean", "dense"})
  public String corpus;

  @Param({"120", "1024"})
  public int size;

  private Redactor redactor;
  private String[] lines;

  @Setup(Level.Trial)
  public void setUp() {
    redactor = RuleSets.named(rules);
    lines = Corpus.batch(corpus, size);
  }

  @Benchmark
  public void batch(Blackhole bh, CpuTime cpu) {
    cpu.cpuOps++;
    for (String line : lines) {
      bh.consume(redactor.redact(line));
    }
  }
}
