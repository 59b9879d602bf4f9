package dev.redact4j.log4j2;

import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Loaded by {@link RedactingPatternConverterTest} in a class loader that holds Log4j but not
 * redact4j, to see what Log4j makes of a pattern when our plugin is missing. Uses only Log4j and JDK
 * types in its signature so the test can call it reflectively.
 */
public final class MissingPluginProbe {
  private MissingPluginProbe() {}

  /** Formats one event with {@code message} through {@code pattern}: {output, status errors...}. */
  public static String[] format(String pattern, String message) {
    List<String> result = new ArrayList<>();
    StatusListener listener = new StatusListener() {
      @Override
      public void log(StatusData data) {
        result.add(data.getFormattedStatus());
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
      PatternLayout layout = PatternLayout.newBuilder().setConfiguration(new DefaultConfiguration())
          .setPattern(pattern).build();
      LogEvent event = Log4jLogEvent.newBuilder().setLoggerName("probe").setLevel(Level.INFO)
          .setMessage(new SimpleMessage(message)).build();
      result.add(0, layout.toSerializable(event));
      return result.toArray(new String[0]);
    } finally {
      StatusLogger.getLogger().removeListener(listener);
    }
  }
}
