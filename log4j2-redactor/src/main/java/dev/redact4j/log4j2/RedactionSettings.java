package dev.redact4j.log4j2;

import dev.redact4j.Mask;
import dev.redact4j.Redactor;
import dev.redact4j.SecretString;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginElement;
import org.apache.logging.log4j.core.config.plugins.PluginNode;
import org.apache.logging.log4j.core.util.Loader;
import org.apache.logging.log4j.status.StatusLogger;
import org.jspecify.annotations.Nullable;

/**
 * The configuration vocabulary every plugin of this package shares, and the one place that turns it
 * into a {@link Redactor}. Plugin builders extend it, so the attributes are injected by Log4j;
 * {@link RedactingPatternConverter} fills it from {@code key=value} options through {@link #set}.
 *
 * <p>Errors are reported through the {@link StatusLogger} with the fix; {@link #buildRedactor}
 * then returns null and the plugin fails closed.
 *
 * @param <B> the concrete builder type
 */
abstract class RedactionSettings<B extends RedactionSettings<B>> {
  /** What a plugin writes instead of an event it cannot redact. */
  static final String FAILED = "[REDACTION FAILED]";

  static final Logger STATUS = StatusLogger.getLogger();

  private static final String CLASSPATH = "classpath:";

  /** Stands for a configured value that looks like a key in an error. */
  private static final String WITHHELD = "(the value given, not repeated here because it looks like a key; if a"
      + " ${...} lookup put a secret there, write the name of the variable or file that holds it)";

  /** A word of a name or path: lower or upper case, capitalized or camelCase, digits. */
  private static final Pattern WORD = Pattern.compile("[a-z0-9]*|[A-Z0-9]*|[A-Z]?[a-z0-9]+([A-Z][a-z0-9]+)*");

  private static final String KNOWN = "rulesFile, enable, disable, mask, fingerprintKeyEnv, fingerprintKeyFile,"
      + " fingerprintKey";

  /** What a misspelled attribute or element name may have meant. */
  private static final List<String> KNOWN_NAMES = List.of("rulesFile", "enable", "disable", "mask",
      "fingerprintKeyEnv", "fingerprintKeyFile", "fingerprintKey", "scanOutput", "<RedactionRule>");

  @PluginBuilderAttribute
  private @Nullable String rulesFile;

  @PluginBuilderAttribute
  private @Nullable String enable;

  @PluginBuilderAttribute
  private @Nullable String disable;

  @PluginBuilderAttribute
  private @Nullable String mask;

  /** Sensitive too: {@code fingerprintKeyEnv="${env:NAME}"}, an easy slip, puts the key itself here. */
  @PluginBuilderAttribute(sensitive = true)
  private @Nullable String fingerprintKeyEnv;

  /** Sensitive too, for the same slip. */
  @PluginBuilderAttribute(sensitive = true)
  private @Nullable String fingerprintKeyFile;

  /** Usually {@code ${env:NAME}}; sensitive, so Log4j never prints it in its debug output. */
  @PluginBuilderAttribute(sensitive = true)
  private @Nullable String fingerprintKey;

  @PluginElement("RedactionRules")
  private RedactionRule @Nullable [] rules;

  /** The element being built; its leftovers show misspelled attributes and unknown children. */
  @PluginNode
  private @Nullable Node node;

  /** The element being built, once Log4j has injected it. */
  final @Nullable Node node() {
    return node;
  }

