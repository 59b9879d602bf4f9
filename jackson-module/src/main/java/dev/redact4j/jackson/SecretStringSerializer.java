package dev.redact4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import dev.redact4j.SecretString;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.io.IOException;
import java.util.Arrays;

/** Writes a {@link SecretString} as the mask, or its value for a revealing writer. Stateless. */
final class SecretStringSerializer extends StdScalarSerializer<SecretString> {
  private static final long serialVersionUID = 1L;

  static final SecretStringSerializer INSTANCE = new SecretStringSerializer();

  private SecretStringSerializer() {
    super(SecretString.class);
  }

  @Override
  public void serialize(SecretString value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    if (!RedactionSettings.reveals(provider.getAttribute(RedactionSettings.REVEAL))) {
      gen.writeString(RedactionSettings.MASK);
      return;
    }
    // A char[] copy that is wiped afterwards, rather than a String that lingers.
    char[] chars = value.use(cs -> {
      char[] a = new char[cs.length()];
      for (int i = 0; i < a.length; i++) {
        a[i] = cs.charAt(i);
      }
      return a;
    });
    try {
      gen.writeString(chars, 0, chars.length);
    } finally {
      Arrays.fill(chars, '\0');
    }
  }
}
