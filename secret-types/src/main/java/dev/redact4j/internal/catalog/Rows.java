package dev.redact4j.internal.catalog;

import dev.redact4j.internal.engine.Anchor;
import dev.redact4j.internal.engine.CharClass;
import dev.redact4j.internal.engine.Detector;
import dev.redact4j.internal.engine.PrefixTokenDetector;
import dev.redact4j.internal.engine.Rule;
import dev.redact4j.internal.engine.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects catalog rows; the small vocabulary {@link CatalogRows} is written in. */
final class Rows {
  private final List<Rule> rules = new ArrayList<>();
  private final Set<String> offByDefault = new LinkedHashSet<>();

  List<Rule> rules() {
    return rules;
  }

  Set<String> offByDefaultIds() {
    return offByDefault;
  }

  /**
   * A prefixed token: {@code prefix} then {@code minBody..maxBody} characters of {@code body}.
   * Lenient: a longer run is hidden whole.
   */
  Rows prefixed(String id, String group, String description, String prefix, CharClass body, int minBody,
      int maxBody, String bodyShape) {
    return prefixed(id, group, description, List.of(prefix), body, minBody, maxBody, bodyShape, false,
        Validator.ANY);
  }

  /** A prefixed token whose length must be exact and whose validator must pass (weak prefixes). */
  Rows prefixedExact(String id, String group, String description, String prefix, CharClass body, int minBody,
      int maxBody, String bodyShape, Validator validator) {
    return prefixed(id, group, description, List.of(prefix), body, minBody, maxBody, bodyShape, true, validator);
  }

  Rows prefixed(String id, String group, String description, List<String> prefixes, CharClass body,
      int minBody, int maxBody, String bodyShape, boolean exact, Validator validator) {
    List<Anchor> anchors = new ArrayList<>();
    for (String p : prefixes) {
      anchors.add(Anchor.exact(p));
    }
    Detector d = new PrefixTokenDetector(body, minBody, maxBody, exact, true, validator);
    int publicPrefix = prefixes.stream().mapToInt(String::length).min().orElse(0);
    return add(new Rule(id, group, description, prefixes.get(0) + bodyShape, anchors, d, null, publicPrefix));
  }

  /** A rule with its own detector and anchors. */
  Rows custom(String id, String group, String description, String example, List<Anchor> anchors,
      Detector detector) {
    return add(new Rule(id, group, description, example, anchors, detector, null, 0));
  }

  Rows add(Rule rule) {
    rules.add(rule);
    return this;
  }

  /** Marks the last added rule as off unless enabled. */
  Rows offByDefault() {
    offByDefault.add(rules.get(rules.size() - 1).id());
    return this;
  }
}
