package dev.redact4j.log4j2;

import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderFactory;
import org.apache.logging.log4j.core.config.plugins.PluginNode;
import org.jspecify.annotations.Nullable;

/**
 * A custom rule, one regular expression per element, nested in any redact4j plugin:
 *
 * <pre>{@code
 * <RedactionRule id="acme-api-key" regex="acme_[a-z0-9]{32}" keywords="acme_"/>
 * }</pre>
 *
 * <p>If the regex has a named group {@code secret}, only that group is hidden. {@code keywords}
 * (comma-separated, optional but recommended) are words of which one must occur for the regex to run.
 * The regex is checked when the enclosing plugin is built; a bad rule makes that plugin fail closed.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Plugin(name = "RedactionRule", category = Node.CATEGORY, printObject = true)
public final class RedactionRule {
  private final String id;
  private final String regex;
  private final List<String> keywords;
  /** Why this rule is unusable, reported by the enclosing plugin; null when usable. */
  private final @Nullable String problem;

  private RedactionRule(String id, String regex, List<String> keywords, @Nullable String problem) {
    this.id = id;
    this.regex = regex;
    this.keywords = keywords;
    this.problem = problem;
  }

  /** A builder for {@code <RedactionRule>}. */
  @PluginBuilderFactory
  public static Builder newBuilder() {
    return new Builder();
  }

  /** The rule id, as shown in masks such as {@code [REDACTED:acme-api-key]}. */
  public String getId() {
    return id;
  }

  /** The Java regular expression. */
  public String getRegex() {
    return regex;
  }

  /** The prefilter keywords; may be empty. */
  public List<String> getKeywords() {
    return keywords;
  }

  @Nullable String problem() {
    return problem;
  }

  @Override
  public String toString() {
    return "RedactionRule[id=" + id + ", keywords=" + keywords + "]";
  }

  /**
   * Builds a {@link RedactionRule}. Never returns null: a rule missing its id or regex is built as an
   * unusable rule so that the enclosing plugin fails closed instead of running without it (Log4j
   * silently drops children whose builder returns null).
   */
  public static final class Builder implements org.apache.logging.log4j.core.util.Builder<RedactionRule> {
    @PluginBuilderAttribute
    private @Nullable String id;

    @PluginBuilderAttribute
    private @Nullable String regex;

    @PluginBuilderAttribute
    private @Nullable String keywords;

    /** The element being built; attributes Log4j did not inject are left on it (misspelled ones). */
    @PluginNode
    private @Nullable Node node;

    private Builder() {}

    /** The rule id: lower-case letters, digits and dashes. */
    public Builder setId(String id) {
      this.id = id;
      return this;
    }

    /** The Java regular expression to hide. */
    public Builder setRegex(String regex) {
      this.regex = regex;
      return this;
    }

    /** Comma-separated keywords; the regex runs only on text containing one. */
    public Builder setKeywords(String keywords) {
      this.keywords = keywords;
      return this;
    }

    /** The configuration node, injected by Log4j. */
    public Builder setNode(Node node) {
      this.node = node;
      return this;
    }

    @Override
    public RedactionRule build() {
      String theId = id == null ? "" : id.strip();
      String theRegex = regex == null ? "" : regex;
      List<String> words = new ArrayList<>();
      if (keywords != null) {
        for (String word : keywords.split(",", -1)) {
          if (!word.isBlank()) {
            words.add(word.strip());
          }
        }
      }
      String problem = null;
      if (theId.isEmpty()) {
        problem = "<RedactionRule> needs an id attribute, e.g. <RedactionRule id=\"acme-key\" regex=\"...\"/>";
      } else if (theRegex.isEmpty()) {
        problem = "<RedactionRule id=\"" + theId + "\"> needs a regex attribute";
      } else if (node != null && !node.getAttributes().isEmpty()) {
        // As for the plugins' own attributes: a rule that runs otherwise than its author meant
        // (keyword= for keywords=) is an error, not a silent default.
        problem = "<RedactionRule id=\"" + theId + "\"> has unknown attribute(s) " + node.getAttributes().keySet()
            + RedactionSettings.didYouMean(node.getAttributes().keySet(), List.of("id", "regex", "keywords"))
            + "; the known attributes are id, regex, keywords";
      }
      return new RedactionRule(theId, theRegex, List.copyOf(words), problem);
    }
  }
}
