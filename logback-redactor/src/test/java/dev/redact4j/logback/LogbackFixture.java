package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.spi.ConfigurationEvent;
import ch.qos.logback.core.status.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.spi.MDCAdapter;

/**
 * A fresh {@link LoggerContext} configured by Joran from a real XML file in test resources, named
 * after the test class ({@code RedactingEncoderTest.xml}, or {@code RedactingEncoderTest-json.xml}
 * for a variant). Context properties (such as {@code DIR}) are set before the file is read.
 */
final class LogbackFixture implements AutoCloseable {
  final LoggerContext context;

  private LogbackFixture(LoggerContext context) {
    this.context = context;
  }

  static LogbackFixture load(Class<?> testClass, String variant, Map<String, String> properties) {
    String name = testClass.getSimpleName() + (variant.isEmpty() ? "" : "-" + variant) + ".xml";
    URL url = testClass.getResource(name);
    assertThat(url).as("fixture %s", name).isNotNull();
    String xml = forThisLogback(text(url));
    return xml == null
        ? configure(name, properties, configurator -> configurator.doConfigure(url))
        : fromText(name, xml, properties);
  }

  /** Whether the running Logback is older than 1.5, which ends a configuration with CONFIGURATION_ENDED. */
  static final boolean BEFORE_1_5 = Arrays.stream(ConfigurationEvent.EventType.values())
      .anyMatch(type -> type.name().equals("CONFIGURATION_ENDED"));

  private static final Pattern CLASS_OF_RULE = Pattern.compile("(<conversionRule conversionWord=\"[^\"]*\") class=");

  /**
   * The configuration respelled for Logback before 1.5, whose {@code <conversionRule>} takes the
   * converter as {@code converterClass} (1.5 takes {@code class}, as the docs write it); null when
   * nothing changes, so 1.5 reads the file itself.
   */
  static @Nullable String forThisLogback(String xml) {
    Matcher m = CLASS_OF_RULE.matcher(xml);
    return BEFORE_1_5 && m.find() ? m.replaceAll("$1 converterClass=") : null;
  }

  static String text(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A context configured from XML text, such as an example copied out of the docs; {@code name} names it. */
  static LogbackFixture fromText(String name, String xml, Map<String, String> properties) {
    String respelled = forThisLogback(xml);
    byte[] bytes = (respelled == null ? xml : respelled).getBytes(StandardCharsets.UTF_8);
    return configure(name, properties, configurator -> configurator.doConfigure(new ByteArrayInputStream(bytes)));
  }

  private interface Configuring {
    void run(JoranConfigurator configurator) throws JoranException;
  }

  private static LogbackFixture configure(String name, Map<String, String> properties, Configuring how) {
    LoggerContext context = new LoggerContext();
    context.setName(name);
    // What Logback's SLF4J provider does for the default context; events read MDC through it.
    context.setMDCAdapter(new LogbackMDCAdapter());
    properties.forEach(context::putProperty);
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    try {
      how.run(configurator);
    } catch (JoranException e) {
      // Joran also records this in the status manager, which the tests inspect.
    }
    return new LogbackFixture(context);
  }

  MDCAdapter mdc() {
    return context.getMDCAdapter();
  }

  Logger logger(String name) {
    return context.getLogger(name);
  }

  List<String> errors() {
    return statuses(Status.ERROR);
  }

  List<String> statuses(int level) {
    return context.getStatusManager().getCopyOfStatusList().stream()
        .filter(s -> s.getEffectiveLevel() >= level)
        .map(s -> s.getMessage() + (s.getThrowable() == null ? "" : " " + s.getThrowable()))
        .collect(Collectors.toList());
  }

  void assertNoErrors() {
    assertThat(errors()).as("status errors").isEmpty();
  }

  /** Stops the context, which flushes and closes every appender. */
  @Override
  public void close() {
    context.stop();
  }

  static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
