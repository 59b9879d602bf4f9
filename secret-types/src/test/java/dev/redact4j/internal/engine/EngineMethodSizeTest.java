package dev.redact4j.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * HotSpot does not compile a method whose bytecode is longer than 8,000 bytes ({@code -XX:+DontCompileHugeMethods},
 * on by default): such a method runs in the interpreter forever. {@code KeyValueDetector.locate} grew past that
 * limit once, by 72 bytes, and every key hit became 6× slower with no test failing. This test reads the engine's
 * class files and keeps every method's code under the limit, with room for the next change.
 */
class EngineMethodSizeTest {
  /** HotSpot's {@code HugeMethodLimit}. */
  private static final int HUGE_METHOD_LIMIT = 8000;
  /** Left free below the limit, so that a small change does not silently cross it on another JDK build. */
  private static final int MARGIN = 200;

  @Test
  void everyEngineMethodIsSmallEnoughForTheJitToCompile() throws IOException, URISyntaxException {
    Path dir = Path.of(KeyValueDetector.class.getResource("KeyValueDetector.class").toURI()).getParent();
    List<String> tooLong = new ArrayList<>();
    int largest = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          for (Method m : methods(new DataInputStream(in))) {
            largest = Math.max(largest, m.codeLength);
            if (m.codeLength > HUGE_METHOD_LIMIT - MARGIN) {
              tooLong.add(file.getFileName() + " " + m.name + ": " + m.codeLength + " bytes");
            }
          }
        }
      }
    }
    assertThat(largest).as("the engine's classes were read").isGreaterThan(1000);
    assertThat(tooLong).as("methods too close to HotSpot's 8,000-byte limit: split them").isEmpty();
  }

  private record Method(String name, int codeLength) {}

  /** The methods of a class file and the length of each one's code (JVMS §4). */
  private static List<Method> methods(DataInputStream in) throws IOException {
    in.readInt(); // magic
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++; // a long or a double takes two entries
        }
        case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    in.readUnsignedShort(); // access
    in.readUnsignedShort(); // this
    in.readUnsignedShort(); // super
    in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
    int fields = in.readUnsignedShort();
    for (int f = 0; f < fields; f++) {
      in.skipNBytes(6);
      skipAttributes(in);
    }
    List<Method> methods = new ArrayList<>();
    int count2 = in.readUnsignedShort();
    for (int m = 0; m < count2; m++) {
      in.readUnsignedShort(); // access
      String name = utf8[in.readUnsignedShort()];
      in.readUnsignedShort(); // descriptor
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        long length = Integer.toUnsignedLong(in.readInt());
        if ("Code".equals(attribute)) {
          in.readUnsignedShort(); // max stack
          in.readUnsignedShort(); // max locals
          int code = in.readInt();
          methods.add(new Method(name, code));
          in.skipNBytes(length - 8);
        } else {
          in.skipNBytes(length);
        }
      }
    }
    return methods;
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.readUnsignedShort();
      in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
    }
  }
}
