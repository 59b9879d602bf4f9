package dev.redact4j.bench;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.mask.MaskingJsonGeneratorDecorator;
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
 * What does hiding secrets cost logstash-logback-encoder's JSON output, per event? {@code plain}: a
 * {@link LogstashEncoder}; {@code valueMasks}: the same with a {@link MaskingJsonGeneratorDecorator}
 * holding the ten {@link SecretFamily} regexes as value masks (its documented way to mask secrets in
 * free text); {@code redacting}: redact4j's {@code RedactingEncoder} around the plain encoder,
 * unconfigured (the default catalog). Events as in {@link LogbackEncoderBenchmark}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar LogstashEncoderBenchmark -prof gc -rf json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LogstashEncoderBenchmark {
  static final int EVENTS = 256;

  @Param({"plain", "redacting", "valueMasks"})
  public String variant;

  @Param({"clean", "dense"})
  public String corpus;

  private Encoder<ILoggingEvent> encoder;
  private ILoggingEvent[] events;

  @Setup(Level.Trial)
  public void setUp() {
    LoggerContext context = LogbackEncoderBenchmark.context();
    LogstashEncoder logstash = new LogstashEncoder();
    logstash.setContext(context);
    switch (variant) {
      case "plain", "redacting" -> { }
      case "valueMasks" -> {
        MaskingJsonGeneratorDecorator masks = new MaskingJsonGeneratorDecorator();
        masks.setDefaultMask(Contender.REPLACEMENT);
        for (String regex : SecretFamily.regexes()) {
          masks.addValue(regex);
        }
        masks.start(); // Joran starts nested components; built by hand, we do
        logstash.setJsonGeneratorDecorator(masks);
      }
      default -> throw new IllegalArgumentException("unknown variant '" + variant + "'");
    }
    logstash.start();
    encoder = variant.equals("redacting") ? LogbackEncoderBenchmark.redacting(context, logstash) : logstash;
    Corpus.Message[] messages = Corpus.messages(corpus, EVENTS);
    events = LogbackEncoderBenchmark.events(context, messages);
    Checks.outputHidesSecrets(messages, !variant.equals("plain"),
        i -> Checks.jsonText(new String(encoder.encode(events[i]), StandardCharsets.UTF_8)));
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void encode(Blackhole bh, CpuTime cpu) {
    cpu.cpuOps += EVENTS;
    for (ILoggingEvent event : events) {
      bh.consume(encoder.encode(event));
    }
  }
}
