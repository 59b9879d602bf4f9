package dev.redact4j.logback;

import ch.qos.logback.core.Context;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.joran.util.ConfigurationWatchListUtil;
import ch.qos.logback.core.spi.ContextAware;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.util.Loader;
import dev.redact4j.Mask;
import dev.redact4j.Redactor;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The configuration vocabulary shared by every component, and the one place that turns it into a
 * {@link Redactor}. Components hold one instance and forward their JavaBean setters to it.
 *
 * <p>Order matters as in a rules file: the rules file is applied first, then custom rules, then
 * {@code enable}/{@code disable} in the order written, then the mask and fingerprint key. Not
 * thread-safe; used only while Joran configures a component and in its {@code start()}.
 */
final class RedactionSettings {
  /** Option names accepted by {@code %redact(...){name=value, ...}}. */
  static final String OPTION_NAMES = "rulesFile, enable, disable, mask, fingerprintKeyEnv, fingerprintKeyFile";

  private @Nullable String rulesFile;
  /** {@code +name} to enable, {@code -name} to disable, in the order configured. */
  private final List<String> toggles = new ArrayList<>();
  private final List<RegexRule> rules = new ArrayList<>();
  private @Nullable String mask;
  private @Nullable String fingerprintKeyEnv;
  private @Nullable String fingerprintKeyFile;
  /** The first single-valued setting given twice (Joran and the options keep only the last), or null. */
  private @Nullable String repeated;
  /** Whether {@link #markStatus} ran, and the last status message it saw (null: there was none). */
  private boolean statusMarked;
  private @Nullable Status statusMark;

  /** The settings' element names, lower case: found ignored in a nested component, they were misplaced. */
  private static final Set<String> SETTING_NAMES = Set.of("rulesfile", "enable", "disable", "rule", "mask",
      "fingerprintkeyenv", "fingerprintkeyfile", "scanoutput");

  /** How Joran reports an element it could not map to a setter (ImplicitModelHandler). */
  private static final String IGNORED_ELEMENT = "Ignoring unknown property [";

  /** How Joran reports a value it could not convert for a setter (PropertySetter); the setting keeps its default. */
  private static final String UNCONVERTED_VALUE = "Failed to set property [";

  void setRulesFile(String path) {
    noteRepeat("<rulesFile>", rulesFile);
    this.rulesFile = path;
  }

  void addEnable(String idOrGroup) {
    toggle('+', idOrGroup);
  }

  void addDisable(String idOrGroup) {
    toggle('-', idOrGroup);
  }

  /**
   * One toggle per name: a comma-separated list, as the rules file and the Log4j adapter take it,
   * names several (no rule id holds a comma). A value without a comma is kept as written, so an empty
   * one is still reported as empty.
   */
  private void toggle(char sign, String names) {
    if (names.indexOf(',') < 0) {
      toggles.add(sign + names);
      return;
    }
    for (String name : names.split(",")) {
      if (!name.isBlank()) {
        toggles.add(sign + name);
      }
    }
  }

  void addRule(RegexRule rule) {
    rules.add(rule);
  }

  void setMask(String spec) {
    noteRepeat("<mask>", mask);
    this.mask = spec;
  }

  void setFingerprintKeyEnv(String name) {
    noteRepeat("<fingerprintKeyEnv>", fingerprintKeyEnv);
    this.fingerprintKeyEnv = name;
  }

  void setFingerprintKeyFile(String path) {
    noteRepeat("<fingerprintKeyFile>", fingerprintKeyFile);
    this.fingerprintKeyFile = path;
  }

  /**
   * Remembers a single-valued setting given a second time: a second {@code <rulesFile>} would
   * silently drop the first file's rules, so {@link #build} refuses it.
   */
  private void noteRepeat(String element, @Nullable String previous) {
    if (previous != null && repeated == null) {
      repeated = element;
    }
  }

