package dev.redact4j.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import dev.redact4j.log4j2.RedactingLayout;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.rewrite.RewritePolicy;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.core.pattern.RegexReplacement;
import org.apache.logging.log4j.message.SimpleMessage;
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
 * What does hiding secrets cost a Log4j 2 {@link PatternLayout} on its garbage-free path
 * ({@code encode} into a reused {@link ByteBufferDestination})? {@code plain}: the layout;
 * {@code replace}: the same with {@code <replace>} ({@link RegexReplacement}, applied to the whole
 * formatted line); {@code replaceConverter}: {@code %replace{%m}{regex}{[REDACTED]}} on the message
 * only. Both with the ten {@link SecretFamily} regexes as one alternation. {@code redacting}:
 * redact4j's {@link RedactingLayout} around the plain layout, unconfigured (the default catalog), which
 * judges clean events by the fields that can hold a secret; {@code redactingScanOutput}: the same with
 * {@code scanOutput="true"}, which scans every formatted line. {@code rewritePolicy}: the plain layout
 * behind a hand-written {@link RewritePolicy} (what a {@code <Rewrite>} appender would call) that runs
 * the alternation over the formatted message and builds a new event when it changed; Log4j ships no
 * regex rewrite policy. One operation encodes one event.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Log4jLayoutBenchmark -prof gc -rf json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class Log4jLayoutBenchmark {
  static final int EVENTS = 256;
  static final String PATTERN_HEAD = "%d{ISO8601} %-5level [%thread] %logger{36} - ";

  @Param({"plain", "redacting", "redactingScanOutput", "replace", "replaceConverter", "rewritePolicy"})
  public String variant;

  @Param({"clean", "dense"})
  public String corpus;

  private Layout<?> layout;
  private RewritePolicy rewrite = event -> event;
  private LogEvent[] events;
  private final ByteBufferDestination destination = new ByteBufferDestination();

  @Setup(Level.Trial)
  public void setUp() {
    Configuration config = new DefaultConfiguration();
    String alternation = SecretFamily.alternation();
    layout = switch (variant) {
      case "plain" -> pattern(config, PATTERN_HEAD + "%m%n").build();
      case "redacting" -> RedactingLayout.newBuilder().setConfiguration(config)
          .setLayout(pattern(config, PATTERN_HEAD + "%m%n").build()).build();
      case "redactingScanOutput" -> RedactingLayout.newBuilder().setConfiguration(config).setScanOutput(true)
          .setLayout(pattern(config, PATTERN_HEAD + "%m%n").build()).build();
      case "replace" -> pattern(config, PATTERN_HEAD + "%m%n")
          .setRegexReplacement(RegexReplacement.createRegexReplacement(Pattern.compile(alternation),
              Contender.REPLACEMENT))
          .build();
      // The pattern parser ends an option at an unbalanced '}': the lone '}' of a character class
      // is written \x7d. Backslashes reach Pattern.compile as they are.
      case "replaceConverter" -> pattern(config, PATTERN_HEAD + "%replace{%m}{" + alternation.replace("&}]", "&\\x7d]")
          + "}{" + Contender.REPLACEMENT + "}%n").build();
      case "rewritePolicy" -> {
        rewrite = new RegexRewritePolicy(Pattern.compile(alternation));
        yield pattern(config, PATTERN_HEAD + "%m%n").build();
      }
      default -> throw new IllegalArgumentException("unknown variant '" + variant + "'");
    };
    Corpus.Message[] messages = Corpus.messages(corpus, EVENTS);
    events = events(messages);
    Checks.outputHidesSecrets(messages, !variant.equals("plain"), i -> {
      destination.reset();
      layout.encode(rewrite.rewrite(events[i]), destination);
      return destination.text(StandardCharsets.UTF_8);
    });
  }

  /** A regex rewrite policy as users write one: a new event only when the message changed. */
  static final class RegexRewritePolicy implements RewritePolicy {
    private final Pattern mask;

    RegexRewritePolicy(Pattern mask) {
      this.mask = mask;
    }

    @Override
    public LogEvent rewrite(LogEvent event) {
      String message = event.getMessage().getFormattedMessage();
      String masked = mask.matcher(message).replaceAll(Contender.REPLACEMENT);
      return masked.equals(message) ? event
          : new Log4jLogEvent.Builder(event).setMessage(new SimpleMessage(masked)).build();
    }
  }

  static PatternLayout.Builder pattern(Configuration config, String pattern) {
    return PatternLayout.newBuilder().setConfiguration(config).setPattern(pattern).setCharset(StandardCharsets.UTF_8);
  }

  static LogEvent[] events(Corpus.Message[] messages) {
    LogEvent[] events = new LogEvent[messages.length];
    for (int i = 0; i < messages.length; i++) {
      events[i] = Log4jLogEvent.newBuilder()
          .setLoggerName("com.example.orders.OrderService")
          .setLevel(org.apache.logging.log4j.Level.INFO)
          .setMessage(new SimpleMessage(messages[i].text()))
          .setThreadName("http-nio-8080-exec-7")
          .setTimeMillis(1_741_947_751_412L + i)
          .build();
    }
    return events;
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public void encode(Blackhole bh, CpuTime cpu) {
    cpu.cpuOps += EVENTS;
    for (LogEvent event : events) {
      destination.reset();
      layout.encode(rewrite.rewrite(event), destination);
      bh.consume(destination.position());
    }
  }
}
