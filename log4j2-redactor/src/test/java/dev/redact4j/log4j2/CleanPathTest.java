package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.StringLayout;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.impl.ContextDataFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.layout.AbstractStringLayout;
import org.apache.logging.log4j.core.layout.ByteBufferDestination;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.layout.template.json.JsonTemplateLayout;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ReusableMessageFactory;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.util.StringMap;
import org.junit.jupiter.api.Test;

/**
 * The clean-event path of {@link RedactingLayout} built by hand: a nested layout it does not know
 * still has its output scanned, and encoding clean events allocates no more than the nested layout
 * alone (Log4j's garbage-free mode keeps working).
 */
class CleanPathTest {
  private static final String TOKEN = "ghp_" + "Q8mZ2vK7pL4rT9yB3nW6xC1dF5gH0jA2sD4f";
  private static final DefaultConfiguration CONFIG = new DefaultConfiguration();

  /** A layout RedactingLayout cannot see into: it prints a token that is in no event field. */
  static final class Leaky extends AbstractStringLayout {
    Leaky() {
      super(StandardCharsets.UTF_8);
    }

    @Override
    public String toSerializable(LogEvent event) {
      return "leaky " + TOKEN + " " + event.getMessage().getFormattedMessage() + "\n";
    }
  }

  /** A reusable destination, as Log4j's appenders have. */
  static final class Sink implements ByteBufferDestination {
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);

    @Override
    public ByteBuffer getByteBuffer() {
      return buffer;
    }

    @Override
    public ByteBuffer drain(ByteBuffer buf) {
      throw new IllegalStateException("test events fit");
    }

    @Override
    public void writeBytes(ByteBuffer data) {
      buffer.put(data);
    }

    @Override
    public void writeBytes(byte[] data, int offset, int length) {
      buffer.put(data, offset, length);
    }

    String take(Charset charset) {
      String text = new String(buffer.array(), 0, buffer.position(), charset);
      buffer.clear();
      return text;
    }
  }

  private static RedactingLayout around(StringLayout layout) {
    return RedactingLayout.newBuilder().setConfiguration(CONFIG).setLayout(layout).build();
  }

  // with*: the one spelling from Log4j 2.20 to 2.26 (2.26 adds set* and deprecates with*), so this
  // test also compiles against the older versions the module is tested with.
  @SuppressWarnings("deprecation")
  private static PatternLayout pattern(String pattern) {
    return PatternLayout.newBuilder().withConfiguration(CONFIG).withPattern(pattern).build();
  }

  private static JsonTemplateLayout json() {
    return JsonTemplateLayout.newBuilder().setConfiguration(CONFIG).setEventTemplateUri("classpath:EcsLayout.json")
        .build();
  }

  private static LogEvent event(Message message) {
    StringMap context = ContextDataFactory.createContextData(2);
    context.putValue("request", "r-42");
    context.putValue("user", "bob");
    context.freeze();
    return Log4jLogEvent.newBuilder().setLoggerName("app.Orders").setLevel(Level.INFO).setMessage(message)
        .setContextData(context).setContextStack(ThreadContext.EMPTY_STACK).setThreadName("main")
        .setTimeMillis(1_741_947_751_412L).build();
  }

  @Test
  void scansTheWholeOutputOfANestedLayoutItDoesNotKnow() {
    RedactingLayout layout = around(new Leaky());
    LogEvent event = event(new SimpleMessage("clean message"));
    Sink sink = new Sink();
    layout.encode(event, sink);

    assertThat(sink.take(StandardCharsets.UTF_8)).isEqualTo("leaky [REDACTED:github-pat-classic] clean message\n");
    assertThat(layout.toSerializable(event)).isEqualTo("leaky [REDACTED:github-pat-classic] clean message\n");
  }

  @Test
  void scanOutputAlsoScansLiteralPatternText() {
    // A literal in the pattern is not an event field: the default does not scan it, scanOutput does.
    PatternLayout literal = pattern("token " + TOKEN + " %m%n");
    RedactingLayout scanning = RedactingLayout.newBuilder().setConfiguration(CONFIG).setLayout(literal)
        .setScanOutput(true).build();
    assertThat(scanning.toSerializable(event(new SimpleMessage("hi"))))
        .isEqualTo("token [REDACTED:github-pat-classic] hi" + System.lineSeparator());
  }

  @Test
  void encodesCleanEventsWithoutAllocatingMoreThanTheNestedLayout() {
    ReusableMessageFactory messages = new ReusableMessageFactory();
    LogEvent[] events = {
        event(new SimpleMessage("order 42 placed; token refreshed, password reset requested")),
        event(messages.newMessage("order {} placed by {} ({} items)", "A-17", "bob", 3)),
    };
    for (StringLayout nested : new StringLayout[] {pattern("%d %-5p [%t] %c{1} [%X] - %m%n"), json()}) {
      long plain = allocatedPerEvent(nested, events);
      long redacting = allocatedPerEvent(around(nested), events);
      assertThat(redacting).as("bytes per clean event around %s (plain: %s)", nested.getClass().getSimpleName(),
          plain).isLessThanOrEqualTo(plain);
    }
  }

  private static long allocatedPerEvent(StringLayout layout, LogEvent[] events) {
    Sink sink = new Sink();
    int rounds = 20_000;
    for (int i = 0; i < rounds; i++) { // warm up: class loading, thread locals, buffers, JIT
      layout.encode(events[i % events.length], sink);
      sink.buffer.clear();
    }
    long before = allocatedBytes();
    for (int i = 0; i < rounds; i++) {
      layout.encode(events[i % events.length], sink);
      sink.buffer.clear();
    }
    return (allocatedBytes() - before) / rounds;
  }

  /** HotSpot's per-thread allocation counter; reflective because this module does not read jdk.management. */
  private static long allocatedBytes() {
    try {
      Method counter = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
      return (Long) counter.invoke(ManagementFactory.getThreadMXBean());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("needs a HotSpot JVM", e);
    }
  }
}
