package dev.redact4j.bench;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import dev.redact4j.logback.RedactingEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
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
 * What does hiding secrets cost a Logback pattern encoder, per event? {@code plain}: a
 * {@link PatternLayoutEncoder}; {@code replace}: the same pattern with {@code %replace(%msg)} and
 * the ten {@link SecretFamily} regexes as one alternation, Logback's own way to mask;
 * {@code maskingLayout}: the do-it-yourself way many guides show, a {@link PatternLayout} subclass that
 * runs the same alternation over the whole formatted line, in a {@link LayoutWrappingEncoder};
 * {@code redacting}: redact4j's {@link RedactingEncoder} around the plain encoder, unconfigured (the
 * whole default catalog, more rules than the ten the regex has). One operation encodes one event;
 * each invocation encodes {@value #EVENTS} pre-built events with {@link Corpus#messages} messages.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar LogbackEncoderBenchmark -prof gc -rf json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LogbackEncoderBenchmark {
  static final int EVENTS = 256;
  static final String PATTERN_HEAD = "%d{ISO8601} %-5level [%thread] %logger{36} - ";

  @Param({"plain", "redacting", "replace", "maskingLayout"})
  public String variant;

  @Param({"clean", "dense"})
  public String corpus;

  private Encoder<ILoggingEvent> encoder;
  private ILoggingEvent[] events;

  @Setup(Level.Trial)
  public void setUp() {
    LoggerContext context = context();
    encoder = switch (variant) {
      case "plain" -> patternEncoder(context, PATTERN_HEAD + "%msg%n");
      case "redacting" -> redacting(context, patternEncoder(context, PATTERN_HEAD + "%msg%n"));
      // Logback passes the option text to Pattern.compile as is; only a single quote would end it.
      case "replace" -> patternEncoder(context, PATTERN_HEAD + "%replace(%msg){'"
          + SecretFamily.alternation().replace("'", "\\x27") + "', '" + Contender.REPLACEMENT + "'}%n");
      case "maskingLayout" -> maskingLayout(context, PATTERN_HEAD + "%msg%n");
      default -> throw new IllegalArgumentException("unknown variant '" + variant + "'");
    };
    Corpus.Message[] messages = Corpus.messages(corpus, EVENTS);
    events = events(context, messages);
    Checks.outputHidesSecrets(messages, !variant.equals("plain"), i -> new String(encoder.encode(events[i]), StandardCharsets.UTF_8));
  }

  /** redact4j's encoder around {@code nested}, with no configuration: {@code Redactor.defaults()}. */
  static Encoder<ILoggingEvent> redacting(LoggerContext context, Encoder<ILoggingEvent> nested) {
    RedactingEncoder encoder = new RedactingEncoder();
    encoder.setContext(context);
    encoder.setEncoder(nested);
    encoder.start();
    if (!encoder.isStarted()) {
      throw new IllegalStateException("RedactingEncoder did not start: " + context.getStatusManager().getCopyOfStatusList());
    }
    return encoder;
  }

  /** A layout that masks its whole formatted line with one regex, as hand-written masking layouts do. */
  static final class MaskingPatternLayout extends PatternLayout {
    private final Pattern mask = Pattern.compile(SecretFamily.alternation());

    @Override
    public String doLayout(ILoggingEvent event) {
      return mask.matcher(super.doLayout(event)).replaceAll(Contender.REPLACEMENT);
    }
  }

  static Encoder<ILoggingEvent> maskingLayout(LoggerContext context, String pattern) {
    MaskingPatternLayout layout = new MaskingPatternLayout();
    layout.setContext(context);
    layout.setPattern(pattern);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.start();
    return encoder;
  }

  /** A context as Logback's SLF4J provider sets it up (JSON encoders read the MDC through it). */
  static LoggerContext context() {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    return context;
  }

  static PatternLayoutEncoder patternEncoder(LoggerContext context, String pattern) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(pattern);
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.start();
    return encoder;
  }

  static ILoggingEvent[] events(LoggerContext context, Corpus.Message[] messages) {
    Logger logger = context.getLogger("com.example.orders.OrderService");
    ILoggingEvent[] events = new ILoggingEvent[messages.length];
    for (int i = 0; i < messages.length; i++) {
      LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, ch.qos.logback.classic.Level.INFO,
          messages[i].text(), null, null);
      event.setThreadName("http-nio-8080-exec-7");
      event.getFormattedMessage(); // formatted once, as the appender would before encoding
      events[i] = event;
    }
    return events;
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
