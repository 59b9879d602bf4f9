package dev.redact4j.log4j2;

import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.pattern.ConverterKeys;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.PatternConverter;

/** A converter redact4j cannot know: it prints text from outside the event ({@link #text}). */
@Plugin(name = "BuildInfoConverter", category = PatternConverter.CATEGORY)
@ConverterKeys({"buildInfo"})
public final class BuildInfoConverter extends LogEventPatternConverter {
  /** What the next events print; set by a test. */
  static volatile String text = "";

  private BuildInfoConverter() {
    super("BuildInfo", "buildInfo");
  }

  /** Log4j's factory method for converters. */
  public static BuildInfoConverter newInstance(String[] options) {
    return new BuildInfoConverter();
  }

  @Override
  public void format(LogEvent event, StringBuilder toAppendTo) {
    toAppendTo.append(text);
  }
}
