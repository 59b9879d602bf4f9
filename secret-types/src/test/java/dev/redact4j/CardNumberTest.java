package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.CharBuffer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Payment card numbers: Luhn-valid with an issuer prefix, plain or grouped, hidden wherever they
 * stand; dates, years, amounts and ids that merely start like one pass unchanged. The engine skips
 * the card check early where the digits a card needs are missing, so the edges of that shortcut (the
 * end of the text, the end of the engine's 2,048-character chunk) are tried at every offset.
 */
class CardNumberTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String MASK = "[REDACTED:payment-card-number]";

  /** Generated, Luhn-valid test numbers of each shape the detector accepts. */
  private static final String[] CARDS = {
      FakeSecrets.luhnCard(new Random(1), "4", 16),
      FakeSecrets.luhnCard(new Random(2), "4", 13),
      FakeSecrets.grouped(FakeSecrets.luhnCard(new Random(3), "4", 16), ' ', 4, 4, 4, 4),
      FakeSecrets.grouped(FakeSecrets.luhnCard(new Random(4), "22", 16), '-', 4, 4, 4, 4),
      FakeSecrets.grouped(FakeSecrets.luhnCard(new Random(5), "34", 15), ' ', 4, 6, 5),
      FakeSecrets.luhnCard(new Random(6), "6011", 16),
      FakeSecrets.luhnCard(new Random(7), "3530", 19),
  };

  @Test
  void everyShapeIsHiddenInText() {
    for (String card : CARDS) {
      assertThat(REDACTOR.redact("charged card " + card + ", ok")).as(card).isEqualTo("charged card " + MASK + ", ok");
      assertThat(REDACTOR.redact("{\"pan\":\"" + card + "\"}")).as(card).isEqualTo("{\"pan\":\"" + MASK + "\"}");
      assertThat(REDACTOR.redact(card)).as(card).isEqualTo(MASK);
    }
  }

  @Test
  void datesYearsAmountsAndIdsPass() {
    String[] clean = {
        "2026-11-29T06:09:02.123Z INFO started in 2026 ms",
        "order 4111 of 5000 shipped on 2026-11-29",
        "amount=4111.1111111111111 EUR",
        "id=41111111111111112", // 17 digits: not a Visa length
        "trace 411111111111111x", // glued to a letter
        "range 2026-2027-2028-2029-2030",
        "phone +4 111 111 1111",
    };
    for (String line : clean) {
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
  }

  @Test
  void aCardIsFoundAtEveryOffsetAroundTheEndOfAChunk() {
    for (String card : CARDS) {
      for (int before = 2048 - card.length() - 2; before <= 2050; before++) {
        String line = "x".repeat(before - 1) + " " + card;
        String expected = line.substring(0, before) + MASK;
        assertThat(REDACTOR.redact(line)).as("%s at %d", card, before).isEqualTo(expected);
        assertThat(REDACTOR.redact(CharBuffer.wrap(line))).as("%s at %d, CharBuffer", card, before).isEqualTo(expected);
        String followed = line + " paid";
        assertThat(REDACTOR.redact(followed)).as("%s at %d, followed", card, before).isEqualTo(expected + " paid");
      }
    }
  }

  @Test
  void aNumberCutShortByTheEndOfTheTextIsNotACard() {
    String card = CARDS[2];
    for (int keep = 1; keep < card.length(); keep++) {
      String line = "card " + card.substring(0, keep);
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
  }

  /** Datadog and OpenTelemetry print decimal trace and span ids; one in ten passes the Luhn check. */
  @Test
  void aPlainNumberUnderAnIdKeyIsAnIdButAGroupedOneIsACard() {
    String luhnValid = "4532" + "0151" + "1283" + "0366";
    for (String line : new String[] {"dd.trace_id=" + luhnValid + " dd.span_id=123", "{\"span_id\": \"" + luhnValid + "\"}",
        "traceId=" + luhnValid, "requestID: " + luhnValid}) {
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
    assertThat(REDACTOR.redact("card_number=" + luhnValid)).isEqualTo("card_number=" + MASK);
    assertThat(REDACTOR.redact("trace_id=4532-0151-1283-0366")).isEqualTo("trace_id=" + MASK);
  }
}
