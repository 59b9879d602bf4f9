package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final FakeSecrets fake = new FakeSecrets(3);
  @TempDir Path dir;
  private String token;
  private String password;

  @BeforeEach
  void tree() throws IOException {
    token = fake.githubToken();
    password = fake.password();
    write("src/App.java", "class App {\n  String t = \"" + token + "\";\n}\n");
    write("config/app.properties", "user=alice\ndb.password=" + password + "\n");
    write("config/clean.txt", "nothing here\n");
    write(".git/objects/leak", token + "\n");
    write("target/classes/leak.txt", token + "\n");
    Files.write(dir.resolve("src/image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0});
  }

  @Test
  void textReportNamesPlaceRuleAndFingerprintButNeverTheSecret() {
    CliRun run = scan(dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(2).anySatisfy(l -> assertThat(l)
        .matches(".*/config/app.properties:2:13: password-assignment [0-9a-f]{8}"))
        .anySatisfy(l -> assertThat(l).matches(".*/src/App.java:2:15: github-pat-classic [0-9a-f]{8}"));
    assertThat(run.err()).contains("skipping binary file").contains("image.png")
        .contains("redact scan: 2 findings in 3 files (1 binary skipped)");
    assertThat(run.all()).doesNotContain(token).doesNotContain(password).doesNotContain(".git/").doesNotContain("target/");
  }

  @Test
  void utf16TextWithAByteOrderMarkIsScannedNotSkippedAsBinary() throws IOException {
    byte[] text = ("Windows PowerShell transcript start\r\npassword=" + password + "\r\n")
        .getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[text.length + 2];
    withBom[0] = (byte) 0xff;
    withBom[1] = (byte) 0xfe;
    System.arraycopy(text, 0, withBom, 2, text.length);
    Files.write(dir.resolve("config/transcript.txt"), withBom);

    CliRun run = scan(dir.resolve("config").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).containsPattern("/config/transcript\\.txt:2:10: password-assignment [0-9a-f]{8}\n");
    assertThat(run.err()).doesNotContain("binary").contains("2 findings in 3 files");
  }

  @Test
  void aGzipFileIsScannedDecompressed() throws IOException {
    try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(
        Files.newOutputStream(dir.resolve("config/app.log.1.gz")))) {
      out.write(("boot\nuser=alice password=" + password + "\n").getBytes(StandardCharsets.UTF_8));
    }

    CliRun run = scan(dir.resolve("config").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).containsPattern("/config/app\\.log\\.1\\.gz:2:21: password-assignment [0-9a-f]{8}\n");
    assertThat(run.err()).doesNotContain("skipping").contains("2 findings in 3 files");
  }

  @Test
  void aLogPaddedWithNulBytesIsSkippedUnlessAskedToScanItAsText() throws IOException {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    content.writeBytes(new byte[64]); // copytruncate: the writer's old offset, filled with NUL bytes
    content.writeBytes(("after rotation\nretrying with password=" + password + "\n").getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("config/rotated.log"), content.toByteArray());

    CliRun skipped = scan(dir.resolve("config").toString());
    CliRun asText = scan("--text", dir.resolve("config").toString());

    assertThat(skipped.out()).doesNotContain("rotated.log");
    assertThat(skipped.err()).contains("skipping binary file").contains("rotated.log").contains("--text")
        .contains("(1 binary skipped)");
    assertThat(asText.exitCode()).isEqualTo(1);
    assertThat(asText.out()).containsPattern("/config/rotated\\.log:2:24: password-assignment [0-9a-f]{8}\n");
    assertThat(asText.err()).doesNotContain("skipping").contains("2 findings in 3 files");
    assertThat(asText.all()).doesNotContain(password);
  }

  @Test
  void compressedFilesAreSkippedEvenAsText() throws IOException {
    Files.write(dir.resolve("config/old.log.zst"), new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 'x', 'y'});

    CliRun run = scan("-a", dir.resolve("config").toString());

    assertThat(run.err()).contains("skipping zstd-compressed file").doesNotContain("--text")
        .contains("(1 binary skipped)");
  }

  @Test
  void compressedFilesAreSkippedNamingTheirCompression() throws IOException {
    Files.write(dir.resolve("config/old.log.zst"), new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd, 'x', 'y'});

    CliRun run = scan(dir.resolve("config").toString());

    assertThat(run.err()).contains("skipping zstd-compressed file").contains("old.log.zst")
        .contains("(1 binary skipped)");
  }

  @Test
  void exits141QuietlyWhenTheReaderOfStdoutGoesAway() {
    // `redact scan . | head -1`: the pipe closes after the first bytes, as `cat` would see it
    OutputStream closedPipe = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    for (String format : List.of("text", "jsonl", "sarif")) {
      int code = RedactCommand.run(new String[] {"scan", "--no-progress", "--format", format, dir.toString()},
          new ByteArrayInputStream(new byte[0]), closedPipe, err);

      assertThat(code).as(format).isEqualTo(141);
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("cannot write output");
  }

  @Test
  void exitsZeroWhenClean() {
    CliRun run = scan(dir.resolve("config/clean.txt").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no findings in 1 file");
  }

  @Test
  void scansStdinWhenGivenNoPath() {
    CliRun run = CliRun.of("a\nb " + token + "\n", "scan");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).matches("<stdin>:2:3: github-pat-classic [0-9a-f]{8}\n");
  }

  @Test
  void usageErrorsAndUnreadablePathsExitTwo() {
    assertThat(scan("--format", "xml").exitCode()).isEqualTo(2);
    CliRun missing = scan(dir.resolve("config").toString(), dir.resolve("gone.txt").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("gone.txt: no such file").contains("1 could not be read")
        .doesNotContain("\tat ");
    CliRun noKey = scan("--fingerprint-key-env", "REDACT4J_TEST_SURELY_UNSET", dir.toString());
    assertThat(noKey.exitCode()).isEqualTo(2);
    assertThat(noKey.err()).contains("REDACT4J_TEST_SURELY_UNSET").contains("not set");
  }

  @Test
  void jsonLinesAreOneObjectPerFinding() throws IOException {
    CliRun run = scan("--format", "JSONL", dir.resolve("config").toString());

    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1);
    JsonNode f = JSON.readTree(lines.get(0));
    assertThat(f.get("path").asText()).endsWith("config/app.properties");
    assertThat(f.get("line").asInt()).isEqualTo(2);
    assertThat(f.get("column").asInt()).isEqualTo(13);
    assertThat(f.get("endColumn").asInt()).isEqualTo(13 + password.length());
    assertThat(f.get("rule").asText()).isEqualTo("password-assignment");
    assertThat(f.get("fingerprint").asText()).matches("[0-9a-f]{8}");
  }

  @Test
  void sarifHasTheStructureCodeScanningNeeds() throws IOException {
    CliRun run = scan("--format", "sarif", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode log = JSON.readTree(run.out());
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asText()).contains("sarif-2.1.0");
    JsonNode runNode = log.get("runs").get(0);
    JsonNode driver = runNode.get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("redact4j");
    List<String> ruleIds = new ArrayList<>();
    driver.get("rules").forEach(r -> {
      ruleIds.add(r.get("id").asText());
      assertThat(r.get("shortDescription").get("text").asText()).isNotBlank();
    });
    assertThat(ruleIds).contains("github-pat-classic", "password-assignment").doesNotHaveDuplicates();
    JsonNode results = runNode.get("results");
    assertThat(results).hasSize(2);
    for (JsonNode r : results) {
      String ruleId = r.get("ruleId").asText();
      assertThat(ruleIds.get(r.get("ruleIndex").asInt())).isEqualTo(ruleId);
      assertThat(r.get("message").get("text").asText()).isNotBlank();
      JsonNode loc = r.get("locations").get(0).get("physicalLocation");
      assertThat(loc.get("artifactLocation").get("uri").asText()).startsWith("file:///").doesNotContain(" ");
      JsonNode region = loc.get("region");
      assertThat(region.get("startLine").asInt()).isEqualTo(2);
      assertThat(region.get("startColumn").asInt()).isPositive();
      assertThat(region.get("endColumn").asInt()).isGreaterThan(region.get("startColumn").asInt());
      assertThat(r.get("partialFingerprints").get("redact4jFingerprint/v1").asText()).matches("[0-9a-f]{8}");
    }
    assertThat(run.out()).doesNotContain(token).doesNotContain(password);
  }

  @Test
  void sarifWithNoFindingsIsStillValid() throws IOException {
    JsonNode log = JSON.readTree(scan("-f", "sarif", dir.resolve("config/clean.txt").toString()).out());

    assertThat(log.get("runs").get(0).get("results")).isEmpty();
  }

  @Test
  void relativePathsStayRelativeInReportsAndUris() throws IOException {
    Path spaced = write("my logs/app.log", token + "\n");
    Path relative = Path.of("").toAbsolutePath().relativize(spaced);

    JsonNode log = JSON.readTree(scan("-f", "sarif", relative.toString()).out());

    String uri = log.get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation")
        .get("artifactLocation").get("uri").asText();
    assertThat(uri).endsWith("my%20logs/app.log").doesNotStartWith("file:");
  }

  @Test
  void fingerprintsAreStableAcrossRunsSoABaselineWorks() throws IOException {
    Path baseline = dir.resolve("baseline.txt");

    CliRun write = scan("--write-baseline", baseline.toString(), dir.toString());
    assertThat(write.exitCode()).isZero();
    assertThat(write.err()).contains("wrote 2 entries");
    String content = Files.readString(baseline);
    assertThat(content).contains("key-check ").contains("Regenerate: redact scan ")
        .doesNotContain(token).doesNotContain(password);

    CliRun accepted = scan("--baseline", baseline.toString(), dir.toString());
    assertThat(accepted.exitCode()).isZero();
    assertThat(accepted.out()).isEmpty();
    assertThat(accepted.err()).contains("no findings in 4 files (2 accepted by the baseline, 1 binary skipped)");

    // A new secret (another fingerprint) still fails the scan, even in a file that has accepted ones.
    String newToken = fake.githubToken();
    Files.writeString(dir.resolve("src/App.java"), "// " + newToken + "\n", java.nio.file.StandardOpenOption.APPEND);
    CliRun fresh = scan("--baseline", baseline.toString(), dir.toString());
    assertThat(fresh.exitCode()).isEqualTo(1);
    assertThat(fresh.out().lines()).singleElement().asString().contains("App.java:4:4: github-pat-classic");
  }

  @Test
  void aBaselineWrittenWithAnotherKeyIsRefusedClearly() throws IOException {
    Path baseline = dir.resolve("baseline.txt");
    scan("--write-baseline", baseline.toString(), dir.toString());
    String someVar = System.getenv().entrySet().stream().filter(e -> e.getValue().length() >= 16)
        .map(Map.Entry::getKey).findFirst().orElseThrow();

    CliRun run = scan("--fingerprint-key-env", someVar, "--baseline", baseline.toString(), dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("was written with another fingerprint key");
  }

  @Test
  void filesFromReadsAListOfPaths() throws IOException {
    String list = dir.resolve("src/App.java") + "\n\n" + dir.resolve("config/clean.txt") + "\n";

    CliRun run = CliRun.of(list, "scan", "--files-from", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.err()).contains("1 finding in 2 files");
  }

  @Test
  void reportFileIsWrittenAtomically() throws IOException {
    Path report = dir.resolve("report.sarif");

    CliRun run = scan("-f", "sarif", "-o", report.toString(), dir.resolve("src").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(JSON.readTree(report.toFile()).get("runs").get(0).get("results")).hasSize(1);
  }

  @Test
  void aReportWrittenIntoTheScannedFolderIsNotScannedOnTheNextRun() throws IOException {
    // As in the README: redact scan --format sarif -o redact.sarif . ; run twice.
    Path report = dir.resolve("redact.sarif");
    CliRun first = scan("-f", "sarif", "-o", report.toString(), dir.toString());
    CliRun second = scan("-f", "sarif", "-o", report.toString(), dir.toString());

    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(second.err()).isEqualTo(first.err());
    assertThat(JSON.readTree(report.toFile()).get("runs").get(0).get("results")).hasSize(2);
  }

  @Test
  void listRulesWorksOnScanToo() {
    assertThat(scan("--list-rules").out()).contains("github-pat-classic");
  }

  private CliRun scan(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "scan";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.of("", all);
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content, StandardCharsets.UTF_8);
  }
}
