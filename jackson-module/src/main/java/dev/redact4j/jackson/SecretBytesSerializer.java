package dev.redact4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import dev.redact4j.SecretBytes;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.io.IOException;
import java.util.Arrays;

/**
 * Writes a {@link SecretBytes} as the mask, or as base64 (Jackson's configured variant) for a
 * revealing writer. Stateless.
 */
final class SecretBytesSerializer extends StdScalarSerializer<SecretBytes> {
  private static final long serialVersionUID = 1L;

  static final SecretBytesSerializer INSTANCE = new SecretBytesSerializer();

  private SecretBytesSerializer() {
    super(SecretBytes.class);
  }

  @Override
  public void serialize(SecretBytes value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    if (!RedactionSettings.reveals(provider.getAttribute(RedactionSettings.REVEAL))) {
      gen.writeString(RedactionSettings.MASK);
      return;
    }
    byte[] bytes = value.reveal();
    try {
      gen.writeBinary(provider.getConfig().getBase64Variant(), bytes, 0, bytes.length);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }
}
