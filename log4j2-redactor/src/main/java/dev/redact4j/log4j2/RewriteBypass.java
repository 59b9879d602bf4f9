package dev.redact4j.log4j2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.core.config.AppenderRef;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Node;
import org.jspecify.annotations.Nullable;

/**
 * Finds loggers that reference an appender sitting behind a {@code <Rewrite>} with a redacting policy:
 * such a logger hands that appender its events unredacted. Logback's {@code RedactingAppender} reports
 * the same mistake; Log4j itself says nothing, and the file gets each event raw (and, when the logger's
 * events reach the {@code <Rewrite>} too, a second time redacted).
 *
 * <p>The {@code <Rewrite>}'s name and references are read from the configuration's elements while the
 * policy is built (Log4j drops them once the appender is); the loggers once the configuration is built.
 */
final class RewriteBypass {
  private final String rewrite;
  private final List<String> behind;

  private RewriteBypass(String rewrite, List<String> behind) {
    this.rewrite = rewrite;
    this.behind = behind;
  }

  /**
   * The check for the policy element {@code policy}, or null when the policy sits in no {@code <Rewrite>}
   * with appender references of its own (inside {@code <Routing>}, say).
   */
  static @Nullable RewriteBypass of(@Nullable Node policy) {
    Node parent = policy == null ? null : policy.getParent();
    String name = parent == null ? null : attribute(parent, "name");
    if (name == null) {
      return null;
    }
    List<String> behind = new ArrayList<>();
    for (Node child : parent.getChildren()) {
      String ref = child.getObject() instanceof AppenderRef ? ((AppenderRef) child.getObject()).getRef()
          : child.getType() != null && child.getType().getPluginClass() == AppenderRef.class
              ? attribute(child, "ref") : null;
      if (ref != null) {
        behind.add(ref);
      }
    }
    return behind.isEmpty() ? null : new RewriteBypass(name, behind);
  }

  /**
   * Reports each logger of {@code configuration} that references an appender behind the {@code <Rewrite>}:
   * an error when the logger's events also go through the {@code <Rewrite>} (every such event written raw
   * besides redacted), else a warning (a logger kept out of redaction on purpose, say).
   */
  void report(Configuration configuration) {
    Set<LoggerConfig> loggers = Collections.newSetFromMap(new IdentityHashMap<>());
    loggers.addAll(configuration.getLoggers().values());
    loggers.add(configuration.getRootLogger());
    for (LoggerConfig logger : loggers) {
      for (AppenderRef ref : logger.getAppenderRefs()) {
        if (behind.contains(ref.getRef())) {
          String what = "<RedactingRewritePolicy>: appender [" + ref.getRef() + "] behind <Rewrite name=\"" + rewrite
              + "\"> is also referenced by logger [" + loggerName(logger) + "], which hands it its events unredacted";
          if (reaches(logger, rewrite)) {
            RedactionSettings.STATUS.error("{}, besides the redacted copies from the Rewrite; remove <AppenderRef"
                + " ref=\"{}\"/> from that logger (reference only the Rewrite)", what, ref.getRef());
          } else {
            RedactionSettings.STATUS.warn("{}; if they must be redacted, reference <Rewrite name=\"{}\"> from that"
                + " logger instead", what, rewrite);
          }
        }
      }
    }
  }

  /** Whether {@code logger}'s events reach the appender {@code name}, by its own references or additivity. */
  private static boolean reaches(LoggerConfig logger, String name) {
    for (LoggerConfig at = logger; at != null; at = at.isAdditive() ? at.getParent() : null) {
      for (AppenderRef ref : at.getAppenderRefs()) {
        if (ref.getRef().equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** An attribute of an element not built yet, matched as Log4j matches them: ignoring case. */
  private static @Nullable String attribute(Node node, String name) {
    for (Map.Entry<String, String> e : node.getAttributes().entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String loggerName(LoggerConfig logger) {
    return logger.getName().isEmpty() ? "root" : logger.getName();
  }
}
