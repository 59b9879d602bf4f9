package dev.redact4j.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.ReadCountingText;
import dev.redact4j.internal.catalog.BuiltInCatalog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A line made of one anchor repeated, with or without a start of a value after each, is the cheapest
 * way to make every hit read far: each rule of the default catalog must stop its read where the next
 * repetition starts, or within a bound, so the work per character stays small whatever the row. Work
 * is counted in characters read, never timed.
 */
class AnchorFloodTest {
  /** The same bound as EngineSafetyTest's hand-picked floods. */
  private static final long READS_PER_CHAR = 64;
  private static final int LENGTH = 20_000;
  /**
   * After each anchor: nothing, a blank, separators (also URL-encoded, and escaped as a properties file or
   * JSON inside JSON escapes them), a quote, an escaped slash, a dash and a shell line continuation
   * (backslash, line break).
   */
  private static final List<String> TAILS = List.of("", " ", "=", "=a-", ":a=", " \"a ", "\\\n", "\"a\"", "%3D",
      "%2F", "-", "\\:", "\\=", "\\\\:", "\\\":");

  @Test
  void everyAnchorRepeatedCostsABoundedNumberOfReadsPerCharacter() {
    List<Rule> defaults = BuiltInCatalog.rules().stream()
        .filter(rule -> BuiltInCatalog.defaultRuleIds().contains(rule.id())).toList();
    Engine engine = Engine.compile(defaults);
    Set<String> literals = new LinkedHashSet<>();
    for (Rule rule : defaults) {
      for (Anchor anchor : rule.anchors()) {
        if (!anchor.literal().isEmpty()) {
          literals.add(anchor.literal());
        }
      }
    }
    assertThat(literals).hasSizeGreaterThan(300);
    List<String> over = new ArrayList<>();
    for (String literal : literals) {
      for (String tail : TAILS) {
        ReadCountingText text = new ReadCountingText(repeat(literal + tail));
        engine.find(text);
        if (text.reads() > READS_PER_CHAR * text.length()) {
          over.add(literal + tail + " (" + text.reads() / text.length() + " per character)");
        }
      }
    }
    assertThat(over).as("floods that read more than %d characters per character", READS_PER_CHAR).isEmpty();
  }

  /**
   * Kafka's ConfigException and MySQL's Duplicate entry values are read back from the key, and
   * PostgreSQL's {@code Key (col)=(v)} forward to a closing parenthesis: their floods stay as cheap.
   */
  @Test
  void configExceptionFloodsCostABoundedNumberOfReadsPerCharacter() {
    Engine engine = Engine.compile(BuiltInCatalog.rules().stream()
        .filter(rule -> BuiltInCatalog.defaultRuleIds().contains(rule.id())).toList());
    for (String unit : List.of(" for configuration password", "Invalid value x for configuration password ",
        "Invalid value  for configuration db.password: ", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa for configuration secret ",
        "Key (password)=(", "Key (token)=(a)b", "' for key 'password", "Duplicate entry 'a' for key 't.token' ")) {
      ReadCountingText text = new ReadCountingText(repeat(unit));
      engine.find(text);
      assertThat(text.reads()).as(unit).isLessThanOrEqualTo(READS_PER_CHAR * text.length());
    }
  }

  /**
   * A field of a {@code toString} or Go {@code %+v} dump reads ahead for the next field, and a value goes on
   * after {@code ,(}: floods of keys in brackets stay as cheap ({@code (pw=a,} is the dearest, about 53).
   */
  @Test
  void dumpedFieldFloodsCostABoundedNumberOfReadsPerCharacter() {
    Engine engine = Engine.compile(BuiltInCatalog.rules().stream()
        .filter(rule -> BuiltInCatalog.defaultRuleIds().contains(rule.id())).toList());
    for (String unit : List.of("(pw=a,", "(pw=a ", "(key=a b", "{pw=a ", "(pwd=a b(", "{Pw:a b{", "{Pw:a b ",
        "{token=x y", ", pwd=a b", "(secret=None ")) {
      ReadCountingText text = new ReadCountingText(repeat(unit));
      engine.find(text);
      assertThat(text.reads()).as(unit).isLessThanOrEqualTo(READS_PER_CHAR * text.length());
    }
  }

  /**
   * A URL's userinfo reads on past the symbols a password may hold unencoded ({@code / ? # ;}), but not into the
   * next URL's scheme: floods of URLs with a password stay as cheap.
   */
  @Test
  void urlFloodsCostABoundedNumberOfReadsPerCharacter() {
    Engine engine = Engine.compile(BuiltInCatalog.rules().stream()
        .filter(rule -> BuiltInCatalog.defaultRuleIds().contains(rule.id())).toList());
    for (String unit : List.of("http://a:b/", "http://a:b#", "http://a:b?", "http://a:b;", "redis://:a/")) {
      ReadCountingText text = new ReadCountingText(repeat(unit));
      engine.find(text);
      assertThat(text.reads()).as(unit).isLessThanOrEqualTo(READS_PER_CHAR * text.length());
    }
  }

  /**
   * A placeholder in a secret's column looks ahead for the bound values ({@code ["v"]}, {@code $1 = 'v'})
   * within a bound: floods of placeholders under key words stay as cheap.
   */
  @Test
  void bindPlaceholderFloodsCostABoundedNumberOfReadsPerCharacter() {
    Engine engine = Engine.compile(BuiltInCatalog.rules().stream()
        .filter(rule -> BuiltInCatalog.defaultRuleIds().contains(rule.id())).toList());
    for (String unit : List.of("password = $1 ", "password=$1,", "(password) VALUES (?) ", "(a,token) VALUES ($2,$2) ",
        "secret = $1 '", "(password) values ($1) $2 = 'a', ", "(password) VALUES (?) ['a', ")) {
      ReadCountingText text = new ReadCountingText(repeat(unit));
      engine.find(text);
      assertThat(text.reads()).as(unit).isLessThanOrEqualTo(READS_PER_CHAR * text.length());
    }
  }

  /**
   * A table cell's value ends at the next bar: floods of keys glued to bars ({@code |token|token|...}, where
   * each key is a cell's key and its value the next cell) read each cell once, not to the read limit.
   */
  @Test
  void tableCellFloodsCostABoundedNumberOfReadsPerCharacter() {
    Engine engine = Engine.compile(BuiltInCatalog.rules().stream()
        .filter(rule -> BuiltInCatalog.defaultRuleIds().contains(rule.id())).toList());
    for (String unit : List.of("|token|", "|password|", "|sig|", "|HMAC|", "|x_token|", "\u2502token\u2502")) {
      ReadCountingText text = new ReadCountingText(repeat(unit));
      engine.find(text);
      assertThat(text.reads()).as(unit).isLessThanOrEqualTo(READS_PER_CHAR * text.length());
    }
  }

  private static String repeat(String unit) {
    StringBuilder sb = new StringBuilder(LENGTH + unit.length());
    while (sb.length() < LENGTH) {
      sb.append(unit);
    }
    return sb.toString();
  }
}