  /**
   * Called when Joran hands the component its context, right after creating it and before it reads
   * the component's elements: remembers the last status message so that {@link #ignoredElements}
   * looks only at the warnings Joran writes while configuring this component.
   */
  void markStatus(@Nullable Context context) {
    if (context == null || statusMarked) {
      return;
    }
    statusMarked = true;
    List<Status> list = context.getStatusManager().getCopyOfStatusList();
    statusMark = list.isEmpty() ? null : list.get(list.size() - 1);
  }

  /**
   * Reports, as an error naming the known elements, the elements Joran ignored in this component
   * or its {@code <rule>}s (a misspelled {@code <rulesFile>} would otherwise leave the component
   * running without the rules meant for it). Joran only warns about them and goes on.
   *
   * @return true when there were none
   */
  boolean checkElements(ContextAware owner, String component, String knownElements) {
    List<String> suffixes = List.of("] in [" + owner.getClass().getName() + "]",
        "] in [" + RegexRule.class.getName() + "]");
    List<String> ignored = new ArrayList<>();
    List<String> misplaced = new ArrayList<>();
    boolean scanOutputUnread = false;
    for (Status status : sinceMark(owner.getContext())) {
      String message = status.getMessage();
      // <scanOutput>ture</scanOutput>: Joran only warns, and the output would go unscanned.
      if (status.getLevel() == Status.WARN && message != null
          && message.regionMatches(true, 0, UNCONVERTED_VALUE + "scanOutput]", 0, UNCONVERTED_VALUE.length() + 11)) {
        scanOutputUnread = true;
      }
      if (status.getLevel() != Status.WARN || message == null || !message.startsWith(IGNORED_ELEMENT)) {
        continue;
      }
      boolean own = false;
      for (String suffix : suffixes) {
        if (message.endsWith(suffix) && message.length() > IGNORED_ELEMENT.length() + suffix.length()) {
          ignored.add("<" + message.substring(IGNORED_ELEMENT.length(), message.length() - suffix.length()) + ">");
          own = true;
        }
      }
      int end = message.indexOf("] in [");
      String name = end < 0 ? "" : message.substring(IGNORED_ELEMENT.length(), end);
      // Only nested components are configured since the mark: one of these names there was meant for us.
      if (!own && SETTING_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
        misplaced.add("<" + name + ">");
      }
    }
    if (scanOutputUnread) {
      owner.addError(component + " cannot start: <scanOutput> takes true or false, and Logback could not read the"
          + " value given (see its warning above), so the output would go unscanned." + untilFixed(owner));
      return false;
    }
    if (!misplaced.isEmpty()) {
      owner.addError(component + " cannot start: its nested component ignored " + String.join(", ", misplaced)
          + ", a setting of " + component + " itself: move it out of the nested element, next to it."
          + untilFixed(owner));
      return false;
    }
    if (ignored.isEmpty()) {
      return true;
    }
    String hint = ignored.contains("<pattern>") && knownElements.contains("<encoder>")
        ? " A <pattern> belongs in the nested encoder: <encoder class=\"dev.redact4j.logback.RedactingEncoder\">"
            + "<encoder><pattern>...</pattern></encoder></encoder>."
        : ignored.contains("<pattern>") && knownElements.contains("<layout>")
            ? " A <pattern> belongs in the nested layout: <layout class=\"dev.redact4j.logback.RedactingLayout\">"
                + "<layout><pattern>...</pattern></layout></layout>."
            : "";
    owner.addError(component + " cannot start: Logback ignored the unknown element(s) " + String.join(", ", ignored)
        + "; the elements it knows are " + knownElements + " (a <rule> holds <id>, <regex>, <keywords>)."
        + hint + untilFixed(owner));
    return false;
  }

  /**
   * The status messages written since {@link #markStatus}, i.e. while Joran configured the
   * component; none when it was not marked.
   */
  List<Status> sinceMark(@Nullable Context context) {
    if (context == null || !statusMarked) {
      return List.of();
    }
    List<Status> list = context.getStatusManager().getCopyOfStatusList();
    int from = 0;
    if (statusMark != null) {
      for (int i = list.size() - 1; i >= 0; i--) {
        if (list.get(i) == statusMark) {
          from = i + 1;
          break;
        }
      }
    }
    return list.subList(from, list.size());
  }

