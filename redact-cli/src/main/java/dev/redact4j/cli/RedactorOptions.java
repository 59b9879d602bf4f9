package dev.redact4j.cli;

import dev.redact4j.KnownSecrets;
import dev.redact4j.Mask;
import dev.redact4j.Redactor;
import dev.redact4j.RuleDescription;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Options shared by {@code redact} and {@code redact scan}: which rules run and with which
 * fingerprint key. Turns them into a {@link Redactor}, reporting a bad setting as a
 * {@link CliException} that names the fix.
 */
final class RedactorOptions {
  /**
   * The fingerprint key {@code redact scan} uses when none is given. It is public (it is right here),
   * so its fingerprints only keep a baseline stable across runs and machines: anyone can test a guess
   * of a secret against one. That is harmless for long random tokens and for the fake secrets a
   * baseline lists, but weak for short passwords; give a secret key with --fingerprint-key-env where
   * findings are shown to people who should not be able to confirm guesses.
   */
  static final String PUBLIC_SCAN_KEY = "redact4j public scan fingerprint key, v1";

  @Option(names = "--rules", paramLabel = "FILE",
      description = "Rules file (docs/rules-file.md): enable/disable rules, masks, custom regex rules.")
  @Nullable Path rules;

  @Option(names = "--enable", paramLabel = "RULE", split = ",",
      description = "Enable rules or groups, including ones off by default (repeatable, or comma-separated).")
  List<String> enable = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "RULE", split = ",",
      description = "Disable rules or groups by id (repeatable, or comma-separated). See --list-rules.")
  List<String> disable = new ArrayList<>();

  @Option(names = "--fingerprint-key-env", paramLabel = "VAR",
      description = "Name of an environment variable holding the fingerprint key (16+ characters, keep it"
          + " secret and stable).")
  @Nullable String fingerprintKeyEnv;

  @Option(names = "--list-rules", description = "List the enabled rules (id, group, description, shape) and exit.")
  boolean listRules;

  /**
   * Builds the redactor.
   *
   * @param mask the --mask spec, or null for the default
   * @param stableKey whether to fall back to {@link #PUBLIC_SCAN_KEY} when no key is given (scan);
   *     otherwise the engine draws a random key per run
   */
  Redactor build(@Nullable String mask, boolean stableKey) {
    return build(mask, stableKey, null);
  }

  /**
   * Builds the redactor, hiding the values of {@code known} wherever they occur when it is not null.
   *
   * @see #build(String, boolean)
   */
  Redactor build(@Nullable String mask, boolean stableKey, @Nullable KnownSecrets known) {
    @Nullable String option = "--rules"; // the option being applied, named in its error
    try {
      Redactor.Builder b = Redactor.newBuilder();
      if (known != null) {
        b.knownSecrets(known);
      }
      if (rules != null) {
        b.rulesFile(rules);
      }
      option = "--enable";
      if (!enable.isEmpty()) {
        b.enable(enable.toArray(new String[0]));
      }
      option = "--disable";
      if (!disable.isEmpty()) {
        b.disable(disable.toArray(new String[0]));
      }
      option = "--mask";
      if (mask != null) {
        b.mask(Mask.parse(mask));
      }
      byte[] key = fingerprintKey(stableKey);
      if (key != null) {
        b.fingerprintKey(key);
      }
      option = null; // build() checks the options together
      return b.build();
    } catch (IllegalArgumentException e) { // RedactionConfigException too
      throw new CliException(option == null ? e.getMessage() : option + ": " + e.getMessage());
    }
  }

  /** The key from --fingerprint-key-env, else the public key when {@code stable}, else null. */
  byte @Nullable [] fingerprintKey(boolean stable) {
    if (fingerprintKeyEnv != null) {
      String value = System.getenv(fingerprintKeyEnv);
      if (value == null || value.isEmpty()) {
        throw new CliException("environment variable " + fingerprintKeyEnv
            + " (--fingerprint-key-env) is not set or empty; set it to a random string of 16+ characters");
      }
      byte[] key = value.getBytes(StandardCharsets.UTF_8);
      if (key.length < 16) {
        throw new CliException("the fingerprint key in " + fingerprintKeyEnv + " is shorter than 16 bytes;"
            + " use a random string of 16+ characters");
      }
      return key;
    }
    return stable ? PUBLIC_SCAN_KEY.getBytes(StandardCharsets.UTF_8) : null;
  }

  /** Prints the rules of {@code redactor} as an aligned table. */
  static void listRules(Redactor redactor, PrintWriter out) {
    List<RuleDescription> rules = redactor.rules();
    int id = "RULE".length();
    int group = "GROUP".length();
    for (RuleDescription r : rules) {
      id = Math.max(id, r.id().length());
      group = Math.max(group, r.group().length());
    }
    String row = "%-" + id + "s  %-" + group + "s  %s%n";
    out.printf(row, "RULE", "GROUP", "DESCRIPTION (SHAPE)");
    for (RuleDescription r : rules) {
      out.printf(row, r.id(), r.group(), oneLine(r.description() + " (" + r.example() + ")"));
    }
    out.flush();
  }

  /** One rule a line: a line break in a shape (a value on the line after its label) is shown as {@code \n}. */
  private static String oneLine(String text) {
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
  }
}
