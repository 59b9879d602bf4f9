package dev.redact4j;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** File loaders on arbitrary values; jqwik manages the temporary directory (no JUnit @TempDir). */
class SecretsFilePropertiesTest {
  private static Path dir;

  @BeforeContainer
  static void createDir() throws IOException {
    dir = Files.createTempDirectory("redact4j-secrets");
  }

  @AfterContainer
  static void deleteDir() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  @Provide
  Arbitrary<String> wellFormedValues() {
    // Well-formed UTF-16 (UTF-8 cannot carry lone surrogates) without trailing line breaks.
    return Arbitraries.oneOf(
            Arbitraries.strings().ofMinLength(1).ofMaxLength(60),
            Arbitraries.integers().between(0, 0x10FFFF)
                .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                .list().ofMinSize(1).ofMaxSize(30).map(SecretFixtures::fromCodePoints))
        .filter(v -> !v.startsWith("\uFEFF"))
        .filter(v -> !v.endsWith("\n") && !v.endsWith("\r"));
  }

  @Provide
  Arbitrary<byte[]> nonEmptyBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(200);
  }

  @Property(tries = 200)
  void aValueWrittenWithATrailingNewlineReadsBackExactly(@ForAll("wellFormedValues") String value)
      throws IOException {
    Path file = Files.createTempFile(dir, "s", ".txt"); // created rw-------
    Files.writeString(file, value + "\n", UTF_8);
    assertThat(Secrets.fromFile(file).reveal()).isEqualTo(value);
    Files.delete(file);
  }

  @Property(tries = 200)
  void refusalsNeverQuoteTheFile(@ForAll("wellFormedValues") String value) throws IOException {
    Assume.that(SecretsFileTest.POSIX);
    // The marker makes any leak of the content detectable, however short the value.
    String content = "fake-s3cret:" + value;
    Path file = Files.createTempFile(dir, "s", ".txt");
    Files.writeString(file, content + "\n", UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
    assertThatThrownBy(() -> Secrets.fromFile(file)).isInstanceOf(SecretLoadingException.class)
        .hasMessageNotContaining("fake-s3cret:");
    Files.delete(file);
  }

  @Property(tries = 200)
  void bytesReadBackExactly(@ForAll("nonEmptyBytes") byte[] value) throws IOException {
    Path file = Files.createTempFile(dir, "s", ".bin");
    Files.write(file, value);
    assertThat(Secrets.bytesFromFile(file).reveal()).isEqualTo(value);
    Files.delete(file);
  }
}
