package dev.redact4j.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A shape anchor (one character class per position) runs in the automaton beside the literal
 * anchors: the engine must report exactly where the shape occurs after a character its rule accepts
 * (or at the start of the text), and every literal as before, wherever the text is cut into chunks
 * and lanes. Checked against a brute-force reading of the same text, for a card-like shape (built
 * into the automaton) and for one too wide for the table (built from its first class only and
 * checked at each hit).
 */
class ShapeAnchorPropertyTest {
  private static final String CHARS = "0123456789 -abAB x.\u00e9\n";

  /** Reports the anchor itself; the shape's rule rejects an anchor glued to a letter or digit. */
  static final class AnchorOnly implements Detector {
    private final boolean notAfterWordCharacters;

    AnchorOnly(boolean notAfterWordCharacters) {
      this.notAfterWordCharacters = notAfterWordCharacters;
    }

    @Override
    public long match(CharSequence text, int anchorStart, int anchorEnd) {
      return Detector.pack(anchorStart, anchorEnd);
    }

    @Override
    public int window() {
      return 0;
    }

    @Override
    public boolean rejectsAnchorAfter(char c) {
      return notAfterWordCharacters && CharClass.ALNUM.contains(c);
    }

    @Override
    public boolean findsEveryOccurrence() {
      return true; // no repeats of found values: the spans are the anchors alone
    }
  }

  private static final List<CharClass> CARD_LIKE = List.of(CharClass.of("2-6"), CharClass.DIGIT, CharClass.DIGIT,
      CharClass.DIGIT, CharClass.DIGIT.plus(" -"), CharClass.DIGIT, CharClass.DIGIT, CharClass.DIGIT);
  private static final List<CharClass> TOO_WIDE = Collections.nCopies(400, CharClass.of("0-9a-z"));
  private static final List<String> LITERALS = List.of("ab", "00", "5 -", "b2");
  private static final List<String> EVERY_ALNUM = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l",
      "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "0", "1", "2", "3", "4", "5", "6", "7", "8",
      "9");

  private static Engine engine(List<CharClass> shape, List<String> literals) {
    List<Rule> rules = new ArrayList<>();
    rules.add(new Rule("shape", "test", "a shape", "", List.of(Anchor.shape(shape.toArray(new CharClass[0]))),
        new AnchorOnly(true), null, 0));
    for (String literal : literals) {
      rules.add(new Rule("literal-" + literal, "test", "a literal", "", List.of(Anchor.exact(literal)), new AnchorOnly(false),
          null, 0));
    }
    return Engine.compile(rules);
  }

  private static final Engine SHAPED = engine(CARD_LIKE, LITERALS);
  private static final Engine FALLBACK = engine(TOO_WIDE, EVERY_ALNUM);

  private static String text(long seed, int length, String digitRun) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder(length);
    while (sb.length() < length) {
      sb.append(r.nextInt(8) == 0 ? digitRun : String.valueOf(CHARS.charAt(r.nextInt(CHARS.length()))));
    }
    return sb.toString();
  }

  /** Characters covered by a span of the engine. */
  private static boolean[] covered(Engine engine, String text) {
    boolean[] hidden = new boolean[text.length()];
    SpanBuffer spans = engine.find(text);
    if (spans != null) {
      assertThat(spans.failed()).isFalse();
      for (int i = 0; i < spans.size(); i++) {
        Arrays.fill(hidden, spans.start(i), spans.end(i), true);
      }
    }
    return hidden;
  }

  /** The text with each covered character shown as {@code #}, so that a failure reads as text. */
  private static String render(String text, boolean[] hidden) {
    StringBuilder sb = new StringBuilder(text);
    for (int i = 0; i < hidden.length; i++) {
      if (hidden[i]) {
        sb.setCharAt(i, '#');
      }
    }
    return sb.toString();
  }

  /**
   * Characters covered by a brute-force search for the shape and the literals. As in the engine, a
   * rule is not tried again where its own anchor starts inside a span it found (the anchors of one
   * rule all have one length, so earlier starts are earlier ends).
   */
  private static boolean[] expected(String text, List<CharClass> shape, List<String> literals) {
    boolean[] hidden = new boolean[text.length()];
    int coveredUntil = 0;
    for (int i = 0; i + shape.size() <= text.length(); i++) {
      boolean ok = i >= coveredUntil && (i == 0 || !CharClass.ALNUM.contains(text.charAt(i - 1)));
      for (int k = 0; ok && k < shape.size(); k++) {
        char c = text.charAt(i + k);
        ok = shape.get(k).contains(c) || shape.get(k).contains(Character.toLowerCase(c));
      }
      if (ok) {
        Arrays.fill(hidden, i, i + shape.size(), true);
        coveredUntil = i + shape.size();
      }
    }
    for (String literal : literals) {
      for (int i = text.indexOf(literal); i >= 0; i = text.indexOf(literal, i + literal.length())) {
        Arrays.fill(hidden, i, i + literal.length(), true);
      }
    }
    return hidden;
  }

  @Property(tries = 200)
  void aShapeInTheAutomatonIsFoundExactlyWhereItOccurs(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 5000) int length) {
    String text = text(seed, length, "4111 2222 ");
    assertThat(render(text, covered(SHAPED, text))).isEqualTo(render(text, expected(text, CARD_LIKE, LITERALS)));
  }

  @Example
  void theCardLikeShapeRunsInTheAutomatonAndTheTooWideOneFromItsFirstClass() {
    assertThat(SHAPED.shaped()).isTrue();
    assertThat(FALLBACK.shaped()).isFalse();
  }

  @Property(tries = 100)
  void aShapeTooWideForTheTableIsStillFoundExactly(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 5000) int length) {
    String text = text(seed, length, "abcdefghij0123456789".repeat(21)); // runs longer than the shape
    assertThat(render(text, covered(FALLBACK, text))).isEqualTo(render(text, expected(text, TOO_WIDE, EVERY_ALNUM)));
  }
}
