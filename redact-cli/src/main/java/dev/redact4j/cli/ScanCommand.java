package dev.redact4j.cli;

import dev.redact4j.Redactor;
import dev.redact4j.RuleDescription;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code redact scan [PATH...]}: reports where secrets are, never what they are. Walks folders
 * (skipping {@code .git}, {@code target} and symbolic links), skips binary files with a note, and
 * writes one finding per secret: path, line, column, rule id and keyed fingerprint.
 *
 * <p>Exit codes: 0 nothing new found; 1 findings not in the baseline; 2 a usage error or a path that
 * could not be read (a scan that could not look is not clean); 3 an internal error.
 */
@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = RedactCommand.Version.class,
    sortOptions = false, usageHelpAutoWidth = true,
    description = {"Report secrets in files, folders or stdin: path, line, column, rule id and keyed"
        + " fingerprint, never the secret.",
        "",
        "  redact scan src/ config/",
        "  redact scan --format sarif -o redact.sarif .",
        "  git ls-files | redact scan --files-from - --baseline .redact-baseline"},
    footer = {"", "Exit status: 0 clean, 1 findings (not in the baseline), 2 usage error or unreadable path,"
        + " 3 internal error.", "Docs: docs/cli.md"})
final class ScanCommand implements Callable<Integer> {
  private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target");
  /** Findings the CLI or engine may report beyond the enabled rules. */
  private static final List<RuleDescription> EXTRA_RULES = List.of(
      new RuleDescription(Redactor.KNOWN_SECRET_RULE, "known", "A value registered as a known secret",
          "<a registered value>"),
      new RuleDescription(ScanningLineHandler.UNTERMINATED_RULE, "private-key",
          "A private key block with no END line within " + LineGrouper.MAX_BLOCK_LINES + " lines",
          "a BEGIN ... PRIVATE KEY line and no END line"),
      new RuleDescription(Redactor.FAILED_RULE, "engine", "Text the engine could not check (it fails closed)",
          "<any text>"));

  private final Io io;

