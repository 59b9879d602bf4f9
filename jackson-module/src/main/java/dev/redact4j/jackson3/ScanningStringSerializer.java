package dev.redact4j.jackson3;

import dev.redact4j.Redactor;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Replaces Jackson's {@code String} serializer when {@code SCAN_STRING_VALUES} is on: each value goes
 * through the {@link Redactor}, which returns it unchanged when it holds no secret. Immutable.
 */
final class ScanningStringSerializer extends StdScalarSerializer<Object> {
  private final Redactor redactor;

  ScanningStringSerializer(Redactor redactor) {
    super(String.class, false);
    this.redactor = redactor;
  }

  @Override
  public boolean isEmpty(SerializationContext ctxt, Object value) {
    return ((String) value).isEmpty();
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
    String s = (String) value;
    gen.writeString(SecretSerializers.reveals(ctxt) ? s : redactor.redact(s));
  }

  @Override
  public void serializeWithType(Object value, JsonGenerator gen, SerializationContext ctxt, TypeSerializer typeSer) {
    // Like Jackson's own String serializer: strings never carry a type id.
    serialize(value, gen, ctxt);
  }
}
