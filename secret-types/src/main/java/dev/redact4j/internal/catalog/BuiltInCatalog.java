package dev.redact4j.internal.catalog;

import dev.redact4j.internal.engine.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The built-in rules, compiled once per JVM. Rule ids and group names share one namespace.
 */
public final class BuiltInCatalog {
  private static final List<Rule> RULES;
  private static final Set<String> DEFAULT_IDS;
  private static final Map<String, Set<String>> BY_NAME;

  static {
    Rows rows = new Rows();
    CatalogRows.addAll(rows);
    RULES = List.copyOf(rows.rules());
    Set<String> defaults = new LinkedHashSet<>();
    Map<String, Set<String>> byName = new LinkedHashMap<>();
    for (Rule r : RULES) {
      if (!rows.offByDefaultIds().contains(r.id())) {
        defaults.add(r.id());
      }
      byName.computeIfAbsent(r.id(), k -> new LinkedHashSet<>()).add(r.id());
      byName.computeIfAbsent(r.group(), k -> new LinkedHashSet<>()).add(r.id());
    }
    DEFAULT_IDS = Collections.unmodifiableSet(defaults);
    Map<String, Set<String>> frozen = new LinkedHashMap<>();
    byName.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
    BY_NAME = Collections.unmodifiableMap(frozen);
  }

  private BuiltInCatalog() {}

  /** Every built-in rule, in catalog order. */
  public static List<Rule> rules() {
    return RULES;
  }

  /** Ids of every built-in rule. */
  public static Set<String> ruleIds() {
    List<String> ids = new ArrayList<>();
    for (Rule r : RULES) {
      ids.add(r.id());
    }
    return Set.copyOf(ids);
  }

  /** Ids of the rules enabled when nothing is configured. */
  public static Set<String> defaultRuleIds() {
    return DEFAULT_IDS;
  }

  /** The rule ids a rule id or group name stands for; empty when it is neither. */
  public static Set<String> ruleIdsOf(String idOrGroup) {
    return BY_NAME.getOrDefault(idOrGroup, Set.of());
  }

  /** "did you mean x? " for the closest known name, or an empty string. */
  public static String suggest(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : BY_NAME.keySet()) {
      int d = distance(lower, candidate);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best != null && bestDistance <= Math.max(2, name.length() / 3) ? "did you mean '" + best + "'? " : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
