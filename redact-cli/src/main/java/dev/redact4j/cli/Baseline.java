package dev.redact4j.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Findings accepted as known, such as the fake secrets of test fixtures. A finding is accepted when
 * its fingerprint and rule id are listed: the path is written for reviewers but not matched, so
 * moving a fixture does not fail a scan, while any other value (a different fingerprint) does.
 *
 * <p>File format, UTF-8, sorted so that regenerating it gives small diffs:
 * <pre>
 * # comment lines
 * key-check 1a2b3c4d
 * 3f9a1c2e github-pat-classic src/test/resources/app.log
 * </pre>
 * {@code key-check} is the fingerprint of a fixed public text under the key the baseline was written
 * with, so a scan with another key fails with a clear message instead of reporting every entry.
 * A baseline holds fingerprints only, never a secret.
 */
final class Baseline {
  private final Set<String> accepted;
  private final @Nullable String keyCheck;

  private Baseline(Set<String> accepted, @Nullable String keyCheck) {
    this.accepted = accepted;
    this.keyCheck = keyCheck;
  }

  static Baseline read(Path file, String expectedKeyCheck) throws IOException {
    Set<String> accepted = new HashSet<>();
    String keyCheck = null;
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        String[] parts = s.split("\\s+", 3);
        if (parts.length < 2 || !parts[0].matches("[0-9a-f]{8}|key-check")) {
          throw new CliException(file + ":" + lineNo
              + ": expected 'FINGERPRINT RULE-ID [PATH]'; regenerate the baseline with --write-baseline");
        }
        if (parts[0].equals("key-check")) {
          keyCheck = parts[1];
        } else {
          accepted.add(parts[0] + " " + parts[1]);
        }
      }
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such baseline file; write one with --write-baseline " + file);
    }
    if (keyCheck != null && !keyCheck.equals(expectedKeyCheck)) {
      throw new CliException(file + " was written with another fingerprint key (key-check " + keyCheck
          + ", this run " + expectedKeyCheck + "); scan with the same --fingerprint-key-env, or regenerate it");
    }
    return new Baseline(accepted, keyCheck);
  }

  boolean accepts(LocatedFinding f) {
    return accepted.contains(f.fingerprint() + " " + f.ruleId());
  }

  @Nullable String keyCheck() {
    return keyCheck;
  }

  /** Collects the findings of a scan and writes them as a baseline. Holds one short entry per finding. */
  static final class Recorder {
    private final Set<String> entries = new TreeSet<>();

    void add(LocatedFinding f) {
      entries.add(f.path() + "\u0000" + f.ruleId() + "\u0000" + f.fingerprint());
    }

    int size() {
      return entries.size();
    }

    void writeTo(Path file, String keyCheck, String regenerate) throws IOException {
      AtomicFile.write(file, os -> {
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        w.write("# redact4j scan baseline: findings accepted as known (fake secrets of tests and docs).\n"
            + "# One 'FINGERPRINT RULE-ID PATH' a line, matched on fingerprint and rule id; never a secret.\n"
            + "# Regenerate: " + regenerate + "\n"
            + "key-check " + keyCheck + "\n");
        for (String e : entries) {
          String[] p = e.split("\u0000", 3);
          w.write(p[2] + " " + p[1] + " " + p[0] + "\n");
        }
        w.flush();
      });
    }
  }
}
