package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.Redactor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactCommandTest {
  private final FakeSecrets fake = new FakeSecrets(7);
  @TempDir Path dir;

  @Test
  void redactsStdinKeepingEveryLineAndItsTerminator() {
    String token = fake.githubToken();
    String password = fake.password();
    String input = "start\r\nuser=alice password=" + password + "\n\ntoken " + token + " end\r\nno newline at end";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).doesNotContain(token).doesNotContain(password)
        .isEqualTo("start\r\nuser=alice password=[REDACTED:password-assignment]\n\ntoken"
            + " [REDACTED:github-pat-classic] end\r\nno newline at end");
  }

  @Test
  void keepsUtf8TextIntactAroundSecrets() {
    String token = fake.githubToken();
    String input = "Grüße 😀 ünïcødé " + token + " 日本語\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).isEqualTo("Grüße 😀 ünïcødé [REDACTED:github-pat-classic] 日本語\n");
  }

  @Test
  void concatenatesFilesInOrderAndReadsDashAsStdin() throws IOException {
    Path a = write("a.log", "a password=" + fake.password() + "\n");
    Path b = write("b.log", "b\n");

    CliRun run = CliRun.of("from stdin\n", a.toString(), "-", b.toString());

    assertThat(run.out()).isEqualTo("a password=[REDACTED:password-assignment]\nfrom stdin\nb\n");
  }

  @Test
  void outputFileIsWrittenAtomicallyAndMayBeTheInput() throws IOException {
    String token = fake.githubToken();
    Path log = write("app.log", "x " + token + "\n");

    CliRun run = CliRun.of("", log.toString(), "-o", log.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(log)).isEqualTo("x [REDACTED:github-pat-classic]\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("app.log");
    }
  }

  @Test
  void anOutputFileThatIsASymbolicLinkIsWrittenThroughTheLink() throws IOException {
    // /var/log/containers/*.log are links to the pods' logs: in place means the file the link names
    String token = fake.githubToken();
    Files.createDirectories(dir.resolve("pods"));
    Path real = write("pods/0.log", "x " + token + "\n");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("app.log"), Path.of("pods", "0.log"));

    CliRun run = CliRun.of("", link.toString(), "-o", link.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("x [REDACTED:github-pat-classic]\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-r-----");
    try (var files = Files.list(dir.resolve("pods"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("0.log");
    }
  }

  @Test
  void outputFileIsLeftAloneWhenAnInputFails() throws IOException {
    Path good = write("good.log", "fine\n");
    Path out = write("out.log", "previous content\n");

    CliRun run = CliRun.of("", good.toString(), dir.resolve("missing.log").toString(), "-o", out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("missing.log: no such file").contains("was not written");
    assertThat(Files.readString(out)).isEqualTo("previous content\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("good.log", "out.log");
    }
  }

  @Test
  void binaryAndMissingFilesAreNamedAndSkippedWithoutStackTraces() throws IOException {
    Path binary = dir.resolve("blob.bin");
    Files.write(binary, new byte[] {'P', 'K', 0, 1, 2});
    Path text = write("t.log", "text\n");

    CliRun run = CliRun.of("", binary.toString(), dir.resolve("nope.log").toString(), text.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEqualTo("text\n");
    assertThat(run.err()).contains("blob.bin: binary file").contains("nope.log: no such file")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void utf16TextWithAByteOrderMarkIsRedactedNotRefusedAsBinary() throws IOException {
    // PowerShell 5 (Start-Transcript, Out-File, >) and many Windows tools write UTF-16 with a BOM.
    String password = fake.password();
    String text = "Windows PowerShell transcript start\r\npassword=" + password + "\r\nGrüße 😀\r\n";
    Path le = dir.resolve("transcript-le.txt");
    Files.write(le, concat(new byte[] {(byte) 0xff, (byte) 0xfe}, text.getBytes(StandardCharsets.UTF_16LE)));
    Path be = dir.resolve("transcript-be.txt");
    Files.write(be, text.getBytes(StandardCharsets.UTF_16)); // big-endian, with a BOM

    CliRun run = CliRun.of("", le.toString(), be.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    String redacted = "Windows PowerShell transcript start\r\npassword=[REDACTED:password-assignment]\r\nGrüße 😀\r\n";
    assertThat(run.out()).isEqualTo(redacted + redacted);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void compressedFilesTheJdkCannotReadAreNamedAsSuchWithHowToReadThem() throws IOException {
    Path xz = dir.resolve("app.log.1.xz");
    Files.write(xz, new byte[] {(byte) 0xfd, '7', 'z', 'X', 'Z', 0, 0, 4, (byte) 0xe6, (byte) 0xd6});
    // a tiny bzip2 stream may hold no NUL byte in its first 8 KiB; it is still no text to redact
    Path bz2 = dir.resolve("app.log.2.bz2");
    Files.write(bz2, "BZh91AY&SY\u0072\u00ed\u00fd password=hunter2hunter2\n".getBytes(StandardCharsets.ISO_8859_1));

    CliRun run = CliRun.of("", xz.toString(), bz2.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("app.log.1.xz: xz-compressed file; not redacted (decompress it first: xzcat ")
        .contains("app.log.2.bz2: bzip2-compressed file; not redacted (decompress it first: bzcat ")
        .doesNotContain("Exception");
  }

  private Path gzip(String name, byte[]... members) throws IOException {
    Path gz = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(gz)) {
      for (byte[] member : members) {
        GZIPOutputStream out = new GZIPOutputStream(file);
        out.write(member);
        out.finish();
      }
    }
    return gz;
  }

  private static String gunzip(Path gz) throws IOException {
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** logrotate's app.log.1.gz is read decompressed; members appended one after another read as one text. */
  @Test
  void aGzipFileIsReadDecompressed() throws IOException {
    String password = fake.password();
    String token = fake.githubToken();
    Path gz = gzip("app.log.1.gz", ("db.password=" + password + "\nstarted\n").getBytes(StandardCharsets.UTF_8),
        ("token " + token + "\n").getBytes(StandardCharsets.UTF_8));

    CliRun run = CliRun.of("", gz.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(
        "db.password=[REDACTED:password-assignment]\nstarted\ntoken [REDACTED:github-pat-classic]\n");
  }

  @Test
  void aGzipFileFromStdinIsReadDecompressed() throws IOException {
    String password = fake.password();
    byte[] gz = Files.readAllBytes(gzip("in.gz", ("password=" + password + "\n").getBytes(StandardCharsets.UTF_8)));

    CliRun run = CliRun.of(gz);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("password=[REDACTED:password-assignment]\n");
  }

  /** In place, a .gz file stays gzip (what zcat, zgrep and log shippers expect of the name). */
  @Test
  void aGzipFileRedactedInPlaceStaysCompressed() throws IOException {
    String password = fake.password();
    Path gz = gzip("app.log.1.gz", ("db.password=" + password + "\n").getBytes(StandardCharsets.UTF_8));

    CliRun run = CliRun.of("", gz.toString(), "-o", gz.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(gunzip(gz)).isEqualTo("db.password=[REDACTED:password-assignment]\n");
  }

  @Test
  void aGzippedArchiveIsSkippedAsBinaryAndACutGzipFileSaysItsOutputIsIncomplete() throws IOException {
    Path tar = gzip("backup.tar.gz", new byte[] {'e', 't', 'c', '/', 0, 0, 0, '0', '6', '4', '4', 0});
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 2000; i++) { // enough that the cut falls past what the first look at the input reads
      log.append("first line\npassword=").append(fake.password()).append('\n');
    }
    byte[] whole = Files.readAllBytes(gzip("whole.gz", log.toString().getBytes(StandardCharsets.UTF_8)));
    Path cut = dir.resolve("app.log.2.gz");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));

    CliRun archive = CliRun.of("", tar.toString());
    CliRun truncated = CliRun.of("", cut.toString());

    assertThat(archive.exitCode()).isEqualTo(2);
    assertThat(archive.out()).isEmpty();
    assertThat(archive.err()).contains("backup.tar.gz: gzip-compressed binary file (it holds NUL bytes); not redacted");
    assertThat(truncated.exitCode()).isEqualTo(2);
    assertThat(truncated.err()).contains("app.log.2.gz: ").contains("part way; output is incomplete")
        .doesNotContain("\tat ");
    // what came before the cut may be written or not (it is read in blocks), but never a raw password
    assertThat(truncated.out()).doesNotContainPattern("password=(?!\\[REDACTED)");
  }

  @Test
  void anOptionOfTheOtherCommandNamesTheCommandItBelongsTo() {
    CliRun redact = CliRun.of("", "--files-from", "list.txt");
    CliRun scan = CliRun.of("", "scan", "--mask=prefix", "app.log");

    assertThat(redact.exitCode()).isEqualTo(2);
    assertThat(redact.err()).contains("'--files-from' is an option of 'redact scan'")
        .doesNotContain("--fingerprint-key-env");
    assertThat(scan.exitCode()).isEqualTo(2);
    assertThat(scan.err()).contains("'--mask' is an option of 'redact', not of 'redact scan'");
  }

  @Test
  void aNamedPipeOrProcessSubstitutionIsReadAsAStream() throws Exception {
    // redact <(zcat app.log.gz), redact /dev/stdin, a FIFO: a file with no size that cannot seek
    Path fifo = dir.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo");
    String token = fake.githubToken();
    java.util.concurrent.CompletableFuture<Path> writer = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return Files.writeString(fifo, "x " + token + "\n");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    CliRun run = CliRun.of("", fifo.toString());

    writer.get(10, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("x [REDACTED:github-pat-classic]\n");
  }

  @Test
  void aFolderIsRefusedWithAHint() {
    CliRun run = CliRun.of("", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is a folder").contains("redact scan");
  }

  @Test
  void badOptionsAreUsageErrorsWithAHint() {
    assertThat(CliRun.of("", "--bogus")).satisfies(r -> {
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("Unknown option: '--bogus'").contains("redact --help").doesNotContain("\tat ");
    });
    assertThat(CliRun.of("", "--mask", "stars")).satisfies(r -> {
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).startsWith("redact: --mask:").doesNotContain("\tat ");
    });
    assertThat(CliRun.of("", "--disable", "no-such-rule")).satisfies(r -> {
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).startsWith("redact: --disable:").contains("no-such-rule").contains("--list-rules");
    });
    assertThat(CliRun.of("", "--rules", dir.resolve("none.rules").toString())).satisfies(r -> {
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.err()).contains("none.rules").doesNotContain("\tat ");
    });
  }

  @Test
  void masksDisablingAndRulesFilesApply() throws IOException {
    String password = fake.password();
    String token = fake.githubToken();
    String input = "password=" + password + " " + token + " order=ORD-12345678\n";
    Path rules = write("custom.rules", "rule.order-id.regex = ORD-[0-9]{8}\nrule.order-id.keywords = ORD-\n");

    CliRun run = CliRun.of(input, "--mask", "fixed:***", "--disable", "password-assignment", "--rules",
        rules.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("password=" + password + " *** order=***\n");
  }

  @Test
  void listRulesShowsIdsGroupsAndShapesOnly() {
    CliRun run = CliRun.of("", "--list-rules");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("RULE").contains("github-pat-classic").contains("ghp_<36 letters/digits>")
        .contains("password-assignment");
  }

  @Test
  void listRulesPrintsOneRuleALine() {
    CliRun run = CliRun.of("", "--list-rules");

    assertThat(run.out().lines().count()).isEqualTo(Redactor.defaults().rules().size() + 1);
    assertThat(run.out()).contains("installation:\\n\\n<32 hex>");
  }

  @Test
  void helpAndVersionExitZero() {
    assertThat(CliRun.of("", "--help").out()).contains("Usage: redact").contains("Exit status");
    assertThat(CliRun.of("", "--version").out()).startsWith("redact (redact4j) ");
  }

  @Property(tries = 60)
  void noPlantedSecretSurvivesAndLineCountIsKept(@ForAll @IntRange(min = 1, max = 30) int lines,
      @ForAll @StringLength(max = 40) String noise, @ForAll long seed) {
    FakeSecrets secrets = new FakeSecrets(seed);
    StringBuilder input = new StringBuilder();
    List<String> planted = new java.util.ArrayList<>();
    String clean = noise.replace("\n", " ").replace("\r", " ").replace("\u0000", " ");
    for (int i = 0; i < lines; i++) {
      String secret = i % 2 == 0 ? secrets.githubToken() : secrets.password();
      planted.add(secret);
      input.append(clean).append(' ').append(i % 2 == 0 ? secret : "password=" + secret).append(" tail\n");
    }

    CliRun run = CliRun.of(input.toString());

    assertThat(run.out().split("\n", -1)).hasSize(lines + 1);
    for (String secret : planted) {
      assertThat(run.out()).doesNotContain(secret);
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
