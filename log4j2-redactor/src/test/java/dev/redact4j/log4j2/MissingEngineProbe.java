package dev.redact4j.log4j2;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Loaded by {@link MissingEngineTest} in a class loader that holds Log4j and this module's classes
 * but not the engine ({@code secret-types}). Uses only Log4j and JDK types, so the test can call it
 * reflectively.
 */
public final class MissingEngineProbe {
  private MissingEngineProbe() {}

  /**
   * Starts the configuration at {@code config}, logs {@code message} at ERROR with an exception whose
   * message is {@code thrown}, stops; returns the ERROR status lines seen meanwhile.
   */
  public static String[] run(String config, String message, String thrown) {
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
      LoggerContext context = new LoggerContext("missing-engine", null, URI.create(config));
      context.start();
      context.getLogger("app").error(message, new IllegalStateException(thrown));
      context.stop();
      return errors.toArray(new String[0]);
    } finally {
      StatusLogger.getLogger().removeListener(listener);
    }
  }
}
