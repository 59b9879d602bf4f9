package dev.redact4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import dev.redact4j.Redactor;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.io.IOException;

/**
 * When {@link RedactionFeature#SCAN_STRING_VALUES} is on, writes the types Jackson writes as their
 * {@code toString()} text and that carry credentials as often as strings do ({@code URI} and
 * {@code URL} with user info, {@code StringBuilder} and {@code StringBuffer} messages) through the
 * {@link Redactor}. Text with nothing to hide is written exactly as Jackson's own serializer writes
 * it; emptiness and type ids are decided on the real text, as Jackson does. Immutable.
 */
@SuppressWarnings("serial") // Holds the Redactor; mappers carrying this module are not Java-serialized.
final class ScanningToStringSerializer extends ToStringSerializerBase {
  private final Redactor redactor;

  ScanningToStringSerializer(Class<?> type, Redactor redactor) {
    super(type);
    this.redactor = redactor;
  }

  @Override
  public String valueToString(Object value) {
    return value.toString();
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    String s = valueToString(value);
    gen.writeString(RedactionSettings.reveals(provider.getAttribute(RedactionSettings.REVEAL)) ? s : redactor.redact(s));
  }
}
