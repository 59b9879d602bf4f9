package dev.redact4j.logback;

import ch.qos.logback.core.CoreConstants;
import java.nio.charset.StandardCharsets;

/** What a component writes when it cannot redact: never the input. */
final class Placeholder {
  /** Same text as the engine writes when redaction fails. */
  static final String TEXT = "[REDACTION FAILED]";
  static final String LINE = TEXT + CoreConstants.LINE_SEPARATOR;

  private Placeholder() {}

  static byte[] lineBytes() {
    return LINE.getBytes(StandardCharsets.US_ASCII);
  }
}
