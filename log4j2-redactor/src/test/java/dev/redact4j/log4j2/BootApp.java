package dev.redact4j.log4j2;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Spring Boot application with no web server, started as a Boot user starts one: its
 * {@code LoggingApplicationListener} boots Spring's {@code Log4J2LoggingSystem}, which reads
 * {@code log4j2-spring.xml} (or {@code logging.config}) and the {@code logging.*} properties given as
 * command-line arguments. What the console appender writes to {@code System.out} and the
 * StatusLogger's errors are captured. On close the application stops, Boot cleans its logging up,
 * and Log4j's default context and the system properties Boot set are put back.
 */
final class BootApp implements AutoCloseable {
  /** The application's only bean source: an empty class, as a Boot user's main class with no beans. */
  static final class Application {}

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final PrintStream originalOut = System.out;
  private final Properties originalProperties = (Properties) System.getProperties().clone();
  private final List<String> statusErrors = Collections.synchronizedList(new ArrayList<>());
  private final StatusListener errorListener = new StatusListener() {
    @Override
    public void log(StatusData data) {
      statusErrors.add(data.getFormattedStatus());
    }

    @Override
    public Level getStatusLevel() {
      return Level.ERROR;
    }

    @Override
    public void close() {}
  };
  private @Nullable ConfigurableApplicationContext context;
  private @Nullable RuntimeException startFailure;

  private BootApp() {}

  /** Starts the application with these {@code name=value} properties (a failed start is kept, not thrown). */
  static BootApp start(String... properties) {
    BootApp app = new BootApp();
    List<String> args = new ArrayList<>(List.of("--spring.main.banner-mode=off",
        "--logging.register-shutdown-hook=false", "--spring.main.register-shutdown-hook=false"));
    for (String p : properties) {
      args.add("--" + p);
    }
    StatusLogger.getLogger().registerListener(app.errorListener);
    System.setOut(new PrintStream(app.console, true, StandardCharsets.UTF_8));
    try {
      SpringApplication spring = new SpringApplication(Application.class);
      spring.setWebApplicationType(WebApplicationType.NONE);
      app.context = spring.run(args.toArray(String[]::new));
    } catch (RuntimeException e) {
      app.startFailure = e;
    }
    return app;
  }

  @Nullable RuntimeException startFailure() {
    return startFailure;
  }

  /** StatusLogger errors since the start. */
  List<String> statusErrors() {
    return List.copyOf(statusErrors);
  }

  /** Everything the console appender wrote so far. */
  String console() {
    System.out.flush();
    return console.toString(StandardCharsets.UTF_8);
  }

  /** Stops the application (Boot cleans its logging up), then puts Log4j's default configuration back. */
  @Override
  public void close() {
    try {
      if (context != null) {
        context.close();
      }
    } finally {
      System.setOut(originalOut);
      System.setProperties(originalProperties);
      // Back to Log4j's own discovery: reloading the last file without Boot's environment would
      // leave its ${spring:...} lookups unresolved.
      Configurator.reconfigure((URI) null);
      StatusLogger.getLogger().removeListener(errorListener);
    }
  }
}
