package dev.redact4j;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redact4j.Secrets.FileOption;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets.fromFile and bytesFromFile on real files: trimming, permissions, failures. */
class SecretsFileTest {
  static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  @TempDir
  Path dir;

  /** A generated, obviously fake value that never occurs in a message by chance. */
  private final String canary = "fake-" + Long.toHexString(new Random().nextLong()) + "-s3cret";

  @BeforeAll
  static void requirePosix() {
    org.junit.jupiter.api.Assumptions.assumeTrue(POSIX, "permission checks need a POSIX file system");
  }

  @Test
  void readsTheFileAndDropsTrailingLineBreaksOnly() throws IOException {
    assertThat(Secrets.fromFile(file("a", canary + "\n", "rw-------")).reveal()).isEqualTo(canary);
    assertThat(Secrets.fromFile(file("b", canary + "\r\n", "rw-------")).reveal()).isEqualTo(canary);
    assertThat(Secrets.fromFile(file("c", canary + "\n\n\r\n", "r--------")).reveal())
        .isEqualTo(canary);
    assertThat(Secrets.fromFile(file("d", " a b\tc \n", "rw-------")).reveal())
        .isEqualTo(" a b\tc ");
    assertThat(Secrets.fromFile(file("e", "line1\nline2\n", "rw-------")).reveal())
        .isEqualTo("line1\nline2");
    assertThat(Secrets.fromFile(file("f", "\uFEFF" + canary + "\n", "rw-------")).reveal())
        .isEqualTo(canary);
    assertThat(Secrets.fromFile(file("g", "p\u00e4ss\uD83D\uDD11\n", "rw-------")).reveal())
        .isEqualTo("p\u00e4ss\uD83D\uDD11");
  }

  @Test
  void groupReadableFilesAreAccepted() throws IOException {
    assertThat(Secrets.fromFile(file("s", canary, "rw-r-----")).reveal()).isEqualTo(canary);
  }

  @Test
  void worldReadableFilesAreRefusedWithTheFixAndWithoutTheValue() throws IOException {
    Path secret = file("world", canary + "\n", "rw-r--r--");
    for (Runnable load : new Runnable[] {
        () -> Secrets.fromFile(secret), () -> Secrets.bytesFromFile(secret),
        () -> Secrets.fromReference("file:" + secret)}) {
      assertThatThrownBy(load::run).isInstanceOfSatisfying(SecretLoadingException.class, e -> {
        assertThat(e.source()).isEqualTo("secret file " + secret);
        assertThat(e.getMessage())
            .contains(secret.toString(), "readable by every user", "rw-r--r--", "chmod o-r",
                "defaultMode: 0400", "Secrets.FileOption.ALLOW_WORLD_READABLE")
            .doesNotContain(canary);
      });
    }
  }

  @Test
  void worldReadableFilesLoadWithTheExplicitOption() throws IOException {
    Path secret = file("world", canary + "\n", "r--r--r--");
    assertThat(Secrets.fromFile(secret, FileOption.ALLOW_WORLD_READABLE).reveal()).isEqualTo(canary);
    assertThat(Secrets.bytesFromFile(secret, FileOption.ALLOW_WORLD_READABLE).reveal())
        .isEqualTo((canary + "\n").getBytes(UTF_8));
  }

