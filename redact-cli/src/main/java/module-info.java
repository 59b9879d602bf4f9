/**
 * The {@code redact} command line: redacts log files and scans files for secrets with the
 * redact4j engine. An application, not a library: it exports no package.
 */
module dev.redact4j.cli {
  requires dev.redact4j;
  requires info.picocli;
  requires static org.jspecify;

  // picocli reads the command classes' annotated fields reflectively.
  opens dev.redact4j.cli to info.picocli;
}
