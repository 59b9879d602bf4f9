package dev.redact4j;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
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
  private static final String BASE32_LOWER = FakeSecrets.LOWER + "234567";

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
    return Stream.concat(prefixedVendors(), Stream.of(
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
            + FakeSecrets.chars(r, UPPER_DIGIT, 32)),
        family("square-access-token", r -> "EA" + "AA" + FakeSecrets.mixed(r, 30) + "_-" + FakeSecrets.mixed(r, 28)),
        family("checkout-secret-key", r -> "sk" + "_sbox_" + FakeSecrets.chars(r, BASE32_LOWER, 27)),
        family("checkout-secret-key", r -> "sk" + "_sbox_" + uuid(r)),
        family("stripe-secret-key", r -> "sk" + "_prod_" + FakeSecrets.mixed(r, 24)),
        family("stripe-restricted-key", r -> "rk" + "_prod_" + FakeSecrets.mixed(r, 24)),
        family("yandex-cloud-static-key-secret", r -> "Y" + "C" + FakeSecrets.chars(r, FakeSecrets.TOKEN, 35) + "a1Z"),
        family("yandex-cloud-iam-token", r -> "t" + "1." + FakeSecrets.chars(r, FakeSecrets.TOKEN, 140) + "."
            + FakeSecrets.chars(r, FakeSecrets.TOKEN, 86)),
        family("riot-games-api-key", r -> "RG" + "API-" + uuid(r)),
        family("aiven-service-password", r -> "AV" + "NS_" + FakeSecrets.chars(r, FakeSecrets.TOKEN, 22)),
        family("datastax-astra-token", r -> "Astra" + "CS:" + FakeSecrets.mixed(r, 24) + ":" + hex(r, 64)),
        family("asana-personal-access-token", r -> "2" + "/" + FakeSecrets.chars(r, FakeSecrets.DIGITS, 16) + "/"
            + FakeSecrets.chars(r, FakeSecrets.DIGITS, 16) + ":" + hex(r, 32)),
        family("asana-personal-access-token", r -> "1" + "/" + FakeSecrets.chars(r, FakeSecrets.DIGITS, 16) + ":"
            + hex(r, 32)),
        family("clojars-deploy-token", r -> "CLO" + "JARS_" + FakeSecrets.chars(r, LOWER_ALNUM, 60)),
        family("scalingo-api-token", r -> "tk" + "-us-" + FakeSecrets.chars(r, FakeSecrets.TOKEN, 48)),
        family("duffel-api-token", r -> "duffel" + "_test_" + FakeSecrets.chars(r, FakeSecrets.TOKEN + "=", 43)),
        family("intra42-client-secret", r -> "s-s4" + "t2ud-" + hex(r, 64)),
        family("settlemint-access-token", r -> "sm" + "_pat_" + FakeSecrets.mixed(r, 16)),
        family("defined-networking-api-token", r -> "dn" + "key-" + FakeSecrets.chars(r, LOWER_ALNUM, 26) + "-"
            + FakeSecrets.chars(r, LOWER_ALNUM, 52)),
        family("intra42-client-secret", r -> "s-s4" + "t2af-" + hex(r, 64)),
        family("render-api-key", r -> "rnd" + "_" + FakeSecrets.mixed(r, 28)),
        family("telegram-bot-token", r -> FakeSecrets.chars(r, FakeSecrets.DIGITS, 10) + ":A" + FakeSecrets.mixed(r, 34)),
        family("rapidapi-key", r -> hex(r, 10) + "ms" + "h" + hex(r, 15) + "p" + hex(r, 6) + "js" + "n" + hex(r, 12)),
        // Sonar text, Nosey Parker and secrets-patterns-db formats
        family("docker-swarm-join-token", r -> "SWM" + "TKN-1-" + FakeSecrets.chars(r, LOWER_ALNUM, 50) + "-"
            + FakeSecrets.chars(r, LOWER_ALNUM, 25)),
        family("django-insecure-secret-key", r -> "django" + "-insecure-"
            + FakeSecrets.chars(r, LOWER_ALNUM + "!@#$%^&*(-_=+)", 50)),
        family("amazon-mws-auth-token", r -> "amzn" + ".mws." + uuid(r)),
        family("aws-appsync-api-key", r -> "da" + "2-" + FakeSecrets.chars(r, LOWER_ALNUM, 24) + "k7"),
        family("wakatime-oauth-token", r -> "waka" + "_tok_" + FakeSecrets.mixed(r, 80)),
        family("wakatime-oauth-token", r -> "waka" + "_sec_" + FakeSecrets.mixed(r, 80)),
        family("zuplo-api-key", r -> "zp" + "ka_" + hex(r, 32) + "_" + hex(r, 8)),
        family("tencent-cloud-secret-id", r -> "AK" + "ID" + FakeSecrets.mixed(r, 32)),
        family("infura-api-key", r -> "infura" + ".io/v3/" + hex(r, 32)),
        family("alchemy-api-key", r -> "alchemy" + ".com/v2/" + FakeSecrets.mixed(r, 32)),
        family("yandex-oauth-token", r -> "y0" + "_" + FakeSecrets.mixed(r, 55)),
        family("shopify-partner-token", r -> "at" + "kn_" + hex(r, 64)),
        family("shopify-partner-token", r -> "prt" + "api_" + hex(r, 32)),
        family("shopify-token", r -> "shp" + "ua_" + hex(r, 32)),
        family("ubidots-token", r -> "BB" + "US-" + FakeSecrets.mixed(r, 30)),
        family("dynatrace-token", r -> "dt0" + "s16." + FakeSecrets.chars(r, UPPER_DIGIT, 24) + "."
            + FakeSecrets.chars(r, UPPER_DIGIT, 64)),
        family("newrelic-pixie-key", r -> "px" + "-api-" + uuid(r)),
        family("newrelic-pixie-key", r -> "px" + "-dep-" + uuid(r)),
        family("newrelic-key", r -> "NR" + "SP-" + FakeSecrets.chars(r, FakeSecrets.LOWER, 2)
            + FakeSecrets.chars(r, FakeSecrets.DIGITS, 2) + hex(r, 31))));
  }

  /** Betterleaks and Kingfisher formats; also checked where configuration and JSON print them. */
  static Stream<Arguments> prefixedVendors() {
    return Stream.of(
        family("paddle-api-key", r -> "pdl" + "_live_apikey_" + FakeSecrets.chars(r, LOWER_ALNUM, 26) + "_"
            + FakeSecrets.mixed(r, 22) + "_" + FakeSecrets.mixed(r, 3)),
        family("paddle-api-key", r -> "pdl" + "_sdbx_apikey_" + FakeSecrets.chars(r, LOWER_ALNUM, 26) + "_"
            + FakeSecrets.mixed(r, 22) + "_" + FakeSecrets.mixed(r, 3)),
        family("neon-api-key", r -> "na" + "pi_" + FakeSecrets.mixed(r, 64)),
        family("mailersend-api-token", r -> "ml" + "sn." + FakeSecrets.mixed(r, 48)),
        family("elastic-cloud-api-key", r -> "es" + "su_" + FakeSecrets.chars(r, FakeSecrets.TOKEN, 80) + "=="),
        family("vercel-token", r -> "vc" + "p_" + FakeSecrets.chars(r, FakeSecrets.TOKEN, 56)),
        family("vercel-token", r -> "vc" + "k_" + FakeSecrets.chars(r, FakeSecrets.TOKEN, 56)),
        // TruffleHog formats: Cloudflare's user and account API tokens, Figma's newer personal tokens
        family("cloudflare-user-account-token", r -> "cf" + "ut_" + FakeSecrets.mixed(r, 40) + hex(r, 8)),
        family("cloudflare-user-account-token", r -> "cf" + "at_" + FakeSecrets.mixed(r, 40) + hex(r, 8)),
        family("figma-token", r -> "fig" + "p_" + FakeSecrets.chars(r, FakeSecrets.TOKEN + "=", 44)),
        family("stripe-intent-client-secret", r -> "pi" + "_" + FakeSecrets.mixed(r, 24) + "_sec" + "ret_"
            + FakeSecrets.mixed(r, 25)),
        family("stripe-intent-client-secret", r -> "seti" + "_" + FakeSecrets.mixed(r, 24) + "_sec" + "ret_"
            + FakeSecrets.mixed(r, 25)),
        // TruffleHog detector formats: new rows, and rows whose body was narrower than the vendor's format
        family("rootly-api-key", r -> "root" + "ly_" + hex(r, 64)),
        family("robinhood-crypto-api-key", r -> "rh" + "-api-" + uuid(r)),
        family("bannerbear-api-key", r -> "bb" + "_pr_" + hex(r, 30)),
        family("bannerbear-api-key", r -> "bb" + "_ma_" + hex(r, 30)),
        family("fleetbase-api-key", r -> "flb" + "_live_" + FakeSecrets.mixed(r, 20)),
        family("ramp-client-secret", r -> "ramp" + "_sec_" + FakeSecrets.mixed(r, 48)),
        family("saladcloud-api-key",
            r -> "salad" + "_cloud_" + FakeSecrets.mixed(r, 5) + "_" + FakeSecrets.mixed(r, 40)),
        family("trufflehog-enterprise-secret", r -> "thog" + "-secret-" + hex(r, 32)),
        family("alchemy-api-token", r -> "alc" + "ht_" + FakeSecrets.mixed(r, 30)),
        family("photoroom-api-key", r -> "sk" + "_pr_" + FakeSecrets.mixed(r, 8) + "_" + hex(r, 40)),
        family("teamwork-api-token", r -> "tkn" + ".v1_" + FakeSecrets.mixed(r, 71) + "="),
        family("nightfall-api-key", r -> "NF" + "-" + FakeSecrets.mixed(r, 32)),
        // Kingfisher's rule examples: Nightfall keys in one case with digits, short Tailscale keys (kind-id-secret)
        family("nightfall-api-key", r -> "NF" + "-" + hex(r, 30) + "a7"),
        family("nightfall-api-key", r -> "NF" + "-" + FakeSecrets.chars(r, UPPER_DIGIT, 30) + "A7"),
        family("tailscale-key", r -> "ts" + "key-api-" + FakeSecrets.mixed(r, 7) + "-"
            + FakeSecrets.chars(r, FakeSecrets.DIGITS, 9)),
        family("tailscale-key",
            r -> "ts" + "key-secret-" + hex(r, 8) + "-" + FakeSecrets.chars(r, FakeSecrets.LOWER, 4)),
        family("locationiq-access-token", r -> "pk" + "." + hex(r, 32)),
        family("rubygems-api-key", r -> "ruby" + "gems_" + FakeSecrets.chars(r, LOWER_ALNUM, 48)),
        family("pulumi-access-token", r -> "pul" + "-" + FakeSecrets.chars(r, LOWER_ALNUM, 40)),
        family("supabase-token", r -> "sb" + "p_" + FakeSecrets.chars(r, LOWER_ALNUM, 40)),
        family("hubspot-private-app-token", r -> "pat" + "-eu1-" + FakeSecrets.mixed(r, 8) + "-"
            + FakeSecrets.mixed(r, 4) + "-" + FakeSecrets.mixed(r, 4) + "-" + FakeSecrets.mixed(r, 4) + "-"
            + FakeSecrets.mixed(r, 12)),
        family("newrelic-key", r -> "NR" + "II-" + FakeSecrets.chars(r, FakeSecrets.TOKEN, 25)),
        family("xai-api-key", r -> "xa" + "i-" + FakeSecrets.mixed(r, 40) + "_" + FakeSecrets.mixed(r, 39)),
        family("replicate-api-token", r -> "r8" + "_" + FakeSecrets.mixed(r, 18) + "-" + FakeSecrets.mixed(r, 18)),
        family("google-oauth-access-token", r -> "ya" + "29." + FakeSecrets.mixed(r, 12)),
        family("cloudflare-origin-ca-key", r -> "v1" + ".0-" + FakeSecrets.mixed(r, 171)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("prefixedVendors")
  void aVendorKeyIsHiddenInAnAssignmentAndInJson(String rule, Function<Random, String> make) {
    Random r = new Random(rule.hashCode() + 1);
    for (String line : new String[] {"API_KEY=%s", "{\"apiKey\":\"%s\",\"region\":\"eu\"}"}) {
      String secret = make.apply(r);
      assertThat(REDACTOR.redact(String.format(line, secret))).as(secret)
          .isEqualTo(String.format(line, "[REDACTED:" + rule + "]"));
    }
  }

  /**
   * A FullStory key is exactly 100 base64 characters after na1. (a '/' among them): found bare and in
   * configuration; not in a URL path, where the run goes on past its 100.
   */
  @Test
  void aFullStoryKeyIsHiddenWhole() {
    Random r = new Random(7);
    for (String line : new String[] {"config loaded: %s", "[\"%s\", 42]", "FULLSTORY_KEY=%s", "{\"key\":\"%s\"}"}) {
      String key = "na1" + "." + FakeSecrets.mixed(r, 60) + "/" + FakeSecrets.chars(r, FakeSecrets.B64, 38) + "7";
      assertThat(REDACTOR.redact(String.format(line, key))).as(key)
          .isEqualTo(String.format(line, "[REDACTED:fullstory-api-key]"));
    }
  }

  /** Base64 blobs (which may hold {@code /}) where configuration is printed: keystores, a Docker config; not a certificate. */
  @Test
  void keystoresAndDockerConfigsInBase64AreHidden() {
    Random r = new Random(8);
    String keystore = "/u3" + "+7QAAAAIAAAAB" + FakeSecrets.chars(r, FakeSecrets.B64, 120);
    String auth = Base64.getEncoder().encodeToString(("bot:" + FakeSecrets.mixed(r, 20)).getBytes(UTF_8));
    String dockerConfig = Base64.getEncoder().encodeToString(
        ("{\"auths\":{\"ghcr.io\":{\"auth\":\"" + auth + "\"}}}").getBytes(UTF_8));
    String pkcs12 = "MIIK" + "cQIBAzCC" + FakeSecrets.chars(r, FakeSecrets.B64, 160);
    String certificate = "MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTESMBAGA1UEChMJQmFs";
    assertThat(REDACTOR.redact("cert: " + certificate)).isEqualTo("cert: " + certificate); // public
    for (String line : new String[] {"config loaded: %s", "KEYSTORE_BASE64=%s", "  .dockerconfigjson: %s"}) {
      assertThat(REDACTOR.redact(String.format(line, keystore)))
          .isEqualTo(String.format(line, "[REDACTED:java-keystore-base64]"));
      assertThat(REDACTOR.redact(String.format(line, pkcs12)))
          .isEqualTo(String.format(line, "[REDACTED:pkcs12-keystore-base64]"));
      assertThat(REDACTOR.redact(String.format(line, dockerConfig)))
          .isEqualTo(String.format(line, "[REDACTED:docker-config-json-base64]"));
    }
  }

  /** A base64 body may hold {@code /}, so it is placed where nothing base64 follows it. */
  @Test
  void aJwtEncodedInBase64IsHiddenWhole() {
    Random r = new Random(9);
    String jwtInBase64 = "ZXlKaGJH" + "Y2lPaU" + FakeSecrets.chars(r, FakeSecrets.B64, 120) + "=";
    for (String line : new String[] {"config loaded: %s", "[\"%s\", 42]", "  token: %s"}) {
      assertThat(REDACTOR.redact(String.format(line, jwtInBase64))).doesNotContain(jwtInBase64.substring(14))
          .contains("[REDACTED:");
    }
    assertThat(REDACTOR.redact("config loaded: " + jwtInBase64)).isEqualTo("config loaded: [REDACTED:jwt-base64]");
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

  /**
   * Rows anchored on their letters rather than a leading digit (which costs the automaton most): each is
   * still found bare, with the digits before its letters checked, and look-alikes pass.
   */
  @Test
  void tokensWhoseDigitsComeBeforeTheirAnchorAreFoundBare() {
    Random r = new Random(12);
    for (String digit : new String[] {"8", "7", "3"}) {
      String secret = FakeSecrets.mixed(r, 3) + digit + "Q~" + FakeSecrets.chars(r, FakeSecrets.ALNUM + "_.~-", 34);
      assertThat(REDACTOR.redact("client secret " + secret + " rotated"))
          .isEqualTo("client secret [REDACTED:azure-ad-client-secret] rotated");
    }
    String openshift = "sha256" + "~" + FakeSecrets.chars(r, FakeSecrets.TOKEN, 43);
    assertThat(REDACTOR.redact("oc login --token=" + openshift)).isEqualTo("oc login --token=[REDACTED:openshift-user-token]");
    String clickhouse = "4b1d" + FakeSecrets.mixed(r, 38);
    assertThat(REDACTOR.redact("using " + clickhouse)).isEqualTo("using [REDACTED:clickhouse-cloud-key]");
    for (String clean : new String[] {"image sha256:" + "0123456789abcdef".repeat(4), "SHA256 fingerprint ok",
        "abXQ~tilde", "hash 94b1d" + FakeSecrets.mixed(r, 38), "menu: File > Q~uit"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isEqualTo(clean);
    }
  }

  @Test
  void anAzureContainerRegistryPasswordIsHiddenWhereRegistryPasswordsArePrinted() {
    Random r = new Random(6);
    String password = FakeSecrets.chars(r, FakeSecrets.B64, 41) + "Q" + "+A" + "CR" + FakeSecrets.mixed(r, 6);
    for (String line : new String[] {"ACRPWD=%s", "docker login demo.azurecr.io -u demo -p %s", "\"value\":\"%s\"",
        "password: %s"}) {
      assertThat(REDACTOR.redact(String.format(line, password)))
          .isEqualTo(String.format(line, "[REDACTED:azure-container-registry-password]"));
    }
  }

  /**
   * Microsoft's identifiable keys: a signature at a fixed place in a base64 run. The run before it must
   * be exactly as long, so they are placed where no base64 character comes before them.
   */
  @Test
  void azureIdentifiableKeysAreHiddenWhole() {
    Random r = new Random(10);
    String b64 = FakeSecrets.B64;
    String[][] keys = {
      {"azure-service-key", FakeSecrets.chars(r, b64, 76) + "+A" + "St" + FakeSecrets.mixed(r, 5) + "A=="},
      {"azure-service-key", FakeSecrets.chars(r, b64, 76) + "AC" + "Db" + FakeSecrets.mixed(r, 5) + "w=="},
      {"azure-service-key", FakeSecrets.chars(r, b64, 76) + "+A" + "Ba" + FakeSecrets.mixed(r, 5) + "Q=="},
      {"azure-service-key", FakeSecrets.chars(r, b64, 76) + "+A" + "MC" + FakeSecrets.mixed(r, 5) + "A=="},
      {"azure-messaging-key", FakeSecrets.chars(r, b64, 33) + "+A" + "SbB" + FakeSecrets.mixed(r, 5) + "="},
      {"azure-messaging-key", FakeSecrets.chars(r, b64, 33) + "+A" + "EhP" + FakeSecrets.mixed(r, 5) + "="},
      {"azure-messaging-key", FakeSecrets.chars(r, b64, 33) + "+A" + "RmA" + FakeSecrets.mixed(r, 5) + "="},
      {"azure-function-key", FakeSecrets.chars(r, FakeSecrets.TOKEN, 44) + "Az" + "Fu" + FakeSecrets.mixed(r, 5)
          + "g=="},
      {"azure-search-key", FakeSecrets.mixed(r, 42) + "Az" + "SeC" + FakeSecrets.mixed(r, 5)},
      {"azure-service-key", FakeSecrets.chars(r, b64, 76) + "AP" + "IM" + FakeSecrets.mixed(r, 5) + "g=="},
      {"azure-messaging-key", FakeSecrets.chars(r, b64, 33) + "AI" + "oT" + "C" + FakeSecrets.mixed(r, 5) + "="},
      {"azure-messaging-key", FakeSecrets.chars(r, b64, 33) + "AZ" + "EG" + "P" + FakeSecrets.mixed(r, 5) + "="},
      {"azure-messaging-key", FakeSecrets.mixed(r, 33) + "Az" + "Ca" + "A" + FakeSecrets.mixed(r, 5) + "="},
      {"azure-annotated-key", FakeSecrets.mixed(r, 52) + "JQ" + "QJ99" + "xK" + FakeSecrets.mixed(r, 24)},
      {"azure-annotated-key", FakeSecrets.mixed(r, 52) + "JQ" + "QJ9D" + "xA" + FakeSecrets.mixed(r, 26) + "=="},
    };
    for (String[] key : keys) {
      for (String line : new String[] {"config loaded: %s", "[\"%s\", 42]", "AZURE_KEY=%s", "Key=%s;Other=1"}) {
        assertThat(REDACTOR.redact(String.format(line, key[1]))).as(key[1])
            .isEqualTo(String.format(line, "[REDACTED:" + key[0] + "]"));
      }
    }
  }

  @Test
  void aTableauAuthTokenIsHiddenWithBothHalves() {
    Random r = new Random(7);
    String token = FakeSecrets.mixed(r, 24) + "|" + FakeSecrets.mixed(r, 24);
    assertThat(REDACTOR.redact("X-Tableau-Auth: " + token)).isEqualTo("X-Tableau-Auth: [REDACTED:tableau-auth-token]");
    assertThat(REDACTOR.redact("{\"X-Tableau-Auth\": \"" + token + "\"}"))
        .isEqualTo("{\"X-Tableau-Auth\": \"[REDACTED:tableau-auth-token]\"}");
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
    // square: EAAA also starts base64 runs; only 22 to 60 mixed-case characters after it, not more base64
    "payload EAAA" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" + " decoded",
    "EAAA" + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ012345678" + " has 61",
    "EAAA" + "abcdefghijklmnopqrstuvwxyzABCDEFG0123456" + "+/Zm9vYmFy" + " goes on as base64",
    "REAAA" + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ012345678" + " inside a word",
    // checkout: sk_ and a UUID, exactly
    "task_" + "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" + " finished",
    "sk_" + "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4" + " is short",
    "sk_sbox_" + "short" + " not a key",
    // yandex: YC and exactly 38 mixed characters; key ids (YCAJ..., 25) are not secrets
    "YCAJE" + "kF8RX5Ski7Hd5RGyC0SA" + " is the key id",
    "YC" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789AB" + " has one case",
    "QYC" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ab" + " inside a word",
    "t1." + "micro instance" + " started, alt1.example.com",
    // riot, aiven, astra, clojars, scalingo, duffel, intra42, settlemint, dnkey: wrong lengths or alphabets
    "RGAPI-" + "key-missing",
    // telegram: a bot id of five digits or more, then a random part (a name after a port or pid is not one)
    "pid 12345:" + "Accept-Encoding-Header-Value-Too-Long-Here" + " seen",
    "listening on 8080:" + "AAbcdefghijklmnopqrstuvwxyz012345678" + " (four digits)",
    // rapidapi: the fixed letters in their places and 50 lower-case characters, not inside a longer run
    "mesh msh 0123456789" + "msh0123456789abcdep012345jsn0123456789a" + " is short",
    "0123456789" + "msh0123456789abcdefp012345jsn0123456789ab" + " has 16 before p",
    "x0123456789" + "msh0123456789abcdep012345jsn0123456789ab" + " inside a run",
    "AVNS_" + "short",
    "AstraCS:" + "ABCDEFGHIJKLMNOPQRSTUVWX:" + "0123456789abcdef" + " truncated",
    "CLOJARS_" + "USERNAME is required",
    "tk-us-" + "east-1 region",
    "duffel_test_" + "mode=true",
    "s-s4t2ud-" + "0123456789abcdef" + " truncated",
    "sm_pat_" + "ABCDEFGHIJKLMNOP" + " has no digit",
    "sm_pat_" + "ABCDEFGHIJKLMN0P9" + " has 17",
    "dnkey-" + "settings" + " loaded",
    // asana: 1/ or 2/ then 16+ digits; dates, fractions and paths pass
    "updated 11/2/2024 at 12:34:56, /api/1/users 2/3 done",
    "2/" + "123456789012345" + ":" + "0123456789abcdef0123456789abcdef" + " has 15 digits",
    // acr: 42 base64 characters before +ACR, no more, no fewer
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmno" + "+ACR" + "BPkEcx" + " has 41",
    "x-tableau-auth header missing",
    // azure identifiable keys: the run before the signature one too short, the wrong character after it
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKL" + "+ASt" + "abcdeA==" + " has 75",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLM" + "+ASt" + "abcdeB==" + " ends in B",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg" + "+ASb" + "Zabcde=" + " has Z after the signature",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg" + "+AXy" + "Aabcde=" + " is no signature",
    "q=a+b+Add+Another+A" + "BCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop==" + " in a form",
    "the APIM gateway and AIoT hub, AzSe and AzFu settings, JQQJ",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef" + "AzCa" + "Aabcde=" + " has 32 before AzCa",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg" + "AIoT" + "Qabcde=" + " has Q after the signature",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMN" + "APIM" + "abcdeB==" + " ends in B",
    // paddle, neon, mailersend, elastic, vercel: cut short, the wrong alphabet, a word that starts the same
    "pdl_live_apikey_" + "01abcdefghjkmnpqrstvwxyz23_ABCDEFGHIJabcdefghij12_AB" + " has 2 at the end",
    "pdl_live_apikey_" + "01ABCDEFGHJKMNPQRSTVWXYZ23_ABCDEFGHIJabcdefghij12_ABC" + " is upper case",
    "node napi_module loaded; napi_" + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789A" + " has 63",
    "mlsn." + "short" + " and mlsn.io",
    "essu_" + "tooShort==",
    "vcp_" + "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz012" + " has 55 of one case",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" + "JQQJ99" + "xM" + "abcdefghijklmnopqrstuvwx" + " has M",
    // Sonar text, Nosey Parker and secrets-patterns-db formats: cut short, wrong alphabet, inside a word
    "SWMTKN-1-" + "abc" + " is cut short",
    "django-insecure-" + "settings" + " flag",
    "amzn.mws." + "0a1b2c3d-4e5f-4a6b-8c7d" + " cut short",
    "da2-" + "abcdefghijklmnopqrstuvwxyz" + " has no digit",
    "da2-" + "abcdefghijklmnopqrstuvwx9" + " has 25",
    "panda2-" + "abcdefghijklmnopqrstuvwx9z" + " inside a word",
    "waka_tok_" + "short",
    "zpka_" + "0123456789abcdef0123456789abcdef" + " has no suffix",
    "AKIDS " + "are not keys",
    "AKID" + "abcdefghijklmnopqrstuvwxyz012345" + " has one case",
    "AKID" + "ABCDEFGHIJKLMNOPabcdefghijklmn1" + " has 31",
    "infura.io/v3/" + "docs" + " page",
    "y0_" + "offset = 4",
    "y0_" + "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrs" + " has one case",
    "xy0_" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrs" + " inside a word",
    "atkn_" + "short" + ", prtapi_" + "zzzz",
    "return BBUS-" + "240501-T" + " created",
    "dt0" + "c01.short" + " and dt0x" + "1.ABC",
    "px-api-" + "docs",
    "NRSP-" + "short",
    // Stripe intents: the id alone, a secret word in an identifier, a client secret cut short
    "payment_intent=pi_" + "3AbcDefGhiJklMnoPqrStuVw" + " confirmed", "client_secret_rotation enabled",
    "pi_" + "3AbcDefGhiJklMnoPqrStuVw" + "_secret_" + "short",
    // short prefixes of TruffleHog formats: a word, one case only, a length off by one, inside a word
    "see NF-" + "EN 12345" + " for the norm", "NF-" + "abcdefghijklmnopqrstuvwxyzabcdef" + " one case",
    "NF-" + "Abcdefghijklmnopqrstuvwxyz01234" + " one short", "xNF-" + "Abcdefghijklmnopqrstuvwxyz012345",
    "NF-" + "01234567890123456789012345678901" + " digits only",
    // tailscale: a short body needs a digit; fewer than 16 characters is no key
    "the tskey-" + "auth-settings-page" + " is open", "tskey-" + "api-abc-12345" + " too short",
    "host na1." + "example.com" + " is up", "pk." + "abcdefabcdefabcdefabcdefabcdefab" + " has no digit",
    "the xpk." + "0123456789abcdef0123456789abcdef" + " inside a word",
  })
  void lookAlikesPassThrough(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
