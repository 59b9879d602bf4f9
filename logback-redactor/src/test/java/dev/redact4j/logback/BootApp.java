package dev.redact4j.logback;

import ch.qos.logback.classic.LoggerContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.MDCAdapter;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * A real Spring Boot application with no web server, started as a Boot user starts one: its
 * {@code LoggingApplicationListener} boots Spring's {@code LogbackLoggingSystem}, which reads
 * {@code logback-spring.xml} (or {@code logging.config}) and the {@code logging.*} properties given as
 * command-line arguments. What the console appender writes to {@code System.out}, and the status
 * messages Boot prints to {@code System.err} (warnings and errors), are captured. On
 * close the application stops, Boot cleans its logging system up, and the global Logback context and
 * the system properties Boot set are put back, so each test starts afresh.
 */
final class BootApp implements AutoCloseable {
  /** The application's only bean source: an empty class, as a Boot user's main class with no beans. */
  static final class Application {}

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final ByteArrayOutputStream statusOutput = new ByteArrayOutputStream();
  private final PrintStream originalOut = System.out;
  private final PrintStream originalErr = System.err;
  private final Properties originalProperties = (Properties) System.getProperties().clone();
  private @Nullable ConfigurableApplicationContext context;
  private @Nullable RuntimeException startFailure;

  private BootApp() {}

  /** Starts the application with these {@code --name=value} arguments (a failed start is kept, not thrown). */
  static BootApp start(String... properties) {
    return start(false, properties);
  }

  /**
   * Starts the application as one with no {@code logback-spring.xml}: Boot then configures Logback
   * itself from the {@code logging.*} properties (the test class path's own file is hidden).
   */
  static BootApp startWithoutLogbackXml(String... properties) {
    return start(true, properties);
  }

  private static BootApp start(boolean hideLogbackSpringXml, String... properties) {
    BootApp app = new BootApp();
    List<String> args = new ArrayList<>(List.of("--spring.main.banner-mode=off",
        "--logging.register-shutdown-hook=false", "--spring.main.register-shutdown-hook=false"));
    for (String p : properties) {
      args.add("--" + p);
    }
    System.setOut(new PrintStream(app.console, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(app.statusOutput, true, StandardCharsets.UTF_8));
    try {
      SpringApplication spring = new SpringApplication(Application.class);
      spring.setWebApplicationType(WebApplicationType.NONE);
      if (hideLogbackSpringXml) {
        spring.setResourceLoader(new DefaultResourceLoader(new ClassLoader(BootApp.class.getClassLoader()) {
          @Override
          public @Nullable URL getResource(String name) {
            return name.equals("logback-spring.xml") ? null : super.getResource(name);
          }
        }));
      }
      app.context = spring.run(args.toArray(String[]::new));
    } catch (RuntimeException e) {
      app.startFailure = e;
    }
    return app;
  }

  /** Why the application did not start, or null when it did. */
  @Nullable RuntimeException startFailure() {
    return startFailure;
  }

  Logger logger(String name) {
    return LoggerFactory.getLogger(name);
  }

  MDCAdapter mdc() {
    return loggerContext().getMDCAdapter();
  }

  /** Everything the console appender wrote so far. */
  String console() {
    System.out.flush();
    return console.toString(StandardCharsets.UTF_8);
  }

  /** What Boot's status listener printed so far: Logback's warnings and errors, on standard error. */
  String statusOutput() {
    System.err.flush();
    return statusOutput.toString(StandardCharsets.UTF_8);
  }

  static LoggerContext loggerContext() {
    return (LoggerContext) LoggerFactory.getILoggerFactory();
  }

  /** Stops the application (Boot cleans its logging up), then resets Logback and the system properties. */
  @Override
  public void close() {
    try {
      if (context != null) {
        context.close();
      }
      loggerContext().reset(); // stops and closes every appender, so the files are complete
      // Boot's status listener reprints statuses younger than 300 ms when the next test starts it.
      loggerContext().getStatusManager().clear();
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
      System.setProperties(originalProperties);
    }
  }
}
