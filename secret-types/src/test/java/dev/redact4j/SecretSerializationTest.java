package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Java serialization is refused both ways, and the refused stream holds no trace of the value. */
class SecretSerializationTest {
  record Credentials(String user, SecretString password) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  @Provide
  Arbitrary<String> canaries() {
    // Long enough that a chance match in the stream's own bytes is impossible.
    return Arbitraries.oneOf(
        Arbitraries.strings().alpha().numeric().ofMinLength(12).ofMaxLength(64),
        Arbitraries.strings().withCharRange('\u0100', '\uFFEF').ofMinLength(8).ofMaxLength(32));
  }

  @Property(tries = 200)
  void serializingASecretStringFailsAndTheStreamHoldsNoValue(@ForAll("canaries") String value) {
    for (Object graph : new Object[] {
        SecretString.of(value), new Credentials("bob", SecretString.of(value)),
        new ArrayList<>(List.of("x", SecretString.of(value)))}) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      assertThatThrownBy(() -> {
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
          out.writeObject(graph);
        }
      }).isInstanceOf(NotSerializableException.class)
          .hasMessageContaining("dev.redact4j.SecretString refuses Java serialization")
          .hasMessageContaining("transient")
          .hasMessageNotContaining(value);
      assertNoTrace(bytes.toByteArray(), value);
    }
  }

  @Property(tries = 200)
  void serializingSecretBytesFailsAndTheStreamHoldsNoValue(@ForAll("canaries") String value) {
    byte[] raw = value.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertThatThrownBy(() -> {
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(SecretBytes.of(raw));
      }
    }).isInstanceOf(NotSerializableException.class)
        .hasMessageContaining("dev.redact4j.SecretBytes refuses Java serialization");
    assertThat(SecretFixtures.indexOf(bytes.toByteArray(), raw)).isEqualTo(-1);
  }

  @Test
  void aForgedStreamCannotCreateASecret() {
    for (String className : new String[] {"dev.redact4j.SecretString", "dev.redact4j.SecretBytes"}) {
      assertThatThrownBy(() -> {
        try (ObjectInputStream in = new ObjectInputStream(
            new ByteArrayInputStream(forgedStream(className)))) {
          in.readObject();
        }
      }).isInstanceOf(NotSerializableException.class)
          .hasMessage(className + " cannot be deserialized: it is never serialized by redact4j");
    }
  }

  /** A minimal stream for an instance of {@code className} (serialVersionUID 1, no fields). */
  private static byte[] forgedStream(String className) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeShort(0xACED); // STREAM_MAGIC
      out.writeShort(5); // STREAM_VERSION
      out.writeByte(0x73); // TC_OBJECT
      out.writeByte(0x72); // TC_CLASSDESC
      out.writeUTF(className);
      out.writeLong(1L);
      out.writeByte(0x02 | 0x01); // SC_SERIALIZABLE | SC_WRITE_METHOD
      out.writeShort(0); // no fields
      out.writeByte(0x78); // TC_ENDBLOCKDATA (class annotations)
      out.writeByte(0x70); // TC_NULL (no superclass)
      out.writeByte(0x78); // TC_ENDBLOCKDATA (object data)
    }
    return bytes.toByteArray();
  }

  private static void assertNoTrace(byte[] stream, String value) {
    for (java.nio.charset.Charset cs : new java.nio.charset.Charset[] {
        StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE}) {
      assertThat(SecretFixtures.indexOf(stream, value.getBytes(cs))).as(cs.name()).isEqualTo(-1);
    }
  }
}
