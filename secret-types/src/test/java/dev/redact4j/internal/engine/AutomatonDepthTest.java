package dev.redact4j.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.internal.catalog.BuiltInCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The automaton's table holds only so many states times classes. Key words, which are common in text,
 * must stay matched to the full depth as the catalog grows (a shallower automaton reports every shared
 * prefix and costs 6–17 % on clean text); a rule set too big for the table is matched less deep, and
 * every anchor is still found whole.
 */
class AutomatonDepthTest {
  @Test
  void theDefaultCatalogKeepsKeyWordsDeep() {
    List<Rule> defaults = BuiltInCatalog.rules().stream()
        .filter(rule -> BuiltInCatalog.defaultRuleIds().contains(rule.id())).toList();
    assertThat(Engine.compile(defaults).depth()).isEqualTo(8);
  }

  @Test
  void aRuleSetTooBigForTheTableIsMatchedLessDeepYetFoundWhole() {
    Random random = new Random(7);
    List<Rule> rules = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 12_000; i++) {
      StringBuilder word = new StringBuilder("k");
      for (int k = 0; k < 9; k++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      words.add(word.toString());
      rules.add(new Rule("word-" + i, "test", "a key word", "", List.of(Anchor.anyCase(word.toString())),
          new ShapeAnchorPropertyTest.AnchorOnly(false), null, 0));
    }
    Engine engine = Engine.compile(rules);
    assertThat(engine.depth()).isLessThan(8);
    for (int i = 0; i < words.size(); i += 997) {
      String word = words.get(i);
      SpanBuffer found = engine.find("a " + word.toUpperCase(Locale.ROOT) + " b");
      assertThat(found).as(word).isNotNull();
      assertThat(found.start(0)).isEqualTo(2);
      assertThat(found.end(0)).isEqualTo(2 + word.length());
      String changed = word.substring(0, word.length() - 1) + (word.endsWith("a") ? "b" : "a");
      if (!words.contains(changed)) {
        assertThat(engine.find("a " + changed + " b")).as(changed).isNull();
      }
    }
  }

  @Test
  void exactCaseLiteralsAreMatchedOnlyToTheirFirstCharactersYetFoundWhole() {
    Engine engine = Engine.compile(List.of(new Rule("vendor", "test", "a vendor prefix", "",
        List.of(Anchor.exact("AstraCS:")), new ShapeAnchorPropertyTest.AnchorOnly(false), null, 0)));
    SpanBuffer found = engine.find("token AstraCS:Ab3dEf7h done");
    assertThat(found).isNotNull();
    assertThat(found.start(0)).isEqualTo(6);
    assertThat(found.end(0)).isEqualTo(14);
    assertThat(engine.find("token AstraXX:Ab3dEf7h done")).isNull();
    assertThat(engine.find("token astracs:Ab3dEf7h done")).isNull();
  }

  @Test
  void charactersOfTheSharedClassAreToldApartAtTheHit() {
    assertThat(Engine.SHARED).contains("x", "z", "q", "(");
    Engine engine = Engine.compile(List.of(
        new Rule("header", "test", "an anycase key word", "", List.of(Anchor.anyCase("x-zq(")),
            new ShapeAnchorPropertyTest.AnchorOnly(false), null, 0),
        new Rule("other", "test", "a look-alike key word", "", List.of(Anchor.anyCase("q-zx+")),
            new ShapeAnchorPropertyTest.AnchorOnly(false), null, 0)));
    SpanBuffer found = engine.find("a X-ZQ( b");
    assertThat(found).isNotNull();
    assertThat(found.size()).isEqualTo(1);
    assertThat(found.start(0)).isEqualTo(2);
    assertThat(engine.find("a z-zq( b")).isNull();
    assertThat(engine.find("a x-xq( b")).isNull();
    assertThat(engine.find("a x-zq+ b")).isNull();
    SpanBuffer other = engine.find("x-zq( q-zx+");
    assertThat(other).isNotNull();
    assertThat(other.size()).isEqualTo(2);
    assertThat(other.start(1)).isEqualTo(6);
  }

  @Test
  void digitsOfOneGroupAreToldApartAtTheHit() {
    assertThat(Engine.GROUPED_DIGITS).contains("1", "7", "9").doesNotContain("0", "2", "5");
    Engine engine = Engine.compile(List.of(new Rule("port", "test", "a literal with digits", "",
        List.of(Anchor.anyCase("p:71:")), new ShapeAnchorPropertyTest.AnchorOnly(false), null, 0)));
    SpanBuffer found = engine.find("at p:71: and P:71:");
    assertThat(found).isNotNull();
    assertThat(found.size()).isEqualTo(2);
    assertThat(found.start(0)).isEqualTo(3);
    assertThat(engine.find("at p:91: and p:17: and p:77:")).isNull();
    assertThat(engine.find("at p:79:")).isNull();
  }

  @Test
  void lettersBeyondAsciiShareAClassAndAreToldApartAtTheHitInAnyCase() {
    Engine engine = Engine.compile(List.of(
        new Rule("ru", "test", "a key word in Cyrillic", "", List.of(Anchor.anyCase("пароль")),
            new ShapeAnchorPropertyTest.AnchorOnly(false), null, 0),
        new Rule("zh", "test", "a key word in Chinese", "", List.of(Anchor.anyCase("密码")),
            new ShapeAnchorPropertyTest.AnchorOnly(false), null, 0)));
    SpanBuffer found = engine.find("x ПАРОЛЬ y Пароль z 密码");
    assertThat(found).isNotNull();
    assertThat(found.size()).isEqualTo(3);
    assertThat(found.start(0)).isEqualTo(2);
    assertThat(found.start(2)).isEqualTo(20);
    assertThat(engine.find("x лоьпар y 码密 z ралоьп 密密")).isNull();
    assertThat(engine.find("x парол y")).isNull();
  }
}
