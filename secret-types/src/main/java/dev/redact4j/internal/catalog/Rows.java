package dev.redact4j.internal.catalog;

import dev.redact4j.internal.engine.Anchor;
import dev.redact4j.internal.engine.CharClass;
import dev.redact4j.internal.engine.Detector;
import dev.redact4j.internal.engine.KeyNames.Kind;
import dev.redact4j.internal.engine.KeyValueDetector;
import dev.redact4j.internal.engine.Rule;
import dev.redact4j.internal.engine.TokenDetector;
import dev.redact4j.internal.engine.Validator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects catalog rows; the small vocabulary {@link CatalogRows} is written in. Each method adds
 * one rule; {@link #offByDefault()} marks the last one.
 */
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
   * A prefixed token: one of {@code prefixes} (exact case), then {@code min..max} characters of
   * {@code body}. Lenient: a longer run is hidden whole. Distinctive prefixes ({@link #glueable}) are
   * taken even glued to a preceding word ({@code idghp_...}, a parameter printed without a space);
   * others only at a word start.
   */
  Rows prefixed(String id, String group, String description, List<String> prefixes, CharClass body, int min,
      int max, String bodyShape) {
    TokenDetector.Spec spec = TokenDetector.spec().then(body, min, max).exact(false).validator(Validator.ANY);
    if (prefixes.stream().allMatch(Rows::glueable)) {
      spec.notAfter(NOTHING);
    }
    return token(id, group, description, prefixes.get(0) + bodyShape, prefixes, spec.build());
  }

  private static final CharClass NOTHING = CharClass.of("");

  /**
   * A prefix no word ends in: four characters or more with a separator ({@code ghp_}, {@code glpat-},
   * {@code xoxb-}, {@code sk_live_}), not three-character ones such as {@code sk-} ({@code task-}).
   */
  static boolean glueable(String prefix) {
    return prefix.length() >= 4 && (prefix.indexOf('_') >= 0 || prefix.indexOf('-') >= 0);
  }

  /** A prefixed token with one prefix. */
  Rows prefixed(String id, String group, String description, String prefix, CharClass body, int min, int max,
      String bodyShape) {
    return prefixed(id, group, description, List.of(prefix), body, min, max, bodyShape);
  }

  /** A prefixed token whose length must be exact and whose validator must pass (weak prefixes). */
  Rows prefixedExact(String id, String group, String description, List<String> prefixes, CharClass body, int min,
      int max, String bodyShape, Validator validator) {
    return token(id, group, description, prefixes.get(0) + bodyShape, prefixes,
        TokenDetector.prefixed(body, min, max, true, validator));
  }

  /** A token of any structure around exact-case anchors; the shortest anchor is the public prefix. */
  Rows token(String id, String group, String description, String example, List<String> anchors,
      Detector detector) {
    List<Anchor> list = new ArrayList<>();
    for (String a : anchors) {
      list.add(Anchor.exact(a));
    }
    int publicPrefix = anchors.stream().mapToInt(String::length).min().orElse(0);
    return add(new Rule(id, group, description, example, list, detector, null, publicPrefix));
  }

  /** A token whose anchor sits inside it (no public prefix to keep). */
  Rows infix(String id, String group, String description, String example, List<String> anchors,
      Detector detector) {
    List<Anchor> list = new ArrayList<>();
    for (String a : anchors) {
      list.add(Anchor.exact(a));
    }
    return add(new Rule(id, group, description, example, list, detector, null, 0));
  }

  /** A generic key/value rule for keys of one {@link Kind}, anchored on its terms (any case). */
  Rows assignment(String id, String group, String description, String example, Kind kind, List<String> terms) {
    return custom(id, group, description, example, keyWords(terms), new KeyValueDetector(kind));
  }

  /**
   * A vendor key/value rule: any key containing one of {@code words} whose whole value is
   * {@code min..max} characters of {@code value}.
   */
  Rows context(String id, String group, String description, String example, List<String> words, CharClass value,
      int min, int max, Validator validator) {
    return custom(id, group, description, example, keyWords(words), new KeyValueDetector(value, min, max, validator));
  }

  /**
   * A vendor key/value rule for account names: any key containing one of {@code words} whose last word
   * is one of {@code lastWords} and whose whole value is {@code min..max} characters of {@code value}.
   */
  Rows account(String id, String group, String description, String example, List<String> words,
      List<String> lastWords, CharClass value, int min, int max) {
    return custom(id, group, description, example, keyWords(words),
        new KeyValueDetector(value, min, max, Validator.ANY, lastWords.toArray(new String[0])));
  }

  /** A rule with its own detector and anchors. */
  Rows custom(String id, String group, String description, String example, List<Anchor> anchors,
      Detector detector) {
    return add(new Rule(id, group, description, example, anchors, detector, null, 0));
  }

  /**
   * Anchors for a key/value rule: its key words in any case, less those that contain another
   * ({@code password} contains {@code pass}). The detector reads the whole key around whichever word
   * it is given, so a second hit in the same key would only repeat the same work.
   */
  static List<Anchor> keyWords(List<String> words) {
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      boolean redundant = false;
      for (String other : words) {
        redundant |= !other.equalsIgnoreCase(w) && w.toLowerCase(Locale.ROOT).contains(other.toLowerCase(Locale.ROOT));
      }
      if (!redundant) {
        kept.add(w);
      }
    }
    return anyCase(kept);
  }

  static List<Anchor> anyCase(List<String> words) {
    List<Anchor> list = new ArrayList<>();
    for (String w : words) {
      list.add(Anchor.anyCase(w));
    }
    return list;
  }

  static List<Anchor> exact(List<String> words) {
    List<Anchor> list = new ArrayList<>();
    for (String w : words) {
      list.add(Anchor.exact(w));
    }
    return list;
  }

  Rows add(Rule rule) {
    for (Rule r : rules) {
      if (r.id().equals(rule.id())) {
        throw new IllegalStateException("Duplicate catalog id " + rule.id());
      }
    }
    rules.add(rule);
    return this;
  }

  /** Marks the last added rule as off unless enabled. */
  Rows offByDefault() {
    offByDefault.add(rules.get(rules.size() - 1).id());
    return this;
  }
}