  @Test
  void symbolicLinksAreFollowedAndTheTargetsPermissionsCount() throws IOException {
    // Kubernetes mounts secrets as links into a timestamped directory.
    Path data = Files.createDirectory(dir.resolve("..2024_01_01"));
    Path target = file("..2024_01_01/db", canary, "rw-------");
    Path link = Files.createSymbolicLink(dir.resolve("db"), dir.relativize(target));
    assertThat(Secrets.fromFile(link).reveal()).isEqualTo(canary);

    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> Secrets.fromFile(link)).isInstanceOf(SecretLoadingException.class)
        .hasMessageContaining("readable by every user");
    assertThat(data).isDirectory();
  }

  @Test
  void kubernetesSecretVolumesAreReadThroughBothLinks() throws IOException {
    // A secret volume: db -> ..data/db, ..data -> ..2026_11_29_10_00_00.123 (swapped atomically).
    Files.createDirectory(dir.resolve("..2026_11_29_10_00_00.123"));
    Path target = file("..2026_11_29_10_00_00.123/db", canary + "\n", "r--------");
    Files.createSymbolicLink(dir.resolve("..data"), Path.of("..2026_11_29_10_00_00.123"));
    Path mounted = Files.createSymbolicLink(dir.resolve("db"), Path.of("..data/db"));
    assertThat(Secrets.fromFile(mounted).reveal()).isEqualTo(canary);
    assertThat(Secrets.fromReference("file:" + mounted).reveal()).isEqualTo(canary);

    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--")); // 0644
    assertThatThrownBy(() -> Secrets.fromFile(mounted)).isInstanceOf(SecretLoadingException.class)
        .hasMessageContaining("Secret file " + mounted + " is readable by every user")
        .hasMessageContaining("defaultMode: 0400").hasMessageNotContaining(canary);
  }

  @Test
  void aFileFarLargerThanASecretIsRefusedBeforeItIsRead() throws IOException {
    // A wrong path (a log file, a disk image) must fail as SecretLoadingException, not OutOfMemoryError.
    for (long size : new long[] {16L * 1024 * 1024 + 1, 3L * 1024 * 1024 * 1024}) {
      Path big = dir.resolve("big-" + size);
      try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(big.toFile(), "rw")) {
        raf.setLength(size); // sparse: takes no disk space
      }
      Files.setPosixFilePermissions(big, PosixFilePermissions.fromString("rw-------"));
      for (Runnable load : new Runnable[] {
          () -> Secrets.fromFile(big), () -> Secrets.bytesFromFile(big)}) {
        assertThatThrownBy(load::run).isInstanceOf(SecretLoadingException.class)
            .hasMessage("Secret file " + big + " has " + size + " bytes, more than the 16 MiB a"
                + " secret file may have: point at the file that holds the secret itself");
      }
      Files.delete(big);
    }
    Path largest = dir.resolve("largest");
    try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(largest.toFile(), "rw")) {
      raf.setLength(16L * 1024 * 1024);
      raf.write('k');
    }
    Files.setPosixFilePermissions(largest, PosixFilePermissions.fromString("rw-------"));
    int length = Secrets.bytesFromFile(largest).use(b -> b.length);
    assertThat(length).isEqualTo(16 * 1024 * 1024);
  }

  @Test
  void aMissingFileNamesThePathAndTheFix() {
    Path missing = dir.resolve("no-such-secret");
    assertThatThrownBy(() -> Secrets.fromFile(missing))
        .isInstanceOfSatisfying(SecretLoadingException.class, e -> {
          assertThat(e.source()).isEqualTo("secret file " + missing);
          assertThat(e.getMessage()).contains(missing.toString(), "does not exist", "fix the path");
        });
    assertThatThrownBy(() -> Secrets.bytesFromFile(missing))
        .isInstanceOf(SecretLoadingException.class).hasMessageContaining("does not exist");
  }

  @Test
  void anEmptyFileIsRefused() throws IOException {
    Path empty = file("empty", "", "rw-------");
    assertThatThrownBy(() -> Secrets.fromFile(empty)).isInstanceOf(SecretLoadingException.class)
        .hasMessage("Secret file " + empty + " is empty: write the secret into it, or fix the path");
    assertThatThrownBy(() -> Secrets.bytesFromFile(empty))
        .isInstanceOf(SecretLoadingException.class).hasMessageContaining("is empty");
    Path breaks = file("breaks", "\n\r\n", "rw-------");
    assertThatThrownBy(() -> Secrets.fromFile(breaks)).isInstanceOf(SecretLoadingException.class)
        .hasMessageContaining("is empty once its line breaks are removed");
  }

  @Test
  void aDirectoryIsNotASecretFile() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("secrets.d"));
    assertThatThrownBy(() -> Secrets.fromFile(sub)).isInstanceOf(SecretLoadingException.class)
        .hasMessageContaining("is not a regular file but a directory");
  }

  @Test
  void invalidUtf8IsRefusedWithoutShowingTheContent() throws IOException {
    Path latin1 = dir.resolve("latin1");
    byte[] content = (canary + "\u00e9").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(latin1, content);
    Files.setPosixFilePermissions(latin1, PosixFilePermissions.fromString("rw-------"));
    assertThatThrownBy(() -> Secrets.fromFile(latin1)).isInstanceOf(SecretLoadingException.class)
        .hasMessageContaining("is not valid UTF-8 text").hasMessageContaining("bytesFromFile")
        .hasMessageNotContaining(canary);
    assertThat(Secrets.bytesFromFile(latin1).reveal()).isEqualTo(content);
  }

  @Test
  void binaryFilesAreLoadedByteForByte() throws IOException {
    byte[] key = new byte[64];
    new Random(3).nextBytes(key);
    key[63] = '\n';
    Path file = dir.resolve("key.bin");
    Files.write(file, key);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
    assertThat(Secrets.bytesFromFile(file).reveal()).isEqualTo(key);
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThatThrownBy(() -> Secrets.fromFile(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Secrets.fromFile(dir.resolve("x"), (FileOption) null))
        .isInstanceOf(NullPointerException.class);
  }

  private Path file(String name, String content, String permissions) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    return file;
  }
}
