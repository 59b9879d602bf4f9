package dev.redact4j.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import dev.redact4j.SecretBytes;
import dev.redact4j.SecretString;
import java.io.IOException;
import java.nio.CharBuffer;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@link SecretString} from a JSON string (or a number, for PINs) and {@link SecretBytes} from
 * base64 text. Error messages never contain the input.
 */
final class SecretDeserializers extends Deserializers.Base {
  @Override
  public @Nullable JsonDeserializer<?> findBeanDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
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
    private static final long serialVersionUID = 1L;
    static final StringDeserializer INSTANCE = new StringDeserializer();

    private StringDeserializer() {
      super(SecretString.class);
    }

    @Override
    public SecretString deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        // Straight from the parser's buffer: no intermediate String.
        return SecretString.of(CharBuffer.wrap(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()));
      }
      return (SecretString) ctxt.handleUnexpectedToken(SecretString.class, p);
    }
  }

  /** Stateless. */
  static final class BytesDeserializer extends StdScalarDeserializer<SecretBytes> {
    private static final long serialVersionUID = 1L;
    static final BytesDeserializer INSTANCE = new BytesDeserializer();

    private BytesDeserializer() {
      super(SecretBytes.class);
    }

    @Override
    public SecretBytes deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_EMBEDDED_OBJECT) {
        return (SecretBytes) ctxt.handleUnexpectedToken(SecretBytes.class, p);
      }
      byte[] bytes;
      try {
        bytes = p.getBinaryValue(ctxt.getBase64Variant());
      } catch (IOException | IllegalArgumentException e) {
        // Jackson's message quotes the offending character; report without it and without a cause.
        return (SecretBytes) ctxt.reportInputMismatch(this, "SecretBytes expects base64 text; the value is not valid base64");
      }
      try {
        return SecretBytes.of(bytes);
      } finally {
        Arrays.fill(bytes, (byte) 0);
      }
    }
  }
}
