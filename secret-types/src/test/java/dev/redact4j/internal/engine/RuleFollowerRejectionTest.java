package dev.redact4j.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules that share an anchor reject what follows it each for itself: a rule that takes {@code auth}
 * only before a blank is not called for {@code authentication} because another rule of the anchor
 * takes any follower (which once made every {@code authentication} in a clean log cost a key-word walk).
 */
class RuleFollowerRejectionTest {
  /** Takes its anchor before a blank only, and counts its calls. */
  private static final class BlankAfter implements Detector {
    int calls;

    @Override
    public long match(CharSequence text, int anchorStart, int anchorEnd) {
      calls++;
      return NO_MATCH;
    }

    @Override
    public boolean rejectsAnchorFollowedBy(String literal, char c) {
      return c != ' ';
    }

    @Override
    public int window() {
      return 0;
    }
  }

  @Test
  void aRuleIsNotCalledForAFollowerItRejectsWhenAnotherRuleOfTheAnchorTakesIt() {
    BlankAfter picky = new BlankAfter();
    Engine engine = Engine.compile(List.of(
        new Rule("picky", "test", "takes auth before a blank", "", List.of(Anchor.anyCase("auth")), picky, null, 0),
        new Rule("any", "test", "takes auth before anything", "", List.of(Anchor.anyCase("auth")),
            new ShapeAnchorPropertyTest.AnchorOnly(false), null, 0)));

    SpanBuffer found = engine.find("auth authentication Authenticated auth");

    assertThat(found).isNotNull();
    assertThat(found.size()).isEqualTo(4); // the permissive rule still sees every occurrence
    assertThat(picky.calls).isEqualTo(2); // the first and the last auth: the others go on as longer words
  }
}
