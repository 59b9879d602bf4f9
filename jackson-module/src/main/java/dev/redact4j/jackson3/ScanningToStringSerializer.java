package dev.redact4j.jackson3;

import dev.redact4j.Redactor;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.ToStringSerializerBase;

/**
 * When {@code SCAN_STRING_VALUES} is on, writes the types Jackson writes as their
 * {@code toString()} text and that carry credentials as often as strings do ({@code URI} and
 * {@code URL} with user info, {@code StringBuilder} and {@code StringBuffer} messages) through the
 * {@link Redactor}. Text with nothing to hide is written exactly as Jackson's own serializer writes
 * it; emptiness and type ids are decided on the real text, as Jackson does. Immutable.
 */
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
  public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
    String s = valueToString(value);
    gen.writeString(SecretSerializers.reveals(ctxt) ? s : redactor.redact(s));
  }
}
