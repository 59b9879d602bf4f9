package dev.redact4j.jackson3;

import dev.redact4j.SecretBytes;
import dev.redact4j.SecretString;
import java.nio.CharBuffer;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads {@link SecretString} from a JSON string (or a number, for PINs) and {@link SecretBytes} from
 * base64 text. Error messages never contain the input.
 */
final class SecretDeserializers extends Deserializers.Base {
  @Override
  public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
    return valueType == SecretString.class || valueType == SecretBytes.class;
  }

  @Override
  public @Nullable ValueDeserializer<?> findBeanDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription.Supplier beanDescRef) {
    Class<?> raw = type.getRawClass();
    if (raw == SecretString.class) {
      return StringDeserializer.INSTANCE;
    }
    if (raw == SecretBytes.class) {
      return BytesDeserializer.INSTANCE;
    }
    return null;
  }

  /** Stateless. */
  static final class StringDeserializer extends StdScalarDeserializer<SecretString> {
    static final StringDeserializer INSTANCE = new StringDeserializer();

    private StringDeserializer() {
      super(SecretString.class);
    }

    @Override
    public SecretString deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        // Straight from the parser's buffer: no intermediate String.
        return SecretString.of(CharBuffer.wrap(p.getStringCharacters(), p.getStringOffset(), p.getStringLength()));
      }
      return (SecretString) ctxt.handleUnexpectedToken(SecretString.class, p);
    }
  }

  /** Stateless. */
  static final class BytesDeserializer extends StdScalarDeserializer<SecretBytes> {
    static final BytesDeserializer INSTANCE = new BytesDeserializer();

    private BytesDeserializer() {
      super(SecretBytes.class);
    }

    @Override
    public SecretBytes deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_EMBEDDED_OBJECT) {
        return (SecretBytes) ctxt.handleUnexpectedToken(SecretBytes.class, p);
      }
      byte[] bytes;
      try {
        bytes = p.getBinaryValue(ctxt.getBase64Variant());
      } catch (JacksonException | IllegalArgumentException e) {
        // Jackson's message quotes the offending character; report without it and without a cause.
        return ctxt.reportInputMismatch(this, "SecretBytes expects base64 text; the value is not valid base64");
      }
      try {
        return SecretBytes.of(bytes);
      } finally {
        Arrays.fill(bytes, (byte) 0);
      }
    }
  }
}