  /** This builder, typed. */
  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }

  /** A rules file (see {@code docs/rules-file.md}), applied first. */
  public B setRulesFile(String rulesFile) {
    this.rulesFile = rulesFile;
    return self();
  }

  /** Comma-separated rule ids or groups to enable on top of the defaults. */
  public B setEnable(String enable) {
    this.enable = enable;
    return self();
  }

  /** Comma-separated rule ids or groups to disable. */
  public B setDisable(String disable) {
    this.disable = disable;
    return self();
  }

  /** The mask style: {@code typed} (default), {@code fixed:TEXT}, {@code prefix}, {@code last:N}, {@code fingerprint}. */
  public B setMask(String mask) {
    this.mask = mask;
    return self();
  }

  /** The name of an environment variable holding the fingerprint key (16+ characters). */
  public B setFingerprintKeyEnv(String fingerprintKeyEnv) {
    this.fingerprintKeyEnv = fingerprintKeyEnv;
    return self();
  }

  /** A file holding the fingerprint key (16+ characters; surrounding whitespace ignored). */
  public B setFingerprintKeyFile(String fingerprintKeyFile) {
    this.fingerprintKeyFile = fingerprintKeyFile;
    return self();
  }

  /** The fingerprint key itself, typically {@code ${env:NAME}}. Never logged by Log4j. */
  public B setFingerprintKey(String fingerprintKey) {
    this.fingerprintKey = fingerprintKey;
    return self();
  }

  /** Custom rules, one regex each. */
  public B setRules(RedactionRule... rules) {
    this.rules = rules.clone();
    return self();
  }

  /** The configuration node, injected by Log4j. */
  public B setNode(Node node) {
    this.node = node;
    return self();
  }

  /**
   * Sets one setting by its attribute name (case-insensitive), for {@code key=value} pattern options.
   *
   * @return false if {@code key} names no setting
   */
  final boolean set(String key, String value) {
    switch (key.strip().toLowerCase(Locale.ROOT)) {
      case "rulesfile":
        setRulesFile(value);
        return true;
      case "enable":
        setEnable(value);
        return true;
      case "disable":
        setDisable(value);
        return true;
      case "mask":
        setMask(value);
        return true;
      case "fingerprintkeyenv":
        setFingerprintKeyEnv(value);
        return true;
      case "fingerprintkeyfile":
        setFingerprintKeyFile(value);
        return true;
      default:
        // fingerprintKey is deliberately not accepted in a pattern: patterns are printed in diagnostics.
        return false;
    }
  }

  /**
   * Builds the redactor this configuration describes: {@link Redactor#defaults()} when nothing is set.
   *
   * @param component how the plugin is named in diagnostics, e.g. {@code <RedactingLayout>}
   * @return the redactor, or null after reporting the problem and its fix to the status logger
   */
  final @Nullable Redactor buildRedactor(String component) {
    String leftover = leftovers();
    if (leftover != null) {
      return fail(component, leftover);
    }
    String unresolved = unresolvedLookup();
    if (unresolved != null) {
      return fail(component, unresolved);
    }
    RedactionRule[] customRules = rules == null ? new RedactionRule[0] : rules;
    try {
      if (rulesFile == null && enable == null && disable == null && mask == null && fingerprintKeyEnv == null
          && fingerprintKeyFile == null && fingerprintKey == null && customRules.length == 0) {
        return Redactor.defaults();
      }
      Redactor.Builder builder = Redactor.newBuilder();
      if (rulesFile != null) {
        String problem = applyRulesFile(builder, rulesFile.strip());
        if (problem != null) {
          return fail(component, withheld(problem));
        }
      }
      for (RedactionRule rule : customRules) {
        String problem = rule.problem();
        if (problem != null) {
          return fail(component, problem);
        }
        builder.addRegexRule(rule.getId(), rule.getRegex(), rule.getKeywords().toArray(new String[0]));
      }
      if (enable != null) {
        builder.enable(names("enable", enable));
      }
      if (disable != null) {
        builder.disable(names("disable", disable));
      }
      if (mask != null) {
        builder.mask(Mask.parse(mask));
      }
      // The core loads and checks keys from the environment and files.
      if (fingerprintKeyEnv != null) {
        builder.fingerprintKeyFromEnv(fingerprintKeyEnv);
      }
      if (fingerprintKeyFile != null) {
        builder.fingerprintKeyFromFile(path(fingerprintKeyFile.strip()));
      }
      if (fingerprintKey != null) {
        if (fingerprintKey.contains("${")) {
          // Log4j leaves a lookup it cannot resolve as it is: the key would be public text.
          return fail(component, "fingerprintKey holds a lookup Log4j could not resolve, such as ${env:NAME} for"
              + " an environment variable that is not set; set it to a random string of 16+ characters");
        }
        builder.fingerprintKey(SecretString.of(fingerprintKey));
      }
      return builder.build();
    } catch (IllegalArgumentException e) {
      // RedactionConfigException, Mask.parse and Path.of all throw IllegalArgumentException subtypes;
      // their messages name the setting and the fix, quoting what was configured: withheld if a key.
      return fail(component, withheld(e.getMessage()));
    } catch (LinkageError e) {
      // Jars copied by hand may bring this adapter without the engine (or an engine of another
      // version); Log4j would then drop the plugin and write raw events through a default layout.
      return fail(component, "the redact4j engine is missing from the class path or is of another version ("
          + e + "); put dev.redact4j:secret-types, of the same version as log4j2-redactor, next to it");
    }
  }

  /**
   * Names the first setting that still holds a {@code ${...}} lookup, which Log4j leaves as written
   * when it cannot resolve it (an unset environment variable, or under Spring Boot a
   * {@code ${spring:NAME}} whose property is not set), and how to resolve it; null when none does.
   * Without this the lookup would be reported as a missing file or an unknown rule, and withheld as
   * a value that looks like a key. The lookup is configuration text, quoted when it reads as a name.
   * ({@code fingerprintKey} has its own message, which never quotes it.)
   */
  private @Nullable String unresolvedLookup() {
    String[][] settings = {{"rulesFile", rulesFile}, {"enable", enable}, {"disable", disable}, {"mask", mask},
        {"fingerprintKeyEnv", fingerprintKeyEnv}, {"fingerprintKeyFile", fingerprintKeyFile}};
    for (String[] setting : settings) {
      String value = setting[1];
      int start = value == null ? -1 : value.indexOf("${");
      int end = start < 0 ? -1 : value.indexOf('}', start);
      if (end > start) {
        String lookup = value.substring(start, end + 1);
        // Quoted only when what it names reads as a name (a nested lookup could have put a key there).
        String named = looksLikeName(lookup.substring(2, lookup.length() - 1)) ? lookup : "${...}";
        return setting[0] + " holds the lookup " + named + ", which Log4j could not resolve (it leaves such a"
            + " lookup as written); define what it names, give a default (${prefix:NAME:-value}) or leave "
            + setting[0] + " out. With Spring Boot, ${spring:NAME} reads the application property NAME: set it";
      }
    }
    return null;
  }

  /**
   * Applies the rules file at {@code location}: a path, a {@code file:} URI (as {@code <MonitorResource>}
   * takes) or a {@code classpath:} resource (as {@code eventTemplateUri} takes).
   *
   * @return why it cannot be read, or null when applied
   * @throws IllegalArgumentException if the location or the file's content is wrong
   */
  private static @Nullable String applyRulesFile(Redactor.Builder builder, String location) {
    if (location.regionMatches(true, 0, CLASSPATH, 0, CLASSPATH.length())) {
      String name = location.substring(CLASSPATH.length());
      URL url = Loader.getResource(name.startsWith("/") ? name.substring(1) : name,
          RedactionSettings.class.getClassLoader());
      if (url == null) {
        return location + ": no such resource on the class path; check its name, or give a file path";
      }
      try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
        builder.rules(reader, location);
      } catch (IOException e) {
        return location + ": Cannot read the rules file (" + e.getClass().getSimpleName() + ")";
      }
      return null;
    }
    builder.rulesFile(path(location));
    return null;
  }

  /** A path, or a {@code file:} URI as Log4j takes for other files ({@code <MonitorResource uri>}). */
  private static Path path(String location) {
    return location.regionMatches(true, 0, "file:", 0, 5) ? Path.of(URI.create(location)) : Path.of(location);
  }

  /**
   * {@code message} with each configured name, path or rule id that looks like a key rather than a
   * name replaced by {@link #WITHHELD}: a lookup such as {@code ${env:FP_KEY}} written where a file,
   * a mask or a rules file belongs puts the key there, and errors quote those values.
   */
  private String withheld(@Nullable String message) {
    String out = String.valueOf(message);
    List<String> values = new ArrayList<>();
    for (String value : new String[] {rulesFile, mask, fingerprintKeyEnv, fingerprintKeyFile}) {
      if (value != null) {
        values.add(value.strip());
      }
    }
    for (String list : new String[] {enable, disable}) {
      if (list != null) {
        values.addAll(Arrays.asList(split(list)));
      }
    }
    for (String value : values) {
      if (!value.isEmpty() && !looksLikeName(value)) {
        out = out.replace(value, WITHHELD);
        try {
          // as a path prints it: a base64 key's trailing or doubled slashes dropped
          String asPath = Path.of(value).toString();
          out = asPath.isEmpty() ? out : out.replace(asPath, WITHHELD);
        } catch (RuntimeException e) {
          // not a path: quoted as it is, if at all
        }
      }
    }
    return out;
  }

  /**
   * Whether a configured value reads as a name, path, mask or rule id rather than a key: not a secret
   * to the built-in catalog, and shorter than a key (16 characters) or made of words (lower or upper
   * case, capitalized or camelCase, up to 20 characters each) between separators, as
   * {@code /etc/myapp/redact4j.rules} is. A random key has long or mixed-case runs.
   */
  static boolean looksLikeName(String value) {
    if (Redactor.defaults().containsSecret(value)) {
      return false;
    }
    if (value.length() < 16) {
      return true;
    }
    for (String word : value.split("[-_./\\\\:~ ]+")) {
      if (word.length() > 20 || !WORD.matcher(word).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Log4j removes what it injected from the node; what is left was misspelled or is one too many. */
  private @Nullable String leftovers() {
    Node n = node;
    if (n == null) {
      return null;
    }
    Map<String, String> attributes = n.getAttributes();
    if (!attributes.isEmpty()) {
      return "unknown attribute(s) " + attributes.keySet() + didYouMean(attributes.keySet(), KNOWN_NAMES)
          + "; the known attributes are " + KNOWN + " (and scanOutput on <RedactingLayout>)"
          + vocabularyHint(attributes.keySet());
    }
    if (!n.getChildren().isEmpty()) {
      return "unexpected element <" + n.getChildren().get(0).getName() + ">; it takes <RedactionRule> elements"
          + " (and <RedactingLayout> exactly one layout)";
    }
    return null;
  }

  /**
   * The fix for names carried over from a plain {@code PatternLayout} or from Logback's vocabulary,
   * with the Log4j spelling, for what is left on the node; an empty string when there are none.
   */
  final String leftoverVocabularyHint() {
    Node n = node;
    return n == null ? "" : vocabularyHint(n.getAttributes().keySet());
  }

  private static String vocabularyHint(Iterable<String> names) {
    StringBuilder hint = new StringBuilder();
    for (String name : names) {
      switch (name.toLowerCase(Locale.ROOT)) {
        case "pattern" -> hint.append("; a pattern belongs to the nested layout: <RedactingLayout><PatternLayout"
            + " pattern=\"...\"/></RedactingLayout>, in log4j2.properties appender.NAME.layout.inner.type ="
            + " PatternLayout and appender.NAME.layout.inner.pattern = ...");
        case "rule" -> hint.append("; a custom rule is written <RedactionRule id=\"..\" regex=\"..\" keywords=\"..\"/>"
            + " in Log4j (<rule> with <id> and <regex> is Logback's spelling)");
        default -> {
          // no other vocabulary to translate
        }
      }
    }
    return hint.toString();
  }

  /**
   * {@code " (did you mean x?)"} for the first of {@code unknown} that is a small typo away from a
   * known name (case ignored, as Log4j ignores it), or an empty string. Element names in {@code known}
   * are written {@code <Name>}: Log4j hands a misspelled element over as an attribute.
   */
  static String didYouMean(Iterable<String> unknown, List<String> known) {
    for (String name : unknown) {
      for (String candidate : known) {
        String bare = candidate.startsWith("<") ? candidate.substring(1, candidate.length() - 1) : candidate;
        int distance = distance(name.toLowerCase(Locale.ROOT), bare.toLowerCase(Locale.ROOT));
        if (distance > 0 && distance <= 2) { // 0: a name known elsewhere (scanOutput on a rewrite policy)
          return " (did you mean " + candidate + "?)";
        }
      }
    }
    return "";
  }

  /** Levenshtein distance; for short configuration names only. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  static @Nullable Redactor fail(String component, @Nullable String problem) {
    STATUS.error("{}: {}. Until this is fixed it writes {} instead of events.", component, problem, FAILED);
    return null;
  }

  /**
   * The comma-separated names of an {@code enable} or {@code disable} setting. Names separated by
   * blanks instead ({@code enable="github jwt"}) would be one unknown name, which the engine reports
   * without repeating it: say how to list several instead.
   */
  private static String[] names(String setting, String list) {
    String[] names = split(list);
    for (String name : names) {
      if (name.chars().anyMatch(Character::isWhitespace)) {
        String example = looksLikeName(name) ? String.join(", ", name.split("\\s+")) : "name-1, name-2";
        throw new IllegalArgumentException(setting + " lists names separated by blanks; separate rule ids and"
            + " groups with commas: " + setting + "=\"" + example + "\"");
      }
    }
    return names;
  }

  private static String[] split(String list) {
    return Arrays.stream(list.split(",", -1)).map(String::strip).filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }
}