  /**
   * Whether Joran could not create the nested {@code <element>} while configuring {@code owner}
   * ("Could not create component [encoder] of type [...]": a misspelled class or a missing jar); if
   * so, reports it on {@code owner} as a status error that names the class and the fix.
   */
  boolean reportUncreated(ContextAware owner, String component, String element) {
    String prefix = "Could not create component [" + element + "] of type [";
    for (Status status : sinceMark(owner.getContext())) {
      String message = status.getMessage();
      if (message != null && message.startsWith(prefix) && message.endsWith("]")) {
        owner.addError(component + ": Logback could not create its nested <" + element + "> of class "
            + message.substring(prefix.length(), message.length() - 1) + " (see the error above); fix the class"
            + " name or add the jar that holds it." + untilFixed(owner));
        return true;
      }
    }
    return false;
  }

  /**
   * How {@code owner} fails closed while it cannot start, to end its status error: an encoder, layout or
   * converter writes the placeholder; Logback hands a stopped appender no events at all.
   */
  private static String untilFixed(ContextAware owner) {
    return owner instanceof RedactingAppender
        ? " Until this is fixed it drops every event: nothing reaches its attached appenders."
        : " Until this is fixed it writes " + Placeholder.TEXT + " instead of log text.";
  }

  /** Stands for a configured value that looks like a secret in a status message. */
  static final String WITHHELD = "(the value given, not repeated here because it looks like a key or password;"
      + " if a ${...} substitution put a secret there, write the name of the variable or file that holds it)";

  /**
   * {@code 'value'}, or {@link #WITHHELD} when the value looks like a secret rather than a name, a
   * path or a rule id: a fingerprint key substituted into {@code <fingerprintKeyEnv>} by mistake
   * must not reach the status log, which is printed to the console and kept by tools.
   */
  static String quoted(String value) {
    return looksLikeName(value) ? "'" + value + "'" : WITHHELD;
  }

  /** {@code message} with every occurrence of {@code value} replaced by {@link #WITHHELD} unless it looks like a name. */
  static String withheld(String message, @Nullable String value) {
    if (value == null || looksLikeName(value)) {
      return message;
    }
    String out = message.replace(value, WITHHELD);
    String stripped = value.strip();
    return stripped.isEmpty() ? out : out.replace(stripped, WITHHELD);
  }

  /**
   * Whether a configured value reads as a name, path, rule id or option rather than a key or a
   * password: not a secret to the built-in catalog, and either shorter than a fingerprint key (16
   * characters) or made of words (lower case, upper case, capitalized or camelCase, at most 20
   * characters each) joined by separators, as {@code REDACT4J_FINGERPRINT_KEY} or
   * {@code /etc/myapp/fingerprint.key} are. A random key has long or mixed-case runs.
   */
  static boolean looksLikeName(String value) {
    try {
      if (Redactor.defaults().containsSecret(value)) {
        return false;
      }
    } catch (RuntimeException e) {
      return false;
    }
    if (value.strip().length() < 16) {
      return true;
    }
    for (String word : value.strip().split("[-_./\\\\:~ ]+")) {
      if (word.length() > 20 || !WORD.matcher(word).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The value, stripped. An empty one is an error rather than "not set": it was written, often as
   * an empty {@code ${NAME:-}} default, and an empty path would name the working directory. So is one
   * holding Logback's stand-in for an undefined property ({@code NAME_IS_UNDEFINED} for
   * {@code ${NAME}}), which would otherwise be reported as a missing file or an unknown rule named
   * after it; with Spring Boot that is a {@code <springProperty>} whose source is not set.
   */
  private static String given(String value) {
    String stripped = value.strip();
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException("It is empty (an empty ${NAME:-} default still sets it); write a value,"
          + " or leave it out");
    }
    String undefined = undefinedProperty(stripped);
    if (undefined != null) {
      throw new IllegalArgumentException("the property " + undefined + " is not defined (Logback substituted "
          + undefined + CoreConstants.UNDEFINED_PROPERTY_SUFFIX + " for ${" + undefined + "}); define it, give a"
          + " default (${" + undefined + ":-...}) or leave it out. With Spring Boot, a <springProperty>"
          + " whose source is not set defines nothing: set it, or give the <springProperty> a defaultValue");
    }
    return stripped;
  }

  /**
   * One rule id or group name, {@link #given given}. Names separated by blanks ({@code github jwt})
   * would be one unknown name, which the engine reports without repeating it: say how to list several.
   */
  private static String oneName(String value) {
    String name = given(value);
    if (name.chars().anyMatch(Character::isWhitespace)) {
      String example = looksLikeName(name) ? String.join(", ", name.split("\\s+")) : "name-1, name-2";
      throw new IllegalArgumentException("Names separated by blanks; separate rule ids and groups with commas ("
          + example + ") or repeat the element");
    }
    return name;
  }

  /** The name of the first property Logback marked undefined in {@code value}, or null. */
  private static @Nullable String undefinedProperty(String value) {
    int end = value.indexOf(CoreConstants.UNDEFINED_PROPERTY_SUFFIX);
    int start = end;
    while (start > 0 && isPropertyNameChar(value.charAt(start - 1))) {
      start--;
    }
    return start < end ? value.substring(start, end) : null;
  }

  private static boolean isPropertyNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
  }

