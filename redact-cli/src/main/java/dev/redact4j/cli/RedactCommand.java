package dev.redact4j.cli;

import dev.redact4j.Redactor;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code redact [FILE...]}: writes each file (or stdin) to stdout, or to {@code -o FILE}, with every
 * secret replaced by a mask. Line by line in bounded memory, with as many lines out as in; a PEM
 * private key spanning lines is looked at whole (see {@link LineGrouper}).
 *
 * <p>Exit codes: 0 done; 2 a usage error or an input that could not be redacted (named on stderr;
 * with {@code -o} nothing is written then); 3 an internal error.
 */
@Command(name = "redact", mixinStandardHelpOptions = true, versionProvider = RedactCommand.Version.class,
    sortOptions = false, usageHelpAutoWidth = true,
    description = {"Redact secrets from text files or stdin, line by line, with the redact4j catalog.",
        "Output has as many lines as the input; secrets become masks such as [REDACTED:github-pat-classic].",
        "",
        "  redact app.log > app.redacted.log",
        "  kubectl logs my-pod | redact",
        "  redact app.log -o app.log          (in place, atomically)",
        "  redact scan src/                   (report secrets instead)"},
    footer = {"", "Exit status: 0 done, 2 usage error or unreadable/binary input, 3 internal error.",
        "Docs: docs/cli.md"})
public final class RedactCommand implements Callable<Integer> {
  static final int EXIT_OK = 0;
  static final int EXIT_FOUND = 1;
  static final int EXIT_USAGE = 2;
  static final int EXIT_INTERNAL = 3;

  private final Io io;

  @Mixin RedactorOptions options = new RedactorOptions();

