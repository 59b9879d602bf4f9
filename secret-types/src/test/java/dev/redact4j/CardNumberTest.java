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

  /**
   * Issuers print cards in groups of four (4-4-4-4, 4-4-4-4-3) or as 4-6-5 (American Express) and 4-6-4
   * (Diners Club); a six-digit group elsewhere is a run of numbers that happens to pass the Luhn check, as
   * HealthApp's step counter prints them ({@code REPORT : 7024 5015 150454 240}).
   */
  @Test
  void aSixDigitGroupOutsideTheAmexAndDinersGroupingsIsNoCard() {
    Random r = new Random(8);
    String[] clean = {
        "REPORT : 7024 " + FakeSecrets.grouped(FakeSecrets.luhnCard(r, "50", 13), ' ', 4, 6, 3) + " ok",
        "REPORT : " + FakeSecrets.grouped(FakeSecrets.luhnCard(r, "50", 13), ' ', 4, 6, 3),
        "counts " + FakeSecrets.grouped(FakeSecrets.luhnCard(r, "4", 16), ' ', 4, 6, 6),
        "counts " + FakeSecrets.grouped(FakeSecrets.luhnCard(r, "4", 16), ' ', 4, 4, 6, 2),
        "counts " + FakeSecrets.grouped(FakeSecrets.luhnCard(r, "36", 14), ' ', 4, 4, 6) + " tail",
    };
    for (String line : clean) {
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
  }

  @Test
  void theGroupingsIssuersPrintStayHidden() {
    Random r = new Random(9);
    String[] cards = {
        FakeSecrets.grouped(FakeSecrets.luhnCard(r, "36", 14), ' ', 4, 6, 4), // Diners Club
        FakeSecrets.grouped(FakeSecrets.luhnCard(r, "37", 15), '-', 4, 6, 5), // American Express
        FakeSecrets.grouped(FakeSecrets.luhnCard(r, "4", 19), ' ', 4, 4, 4, 4, 3),
        FakeSecrets.grouped(FakeSecrets.luhnCard(r, "62", 19), '-', 4, 4, 4, 4, 3), // UnionPay
        FakeSecrets.grouped(FakeSecrets.luhnCard(r, "51", 16), ' ', 4, 4, 4, 4),
        FakeSecrets.grouped(FakeSecrets.luhnCard(r, "4", 13), ' ', 4, 4, 5),
        FakeSecrets.luhnCard(r, "50", 13),
    };
    for (String card : cards) {
      assertThat(REDACTOR.redact("REPORT : " + card + " ok")).as(card).isEqualTo("REPORT : " + MASK + " ok");
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

  /**
   * An ad server's cache-busting random ({@code ord=}, DoubleClick's tag URLs in Zeek's http.log; Google
   * Publisher Tag's page-view {@code correlator=}) and an id
   * glued to its head in one word ({@code simid=}, Bing's image ids; {@code userid=}) are plain numbers that
   * sometimes pass the Luhn check; a card under a key such as {@code account=} or {@code paidcard=} stays hidden.
   */
  @Test
  void aPlainNumberUnderACacheBusterOrGluedIdKeyIsNoCard() {
    String maestro = FakeSecrets.luhnCard(new Random(11), "67", 16);
    String maestro18 = FakeSecrets.luhnCard(new Random(12), "60", 18);
    for (String line : new String[] {
        "GET ad.doubleclick.net /adj/site/pg_index;tile=1;sz=728x90;u=;ord=" + maestro + "?",
        "GET /images/search?q=x&simid=" + maestro18 + "&selectedIndex=0&mode=overlay",
        "login userid=" + maestro + " ok", "{\"orderId\": \"" + maestro + "\"}",
        "GET pubads.g.doubleclick.net /gampad/ads?gdfp_req=1&correlator=" + maestro + "&output=json_html"}) {
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
    for (String key : new String[] {"account=", "card=", "paidcard=", "ordinal card "}) {
      assertThat(REDACTOR.redact(key + maestro)).as(key).isEqualTo(key + MASK);
    }
    assertThat(REDACTOR.redact("ord=" + FakeSecrets.grouped(maestro, '-', 4, 4, 4, 4))).isEqualTo("ord=" + MASK);
    assertThat(REDACTOR.redact("correlator=" + FakeSecrets.grouped(maestro, ' ', 4, 4, 4, 4)))
        .isEqualTo("correlator=" + MASK);
  }
}