  private static final String CLASSPATH = "classpath:";

  /**
   * Applies the rules file at {@code location}: a path, a {@code file:} URI, or a {@code classpath:}
   * resource (a rules file shipped in the application's jar, named as Spring names resources and as
   * the Log4j adapter takes it).
   *
   * @throws IllegalArgumentException naming the fix, if it cannot be read or is wrong
   */
  private static void applyRulesFile(Redactor.Builder builder, String location) {
    if (!location.regionMatches(true, 0, CLASSPATH, 0, CLASSPATH.length())) {
      builder.rulesFile(path(location));
      return;
    }
    String name = location.substring(CLASSPATH.length()).strip();
    URL url = Loader.getResource(name.startsWith("/") ? name.substring(1) : name,
        RedactionSettings.class.getClassLoader());
    if (url == null) {
      throw new IllegalArgumentException(location + ": no such resource on the class path; check its name, or give"
          + " a file path");
    }
    try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
      builder.rules(reader, location);
    } catch (IOException e) {
      throw new IllegalArgumentException(location + ": Cannot read the rules file (" + e.getClass().getSimpleName()
          + ")", e);
    }
  }

  /**
   * Adds the rules file to the files {@code <configuration scan="true">} watches, so that editing it
   * reloads the configuration as editing {@code logback.xml} does (added before it is read: a missing
   * file is picked up once it is written). Only a file can be watched, not a resource inside a jar;
   * without {@code scan="true"} Logback ignores the watch list.
   */
  private static void watch(@Nullable Context context, String location) {
    if (context == null || ConfigurationWatchListUtil.getConfigurationWatchList(context) == null) {
      return;
    }
    try {
      URL url = location.regionMatches(true, 0, CLASSPATH, 0, CLASSPATH.length())
          ? Loader.getResource(location.substring(CLASSPATH.length()).strip().replaceFirst("^/", ""),
              RedactionSettings.class.getClassLoader())
          : path(location).toAbsolutePath().toUri().toURL();
      if (url != null && "file".equals(url.getProtocol())) {
        ConfigurationWatchListUtil.addToWatchList(context, url);
      }
    } catch (IOException | RuntimeException e) {
      // not a usable path: applyRulesFile reports it
    }
  }

  /** A path, or a {@code file:} URI (as Logback's {@code <include url="file:...">} takes). */
  private static Path path(String location) {
    return location.regionMatches(true, 0, "file:", 0, 5) ? Path.of(URI.create(location)) : Path.of(location);
  }

  private static final Pattern WORD = Pattern.compile("[a-z0-9]*|[A-Z0-9]*|[A-Z]?[a-z0-9]+([A-Z][a-z0-9]+)*");

  /** True when nothing was configured, so the shared {@link Redactor#defaults()} applies. */
  boolean isEmpty() {
    return rulesFile == null && toggles.isEmpty() && rules.isEmpty() && mask == null
        && fingerprintKeyEnv == null && fingerprintKeyFile == null;
  }

  /**
   * Applies one {@code name=value} converter option.
   *
   * @return null if applied, else an error message naming the fix
   */
  @Nullable String applyOption(String option) {
    int eq = option.indexOf('=');
    if (eq <= 0) {
      return "Option " + quoted(option) + " is not name=value; use one of: " + OPTION_NAMES
          + " (custom regex rules go in a rulesFile)";
    }
    String name = option.substring(0, eq).strip();
    String value = option.substring(eq + 1).strip();
    switch (name) {
      case "rulesFile" -> setRulesFile(value);
      case "enable" -> addEnable(value);
      case "disable" -> addDisable(value);
      case "mask" -> setMask(value);
      case "fingerprintKeyEnv" -> setFingerprintKeyEnv(value);
      case "fingerprintKeyFile" -> setFingerprintKeyFile(value);
      default -> {
        return "Unknown option " + quoted(name) + "; use one of: " + OPTION_NAMES
            + " (custom regex rules go in a rulesFile)";
      }
    }
    return null;
  }

  /**
   * Builds the redactor, or reports why not to {@code owner}'s status manager and returns null.
   * Error messages name the element to fix; they never contain a secret (the engine's messages do
   * not, and fingerprint keys are read only by the engine).
   */
  @Nullable Redactor build(ContextAware owner, String component) {
    if (isEmpty()) {
      return Redactor.defaults();
    }
    Redactor.Builder builder = Redactor.newBuilder();
    String step = "";
    String value = null; // what the step was given, which the engine's message may repeat
    try {
      if (repeated != null) {
        step = repeated;
        throw new IllegalArgumentException("It is given twice, and only the last would apply; give it once"
            + (repeated.equals("<rulesFile>") ? " (merge the two rules files into one)" : ""));
      }
      if (rulesFile != null) {
        step = "<rulesFile>";
        value = rulesFile;
        String location = given(rulesFile);
        watch(owner.getContext(), location);
        applyRulesFile(builder, location);
      }
      for (RegexRule rule : rules) {
        step = rule.id() == null ? "<rule>" : "<rule> " + rule.id();
        value = null; // an id or a regex: a shape, not a secret
        String id = rule.id();
        String regex = rule.regex();
        if (id == null || id.isBlank() || regex == null || regex.isEmpty()) {
          throw new IllegalArgumentException("A <rule> needs both <id> and <regex>");
        }
        builder.addRegexRule(id.strip(), regex, rule.keywordArray());
      }
      for (String toggle : toggles) {
        String name = toggle.substring(1);
        value = name;
        if (toggle.charAt(0) == '+') {
          step = "<enable>";
          builder.enable(oneName(name));
        } else {
          step = "<disable>";
          builder.disable(oneName(name));
        }
      }
      if (mask != null) {
        step = "<mask>";
        value = mask;
        builder.mask(Mask.parse(given(mask)));
      }
      // The engine reads and validates keys itself; we only say where they are.
      if (fingerprintKeyEnv != null) {
        step = "<fingerprintKeyEnv>";
        value = fingerprintKeyEnv;
        builder.fingerprintKeyFromEnv(given(fingerprintKeyEnv));
      }
      if (fingerprintKeyFile != null) {
        step = "<fingerprintKeyFile>";
        value = fingerprintKeyFile;
        builder.fingerprintKeyFromFile(path(given(fingerprintKeyFile)));
      }
      step = "build";
      value = null;
      return builder.build();
    } catch (IllegalArgumentException e) {
      // RedactionConfigException, a bad mask spec or an invalid path: all name what to fix.
      // %redact takes options (disable=...), not elements: name the option as the pattern writes it.
      String where = component.startsWith("%") && step.startsWith("<")
          ? "option " + step.substring(1, step.indexOf('>')) + "=" : step;
      owner.addError(component + " cannot start: " + where + ": " + withheld(String.valueOf(e.getMessage()), value)
          + "." + untilFixed(owner));
      return null;
    }
  }
}
