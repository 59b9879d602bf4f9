package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines with nothing to hide come out byte for byte, whatever their encoding: Latin-1 and
 * Windows-1252 logs, stray invalid bytes, a sequence cut off at the end of input. Where a secret is
 * hidden, only the secret changes.
 */
class ByteFidelityTest {
  private final FakeSecrets fake = new FakeSecrets(23);
  @TempDir Path dir;

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void latin1LinesKeepTheirBytesAndOnlyTheSecretChanges() {
    String password = fake.password();
    byte[] input = latin1("Grüße from Zürich, café ok\nJürgen logged in, password=" + password + " à bientôt\n");

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.outBytes()).isEqualTo(
        latin1("Grüße from Zürich, café ok\nJürgen logged in, password=[REDACTED:password-assignment] à bientôt\n"));
  }

  @Test
  void invalidBytesAmongValidUtf8AreKeptAsTheyCame() {
    String token = fake.githubToken();
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes("naïve ".getBytes(StandardCharsets.UTF_8));
    in.writeBytes(new byte[] {(byte) 0xC3, '(', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, ' ', (byte) 0xFF, ' '});
    in.writeBytes(("😀 token " + token + " end\n").getBytes(StandardCharsets.UTF_8));
    in.writeBytes(new byte[] {'t', 'a', 'i', 'l', ' ', (byte) 0xE2, (byte) 0x82}); // cut off at the end of input

    CliRun run = CliRun.of(in.toByteArray());

    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.writeBytes("naïve ".getBytes(StandardCharsets.UTF_8));
    expected.writeBytes(new byte[] {(byte) 0xC3, '(', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, ' ', (byte) 0xFF, ' '});
    expected.writeBytes("😀 token [REDACTED:github-pat-classic] end\n".getBytes(StandardCharsets.UTF_8));
    expected.writeBytes(new byte[] {'t', 'a', 'i', 'l', ' ', (byte) 0xE2, (byte) 0x82});
    assertThat(run.outBytes()).isEqualTo(expected.toByteArray());
  }

  @Test
  void aSecretNextToInvalidBytesIsStillHidden() {
    String password = fake.password();
    byte[] input = latin1("\u00e9\u00e9 password=" + password + "\u00e9\n");

    CliRun run = CliRun.of(input);

    assertThat(new String(run.outBytes(), StandardCharsets.ISO_8859_1)).doesNotContain(password)
        .startsWith("\u00e9\u00e9 password=[REDACTED:");
  }

  @Test
  void aFileInPlaceKeepsItsBytes() throws IOException {
    String token = fake.githubToken();
    Path log = dir.resolve("legacy.log");
    Files.write(log, latin1("Fehler beim Öffnen\nAuthorization: token " + token + "\n"));

    CliRun run = CliRun.of("", log.toString(), "-o", log.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllBytes(log)).isEqualTo(latin1("Fehler beim Öffnen\nAuthorization: token [REDACTED:"
        + "authorization-header]\n"));
  }

  @Test
  void nulBytesAreRefusedUnlessAskedToReadThemAsText() throws IOException {
    String password = fake.password();
    Path log = dir.resolve("rotated.log");
    byte[] padding = new byte[64]; // copytruncate: the writer's old offset, filled with NUL bytes
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    content.writeBytes(padding);
    content.writeBytes(("after rotation password=" + password + "\n").getBytes(StandardCharsets.UTF_8));
    Files.write(log, content.toByteArray());

    CliRun refused = CliRun.of("", log.toString());
    CliRun asText = CliRun.of("", "--text", log.toString());

    assertThat(refused.exitCode()).isEqualTo(RedactCommand.EXIT_USAGE);
    assertThat(refused.outBytes()).isEmpty();
    assertThat(refused.err()).contains("rotated.log: binary file (it holds NUL bytes); not redacted")
        .contains("--text");
    assertThat(asText.exitCode()).isZero();
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.writeBytes(padding);
    expected.writeBytes("after rotation password=[REDACTED:password-assignment]\n".getBytes(StandardCharsets.UTF_8));
    assertThat(asText.outBytes()).isEqualTo(expected.toByteArray());
  }

  @Test
  void compressedFilesAreRefusedEvenAsText() throws IOException {
    Path zst = dir.resolve("app.log.1.zst");
    Files.write(zst, new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 0, 0, 0});

    CliRun run = CliRun.of("", "-a", zst.toString());

    assertThat(run.exitCode()).isEqualTo(RedactCommand.EXIT_USAGE);
    assertThat(run.err()).contains("zstd-compressed file").contains("zstdcat");
  }

  /** Bytes that can form no secret (no letter or digit), valid UTF-8 or not, over several buffer lengths. */
  @Provide
  Arbitrary<byte[]> bytesWithoutWords() {
    Arbitrary<Byte> b = Arbitraries.oneOf(
        Arbitraries.bytes().between((byte) 1, (byte) 0x2F),
        Arbitraries.bytes().between((byte) 0x80, (byte) 0xFF),
        Arbitraries.of((byte) '\n', (byte) '\r', (byte) ' '));
    // A UTF-16 byte order mark at the start makes the input UTF-16 (docs/cli.md), which is not this property.
    return b.array(byte[].class).ofMaxSize(300).filter(x -> !startsWithUtf16Mark(x));
  }

  private static boolean startsWithUtf16Mark(byte[] x) {
    return x.length >= 2 && (x[0] == (byte) 0xFF && x[1] == (byte) 0xFE || x[0] == (byte) 0xFE && x[1] == (byte) 0xFF);
  }

  @Property(tries = 300)
  void textWithNothingToHideComesOutByteForByte(@ForAll("bytesWithoutWords") byte[] input,
      @ForAll @IntRange(min = 0, max = 3) int copies) {
    // Repeated so some inputs cross the reader's 64 KiB buffer, splitting sequences between reads.
    byte[] text = input;
    for (int i = 0; i < copies && text.length > 0; i++) {
      text = repeat(text, 70_000 / text.length + 1);
    }

    CliRun run = CliRun.of(text, "--text");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outBytes()).isEqualTo(text);
  }

  @Property(tries = 200)
  void theCodecRoundTripsAnyBytes(@ForAll byte[] bytes, @ForAll @IntRange(min = 1, max = 7) int chunk)
      throws IOException {
    Reader reader = EscapedBytes.reader(new java.io.ByteArrayInputStream(bytes));
    StringWriter chars = new StringWriter();
    char[] buf = new char[chunk]; // tiny reads: a sequence split across calls
    for (int n; (n = reader.read(buf, 0, buf.length)) >= 0; ) {
      chars.write(buf, 0, n);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Writer writer = EscapedBytes.writer(out);
    String text = chars.toString();
    for (int i = 0; i < text.length(); i += chunk) {
      writer.write(text, i, Math.min(chunk, text.length() - i)); // a surrogate pair split across writes
    }
    writer.flush();

    assertThat(out.toByteArray()).isEqualTo(bytes);
  }

  @Test
  void oneCharacterReadsKeepABrokenFourByteSequence() throws IOException {
    // A four-byte lead whose last byte is no continuation: with room for one character, the JDK's
    // decoder asks for more room before it looks at that byte (found by the property above).
    byte[] bytes = {(byte) 0xF3, (byte) 0xBF, (byte) 0xBF, 0, (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80};
    Reader reader = EscapedBytes.reader(new java.io.ByteArrayInputStream(bytes));
    StringBuilder chars = new StringBuilder();
    for (int c; (c = reader.read()) >= 0; ) {
      chars.append((char) c);
    }

    assertThat(chars.toString()).isEqualTo("\uDCF3\uDCBF\uDCBF\u0000\uD83D\uDE00");
  }

  private static byte[] repeat(byte[] b, int times) {
    byte[] out = new byte[b.length * times];
    for (int i = 0; i < times; i++) {
      System.arraycopy(b, 0, out, i * b.length, b.length);
    }
    return out;
  }
}
