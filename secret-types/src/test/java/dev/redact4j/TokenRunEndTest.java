package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A prefixed token never ends inside a run of letters, digits, {@code _} and {@code -}: where a row's
 * body class stops short of the end of the run, the rest of the run is hidden with it, so no fragment
 * of a longer or differently shaped secret is shown. Exact rows (weak prefixes) still take a longer
 * run for another format and leave it alone.
 */
class TokenRunEndTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @Test
  void aFlutterwaveKeyWithLettersPastTheHexRangeIsHiddenWhole() {
    String key = "FLWSECK" + "_TEST-" + "4e62339dfbdgg1g29a3hf0h4518e727h" + "-X";
    assertThat(REDACTOR.redact("config loaded: " + key))
        .isEqualTo("config loaded: [REDACTED:flutterwave-secret-key]");
  }

  @Test
  void theRestOfTheRunIsHiddenWhereTheBodyClassStops() {
    Random r = new Random(31);
    String slack = "xox" + "b-" + FakeSecrets.chars(r, FakeSecrets.DIGITS, 12) + "-" + FakeSecrets.mixed(r, 24);
    assertThat(REDACTOR.redact("token " + slack + "_tail_" + FakeSecrets.mixed(r, 8) + " used"))
        .isEqualTo("token [REDACTED:slack-bot-token] used");
    String stripe = "rk" + "_live_" + FakeSecrets.mixed(r, 24);
    assertThat(REDACTOR.redact("key=" + stripe + "_x9-" + FakeSecrets.mixed(r, 6) + ", retry"))
        .isEqualTo("key=[REDACTED:stripe-restricted-key], retry");
  }

  @Test
  void theRunEndsAtAnyOtherCharacter() {
    Random r = new Random(32);
    String stripe = "rk" + "_live_" + FakeSecrets.mixed(r, 24);
    assertThat(REDACTOR.redact("[" + stripe + "].")).isEqualTo("[[REDACTED:stripe-restricted-key]].");
    assertThat(REDACTOR.redact(stripe + "/v1/charges")).isEqualTo("[REDACTED:stripe-restricted-key]/v1/charges");
  }

  @Test
  void exactRowsStillRejectALongerRun() {
    String longer = "sk_" + "0123456789abcdef0123456789abcdef0123456789abcdef" + "x1";
    assertThat(REDACTOR.redact("id " + longer + " ok")).isEqualTo("id " + longer + " ok");
  }
}
