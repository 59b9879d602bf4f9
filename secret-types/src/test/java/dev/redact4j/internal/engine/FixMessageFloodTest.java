package dev.redact4j.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.ReadCountingText;
import dev.redact4j.internal.catalog.BuiltInCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A FIX credential tag reads back to its message's {@code 8=FIX} and forward to the next field: floods
 * that keep a message open far back, cycle through every credential tag or hold long values stay
 * within a bound of reads per character. Work is counted in characters read, never timed.
 */
class FixMessageFloodTest {
  /** Well below the engine's bound of 64. */
  private static final long READS_PER_CHAR = 40;
  private static final int LENGTH = 20_000;

  @Test
  void fixMessageFloodsCostABoundedNumberOfReadsPerCharacter() {
    Engine engine = Engine.compile(BuiltInCatalog.rules().stream()
        .filter(rule -> BuiltInCatalog.defaultRuleIds().contains(rule.id())).toList());
    String tags = "|554=a|925=a|1400=a|1402=a|95=1|96=a";
    for (String unit : List.of("|554=a", "\\u0001554=", "96=96=", "8=FIX.4.4|9=1|554=a|", "8=FIX.4.4|9=1|" + tags,
        "8=FIX.4.4|9=1|" + "x".repeat(2000) + tags, "8=FIX.4.4|9=1|" + "|x".repeat(900) + tags,
        "8=FIX.4.4|35=A|95=1|96=" + "x".repeat(1500), "8=FIX.4.4 9=1 554=" + "a ".repeat(600),
        "8=FIX.4.4<SOH>9=1<SOH>554=" + "<SOH".repeat(300), "8=FIX.4.4|9=1|10=1" + tags)) {
      ReadCountingText text = new ReadCountingText(repeat(unit));
      engine.find(text);
      assertThat(text.reads()).as(unit.length() > 60 ? unit.substring(0, 60) : unit)
          .isLessThanOrEqualTo(READS_PER_CHAR * text.length());
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
