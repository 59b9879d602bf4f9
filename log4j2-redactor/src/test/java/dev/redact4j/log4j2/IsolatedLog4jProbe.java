package dev.redact4j.log4j2;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Runs Log4j in a class loader that lacks part of redact4j, to see what a user who left a jar out
 * gets: loaded by {@link RedactingPatternConverterTest} without this module (the plugin is missing)
 * and by {@link MissingEngineTest} without the engine ({@code secret-types}). Uses only Log4j and JDK
 * types in its signatures, so the tests can call it reflectively.
 */
public final class IsolatedLog4jProbe {
  private IsolatedLog4jProbe() {}

  /** Formats one event with {@code message} through {@code pattern}: {output, status errors...}. */
  public static String[] format(String pattern, String message) {
    String[] output = new String[1];
    List<String> result = errorsDuring(() -> {
      PatternLayout layout = patternLayout(pattern);
      LogEvent event = Log4jLogEvent.newBuilder().setLoggerName("probe").setLevel(Level.INFO)
          .setMessage(new SimpleMessage(message)).build();
      output[0] = layout.toSerializable(event);
    });
    result.add(0, output[0]);
    return result.toArray(new String[0]);
  }

  // with*: the one spelling from Log4j 2.20 to 2.26 (2.26 adds set* and deprecates with*), so the
  // probe also runs against the older versions the module is tested with.
  @SuppressWarnings("deprecation")
  private static PatternLayout patternLayout(String pattern) {
    return PatternLayout.newBuilder().withConfiguration(new DefaultConfiguration()).withPattern(pattern).build();
  }

  /**
   * Starts the configuration at {@code config}, logs {@code message} at ERROR with an exception whose
   * message is {@code thrown}, stops; returns the ERROR status lines seen meanwhile.
   */
  public static String[] run(String config, String message, String thrown) {
    return errorsDuring(() -> {
      LoggerContext context = new LoggerContext("isolated", null, URI.create(config));
      context.start();
      context.getLogger("app").error(message, new IllegalStateException(thrown));
      context.stop();
    }).toArray(new String[0]);
  }

  /** The ERROR status lines Log4j reports while {@code action} runs. */
  private static List<String> errorsDuring(Runnable action) {
    List<String> errors = new ArrayList<>();
    StatusListener listener = new StatusListener() {
      @Override
      public void log(StatusData data) {
        errors.add(data.getFormattedStatus());
      }

      @Override
      public Level getStatusLevel() {
        return Level.ERROR;
      }

      @Override
      public void close() {}
    };
    StatusLogger.getLogger().registerListener(listener);
    try {
      action.run();
    } finally {
      StatusLogger.getLogger().removeListener(listener);
    }
    return errors;
  }
}
