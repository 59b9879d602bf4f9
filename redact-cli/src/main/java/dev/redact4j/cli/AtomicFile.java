package dev.redact4j.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Writes a file all at once or not at all: into a temporary file beside the target, then renamed over
 * it. Readers never see a half-written file, and a failed run leaves the old file (or none). The
 * target keeps its POSIX permissions when it already exists; a new one is readable by its owner only
 * until the user widens it, which suits text that came from a log of secrets. A target that is a
 * symbolic link is written through it: the file it names is replaced, and the link stays.
 */
final class AtomicFile {
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  static void write(Path target, Body body) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.isSymbolicLink(absolute)) {
      // Renaming over the link would replace the link and leave the file it names as it was (a
      // /var/log/containers/*.log link to a pod's log): write the file the link names instead.
      if (!Files.exists(absolute)) {
        throw new CliException(target + ": a symbolic link to a file that does not exist; give the file itself");
      }
      absolute = absolute.toRealPath();
    }
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new CliException(target + ": the folder to write into does not exist");
    }
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        body.writeTo(out);
      }
      copyPermissions(absolute, temp);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    if (Files.exists(from) && Files.getFileAttributeView(to, PosixFileAttributeView.class) != null) {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(from);
      Files.setPosixFilePermissions(to, perms);
    }
  }
}
