package dev.redact4j.bench;

import dev.redact4j.Finding;
import dev.redact4j.Redactor;
import dev.redact4j.RuleDescription;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The redact4j configurations the benchmarks compare, built through the public API only.
 *
 * <ul>
 *   <li>{@code 10}: the built-in rules that detect the ten {@link SecretFamily families}, and no
 *       others. Found by asking the full default catalog to {@link Redactor#scan scan} one sample of
 *       each family, so the set follows the catalog as it grows and needs no hard-coded rule ids.
 *       {@link #missingFamilies()} lists any family no built-in rule detects yet (then the set is
 *       smaller than ten: see {@code DescribeInputs}).</li>
 *   <li>{@code catalog}: {@link Redactor#defaults()}, what users get with no configuration.</li>
 *   <li>{@code 100plus}: the default catalog plus {@value #EXTRA_RULES} custom keyword-anchored
 *       regex rules ({@code vnd<i>_} + 32 letters/digits), the way a team adds in-house token
 *       formats.</li>
 * </ul>
 */
final class RuleSets {
  static final int EXTRA_RULES = 100;

  private RuleSets() {}

  static Redactor named(String name) {
    return switch (name) {
      case "10" -> tenFamilies();
      case "catalog" -> Redactor.defaults();
      case "100plus" -> catalogPlusCustom(EXTRA_RULES);
      default -> throw new IllegalArgumentException("unknown rule set '" + name + "'; use 10, catalog or 100plus");
    };
  }

  /** The built-in rules that detect the ten families. */
  static Redactor tenFamilies() {
    Set<String> ids = new LinkedHashSet<>();
    Random rnd = new Random(Corpus.SEED);
    for (SecretFamily f : SecretFamily.values()) {
      for (Finding finding : Redactor.defaults().scan(" " + f.sample(rnd).text() + " ")) {
        ids.add(finding.ruleId());
      }
    }
    ids.remove(Redactor.KNOWN_SECRET_RULE);
    Set<String> groups = new LinkedHashSet<>();
    for (RuleDescription r : Redactor.defaults().rules()) {
      groups.add(r.group());
    }
    return Redactor.newBuilder()
        .disable(groups.toArray(String[]::new))
        .enable(ids.toArray(String[]::new))
        .build();
  }

  /** Families of which no built-in rule detects the generated sample (empty once the catalog covers all ten). */
  static List<String> missingFamilies() {
    List<String> missing = new ArrayList<>();
    Random rnd = new Random(Corpus.SEED);
    for (SecretFamily f : SecretFamily.values()) {
      SecretFamily.Sample sample = f.sample(rnd);
      if (Redactor.defaults().redact(" " + sample.text() + " ").contains(sample.secret())) {
        missing.add(f.name());
      }
    }
    return missing;
  }

  static Redactor catalogPlusCustom(int extra) {
    Redactor.Builder b = Redactor.newBuilder();
    for (int i = 0; i < extra; i++) {
      b.addRegexRule("vendor-" + i + "-key", "vnd" + i + "_[A-Za-z0-9]{32}", "vnd" + i + "_");
    }
    return b.build();
  }
}
