package dev.redact4j.demo;

import dev.redact4j.Redactor;
import dev.redact4j.RuleDescription;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Logs the same events through Logback and Log4j 2, each to a plain file (what you would get
 * without redact4j) and a redacted one (the XML in this module's resources), prints them line against
 * line, and writes {@code sample.log} for the command-line part of {@code bin/demo}.
 *
 * <p>Exits 1 if a secret whose rule is in this build's catalog shows in redacted output.
 */
public final class DemoApp {
  /** Colours only on a terminal: bin/demo passes -Ddemo.color=false when stdout is piped or NO_COLOR is set. */
  private static final boolean COLOR = Boolean.parseBoolean(System.getProperty("demo.color", "true"));
  static final String BOLD = COLOR ? "\u001b[1m" : "";
  static final String RED = COLOR ? "\u001b[31m" : "";
  static final String GREEN = COLOR ? "\u001b[32m" : "";
  static final String DIM = COLOR ? "\u001b[2m" : "";
  static final String RESET = COLOR ? "\u001b[0m" : "";

  private DemoApp() {}

  /**
   * {@code DemoApp DIR}: logs through both frameworks into DIR and writes DIR/sample.log;
   * {@code DemoApp --compare BEFORE AFTER}: prints two files line against line with the verdict.
   */
  public static void main(String[] args) throws Exception {
    List<FakeSecret> secrets = FakeSecret.generate(2026);
    Set<String> catalog = Redactor.defaults().rules().stream().map(RuleDescription::id).collect(Collectors.toSet());
    if (args.length == 3 && args[0].equals("--compare")) {
      boolean ok = compare(Path.of(args[1]), Path.of(args[2]), secrets, catalog);
      System.out.flush();
      System.exit(ok ? 0 : 1);
    }
    Path dir = Path.of(args.length > 0 ? args[0] : "target/demo").toAbsolutePath();
    Files.createDirectories(dir);
    System.setProperty("demo.dir", dir.toString());

    boolean ok = true;
    if (present("dev.redact4j.logback.RedactingEncoder")) {
      LogbackDemo.run(secrets);
      heading("Logback: RedactingEncoder around PatternLayoutEncoder (demo-logback.xml)");
      ok &= compare(dir.resolve("logback-plain.log"), dir.resolve("logback-redacted.log"), secrets, catalog);
      heading("Logback: RedactingEncoder around LogstashEncoder (JSON)");
      ok &= compare(dir.resolve("logback-plain.json"), dir.resolve("logback-redacted.json"), secrets, catalog);
    } else {
      skipped("Logback", "dev.redact4j.logback.RedactingEncoder");
    }
    if (present("dev.redact4j.log4j2.RedactingLayout")) {
      Log4jDemo.run(secrets);
      heading("Log4j 2: RedactingLayout around PatternLayout (demo-log4j2.xml)");
      ok &= compare(dir.resolve("log4j2-plain.log"), dir.resolve("log4j2-redacted.log"), secrets, catalog);
      heading("Log4j 2: RedactingLayout around JsonTemplateLayout (JSON)");
      ok &= compare(dir.resolve("log4j2-plain.json"), dir.resolve("log4j2-redacted.json"), secrets, catalog);
    } else {
      skipped("Log4j 2", "dev.redact4j.log4j2.RedactingLayout");
    }
    SampleLog.write(dir.resolve("sample.log"), secrets);
    System.out.flush();
    System.exit(ok ? 0 : 1);
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, DemoApp.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static void skipped(String host, String className) {
    heading(host);
    System.out.println(DIM + "  skipped: " + className + " is not in this build yet (the adapter is still"
        + " being merged)." + RESET);
  }

  static void heading(String title) {
    System.out.println();
    System.out.println(BOLD + "== " + title + RESET);
  }

  /**
   * Prints the plain and redacted output line against line ({@code -} without redact4j, {@code +}
   * with), then which secrets were hidden. Returns false if a secret whose rule is in the catalog
   * shows in the redacted output.
   */
  static boolean compare(Path plain, Path redacted, List<FakeSecret> secrets, Set<String> catalog) throws IOException {
    List<String> before = Files.readAllLines(plain, StandardCharsets.UTF_8);
    List<String> after = Files.readAllLines(redacted, StandardCharsets.UTF_8);
    if (before.size() == after.size()) {
      for (int i = 0; i < before.size(); i++) {
        if (before.get(i).equals(after.get(i))) {
          System.out.println(DIM + "    " + before.get(i) + RESET);
        } else {
          System.out.println(RED + "  - " + before.get(i) + RESET);
          System.out.println(GREEN + "  + " + after.get(i) + RESET);
        }
      }
    } else {
      before.forEach(l -> System.out.println(RED + "  - " + l + RESET));
      after.forEach(l -> System.out.println(GREEN + "  + " + l + RESET));
    }
    String all = String.join("\n", after);
    String input = String.join("\n", before);
    boolean ok = true;
    StringBuilder verdict = new StringBuilder("  ");
    for (FakeSecret s : secrets) {
      if (!input.contains(s.probe())) {
        continue;
      }
      boolean hidden = !all.contains(s.probe());
      boolean expected = catalog.contains(s.ruleId());
      if (hidden) {
        verdict.append(GREEN).append("hidden: ").append(s.label()).append(RESET).append("  ");
      } else if (expected) {
        verdict.append(RED).append("SHOWN: ").append(s.label()).append(RESET).append("  ");
        ok = false;
      } else {
        verdict.append(DIM).append("shown: ").append(s.label()).append(" (no ").append(s.ruleId())
            .append(" rule in this build)").append(RESET).append("  ");
      }
    }
    System.out.println(verdict.toString().stripTrailing());
    return ok;
  }
}
