package dev.redact4j;

import dev.redact4j.internal.engine.Anchor;
import dev.redact4j.internal.engine.RegexDetector;
import dev.redact4j.internal.engine.RegexLint;
import dev.redact4j.internal.engine.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A user's regex rule, validated when added. */
final class CustomRule {
  static final int DEFAULT_BUDGET = 64;
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");

  private final String id;
  private final Pattern pattern;
  private final List<String> keywords;

  private CustomRule(String id, Pattern pattern, List<String> keywords) {
    this.id = id;
    this.pattern = pattern;
    this.keywords = keywords;
  }

  /** Whether {@code name} has the form of a rule id (and so of a group name). */
  static boolean isWellFormedId(String name) {
    return ID.matcher(name).matches();
  }

  static CustomRule create(String id, String regex, List<String> keywords) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new RedactionConfigException("Rule id '" + id
          + "' is not valid; use 1 to 63 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    if (regex == null || regex.isEmpty()) {
      throw new RedactionConfigException("Rule '" + id + "' has an empty regex; give the pattern to hide");
    }
    String problem = RegexLint.problem(regex);
    if (problem != null) {
      throw new RedactionConfigException("Rule '" + id + "': " + problem);
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new RedactionConfigException("Rule '" + id + "' has a regex that does not compile: "
          + e.getDescription() + " near index " + e.getIndex() + "; fix the pattern (Java regex syntax)");
    }
    if (pattern.matcher("").matches()) {
      throw new RedactionConfigException("Rule '" + id + "' has a regex that matches empty text; it must match"
          + " at least one character (use + instead of *)");
    }
    List<String> words = new ArrayList<>();
    for (String k : keywords) {
      String w = k.strip();
      if (w.isEmpty()) {
        continue;
      }
      if (!w.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
        throw new RedactionConfigException("Rule '" + id + "' has keyword '" + w
            + "' with a non-ASCII or control character; keywords are printable ASCII");
      }
      words.add(w.toLowerCase(Locale.ROOT));
    }
    return new CustomRule(id, pattern, List.copyOf(words));
  }

  String id() {
    return id;
  }

  String group() {
    return "custom";
  }

  Rule toRule(int budget) {
    List<Anchor> anchors = new ArrayList<>();
    for (String k : keywords) {
      anchors.add(Anchor.anyCase(k));
    }
    String description = "Custom regex rule";
    return new Rule(id, group(), description, "/" + pattern.pattern() + "/", anchors, null,
        new RegexDetector(pattern, budget), 0);
  }
}
