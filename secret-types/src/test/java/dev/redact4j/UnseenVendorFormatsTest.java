package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Vendor formats learnt from public rule sets (their documented prefix and body shape, never their
 * example values): each generated value is hidden whole, with no key word around it, and named after
 * its row; look-alikes (a length off by one, the wrong alphabet, the prefix inside a word) pass through.
 * A Stripe-prefixed key with a hyphen (Apideck's sk_live_ keys) is hidden whole too. Values are built
 * from pieces at run time so that the repository's own scan finds no literal.
 */
class UnseenVendorFormatsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String UPPER_DIGIT = FakeSecrets.UPPER + FakeSecrets.DIGITS;
  private static final String LOWER_ALNUM = FakeSecrets.LOWER + FakeSecrets.DIGITS;

  /** Lines with no key word: only the format itself can be what hides the value. */
  private static final List<String> PLACEMENTS = List.of("config loaded: %s", "[\"%s\", 42]",
      "GET https://api.example.com/v1/clients/%s/status 200");

  private static String hex(Random r, int n) {
    return FakeSecrets.chars(r, FakeSecrets.HEX, n);
  }

  private static String uuid(Random r) {
    return hex(r, 8) + "-" + hex(r, 4) + "-4" + hex(r, 3) + "-a" + hex(r, 3) + "-" + hex(r, 12);
  }

  static Stream<Arguments> families() {
    return Stream.of(
        family("mongodb-atlas-service-account-secret",
            r -> "mdb_sa" + "_sk_" + FakeSecrets.chars(r, FakeSecrets.TOKEN, 6) + FakeSecrets.mixed(r, 34)),
        family("cloudflare-global-api-key", r -> "cf" + "k_" + FakeSecrets.mixed(r, 40) + hex(r, 8)),
        family("pubnub-key", r -> "pub" + "-c-" + uuid(r)),
        family("pubnub-key", r -> "sec" + "-c-" + uuid(r)),
        family("klaviyo-private-api-key", r -> "pk" + "_" + hex(r, 34)),
        family("klaviyo-private-api-key", r -> "pk" + "_" + FakeSecrets.mixed(r, 6) + "_" + hex(r, 34)),
        family("elevenlabs-api-key", r -> "sk" + "_" + hex(r, 47) + "7"),
        family("voiceflow-api-key", r -> "VF" + ".DM." + hex(r, 24) + "." + FakeSecrets.mixed(r, 16)),
        family("voiceflow-api-key", r -> "VF" + ".WS." + hex(r, 24) + "." + FakeSecrets.mixed(r, 16)),
        family("sourcegraph-cody-api-key", r -> "sl" + "k_" + hex(r, 64)),
        family("sonarqube-cloud-token", r -> "sq" + "co_" + FakeSecrets.mixed(r, 59)),
        family("readme-api-key", r -> "rd" + "me_" + FakeSecrets.chars(r, LOWER_ALNUM, 70)),
        family("frameio-token", r -> "fio" + "-u-" + FakeSecrets.chars(r, FakeSecrets.TOKEN, 64)),
        family("apify-api-token", r -> "apify" + "_api_" + FakeSecrets.mixed(r, 36)),
        family("ubidots-token", r -> "BB" + "FF-" + FakeSecrets.mixed(r, 30)),
        family("flexport-api-key", r -> "shl" + "tm_" + FakeSecrets.mixed(r, 40)),
        family("stripe-secret-key", r -> "sk" + "_live_" + FakeSecrets.mixed(r, 12) + "-" + FakeSecrets.mixed(r, 20)),
        family("clickup-personal-token", r -> "pk" + "_" + FakeSecrets.chars(r, FakeSecrets.DIGITS, 8) + "_"
            + FakeSecrets.chars(r, UPPER_DIGIT, 32)));
  }

  private static Arguments family(String rule, Function<Random, String> make) {
    return Arguments.of(rule, make);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void aGeneratedValueIsHiddenWholeWithNoKeyWordAround(String rule, Function<Random, String> make) {
    Random r = new Random(rule.hashCode());
    for (String placement : PLACEMENTS) {
      String secret = make.apply(r);
      String line = String.format(placement, secret);
      assertThat(REDACTOR.redact(line)).as(line).isEqualTo(String.format(placement, "[REDACTED:" + rule + "]"));
    }
  }

  @Test
  void aZapierCatchHookUrlIsHiddenWithItsIds() {
    Random r = new Random(5);
    String ids = FakeSecrets.chars(r, FakeSecrets.DIGITS, 8) + "/" + FakeSecrets.chars(r, LOWER_ALNUM, 7) + "/";
    String url = "https://hooks.zapier.com" + "/hooks/catch/";
    assertThat(REDACTOR.redact("POST " + url + ids + " 200")).isEqualTo("POST https://[REDACTED:zapier-webhook-url] 200");
    assertThat(REDACTOR.redact("{\"hook\":\"" + url + ids + "\"}"))
        .isEqualTo("{\"hook\":\"https://[REDACTED:zapier-webhook-url]\"}");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // pubnub: subscribe keys are public; the letters before -c- must be exactly pub or sec
    "subscribed with sub-c-" + "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    "xpub-c-" + "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" + " is not a key",
    "pub-c-" + "0a1b2c3d-4e5f-4a6b-8c7d" + " is cut short",
    "compiled with gcc -c -o build/main.o src/main.c",
    // klaviyo and clickup: pk_ is also a column prefix; only the exact shapes are keys
    "select pk_id, pk_user_name from users where pk_" + "0123456789abcdef0123456789abcdef012" + " = 1",
    "index pk_" + "0123456789ABCDEF0123456789ABCDEF01" + " rebuilt",
    "primary key pk_" + "12345678_0123456789ABCDEFGHIJ0123456" + " ok",
    "constraint pk_" + "12345678_0123456789abcdefghij012345678901" + " dropped",
    // elevenlabs: exactly 48 lower-case hex after sk_, not inside a word
    "task_" + "0123456789abcdef0123456789abcdef0123456789abcdef" + " done",
    "sk_" + "0123456789abcdef0123456789abcdef0123456789abcde" + " has 47",
    "sk_" + "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF" + " is upper case",
    // voiceflow: only DM or WS, 24 hex and 16 letters/digits
    "VF.XX." + "0123456789abcdef01234567.ABCDEFGHabcdefgh" + " unknown",
    "VF.DM." + "0123456789abcdef0123456.ABCDEFGHabcdefgh" + " too short",
    "found VF.DM.file in archive",
    // prefixes with a body too short or of the wrong alphabet (prefixes with _ or - are also taken glued to
    // a word, like ghp_)
    "sourcegraph_slk_settings loaded, slk_" + "zzzz" + " is not hex",
    "sqco_" + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz012345" + " has 58",
    "the BBFF-" + "short" + " marker",
    "shltm_" + "config" + " not a key",
    "apify_api_" + "version=2" + " used",
    "rdme_" + "0123456789abcdefghij" + " is cut short",
    "fio-u-" + "settings" + " not a token",
    "hooks.zapier.com/hooks/catch/" + " has no ids",
  })
  void lookAlikesPassThrough(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
