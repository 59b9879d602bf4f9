package dev.redact4j.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.internal.catalog.BuiltInCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The automaton's table has 16-bit entries, so only so many states fit. Key words, which are common in
 * text, must stay matched to depth 7 or more as the catalog grows (a shallower automaton reports every
 * shared prefix and costs 6–17 % on clean text); vendor prefixes give way first.
 */
class AutomatonDepthTest {
  @Test
  void theDefaultCatalogKeepsKeyWordsDeep() {
    List<Rule> defaults = BuiltInCatalog.rules().stream()
        .filter(rule -> BuiltInCatalog.defaultRuleIds().contains(rule.id())).toList();
    assertThat(Engine.compile(defaults).depth()).isGreaterThanOrEqualTo(7);
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
