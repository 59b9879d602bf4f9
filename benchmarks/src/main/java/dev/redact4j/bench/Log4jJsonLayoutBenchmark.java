package dev.redact4j.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import dev.redact4j.log4j2.RedactingLayout;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.layout.template.json.JsonTemplateLayout;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost per event of Log4j 2 {@link JsonTemplateLayout} (ECS template) on its garbage-free
 * {@code encode} path, {@code plain} and inside redact4j's {@link RedactingLayout} ({@code redacting},
 * unconfigured: the default catalog). JsonTemplateLayout has no regex masking of its own to compare
 * with. Events as in {@link Log4jLayoutBenchmark}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Log4jJsonLayoutBenchmark -prof gc -rf json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Log4jJsonLayoutBenchmark {
  static final int EVENTS = 256;

  @Param({"plain", "redacting"})
  public String variant;

  @Param({"clean", "dense"})
  public String corpus;

  private Layout<?> layout;
  private LogEvent[] events;
  private final ByteBufferDestination destination = new ByteBufferDestination();

  @Setup(Level.Trial)
  public void setUp() {
    DefaultConfiguration config = new DefaultConfiguration();
    JsonTemplateLayout json = JsonTemplateLayout.newBuilder()
        .setConfiguration(config)
        .setEventTemplateUri("classpath:EcsLayout.json")
        .setCharset(StandardCharsets.UTF_8)
        .build();
    layout = switch (variant) {
      case "plain" -> json;
      case "redacting" -> RedactingLayout.newBuilder().setConfiguration(config).setLayout(json).build();
      default -> throw new IllegalArgumentException("unknown variant '" + variant + "'");
    };
    Corpus.Message[] messages = Corpus.messages(corpus, EVENTS);
    events = Log4jLayoutBenchmark.events(messages);
    Checks.outputHidesSecrets(messages, !variant.equals("plain"), i -> {
      destination.reset();
      layout.encode(events[i], destination);
      String out = destination.text(StandardCharsets.UTF_8);
      if (!out.startsWith("{")) {
        throw new IllegalStateException("JsonTemplateLayout wrote no JSON: " + out);
      }
      return Checks.jsonText(out);
    });
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void encode(Blackhole bh, CpuTime cpu) {
    cpu.cpuOps += EVENTS;
    for (LogEvent event : events) {
      destination.reset();
      layout.encode(event, destination);
      bh.consume(destination.position());
    }
  }
}