  @Mixin RedactorOptions options = new RedactorOptions();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "text (default), jsonl (one JSON object a line) or sarif (SARIF 2.1.0).")
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
  @Nullable Path output;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Accept the findings listed in FILE (matched by fingerprint and rule id).")
  @Nullable Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Write every finding to FILE as the new baseline (atomically) and exit 0.")
  @Nullable Path writeBaseline;

  @Option(names = "--files-from", paramLabel = "FILE",
      description = "Also scan the paths listed in FILE, one a line ('-' for stdin), e.g. from git ls-files.")
  @Nullable String filesFrom;

  @Option(names = {"-a", "--text"}, description = "Scan an input that holds NUL bytes as text (as grep -a does),"
      + " such as a log a copytruncate rotation padded with NULs; compressed files are still skipped.")
  boolean binaryAsText;

  @Option(names = "--no-progress", description = "Never draw the progress bar (drawn only when stderr is a terminal).")
  boolean noProgress;

  @Parameters(paramLabel = "PATH", description = "Files and folders to scan; '-' or none (without --files-from)"
      + " reads stdin.")
  List<String> paths = new ArrayList<>();

  /** Files this run writes (the report, a new baseline): not scanned when met while walking a folder. */
  private Set<Path> ownFiles = Set.of();
  private int reported;
  private int accepted;
  private int scanned;
  private int binary;
  private int errors;

  ScanCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    Redactor redactor = options.build(null, true);
    if (options.listRules) {
      RedactorOptions.listRules(redactor, io.outText);
      return RedactCommand.EXIT_OK;
    }
    if (baseline != null && writeBaseline != null) {
      throw new CliException("--baseline and --write-baseline do not go together; --write-baseline replaces the"
          + " baseline with every current finding");
    }
    byte[] key = options.fingerprintKey(true);
    KeyedFingerprinter fingerprinter = new KeyedFingerprinter(key == null ? new byte[16] : key);
    Path baselineFile = baseline;
    Baseline accepted = baselineFile == null ? null : Baseline.read(baselineFile, fingerprinter.keyCheck());
    List<String> inputs = inputs();
    Set<Path> own = new HashSet<>();
    for (Path p : new Path[] {output, writeBaseline}) {
      if (p != null) {
        own.add(p.toAbsolutePath().normalize());
      }
    }
    ownFiles = own;
    TerminalProgress progress = new TerminalProgress(io.err, !noProgress && TerminalProgress.stderrIsTerminal());
    List<RuleDescription> rules = new ArrayList<>(redactor.rules());
    rules.addAll(EXTRA_RULES);

    Path baselineOut = writeBaseline;
    if (baselineOut != null) {
      Baseline.Recorder recorder = new Baseline.Recorder();
      scanAll(inputs, redactor, fingerprinter, progress, f -> recorder.add(f));
      if (errors == 0) {
        recorder.writeTo(baselineOut, fingerprinter.keyCheck(), regenerateHint(baselineOut));
        io.err.println("redact scan: wrote " + recorder.size() + " entries to " + baselineOut + " ("
            + scanned + " files scanned)");
      } else {
        io.err.println("redact scan: " + baselineOut + " not written: " + errors + " paths could not be read");
      }
      return errors == 0 ? RedactCommand.EXIT_OK : RedactCommand.EXIT_USAGE;
    }

    Path reportFile = output;
    if (reportFile != null) {
      AtomicFile.write(reportFile, os -> report(os, inputs, redactor, fingerprinter, progress, accepted, rules));
    } else {
      io.outText.flush();
      report(io.out, inputs, redactor, fingerprinter, progress, accepted, rules);
    }
    io.err.println(summary());
    if (errors > 0) {
      return RedactCommand.EXIT_USAGE;
    }
    return reported > 0 ? RedactCommand.EXIT_FOUND : RedactCommand.EXIT_OK;
  }

  private void report(OutputStream os, List<String> inputs, Redactor redactor, KeyedFingerprinter fingerprinter,
      TerminalProgress progress, @Nullable Baseline accept, List<RuleDescription> rules) throws IOException {
    Writer writer = new OutputStreamWriter(os, StandardCharsets.UTF_8);
    FindingReport report = new FindingReport(format, writer);
    report.start(rules, RedactCommand.Version.version());
    scanAll(inputs, redactor, fingerprinter, progress, f -> {
      if (accept != null && accept.accepts(f)) {
        accepted++;
        return;
      }
      reported++;
      try {
        report.write(f);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    report.finish();
  }

  private List<String> inputs() throws IOException {
    List<String> inputs = new ArrayList<>(paths);
    String list = filesFrom;
    if (list != null) {
      try (BufferedReader in = list.equals("-")
          ? new BufferedReader(new InputStreamReader(io.in, StandardCharsets.UTF_8))
          : Files.newBufferedReader(Path.of(list), StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (!line.isBlank()) {
            inputs.add(line);
          }
        }
      } catch (IOException e) {
        throw new CliException("--files-from " + list + ": " + InputSource.reason(e));
      }
      if (inputs.contains("-")) {
        throw new CliException("--files-from - reads the list from stdin, so stdin cannot also be scanned");
      }
      return inputs;
    }
    return inputs.isEmpty() ? List.of("-") : inputs;
  }

  private void scanAll(List<String> inputs, Redactor redactor, KeyedFingerprinter fingerprinter,
      TerminalProgress progress, java.util.function.Consumer<LocatedFinding> sink) {
    for (String input : inputs) {
      Path p = input.equals("-") ? null : Path.of(input);
      if (p != null && Files.isDirectory(p)) {
        walk(p, redactor, fingerprinter, progress, sink);
      } else {
        scanFile(input, redactor, fingerprinter, progress, sink);
      }
    }
  }

  private void walk(Path dir, Redactor redactor, KeyedFingerprinter fingerprinter, TerminalProgress progress,
      java.util.function.Consumer<LocatedFinding> sink) {
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.sorted().toList();
    } catch (IOException e) {
      io.err.println("redact: " + InputSource.display(dir) + ": " + InputSource.reason(e));
      errors++;
      return;
    }
    for (Path child : children) {
      Path name = child.getFileName();
      if (Files.isSymbolicLink(child)) {
        continue;
      }
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
        if (name == null || !SKIPPED_FOLDERS.contains(name.toString())) {
          walk(child, redactor, fingerprinter, progress, sink);
        }
      } else if (Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS) && !isOwnFile(child)) {
        scanFile(child.toString(), redactor, fingerprinter, progress, sink);
      }
    }
  }

  /** A file this run writes, or the temporary file {@link AtomicFile} writes it through. */
  private boolean isOwnFile(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    for (Path own : ownFiles) {
      Path name = own.getFileName();
      Path parent = absolute.getParent();
      if (absolute.equals(own) || name != null && parent != null && parent.equals(own.getParent())
          && absolute.getFileName().toString().startsWith("." + name + ".")
          && absolute.getFileName().toString().endsWith(".tmp")) {
        return true;
      }
    }
    return false;
  }

  private void scanFile(String input, Redactor redactor, KeyedFingerprinter fingerprinter, TerminalProgress progress,
      java.util.function.Consumer<LocatedFinding> sink) {
    try (InputSource source = InputSource.open(input, io.in, progress)) {
      InputSource.NotText notText = source.notText();
      boolean nulBytes = notText != null && notText.magic().length == 0;
      if (notText != null && !(binaryAsText && nulBytes)) {
        io.err.println("redact: skipping " + notText.what() + " " + source.name
            + (nulBytes ? " (if it is text, such as a log padded with NULs, scan it with --text)" : ""));
        binary++;
        return;
      }
      LineGrouper.run(new SegmentingLineReader(source.reader()),
          new ScanningLineHandler(redactor, fingerprinter, source.name, sink));
      scanned++;
    } catch (CliException e) {
      io.err.println("redact: " + e.getMessage());
      errors++;
    } catch (IOException e) {
      io.err.println("redact: " + input + ": " + InputSource.reason(e));
      errors++;
    }
  }

  private String summary() {
    StringBuilder s = new StringBuilder("redact scan: ");
    s.append(reported == 0 ? "no findings" : reported + (reported == 1 ? " finding" : " findings"));
    s.append(" in ").append(scanned).append(scanned == 1 ? " file" : " files");
    List<String> notes = new ArrayList<>();
    if (accepted > 0) {
      notes.add(accepted + " accepted by the baseline");
    }
    if (binary > 0) {
      notes.add(binary + " binary skipped");
    }
    if (errors > 0) {
      notes.add(errors + " could not be read");
    }
    if (!notes.isEmpty()) {
      s.append(" (").append(String.join(", ", notes)).append(')');
    }
    return s.toString();
  }

  private String regenerateHint(Path baselineOut) {
    // bin/redact names itself, so the hint is a command that can be pasted as is.
    String command = System.getProperty("redact4j.command", "redact");
    if (filesFrom != null && paths.isEmpty()) {
      String source = filesFrom.equals("-") ? "git ls-files | " : "";
      return source + command + " scan --files-from " + filesFrom + " --write-baseline " + baselineOut;
    }
    String args = String.join(" ", paths);
    if (args.length() > 200) {
      args = args.substring(0, 200) + "...";
    }
    return command + " scan " + (args.isEmpty() ? "" : args + " ") + "--write-baseline " + baselineOut;
  }
}
