package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The automaton matches only the first characters of a long anchor and compares the rest at a hit;
 * with many custom keywords it matches fewer characters still, so that its table stays small. Neither
 * may change what is found.
 */
class LongAnchorTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String WEBHOOK = "https://hooks.slack.com/services/T0FAKE0AA/B0FAKE0BB/fakefakefakefakefake0000";

  @Test
  void aLongAnchorIsFoundWholeAnywhereInTheText() {
    for (int at : new int[] {0, 1, 2030, 2040, 2047, 2048, 4090}) {
      String text = "x".repeat(at) + " " + WEBHOOK + " done";
      assertThat(REDACTOR.redact(text)).as("at %d", at).doesNotContain("fakefake").endsWith(" done");
    }
  }

  @Test
  void onlyTheFirstCharactersOfALongAnchorAreNotAHit() {
    for (String near : new String[] {"hooks.slack.com/serv", "hooks.slack.com/sErvices/", "hooks.slackXcom/services/T0"}) {
      String text = "see https://" + near;
      assertThat(REDACTOR.redact(text)).as(near).isSameAs(text);
    }
    String cut = "https://hooks.slack.co";
    assertThat(REDACTOR.redact(cut)).isSameAs(cut); // the text ends inside the anchor
  }

  @Test
  void manyCustomKeywordsStillEachTriggerTheirRule() {
    Random random = new Random(7);
    Redactor.Builder builder = Redactor.newBuilder().knownSecrets(null);
    String[] keywords = new String[1500];
    for (int i = 0; i < keywords.length; i++) {
      StringBuilder k = new StringBuilder("kw");
      for (int j = 0; j < 10; j++) {
        k.append((char) ('a' + random.nextInt(26)));
      }
      keywords[i] = k.toString();
      builder.addRegexRule("custom-" + i, keywords[i] + "=[0-9]{6}", keywords[i]);
    }
    Redactor redactor = builder.build();
    for (int i : new int[] {0, 1, 777, 1499}) {
      String text = "value " + keywords[i] + "=123456 and " + keywords[(i + 1) % keywords.length] + "=12 end";
      assertThat(redactor.scan(text)).extracting(Finding::ruleId).containsExactly("custom-" + i);
      assertThat(redactor.redact(text)).doesNotContain("123456");
    }
    String webhook = "hook " + WEBHOOK;
    assertThat(redactor.redact(webhook)).doesNotContain("fakefake");
  }
}
