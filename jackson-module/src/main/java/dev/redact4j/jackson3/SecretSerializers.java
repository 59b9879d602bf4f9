package dev.redact4j.jackson3;

import dev.redact4j.SecretBytes;
import dev.redact4j.SecretString;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.util.Arrays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdScalarSerializer;

/** Stateless serializers of the secret types: the mask, or the value for a revealing writer. */
final class SecretSerializers {
  private SecretSerializers() {}

  static boolean reveals(SerializationContext ctxt) {
    return RedactionSettings.reveals(ctxt.getAttribute(RedactionSettings.REVEAL));
  }

  static final class StringSerializer extends StdScalarSerializer<SecretString> {
    static final StringSerializer INSTANCE = new StringSerializer();

    private StringSerializer() {
      super(SecretString.class);
    }

    @Override
    public void serialize(SecretString value, JsonGenerator gen, SerializationContext ctxt) {
      if (!reveals(ctxt)) {
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

  static final class BytesSerializer extends StdScalarSerializer<SecretBytes> {
    static final BytesSerializer INSTANCE = new BytesSerializer();

    private BytesSerializer() {
      super(SecretBytes.class);
    }

    @Override
    public void serialize(SecretBytes value, JsonGenerator gen, SerializationContext ctxt) {
      if (!reveals(ctxt)) {
        gen.writeString(RedactionSettings.MASK);
        return;
      }
      byte[] bytes = value.reveal();
      try {
        gen.writeBinary(ctxt.getConfig().getBase64Variant(), bytes, 0, bytes.length);
      } finally {
        Arrays.fill(bytes, (byte) 0);
      }
    }
  }
}
