package dev.redact4j;

import dev.redact4j.internal.catalog.BuiltInCatalog;
import dev.redact4j.internal.engine.Engine;
import dev.redact4j.internal.engine.Rule;
import dev.redact4j.internal.engine.SpanBuffer;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds secrets in text and hides them. The one engine behind every redact4j adapter.
 *
 * <pre>{@code
 * Redactor redactor = Redactor.defaults();
 * String safe = redactor.redact("login with password=hunter2-correct-horse");
 * // "login with password=[REDACTED:password-assignment]"
 * }</pre>
 *
 * <p><b>Guarantees.</b> A {@code Redactor} is immutable and thread-safe; share one per configuration.
 * {@link #redact} never throws for a non-null text: if a rule fails, a user regex exceeds its read
 * budget or the {@code CharSequence} fails when read (a buffer another thread changes), the whole
 * text is replaced by {@code [REDACTION FAILED]} (it fails closed, never open).
 * Built-in rules do work linear in the text length for any input. Text in which nothing is found is
 * returned as the same {@code String} instance, without allocation.
 *
 * <p><b>What is hidden.</b> Each enabled rule's matches, merged where they overlap so that no
 * fragment of a secret is shown, plus every value registered in the {@link KnownSecrets} in use. See
 * {@link #rules()} for the list; {@code docs/catalog.md} describes each family.
 *
 * @since 0.1.0
 */
public final class Redactor {
  /** Rule id reported for values found through {@link KnownSecrets}. */
  public static final String KNOWN_SECRET_RULE = "known-secret";
  /** Rule id reported by {@link #scan} when redaction failed and the whole text is hidden. */
  public static final String FAILED_RULE = "redaction-failed";

  private final Engine engine;
  /** Mask of each engine rule, then one for known secrets at index {@code engine.ruleCount()}. */
  private final Mask[] masks;
  private final LongAdder[] hits;
  private final @Nullable KnownSecrets knownSecrets;
  /** Names found clean ({@link #containsSecretInName}); a slot per identity hash, overwritten freely. */
  private final @Nullable CleanName[] cleanNames = new CleanName[64];
  private final Fingerprints fingerprints;

  private Redactor(Builder b, Engine engine) {
    this.engine = engine;
    int n = engine.ruleCount();
    this.masks = new Mask[n + 1];
    this.hits = new LongAdder[n + 1];
    for (int i = 0; i <= n; i++) {
      String id = i < n ? engine.rule(i).id() : KNOWN_SECRET_RULE;
      masks[i] = b.ruleMasks.getOrDefault(id, b.mask);
      hits[i] = new LongAdder();
    }
    this.knownSecrets = b.knownSecrets;
    this.fingerprints = b.fingerprintKey == null ? Fingerprints.randomKey() : new Fingerprints(b.fingerprintKey);
  }

  /**
   * The built-in catalog with its default rules enabled, {@linkplain Mask#typed() typed} masks, a
   * random per-process fingerprint key and the {@linkplain KnownSecrets#global() global} known
   * secrets. One shared instance.
   */
  public static Redactor defaults() {
    return Defaults.INSTANCE;
  }

  /** A builder starting from the built-in catalog's default rules. */
  public static Builder newBuilder() {
    return new Builder();
  }

  private static final class Defaults {
    static final Redactor INSTANCE = newBuilder().build();
  }

  /**
   * Returns {@code text} with every secret replaced by its mask.
   *
   * @return the same instance when {@code text} is a {@code String} in which nothing was found
   * @throws NullPointerException if {@code text} is null (the only exception this method throws)
   */
  public String redact(CharSequence text) {
    Objects.requireNonNull(text, "text");
    SpanBuffer spans = find(text);
    if (spans == null && text instanceof String s) {
      return s;
    }
    try {
      StringBuilder out = new StringBuilder(text.length() + 32);
      if (spans == null) {
        // Copied from the characters just read, not by toString(), which may throw or differ.
        return out.append(text).toString();
      }
      appendMasked(text, spans, out);
      return out.toString();
    } catch (RuntimeException e) {
      return Mask.FAILED; // a CharSequence that fails when read (changed by another thread meanwhile)
    }
  }

  /**
   * Appends {@code text} to {@code out} with every secret replaced by its mask; for adapters that
   * already hold a buffer. On failure, what was appended is rolled back and the failure placeholder
   * is appended instead.
   *
   * @return true if anything was hidden (or redaction failed), false if {@code text} was appended as is
   */
  public boolean redactTo(CharSequence text, StringBuilder out) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(out, "out");
    SpanBuffer spans = find(text);
    if (spans == null) {
      int mark = out.length();
      try {
        out.append(text);
        return false;
      } catch (RuntimeException e) {
        out.setLength(mark);
        out.append(Mask.FAILED);
        return true;
      }
    }
    appendMasked(text, spans, out);
    return true;
  }

  /**
   * Tells whether {@link #redact} would change {@code text}, without building the result.
   */
  public boolean containsSecret(CharSequence text) {
    return find(Objects.requireNonNull(text, "text")) != null;
  }

  /**
   * Whether {@code name}, a thread's or a logger's name, holds a secret: {@link #containsSecret(CharSequence)},
   * remembered for names found clean. A thread or a logger hands every event the same name String, so an
   * adapter that judges names on every event scans each name once; a name is judged again whenever a
   * known secret was registered or unregistered since. Thread-safe; null is clean.
   */
  public boolean containsSecretInName(@Nullable String name) {
    if (name == null) {
      return false;
    }
    KnownSecrets known = knownSecrets;
    Object against = known == null ? null : known.snapshot();
    int slot = System.identityHashCode(name) & (cleanNames.length - 1);
    CleanName clean = cleanNames[slot];
    if (clean != null && clean.name == name && clean.against == against) {
      return false;
    }
    if (containsSecret(name)) {
      return true;
    }
    cleanNames[slot] = new CleanName(name, against); // racy by design: a lost slot only costs a scan
    return false;
  }

  /** A name found clean, by identity, and the known secrets it was judged against. */
  private record CleanName(String name, @Nullable Object against) {}

  /**
   * Whether a message of {@code thrown}, of its causes or of its suppressed throwables (its
   * {@code getMessage()}, {@code getLocalizedMessage()} or {@code toString()}) holds a secret. True as
   * well when one of them throws, or the chain is deeper than a copy follows: then
   * {@link #redactedCopy(Throwable)} is the safe thing to hand on. Never throws for a non-null throwable.
   */
  public boolean containsSecret(Throwable thrown) {
    return RedactedThrowable.containsSecret(this, Objects.requireNonNull(thrown, "thrown"));
  }

  /**
   * A copy of {@code thrown} with every message redacted, for code that hands a throwable itself
   * onwards (an error tracker, a log appender that reads the exception, not its text): the same stack
   * frames, and its cause and suppressed throwables copied the same way, cycles kept and the chain cut
   * 64 deep. A copy is of the original's class where that class has a public {@code (String)}
   * constructor whose instance shows exactly the redacted text; otherwise it is a stand-in whose
   * {@code toString()} starts with the original's class name. A message that cannot be read becomes
   * {@code [REDACTION FAILED]}. {@code thrown} is never changed. Never throws for a non-null throwable.
   */
  public Throwable redactedCopy(Throwable thrown) {
    return RedactedThrowable.copyOf(this, Objects.requireNonNull(thrown, "thrown"));
  }

  /**
   * Hides {@code part}, a value printed apart from the text it was formatted into (an SLF4J argument, a
   * Log4j parameter, which JSON layouts write as fields of their own), judged alone and in that
   * context: its redaction if it holds a secret by itself, else the mask of the secret it is part of
   * in {@code context} ({@code "password={}"} with {@code hunter2}: harmless alone, a password there).
   * {@code contextFindings} are {@link #scan}'s findings in {@code context}, computed once for all
   * its parts.
   *
   * @return {@code part} itself when it may be shown, else its masked form; never throws, and on
   *     failure returns the failure placeholder
   */
  public String redactInContext(String part, @Nullable String context, List<Finding> contextFindings) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(contextFindings, "contextFindings");
    try {
      String alone = redact(part);
      if (alone != part || context == null || part.isEmpty() || contextFindings.isEmpty()) {
        return alone;
      }
      Finding f = firstOverlap(part, context, byStart(contextFindings));
      return f == null ? part : maskWhole(part, f.ruleId());
    } catch (RuntimeException | StackOverflowError e) {
      return Mask.FAILED;
    }
  }

  /**
   * The first finding (by start) that overlaps the earliest place {@code part} occurs in
   * {@code context} where it overlaps one, or null. One pass over {@code context} (Knuth-Morris-Pratt)
   * and over the findings: a part that recurs often in a text with many findings, or a long part of
   * one repeated character, costs linear time, not occurrences times findings or times its length.
   */
  private static @Nullable Finding firstOverlap(String part, String context, List<Finding> findings) {
    int m = part.length();
    int[] fallback = Borders.of(part);
    int next = 0; // findings before it end before every occurrence still to come
    for (int c = 0, k = 0, n = context.length(); c < n; c++) {
      char ch = context.charAt(c);
      while (k > 0 && ch != part.charAt(k)) {
        k = fallback[k - 1];
      }
      if (ch == part.charAt(k)) {
        k++;
      }
      if (k == m) {
        int at = c - m + 1;
        while (next < findings.size() && findings.get(next).end() <= at) {
          next++;
        }
        if (next == findings.size()) {
          return null;
        }
        if (findings.get(next).start() < at + m) {
          return findings.get(next);
        }
        k = fallback[k - 1];
      }
    }
    return null;
  }

  /** {@code findings} ordered by start, as {@link #scan} returns them (a copy only when they are not). */
  private static List<Finding> byStart(List<Finding> findings) {
    for (int i = 1; i < findings.size(); i++) {
      if (findings.get(i).start() < findings.get(i - 1).start()) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(Finding::start));
        return sorted;
      }
    }
    return findings;
  }

  /** {@code text} masked whole as rule {@code ruleId} masks a finding. */
  private String maskWhole(String text, String ruleId) {
    for (int r = 0; r < masks.length; r++) {
      if (ruleId(r).equals(ruleId)) {
        StringBuilder out = new StringBuilder();
        int prefix = r < engine.ruleCount() ? engine.rule(r).publicPrefixLength() : 0;
        masks[r].appendTo(out, ruleId, text, 0, text.length(), prefix, fingerprints);
        hits[r].increment();
        return out.toString();
      }
    }
    return Mask.FAILED; // the finding of a failed redaction
  }

  /**
   * Lists what would be hidden in {@code text}, in order, after overlapping matches are merged.
   * When redaction fails, the list holds one finding of rule {@value #FAILED_RULE} covering the text.
   */
  public List<Finding> scan(CharSequence text) {
    Objects.requireNonNull(text, "text");
    SpanBuffer spans = find(text);
    if (spans == null) {
      return List.of();
    }
    try {
      if (spans.failed()) {
        return List.of(new Finding(FAILED_RULE, 0, text.length(), fingerprints.of(text, 0, text.length())));
      }
      List<Finding> findings = new ArrayList<>(spans.size());
      for (int i = 0; i < spans.size(); i++) {
        int start = spans.start(i);
        int end = spans.end(i);
        findings.add(new Finding(ruleId(spans.rule(i)), start, end, fingerprints.of(text, start, end)));
      }
      return Collections.unmodifiableList(findings);
    } catch (RuntimeException e) {
      // A CharSequence that fails when read.
      int length;
      try {
        length = text.length();
      } catch (RuntimeException again) {
        length = 0;
      }
      return List.of(new Finding(FAILED_RULE, 0, length, "00000000"));
    }
  }

  /** The enabled rules, built-in then custom, in the order they were compiled. */
  public List<RuleDescription> rules() {
    List<RuleDescription> list = new ArrayList<>(engine.ruleCount());
    for (int i = 0; i < engine.ruleCount(); i++) {
      Rule r = engine.rule(i);
      list.add(new RuleDescription(r.id(), r.group(), r.description(), r.example()));
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * How many spans each rule has hidden since this redactor was built, by rule id, including
   * {@value #KNOWN_SECRET_RULE}. A snapshot; counts only grow. Cheap enough to poll for metrics.
   */
  public Map<String, Long> hitCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < hits.length; i++) {
      counts.put(ruleId(i), hits[i].sum());
    }
    return Collections.unmodifiableMap(counts);
  }

  private String ruleId(int index) {
    return index < engine.ruleCount() ? engine.rule(index).id() : KNOWN_SECRET_RULE;
  }

  private @Nullable SpanBuffer find(CharSequence text) {
    try {
      SpanBuffer spans = engine.find(text);
      KnownSecrets known = knownSecrets;
      if (known != null && !known.isEmpty() && (spans == null || !spans.failed())) {
        SpanBuffer[] holder = {spans};
        int rule = engine.ruleCount();
        known.findAll(text, (start, end) -> {
          if (holder[0] == null) {
            holder[0] = new SpanBuffer();
          }
          holder[0].add(start, end, rule);
        });
        spans = holder[0];
      }
      return spans;
    } catch (RuntimeException | StackOverflowError e) {
      SpanBuffer failed = new SpanBuffer();
      failed.fail();
      return failed;
    }
  }

  private void appendMasked(CharSequence text, SpanBuffer spans, StringBuilder out) {
    int mark = out.length();
    if (spans.failed()) {
      out.append(Mask.FAILED);
      return;
    }
    try {
      int pos = 0;
      for (int i = 0; i < spans.size(); i++) {
        int start = spans.start(i);
        int end = spans.end(i);
        int rule = spans.rule(i);
        out.append(text, pos, start);
        byte kind = spans.kind(i);
        if (kind != SpanBuffer.TYPED) {
          SpanBuffer.appendStars(text, start, end, kind, out); // a hex dump's cells: the table keeps its shape
        } else {
          int prefix = rule < engine.ruleCount() ? engine.rule(rule).publicPrefixLength() : 0;
          masks[rule].appendTo(out, ruleId(rule), text, start, end, prefix, fingerprints);
        }
        hits[rule].increment();
        pos = end;
      }
      out.append(text, pos, text.length());
    } catch (RuntimeException | StackOverflowError e) {
      out.setLength(mark);
      out.append(Mask.FAILED);
    }
  }

  @Override
  public String toString() {
    return "Redactor[" + engine.ruleCount() + " rules]";
  }

  /**
   * Builds a {@link Redactor}. Starts from the built-in catalog's default rules, the typed mask, a
   * random fingerprint key and the global {@link KnownSecrets}. Each method validates its argument at
   * once and throws {@link RedactionConfigException} naming the fix; {@link #build()} checks the
   * settings together. Not thread-safe; a builder may be reused.
   */
  public static final class Builder {
    /**
     * A variable name worth repeating in an error: upper-case letters, digits and underscores, with an
     * underscore or shorter than a key (16+ characters); keys (hex, base64) seldom look like that.
     */
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*_[A-Z0-9_]*|[A-Z_][A-Z0-9_]{0,14}");
    /** A word of a path: lower or upper case, capitalized or camelCase, with digits. */
    private static final Pattern PATH_WORD = Pattern.compile("[a-z0-9]*|[A-Z0-9]*|[A-Z]?[a-z0-9]+([A-Z][a-z0-9]+)*");

    /** Ordered enable/disable operations on rule ids or group names: {@code +id} or {@code -id}. */
    private final List<String> toggles = new ArrayList<>();
    private final Map<String, CustomRule> customRules = new LinkedHashMap<>();
    private final Map<String, Mask> ruleMasks = new HashMap<>();
    /** Where a per-rule mask read from a rules file was set, so build() can name that line. */
    private final Map<String, RedactionConfigException> ruleMaskLines = new HashMap<>();
    private Mask mask = Mask.typed();
    private byte @Nullable [] fingerprintKey;
    private @Nullable KnownSecrets knownSecrets = KnownSecrets.global();
    private int regexBudget = CustomRule.DEFAULT_BUDGET;

    private Builder() {}

    /**
     * Enables rules by id or whole groups by name, including rules the catalog leaves off by default.
     *
     * @throws RedactionConfigException if a name is neither a rule id nor a group
     */
    public Builder enable(String... idsOrGroups) {
      for (String id : idsOrGroups) {
        toggles.add("+" + checkRuleOrGroup(id));
      }
      return this;
    }

    /**
     * Disables rules by id or whole groups by name. Later calls override earlier ones.
     *
     * @throws RedactionConfigException if a name is neither a rule id nor a group
     */
    public Builder disable(String... idsOrGroups) {
      for (String id : idsOrGroups) {
        toggles.add("-" + checkRuleOrGroup(id));
      }
      return this;
    }

    /**
     * Adds a rule that hides every match of a Java regex. If the regex has a named group
     * {@code secret}, only that group is hidden. The regex runs over the whole text, so give it
     * keywords when you can: it then runs only on texts that contain one (ASCII, case-insensitive).
     *
     * <p>The regex is linted: nested quantifiers such as {@code (a+)+} are refused, and at run time it
     * may read at most {@link #regexBudget(int)} characters per input character; past that, the text
     * is replaced by {@code [REDACTION FAILED]}.
     *
     * @throws RedactionConfigException if the id is taken or malformed, or the regex does not compile
     *     or could backtrack catastrophically
     */
    public Builder addRegexRule(String id, String regex, String... keywords) {
      CustomRule rule = CustomRule.create(id, regex, List.of(keywords));
      if (BuiltInCatalog.ruleIds().contains(rule.id()) || customRules.containsKey(rule.id())
          || KNOWN_SECRET_RULE.equals(rule.id())) {
        throw new RedactionConfigException("A rule with id '" + id + "' already exists; choose another id");
      }
      customRules.put(rule.id(), rule);
      return this;
    }

    /** The mask for every rule that has none of its own. Default: {@link Mask#typed()}. */
    public Builder mask(Mask mask) {
      this.mask = Objects.requireNonNull(mask, "mask");
      return this;
    }

    /** The mask for one rule (or {@value #KNOWN_SECRET_RULE}), overriding {@link #mask(Mask)}. */
    public Builder mask(String ruleId, Mask mask) {
      Objects.requireNonNull(mask, "mask");
      ruleMasks.put(Objects.requireNonNull(ruleId, "ruleId"), mask);
      ruleMaskLines.remove(ruleId);
      return this;
    }

    /** {@link #mask(String, Mask)} from line {@code line} of a rules file. */
    void mask(String ruleId, Mask mask, String source, int line) {
      mask(ruleId, mask);
      ruleMaskLines.put(ruleId, new RedactionConfigException("A mask is set for rule '" + ruleId
          + "', which is not enabled; enable it or remove the mask", source, line));
    }

    /**
     * The key for {@linkplain Mask#fingerprint() fingerprints} and {@link Finding#fingerprint()}. Keep
     * it secret and stable to correlate fingerprints across processes. The bytes are copied.
     *
     * @throws RedactionConfigException if the key is shorter than 16 bytes
     */
    public Builder fingerprintKey(byte[] key) {
      Objects.requireNonNull(key, "key");
      if (key.length < 16) {
        throw new RedactionConfigException("The fingerprint key needs at least 16 bytes, had " + key.length);
      }
      this.fingerprintKey = key.clone();
      return this;
    }

    /** {@link #fingerprintKey(byte[])} from a secret, for example one loaded with {@link Secrets}. */
    public Builder fingerprintKey(SecretString key) {
      Objects.requireNonNull(key, "key");
      byte[] bytes = key.use(v -> v.toString().getBytes(StandardCharsets.UTF_8));
      try {
        return fingerprintKey(bytes);
      } finally {
        Arrays.fill(bytes, (byte) 0);
      }
    }

    /**
     * {@link #fingerprintKey(byte[])} from an environment variable, read now.
     *
     * @throws RedactionConfigException if the variable is unset, empty or too short, naming it only
     *     if it is written like a variable name: a configuration that resolves {@code ${env:NAME}}
     *     where only {@code NAME} belongs passes the key itself as {@code variable}
     */
    public Builder fingerprintKeyFromEnv(String variable) {
      Objects.requireNonNull(variable, "variable");
      String name = variable.strip();
      String value = System.getenv(name);
      if ((value == null || value.isEmpty()) && !VARIABLE_NAME.matcher(name).matches()) {
        throw new RedactionConfigException("No environment variable for the fingerprint key has the name given, which"
            + " is not written like one (such as REDACT4J_FINGERPRINT_KEY) and is not repeated here: it may be the"
            + " key itself, as when ${env:NAME} is written where only the variable's name NAME belongs");
      }
      if (value == null || value.isEmpty()) {
        throw new RedactionConfigException("Environment variable " + name
            + " (fingerprint key) is not set or empty; set it to a random string of 16+ characters");
      }
      return fingerprintKey(value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@link #fingerprintKey(byte[])} from a file (UTF-8, surrounding whitespace ignored), read now.
     *
     * @throws RedactionConfigException naming the file if it cannot be read (unless its path looks like
     *     a key: see {@link #quotedPath}) or the key is too short
     */
    public Builder fingerprintKeyFromFile(Path file) {
      Objects.requireNonNull(file, "file");
      String key;
      try {
        key = Files.readString(file, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new RedactionConfigException("Cannot read the fingerprint key file " + quotedPath(file) + " ("
            + e.getClass().getSimpleName() + "); check the path and its permissions");
      }
      return fingerprintKey(key.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A path as an error quotes it, unless it reads like a key rather than a path: a configuration that
     * resolves {@code ${env:FP_KEY}} where a file belongs passes the key as the path, and adapters print
     * these errors to their status log. A path of words between separators ({@code /etc/app/fp.key},
     * {@code C:\keys\redact4j-fingerprint.key}) is quoted; a long run that is not a word is not.
     */
    static String quotedPath(Path file) {
      String path = file.toString();
      if (path.length() >= 16) {
        for (String word : path.split("[-_./\\\\:~ ]+")) {
          if (word.length() > 20 || !PATH_WORD.matcher(word).matches()) {
            return "(the path given, not repeated here because it looks like a key; if a ${...} lookup put a"
                + " secret there, write the path of the file that holds it)";
          }
        }
      }
      return path;
    }

    /** The registry of values to hide wherever they occur; null for none. Default: {@link KnownSecrets#global()}. */
    public Builder knownSecrets(@Nullable KnownSecrets knownSecrets) {
      this.knownSecrets = knownSecrets;
      return this;
    }

    /**
     * How many characters a custom regex may read per input character (plus a fixed allowance of
     * 10,000) before redaction fails closed. Default 64.
     *
     * @throws RedactionConfigException if not 1 to 100,000
     */
    public Builder regexBudget(int readsPerCharacter) {
      if (readsPerCharacter < 1 || readsPerCharacter > 100_000) {
        throw new RedactionConfigException("regexBudget must be 1 to 100000, was " + readsPerCharacter);
      }
      this.regexBudget = readsPerCharacter;
      return this;
    }

    /**
     * Applies a rules file (see {@code docs/rules-file.md}): UTF-8, one {@code key = value} a line.
     *
     * @throws RedactionConfigException naming the file, line and fix if the file cannot be read or
     *     holds an error
     */
    public Builder rulesFile(Path file) {
      Objects.requireNonNull(file, "file");
      if (Files.isDirectory(file)) {
        throw new RedactionConfigException("This is a directory, not a rules file; give the path of the file itself"
            + " (e.g. " + file.resolve("redact4j.rules") + ")", file.toString(), 0);
      }
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return rules(reader, file.toString());
      } catch (IOException e) {
        throw new RedactionConfigException(
            "Cannot read the rules file (" + e.getClass().getSimpleName() + "); check the path and its permissions",
            quotedPath(file), 0);
      }
    }

    /**
     * Applies rules in the rules-file format read from {@code reader}.
     *
     * @param sourceName named in error messages, e.g. the file name
     * @throws RedactionConfigException naming the source, line and fix on an error
     */
    public Builder rules(Reader reader, String sourceName) {
      RulesFile.apply(reader, sourceName, this);
      return this;
    }

    /**
     * Builds the redactor.
     *
     * @throws RedactionConfigException if a per-rule mask names a rule that is not enabled
     */
    public Redactor build() {
      Set<String> enabled = new LinkedHashSet<>(BuiltInCatalog.defaultRuleIds());
      Set<String> disabledCustom = new LinkedHashSet<>();
      for (String toggle : toggles) {
        String name = toggle.substring(1);
        boolean on = toggle.charAt(0) == '+';
        if (on) {
          enabled.addAll(BuiltInCatalog.ruleIdsOf(name));
          disabledCustom.remove(name);
        } else {
          enabled.removeAll(BuiltInCatalog.ruleIdsOf(name));
          disabledCustom.add(name);
        }
      }
      List<Rule> rules = new ArrayList<>();
      for (Rule r : BuiltInCatalog.rules()) {
        if (enabled.contains(r.id())) {
          rules.add(r);
        }
      }
      for (CustomRule c : customRules.values()) {
        if (!disabledCustom.contains(c.id()) && !disabledCustom.contains(c.group())) {
          rules.add(c.toRule(regexBudget));
        }
      }
      Set<String> ids = new LinkedHashSet<>();
      for (Rule r : rules) {
        ids.add(r.id());
      }
      ids.add(KNOWN_SECRET_RULE);
      for (String id : ruleMasks.keySet()) {
        if (!ids.contains(id)) {
          RedactionConfigException fromFile = ruleMaskLines.get(id);
          if (fromFile != null) {
            throw fromFile;
          }
          checkRuleId(id);
          throw new RedactionConfigException(
              "A mask is set for rule '" + id + "', which is not enabled; enable it or remove the mask");
        }
      }
      return new Redactor(this, Engine.compile(rules));
    }

    /** The id if it names a built-in or custom rule (or {@value #KNOWN_SECRET_RULE}); else an error with a suggestion. */
    String checkRuleId(String id) {
      Set<String> ofName = BuiltInCatalog.ruleIdsOf(id);
      if (!ofName.contains(id) && !customRules.containsKey(id) && !KNOWN_SECRET_RULE.equals(id)) {
        if (!ofName.isEmpty()) {
          // a group: suggesting the closest name would suggest the group itself back
          throw new RedactionConfigException("'" + id + "' is a group, not a rule id: a mask is set per rule ("
              + String.join(", ", ofName.stream().limit(8).toList()) + (ofName.size() > 8 ? ", ..." : "")
              + ") or for every rule at once");
        }
        throw new RedactionConfigException(unknown("rule", id) + BuiltInCatalog.suggest(id)
            + "list the rule ids with `redact --list-rules` or Redactor.rules()");
      }
      return id;
    }

    private String checkRuleOrGroup(String idOrGroup) {
      Objects.requireNonNull(idOrGroup, "idOrGroup");
      String name = idOrGroup.strip();
      if (KNOWN_SECRET_RULE.equals(name)) {
        throw new RedactionConfigException("'" + KNOWN_SECRET_RULE + "' hides the values registered in"
            + " KnownSecrets and is not toggled by enable or disable: to ignore registered values, build"
            + " with knownSecrets(null); to stop hiding one value, unregister it");
      }
      if (BuiltInCatalog.ruleIdsOf(name).isEmpty() && !customRules.containsKey(name)
          && customRules.values().stream().noneMatch(c -> c.group().equals(name))) {
        throw new RedactionConfigException(unknown("rule or group", name) + BuiltInCatalog.suggest(name)
            + "list them with `redact --list-rules` or Redactor.rules()");
      }
      return name;
    }

    /**
     * The start of an "unknown name" error. A name that cannot be a rule id or group name is not
     * repeated: it may be a secret pasted where a name belongs.
     */
    private static String unknown(String what, String name) {
      if (CustomRule.isWellFormedId(name)) {
        return "Unknown " + what + " '" + name + "'; ";
      }
      return "The " + what + " name given is not a rule id or group name (1 to 63 characters of a-z 0-9"
          + " . _ -; not repeated here, in case it is a secret value); ";
    }
  }
}
