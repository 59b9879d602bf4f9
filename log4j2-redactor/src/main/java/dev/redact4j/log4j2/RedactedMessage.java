package dev.redact4j.log4j2;

import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.util.StringBuilderFormattable;
import org.jspecify.annotations.Nullable;

/** An immutable message holding already-redacted text and parameters; see {@link EventRedaction}. */
final class RedactedMessage implements Message, StringBuilderFormattable {
  private static final long serialVersionUID = 1L;

  private final String formatted;
  /** Strings, or immutable values that cannot hold text (numbers, booleans, characters). */
  @SuppressWarnings("serial") // every element is a String or a boxed primitive, all serializable
  private final Object[] parameters;
  private final @Nullable Throwable throwable;

  RedactedMessage(String formatted, Object[] parameters, @Nullable Throwable throwable) {
    this.formatted = formatted;
    this.parameters = parameters;
    this.throwable = throwable;
  }

  @Override
  public String getFormattedMessage() {
    return formatted;
  }

  /** The redacted text: the original format could hold a secret and is not kept. */
  @Override
  @Deprecated
  public String getFormat() {
    return formatted;
  }

  @Override
  public Object[] getParameters() {
    return parameters.clone();
  }

  @Override
  public @Nullable Throwable getThrowable() {
    return throwable;
  }

  @Override
  public void formatTo(StringBuilder buffer) {
    buffer.append(formatted);
  }

  @Override
  public String toString() {
    return formatted;
  }
}
