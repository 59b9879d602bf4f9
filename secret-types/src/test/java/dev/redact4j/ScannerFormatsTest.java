package dev.redact4j;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Vendor formats that other secret scanners (gitleaks, TruffleHog, GitHub's supported patterns) know:
 * each generated value, format-valid but fake, is hidden whole in every place a log puts it, with no
 * secret-sounding key around it (a bare log line, JSON, {@code id=}, {@code value: }, URL-encoded in a
 * query string, inside quotes); a look-alike of each passes unchanged. Values are built from pieces at
 * run time so that the repository's own scan finds no literal.
 */
class ScannerFormatsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String LOWER_ALNUM = FakeSecrets.LOWER + FakeSecrets.DIGITS;
  private static final String BASE32_LOWER = FakeSecrets.LOWER + "234567";

  /** Where logs put a token; none of these keys names a secret. */
  private static final List<String> PLACES = List.of("2026-11-29 12:00:01 INFO  c.e.Sync - loaded %s from cache",
      "{\"x\":\"%s\"}", "id=%s", "value: %s", "received '%s' from upstream", "msg=\"%s\"", "[\"%s\", 42]");

  private static String hex(Random r, int n) {
    return FakeSecrets.chars(r, FakeSecrets.HEX, n);
  }

  private static String digits(Random r, int n) {
    return FakeSecrets.chars(r, "123456789", 1) + FakeSecrets.chars(r, FakeSecrets.DIGITS, n - 1);
  }

  private static String uuid4(Random r) {
    return hex(r, 8) + "-" + hex(r, 4) + "-4" + hex(r, 3) + "-a" + hex(r, 3) + "-" + hex(r, 12);
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(UTF_8));
  }

  private static Arguments family(String rule, Function<Random, String> make) {
    return Arguments.of(rule, make);
  }

  /** A K3s token holds colons; URL-encoded ({@code %3A}) it is not read (docs/catalog.md, Known gaps). */
  @Test
  void aK3sTokenIsHiddenWhole() {
    Random r = new Random(3);
    for (String place : PLACES) {
      String secret = "K1" + "0" + hex(r, 64) + (r.nextBoolean() ? "::server:" : "::node:") + hex(r, 32);
      assertThat(REDACTOR.redact(String.format(place, secret))).as(secret)
          .isEqualTo(String.format(place, "[REDACTED:k3s-token]"));
    }
  }

  static Stream<Arguments> families() {
    return Stream.of(
        family("sk-api-key", r -> "sk" + "-" + hex(r, 31) + "7"),
        family("sk-api-key", r -> "sk" + "-" + FakeSecrets.mixed(r, 48)),
        family("facebook-access-token", r -> "EA" + "AJ" + FakeSecrets.mixed(r, 180)),
        family("facebook-access-token", r -> "EA" + "AN" + FakeSecrets.mixed(r, 120)),
        family("dropbox-token", r -> "sl" + ".u." + FakeSecrets.chars(r, FakeSecrets.TOKEN, 300)),
        family("launchdarkly-sdk-key", r -> "ap" + "i-" + uuid4(r)),
        family("linear-api-key", r -> "lin" + "_oauth_" + hex(r, 64)),
        family("databricks-token", r -> "do" + "se" + hex(r, 32)),
        family("trello-api-token", r -> "AT" + "TA" + hex(r, 64) + FakeSecrets.chars(r, "0123456789ABCDEF", 8)),
        family("resend-api-key", r -> "re" + "_" + FakeSecrets.mixed(r, 8) + "_" + FakeSecrets.mixed(r, 24)),
        family("postman-api-key", r -> "PM" + "AT-01" + FakeSecrets.chars(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24)),
        family("stytch-secret", r -> "secret" + "-live-" + FakeSecrets.mixed(r, 35) + "="),
        family("stytch-secret", r -> "secret" + "-test-" + FakeSecrets.mixed(r, 36)),
        family("mercadopago-access-token", r -> "APP" + "_USR-" + digits(r, 16) + "-" + digits(r, 6) + "-"
            + hex(r, 32) + "-" + digits(r, 9)),
        family("woocommerce-api-key", r -> "c" + "s_" + hex(r, 40)),
        family("woocommerce-api-key", r -> "c" + "k_" + hex(r, 40)),
        family("intercom-access-token", r -> b64("to" + "k:" + uuid4(r) + ":" + uuid4(r))),
        family("cloudflare-tunnel-token", r -> b64("{\"a\":\"" + hex(r, 32) + "\",\"t\":\"" + uuid4(r) + "\",\"s\":\""
            + b64(FakeSecrets.mixed(r, 32)) + "\"}")),
        family("matrix-access-token", r -> "sy" + "t_" + Base64.getEncoder().withoutPadding().encodeToString(
            "alice".getBytes(UTF_8)) + "_" + FakeSecrets.mixed(r, 20) + "_" + FakeSecrets.mixed(r, 6)),
        family("e2b-api-key", r -> "e2" + "b_" + hex(r, 40)),
        family("together-api-key", r -> "tgp" + "_v1_" + FakeSecrets.chars(r, FakeSecrets.TOKEN, 43)),
        family("cerebras-api-key", r -> "cs" + "k-" + FakeSecrets.chars(r, LOWER_ALNUM, 47) + "7"),
        family("onesignal-api-key", r -> "os" + "_v2_app_" + FakeSecrets.chars(r, BASE32_LOWER, 113)),
        family("axiom-token", r -> "xa" + "at-" + uuid4(r)),
        family("axiom-token", r -> "xa" + "pt-" + uuid4(r)),
        family("akamai-edgegrid-token", r -> "ak" + "ab-" + FakeSecrets.chars(r, LOWER_ALNUM, 16) + "-"
            + FakeSecrets.chars(r, LOWER_ALNUM, 16)),
        family("portainer-access-token", r -> "pt" + "r_" + FakeSecrets.mixed(r, 43) + "="),
        // gitleaks formats: Artifactory reference tokens (cmVmd, base64 of "ref"), Authress access keys
        family("artifactory-reference-token", r -> "cmVm" + "d" + FakeSecrets.mixed(r, 59)),
        family("authress-access-key", r -> "sc" + "_" + FakeSecrets.chars(r, LOWER_ALNUM, 10) + "."
            + FakeSecrets.chars(r, LOWER_ALNUM, 4) + ".ac" + "c_" + FakeSecrets.chars(r, LOWER_ALNUM, 10) + "."
            + FakeSecrets.chars(r, FakeSecrets.TOKEN, 40)),
        family("authress-access-key", r -> "authress" + "_" + FakeSecrets.mixed(r, 24) + "."
            + FakeSecrets.mixed(r, 6) + ".ac" + "c-" + FakeSecrets.chars(r, LOWER_ALNUM + "-", 30) + "."
            + FakeSecrets.chars(r, FakeSecrets.TOKEN, 100)));
  }

  /**
   * Values generated from gitleaks' rule regexes, which promise less than the vendors' own formats: a
   * Clojars or Twilio body in either case, SendGrid's 66 characters with no fixed dot, PlanetScale and
   * Terraform bodies with {@code =}, a PyPI token of 80 characters, a SettleMint token with no digit, a
   * Square token of 22 to 60, a Slack webhook path with {@code +}, a Grafana key and a JWT whose base64
   * decodes to nothing (gitleaks' JWT needs only {@code ey} before each of its first two parts) or whose
   * header has a byte typed wrong, a JWT in base64 whose header starts with any field, a Sonar token of
   * any 40 letters, digits and {@code _-=}, a PEM block whose label is up to 100 characters long.
   */
  static Stream<Arguments> gitleaksShapes() {
    String hexBothCases = "0123456789abcdefABCDEF";
    return Stream.of(
        family("clojars-deploy-token", r -> "CLO" + "JARS_" + FakeSecrets.mixed(r, 60)),
        family("twilio-api-key", r -> "S" + "K" + FakeSecrets.chars(r, hexBothCases, 30) + "a7"),
        family("sendgrid-api-key", r -> "SG" + "." + FakeSecrets.mixed(r, 30) + "=-"
            + FakeSecrets.chars(r, FakeSecrets.TOKEN + "=.", 33) + "q"),
        family("pypi-token", r -> "pypi" + "-AgEIcHlwaS5vcmc" + FakeSecrets.chars(r, FakeSecrets.TOKEN, 80)),
        family("planetscale-token", r -> "pscale" + "_tkn_" + FakeSecrets.mixed(r, 20) + "="
            + FakeSecrets.chars(r, FakeSecrets.TOKEN + "=.", 19) + "q"),
        family("terraform-cloud-token", r -> FakeSecrets.mixed(r, 14) + ".atlas" + "v1."
            + FakeSecrets.chars(r, FakeSecrets.TOKEN + "=", 64) + "q"),
        family("settlemint-access-token", r -> "sm" + "_aat_" + FakeSecrets.chars(r, FakeSecrets.UPPER, 8)
            + FakeSecrets.chars(r, FakeSecrets.LOWER, 8)),
        family("square-access-token", r -> "EA" + "AA" + FakeSecrets.mixed(r, 30)),
        family("slack-token", r -> "xo" + "xr-" + FakeSecrets.mixed(r, 8)),
        family("slack-token", r -> "xoxe.xo" + "xB-1-" + FakeSecrets.mixed(r, 164)),
        family("slack-webhook-url", r -> "hooks.slack.com" + "/triggers/" + FakeSecrets.chars(r, FakeSecrets.B64, 49)
            + "q"),
        family("grafana-api-key", r -> "eyJr" + "Ijoi" + FakeSecrets.mixed(r, 80)),
        family("jwt", r -> "e" + "y" + FakeSecrets.mixed(r, 20) + ".e" + "y"
            + FakeSecrets.chars(r, FakeSecrets.TOKEN + "/", 30) + "." + FakeSecrets.chars(r, FakeSecrets.TOKEN, 20)),
        family("jwt", r -> "e" + "y" + FakeSecrets.mixed(r, 20) + ".e" + "y" + FakeSecrets.mixed(r, 25) + "."),
        family("jwt", r -> mistypedJwtHeader() + "." + Base64.getUrlEncoder().withoutPadding()
            .encodeToString(("{\"sub\":\"" + digits(r, 10) + "\"}").getBytes(UTF_8)) + "."
            + FakeSecrets.chars(r, FakeSecrets.TOKEN, 43)),
        family("jwt-base64", r -> "ZXlK" + "cGRpSTZJ" + FakeSecrets.chars(r, FakeSecrets.B64, 59) + "q"),
        family("jwt-base64", r -> "ZXlK" + "MGVYQWlPaU" + FakeSecrets.chars(r, FakeSecrets.TOKEN + "+/", 59) + "q"),
        family("jwt-base64", r -> "ZXlK" + "NElqb2" + FakeSecrets.chars(r, FakeSecrets.B64, 59) + "q"),
        family("sonarqube-token", r -> "sq" + "p_" + FakeSecrets.chars(r, FakeSecrets.TOKEN + "=", 38) + "a7"),
        family("private-key-pem", r -> {
          String label = FakeSecrets.chars(r, FakeSecrets.UPPER + FakeSecrets.DIGITS + " _-", 90) + " PRIVATE KEY";
          String body = FakeSecrets.chars(r, FakeSecrets.B64, 80);
          return "-----BEGIN " + label + "-----" + body + "-----END " + label + "-----";
        }));
  }

  /** A JWT header with one character typed wrong: it starts and ends as JSON, a byte inside decodes to no text. */
  private static String mistypedJwtHeader() {
    String header = Base64.getUrlEncoder().withoutPadding()
        .encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(UTF_8));
    assertThat(header).contains("IsInR5");
    return header.replace("IsInR5", "IsEnR5");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gitleaksShapes")
  void aValueGeneratedFromAGitleaksRuleIsHiddenWhole(String rule, Function<Random, String> make) {
    Random r = new Random(rule.hashCode() + 3);
    for (String place : PLACES) {
      for (int i = 0; i < 3; i++) {
        String secret = make.apply(r);
        assertThat(REDACTOR.redact(String.format(place, secret))).as(secret)
            .isEqualTo(String.format(place, "[REDACTED:" + rule + "]"));
      }
    }
  }

  /** Near-misses of the shapes above, in the same places. */
  @Test
  void lookAlikesOfGitleaksShapesPassUnchanged() {
    Random r = new Random(6);
    List<String> lookAlikes = List.of(
        "SG" + ".sprites/icon.png", "SG" + "." + FakeSecrets.mixed(r, 65), // one short
        "EA" + "AA" + FakeSecrets.mixed(r, 21), "EA" + "AA" + FakeSecrets.chars(r, FakeSecrets.LOWER, 40),
        "eyes.eyebrows", "e" + "yeglassesAndMoreFor.e" + "yewearCatalogueFrom", // words, no digit
        "e" + "y" + FakeSecrets.mixed(r, 16) + ".e" + "y" + FakeSecrets.mixed(r, 20), // a header of 18
        "eyJr" + "Ijoi" + FakeSecrets.mixed(r, 60), // decodes to nothing, and too short for gitleaks' 70
        // a Power BI report link's r= parameter: base64 JSON with "k", but no Grafana key
        Base64.getEncoder().withoutPadding().encodeToString(("{\"k\":\"" + uuid4(r) + "\",\"t\":\"" + uuid4(r)
            + "\",\"c\":5}").getBytes(UTF_8)),
        // a JWT whose header decodes to text but not to JSON: a broken test fixture
        Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"".getBytes(UTF_8))
            + "." + Base64.getUrlEncoder().withoutPadding().encodeToString("{\"sub\":\"1234567890\"}".getBytes(UTF_8))
            + "." + FakeSecrets.chars(r, FakeSecrets.TOKEN, 43),
        // a header broken by letters typed into it, whose payload is JSON: a fixture too
        "eyJhbasd" + "GciOiJIUaddasdasfsasdasdzI1NiIasdsInR5cCI6IkpXVCasdJasd9."
            + Base64.getUrlEncoder().withoutPadding().encodeToString("{\"sub\":\"1234567890\"}".getBytes(UTF_8))
            + "." + FakeSecrets.mixed(r, 43),
        "pypi" + "-AgEIcHlwaS5vcmc" + FakeSecrets.chars(r, FakeSecrets.TOKEN, 70), // detect-secrets' non-token
        "sm" + "_pat_" + FakeSecrets.chars(r, FakeSecrets.UPPER, 16), "xo" + "xr-" + FakeSecrets.mixed(r, 7),
        "sq" + "a_results_table_for_the_nightly_quality_run", "sq" + "p_" + FakeSecrets.mixed(r, 30));
    for (String lookAlike : lookAlikes) {
      for (String place : List.of("loaded %s from cache", "{\"x\":\"%s\"}", "id=%s")) {
        String line = String.format(place, lookAlike);
        assertThat(REDACTOR.redact(line)).as(lookAlike).isEqualTo(line);
      }
    }
  }

  /** Adyen API keys: AQE, then base64 parts joined by {@code =-}. */
  static Stream<Arguments> adyen() {
    return Stream.of(family("adyen-api-key", r -> "AQ" + "E" + FakeSecrets.chars(r, FakeSecrets.B64, 40)
        + FakeSecrets.mixed(r, 50) + "=-" + FakeSecrets.chars(r, FakeSecrets.B64, 43) + "=-"
        + FakeSecrets.mixed(r, 16)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"families", "adyen"})
  void aTokenIsHiddenWholeWhereverALogPutsIt(String rule, Function<Random, String> make) {
    Random r = new Random(rule.hashCode());
    for (String place : PLACES) {
      String secret = make.apply(r);
      assertThat(REDACTOR.redact(String.format(place, secret))).as(secret)
          .isEqualTo(String.format(place, "[REDACTED:" + rule + "]"));
    }
  }

  /** Tokens whose alphabet holds {@code + / =}, which URL encoding escapes. */
  static Stream<Arguments> base64Families() {
    return Stream.of(
        family("atlassian-api-token", r -> "ATA" + "TT3" + FakeSecrets.chars(r, FakeSecrets.TOKEN, 180) + "="
            + FakeSecrets.chars(r, FakeSecrets.UPPER + FakeSecrets.DIGITS, 8)),
        family("onepassword-service-token", r -> "ops" + "_eyJ" + FakeSecrets.chars(r, FakeSecrets.B64, 300)),
        family("onepassword-service-token", r -> "ops" + "_eyJ/" + FakeSecrets.chars(r, FakeSecrets.B64, 300)),
        family("sentry-token", r -> "sntr" + "ys_eyJ" + FakeSecrets.chars(r, FakeSecrets.B64, 150) + "_"
            + FakeSecrets.chars(r, FakeSecrets.B64, 43)),
        family("cloudflare-tunnel-token", r -> b64("{\"a\":\"" + hex(r, 32) + "\",\"t\":\"" + uuid4(r)
            + "\",\"s\":\"" + b64(FakeSecrets.mixed(r, 32)) + "\"}")),
        family("authress-access-key", r -> "ext" + "_" + FakeSecrets.chars(r, LOWER_ALNUM, 12) + "."
            + FakeSecrets.chars(r, LOWER_ALNUM, 5) + ".ac" + "c_" + FakeSecrets.chars(r, LOWER_ALNUM, 16) + "."
            + FakeSecrets.chars(r, FakeSecrets.B64, 60) + "=="));
  }

  /**
   * A token in a query string is URL-encoded: the escapes of its own symbols ({@code %2B %2F %3D}) are read
   * as part of it, so no tail after one ({@code %3D<checksum>}) is shown.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource({"base64Families", "adyen"})
  void escapedSymbolsOfATokenAreReadAsPartOfIt(String rule, Function<Random, String> make) {
    Random r = new Random(rule.hashCode() + 2);
    for (int i = 0; i < 5; i++) {
      String secret = URLEncoder.encode(make.apply(r), UTF_8);
      String line = "GET /cb?state=ok&v=%s&lang=en";
      assertThat(REDACTOR.redact(String.format(line, secret))).as(secret)
          .isEqualTo(String.format(line, "[REDACTED:" + rule + "]"));
    }
    String plain = "GET /search?q=" + URLEncoder.encode("a+b=c/d", UTF_8) + "&page=2";
    assertThat(REDACTOR.redact(plain)).isEqualTo(plain);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void aTokenIsHiddenWholeUrlEncodedInAQueryString(String rule, Function<Random, String> make) {
    String secret = URLEncoder.encode(make.apply(new Random(rule.hashCode() + 1)), UTF_8);
    String line = "GET /api/v1/items?page=2&v=%s&lang=en";
    assertThat(REDACTOR.redact(String.format(line, secret))).as(secret)
        .isEqualTo(String.format(line, "[REDACTED:" + rule + "]"));
  }

  /** A legacy OpenAI key is 48 characters after sk- too; it keeps its own, more telling name. */
  @Test
  void aLegacyOpenAiKeyKeepsItsName() {
    Random r = new Random(11);
    String key = "sk" + "-" + FakeSecrets.mixed(r, 20) + "T3Blbk" + "FJ" + FakeSecrets.mixed(r, 20);
    assertThat(REDACTOR.redact("loaded " + key)).isEqualTo("loaded [REDACTED:openai-api-key-legacy]");
  }

  /** {@code api-} after another word's dash is a service or instance name, not a LaunchDarkly token. */
  @Test
  void aUuidNamedApiInstancePassesUnchanged() {
    String line = "registered orders" + "-api-" + uuid4(new Random(12)) + " with consul";
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  /** Near-misses in shape (a length off, the wrong alphabet, a word that starts like a prefix) pass unchanged. */
  @Test
  void lookAlikesPassUnchanged() {
    Random r = new Random(5);
    List<String> lookAlikes = List.of(
        "sk" + "-" + hex(r, 40), // a commit SHA after sk-
        "sk" + "-" + FakeSecrets.LOWER.substring(0, 24) + FakeSecrets.LOWER.substring(0, 24), // letters only
        "EA" + "AJ" + FakeSecrets.chars(r, FakeSecrets.LOWER, 120), // one case, no digit
        "EA" + "AJ" + FakeSecrets.mixed(r, 40), // too short for a Meta token
        "sl" + ".u." + "example.com",
        "ap" + "i-" + hex(r, 8) + "-" + hex(r, 4) + "-1" + hex(r, 3) + "-a" + hex(r, 3) + "-" + hex(r, 12), // v1
        "lin" + "_oauth_callback",
        "do" + "sage" + hex(r, 32),
        "do" + "se" + hex(r, 31),
        "AT" + "TACHMENT_" + hex(r, 64),
        "AT" + "TA" + hex(r, 40),
        "re" + "_" + "index_" + FakeSecrets.LOWER.substring(0, 24),
        "re" + "_" + FakeSecrets.mixed(r, 8) + "_" + FakeSecrets.mixed(r, 20),
        "PM" + "AT-" + "report",
        "secret" + "-live-reload",
        "secret" + "-test-" + FakeSecrets.LOWER.substring(0, 12),
        "APP" + "_USR-" + uuid4(r), // a Mercado Pago public key
        "TE" + "ST-" + uuid4(r),
        "K1" + "0" + hex(r, 64), // no ::server: part
        "K1" + "0" + "::server:" + hex(r, 32),
        "c" + "s_" + hex(r, 39),
        "c" + "k_" + FakeSecrets.chars(r, FakeSecrets.LOWER, 40),
        b64("to" + "k:" + "short"), // too short for an Intercom token
        b64("to" + "kens are fine, " + hex(r, 40)), // no "tok:" in front
        b64("{\"a\":\"" + hex(r, 32) + "\",\"t\":\"" + uuid4(r) + "\"}"), // no tunnel secret

        "sy" + "t_" + "state_machine",
        "e2" + "b_" + "tests",
        "tgp" + "_v1_" + "x",
        "cs" + "k-" + FakeSecrets.LOWER.substring(0, 20),
        "os" + "_v2_app_" + "name",
        "xa" + "at-" + "report",
        "xa" + "pt-" + hex(r, 32),
        "ak" + "ab-" + FakeSecrets.chars(r, LOWER_ALNUM, 16),
        "pt" + "r_next_node",
        "pt" + "r_" + FakeSecrets.LOWER.substring(0, 26) + FakeSecrets.LOWER.substring(0, 18),
        "AQ" + "EAAAAAAAAAAAAAAA" + FakeSecrets.chars(r, FakeSecrets.B64, 100), // base64 with no =- parts
        "AQ" + "E" + FakeSecrets.mixed(r, 60) + "=",
        "cmVm" + "d" + FakeSecrets.mixed(r, 58), // one short
        "cmVm" + "d" + "X".repeat(59), // filler
        b64("refs/heads/main"), // cmVmcy...: base64 of "ref" and something else
        "sc" + "_config.yaml.acc_settings.json", // no key part after the account
        "sc" + "_" + FakeSecrets.chars(r, LOWER_ALNUM, 10) + "." + FakeSecrets.chars(r, LOWER_ALNUM, 4) + ".ac" + "c_"
            + FakeSecrets.chars(r, LOWER_ALNUM, 10), // an id without its key
        "misc" + "_" + FakeSecrets.chars(r, LOWER_ALNUM, 10) + "." + FakeSecrets.chars(r, LOWER_ALNUM, 4) + ".ac"
            + "c_" + FakeSecrets.chars(r, LOWER_ALNUM, 10) + "." + FakeSecrets.chars(r, FakeSecrets.TOKEN, 40));
    for (String lookAlike : lookAlikes) {
      for (String place : List.of("loaded %s from cache", "{\"x\":\"%s\"}", "id=%s")) {
        String line = String.format(place, lookAlike);
        assertThat(REDACTOR.redact(line)).as(lookAlike).isEqualTo(line);
      }
    }
  }
}
