package dev.redact4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import dev.redact4j.Redactor;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.io.IOException;

/**
 * Replaces Jackson's {@code String} serializer when {@link RedactionFeature#SCAN_STRING_VALUES} is
 * on: each value goes through the {@link Redactor}, which returns it unchanged when it holds no
 * secret. Immutable.
 */
@SuppressWarnings("serial") // Holds the Redactor; mappers carrying this module are not Java-serialized.
final class ScanningStringSerializer extends StdScalarSerializer<Object> {
  private final Redactor redactor;

  ScanningStringSerializer(Redactor redactor) {
    super(String.class, false);
    this.redactor = redactor;
  }

  @Override
  public boolean isEmpty(SerializerProvider prov, Object value) {
    return ((String) value).isEmpty();
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    String s = (String) value;
    gen.writeString(RedactionSettings.reveals(provider.getAttribute(RedactionSettings.REVEAL)) ? s : redactor.redact(s));
  }

  @Override
  public void serializeWithType(Object value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
      throws IOException {
    // Like Jackson's own String serializer: strings never carry a type id.
    serialize(value, gen, provider);
  }
}
