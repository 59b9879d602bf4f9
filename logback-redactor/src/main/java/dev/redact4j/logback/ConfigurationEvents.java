package dev.redact4j.logback;

import ch.qos.logback.core.Context;
import ch.qos.logback.core.spi.ConfigurationEvent;
import ch.qos.logback.core.spi.ConfigurationEventListener;
import java.util.Set;

/**
 * What {@link RedactingAppender} uses of Logback's configuration events, on each Logback line it runs
 * on. Logback 1.5 ends a configuration with {@code CONFIGURATION_ENDED_SUCCESSFULLY} or
 * {@code CONFIGURATION_ENDED_WITH_XML_PARSING_ERRORS}, 1.3 and 1.4 with {@code CONFIGURATION_ENDED};
 * only 1.5 can remove a listener from a {@link Context}. Types are compared by name and the method is
 * looked up once, because naming a constant or calling a method the running Logback lacks throws
 * {@link NoSuchFieldError} or {@link NoSuchMethodError} out of the configuration or its reset.
 */
final class ConfigurationEvents {
  private static final Set<String> ENDS = Set.of("CONFIGURATION_ENDED_SUCCESSFULLY",
      "CONFIGURATION_ENDED_WITH_XML_PARSING_ERRORS", "CONFIGURATION_ENDED");

  /** Whether {@code Context.removeConfigurationEventListener} exists (Logback 1.5+). */
  static final boolean CAN_REMOVE = canRemove();

  private ConfigurationEvents() {}

  /** True for the event that ends a configuration, on every Logback line. */
  static boolean endsConfiguration(ConfigurationEvent event) {
    return ENDS.contains(event.getEventType().name());
  }

  /** Removes {@code listener} from {@code context}; false, removing nothing, where Logback cannot. */
  static boolean remove(Context context, ConfigurationEventListener listener) {
    if (!CAN_REMOVE) {
      return false;
    }
    context.removeConfigurationEventListener(listener);
    return true;
  }

  private static boolean canRemove() {
    try {
      Context.class.getMethod("removeConfigurationEventListener", ConfigurationEventListener.class);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