  @Option(names = "--mask", paramLabel = "STYLE",
      description = "How secrets are written: typed (default), fixed:TEXT, prefix, last:N[:MIN], fingerprint.")
  @Nullable String mask;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE atomically (temp file + rename) instead of stdout, gzip-compressed if FILE"
          + " ends in .gz. May be an input (gzip inputs are read decompressed).")
  @Nullable Path output;

  @Option(names = {"-a", "--text"}, description = "Redact an input that holds NUL bytes as text (as grep -a does),"
      + " such as a log a copytruncate rotation padded with NULs; other bytes pass through as they are.")
  boolean binaryAsText;

  @Option(names = "--no-progress", description = "Never draw the progress bar (drawn only when stderr is a terminal).")
  boolean noProgress;

  @Parameters(paramLabel = "FILE", description = "Files to redact, in order; '-' or none reads stdin.")
  List<String> files = new ArrayList<>();

  RedactCommand(Io io) {
    this.io = io;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    int code = run(args, new FileInputStream(FileDescriptor.in), out, System.err, Path.of("/dev/stdout"));
    System.exit(code);
  }

  /** Runs the command line on the given streams and returns the exit status; never throws. */
  static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
    return run(args, in, out, err, null);
  }

  /**
   * {@link #run(String[], InputStream, OutputStream, OutputStream)}, with a path naming the file or pipe
   * {@code out} writes to, so that an input that is that file is not read (may be null).
   */
  static int run(String[] args, InputStream in, OutputStream out, OutputStream err, @Nullable Path outPath) {
    Io io = new Io(in, out, err, outPath);
    CommandLine cmd = new CommandLine(new RedactCommand(io));
    cmd.addSubcommand("scan", new ScanCommand(io));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setOut(io.outText);
    cmd.setErr(io.err);
    cmd.setParameterExceptionHandler((e, a) -> {
      CommandLine c = e.getCommandLine();
      String belongs = otherCommandsOption(cmd, e);
      if (belongs != null) {
        c.getErr().println("redact: " + belongs);
      } else {
        c.getErr().println("redact: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, c.getErr());
      }
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      return EXIT_USAGE;
    });
    cmd.setExecutionExceptionHandler((e, c, parsed) -> {
      if (e instanceof CliException ce) {
        c.getErr().println("redact: " + ce.getMessage());
        return ce.exitCode;
      }
      if (e instanceof UncheckedIOException || e instanceof IOException) {
        Throwable io2 = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (isBrokenPipe(io2)) {
          return 141; // the reader went away, as `cat` would: 128 + SIGPIPE, and nothing to say
        }
        c.getErr().println("redact: cannot write output (" + io2.getClass().getSimpleName() + ": "
            + io2.getMessage() + ")");
        return EXIT_USAGE;
      }
      c.getErr().println("redact: internal error (" + e.getClass().getName() + "); please report it."
          + " No input text is included in this message.");
      return EXIT_INTERNAL;
    });
    int code = cmd.execute(args);
    try {
      io.outText.flush();
      out.flush();
    } catch (IOException e) {
      return code;
    }
    io.err.flush();
    return code;
  }

  /**
   * When {@code e} is an unknown option that the other command has ({@code redact --files-from},
   * {@code redact scan --mask}), a message naming the command it belongs to; else null. Picocli would
   * suggest the closest option of the wrong command instead.
   */
  private static @Nullable String otherCommandsOption(CommandLine root, CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
      return null;
    }
    String arg = u.getUnmatched().get(0);
    String option = arg.startsWith("-") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
    CommandLine scan = root.getSubcommands().get("scan");
    CommandLine here = e.getCommandLine();
    CommandLine other = here == scan ? root : scan;
    if (!option.startsWith("-") || other == null || other.getCommandSpec().findOption(option) == null) {
      return null;
    }
    String why = other == root ? " (scan reports where secrets are and writes no redacted text)" : "";
    return "'" + option + "' is an option of '" + other.getCommandSpec().qualifiedName() + "', not of '"
        + here.getCommandSpec().qualifiedName() + "'" + why + "; run '" + other.getCommandSpec().qualifiedName()
        + " " + option + " ...'";
  }

  private static boolean isBrokenPipe(@Nullable Throwable t) {
    return t != null && t.getMessage() != null && t.getMessage().contains("Broken pipe");
  }

  @Override
  public Integer call() throws IOException {
    MaskedValues masked = new MaskedValues();
    Redactor redactor = options.build(mask, false, masked.registry());
    if (options.listRules) {
      RedactorOptions.listRules(redactor, io.outText);
      return EXIT_OK;
    }
    List<String> inputs = files.isEmpty() ? List.of("-") : files;
    TerminalProgress progress = new TerminalProgress(io.err, !noProgress && TerminalProgress.stderrIsTerminal());
    Path target = output;
    if (target != null) {
      AtomicFile.write(target, os -> {
        if (target.getFileName() != null && target.getFileName().toString().endsWith(".gz")) {
          // -o app.log.1.gz: compressed, as its name says and as the tools that read rotated logs expect
          GZIPOutputStream gzip = new GZIPOutputStream(os, 1 << 16);
          redactAll(redactor, masked, inputs, gzip, progress, target);
          gzip.finish();
        } else {
          redactAll(redactor, masked, inputs, os, progress, target);
        }
      });
      return EXIT_OK;
    }
    io.outText.flush();
    return redactAll(redactor, masked, inputs, io.out, progress, null) == 0 ? EXIT_OK : EXIT_USAGE;
  }

  /** Redacts every input in turn; returns how many failed. With a target, the first failure aborts. */
  private int redactAll(Redactor redactor, MaskedValues masked, List<String> inputs, OutputStream out,
      TerminalProgress progress, @Nullable Path target) throws IOException {
    // Bytes that were no UTF-8 in the input go out as they came (EscapedBytes); the rest as UTF-8.
    Writer writer = EscapedBytes.writer(out);
    RedactingLineHandler handler = new RedactingLineHandler(redactor, writer, masked);
    int failures = 0;
    for (String input : inputs) {
      try {
        if (target == null && !input.equals("-") && io.isOutput(Path.of(input))) {
          String name = InputSource.display(Path.of(input));
          throw new CliException(name + ": is also the output (stdout is redirected to it), so reading it would read"
              + " what is being written; not read. Write elsewhere, or redact it in place with -o " + name);
        }
        redactOne(input, handler, progress);
      } catch (CliException e) {
        if (target != null) {
          throw new CliException(e.getMessage() + "; " + target + " was not written");
        }
        writer.flush();
        io.err.println("redact: " + e.getMessage());
        failures++;
      }
    }
    try {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return failures;
  }

  private void redactOne(String input, RedactingLineHandler handler, TerminalProgress progress) {
    try (InputSource source = InputSource.open(input, io.in, progress)) {
      InputSource.NotText notText = source.notText();
      if (notText != null && !(binaryAsText && notText.magic().length == 0)) {
        throw new CliException(source.name + ": " + notText.reason(source.name));
      }
      try {
        LineGrouper.run(new SegmentingLineReader(source.reader(), handler::flushThrough), handler);
      } catch (UncheckedIOException e) {
        throw e; // output failed
      } catch (IOException e) {
        handler.flush();
        throw new CliException(source.name + ": " + InputSource.reason(e) + " part way; output is incomplete");
      }
      handler.flush();
    } catch (IOException e) {
      throw new CliException(input + ": " + InputSource.reason(e));
    }
  }

  /** The version from the build, as {@code redact 0.1.0}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"redact (redact4j) " + version()};
    }

    static String version() {
      Properties p = new Properties();
      try (InputStream in = RedactCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        return "unknown";
      }
      return p.getProperty("version", "unknown");
    }
  }
}
