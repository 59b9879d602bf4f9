package dev.redact4j.logback;

import org.jspecify.annotations.Nullable;

/**
 * A custom rule declared in {@code logback.xml}: one id, one Java regex, optional keywords.
 *
 * <pre>{@code
 * <rule>
 *   <id>acme-api-key</id>
 *   <regex>acme_[a-z0-9]{32}</regex>
 *   <keywords>acme_</keywords>
 * </rule>
 * }</pre>
 *
 * <p>One regex per rule, never a list: commas inside a regex ({@code \d{3,4}}) stay intact. If the
 * regex has a named group {@code secret}, only that group is hidden. Keywords are a comma-separated
 * list of plain words (not regexes); the regex then runs only on text that contains one of them.
 * Validated by the component that holds the rule, in its {@code start()}. Not thread-safe: a
 * configuration bean filled in by Joran.
 *
 * @since 0.1.0
 */
public final class RegexRule {
  private @Nullable String id;
  private @Nullable String regex;
  private @Nullable String keywords;

  /** An empty rule, for Joran; set {@code id} and {@code regex}. */
  public RegexRule() {}

  /** The rule id shown in typed masks, for example {@code acme-api-key}. */
  public void setId(String id) {
    this.id = id;
  }

  /** A Java regex; a named group {@code secret} limits what is hidden. */
  public void setRegex(String regex) {
    this.regex = regex;
  }

  /** Comma-separated plain keywords that gate the regex (ASCII, case-insensitive). */
  public void setKeywords(String keywords) {
    this.keywords = keywords;
  }

  @Nullable String id() {
    return id;
  }

  @Nullable String regex() {
    return regex;
  }

  String[] keywordArray() {
    if (keywords == null || keywords.isBlank()) {
      return new String[0];
    }
    return java.util.Arrays.stream(keywords.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }

  /** Shows the id only; the regex may describe a secret's shape but never holds one. */
  @Override
  public String toString() {
    return "RegexRule[" + id + "]";
  }
}
