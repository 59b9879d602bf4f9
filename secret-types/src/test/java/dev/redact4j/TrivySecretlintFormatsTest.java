package dev.redact4j;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Formats that Trivy's built-in secret rules and secretlint's rules find and redact4j missed: a GitHub
 * App installation token of the stateless {@code ghs_<app id>_<JWT>} form, an Alibaba Cloud AccessKey id
 * in upper case and digits, and a token as a URL's user with GitHub's {@code x-oauth-basic} as its
 * password. Values are generated fakes in the real format, built at run time.
 */
class TrivySecretlintFormatsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String UPPER_DIGIT = FakeSecrets.UPPER + FakeSecrets.DIGITS;
  private static final String URL_SAFE = FakeSecrets.ALNUM + "_-";

  private static String b64url(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(UTF_8));
  }

  /** {@code ghs_<app id>_<header>.<claims>.<signature>}, as GitHub issues installation tokens since 2026. */
  private static String statelessInstallationToken(Random r) {
    String header = b64url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
    String claims = b64url("{\"iat\":1790000000,\"exp\":1790003600,\"iss\":\"" + FakeSecrets.chars(r,
        FakeSecrets.DIGITS, 6) + "\",\"inst\":\"FakeExample\"}");
    return "gh" + "s_" + (1 + r.nextInt(999_999)) + "_" + header + "." + claims + "."
        + FakeSecrets.chars(r, URL_SAFE, 342);
  }

  @ParameterizedTest
  @ValueSource(strings = {"token: %s", "GITHUB_TOKEN=%s", "{\"x\":\"%s\"}", "using %s for checkout"})
  void aStatelessGithubInstallationTokenIsHiddenWhole(String place) {
    Random r = new Random(place.hashCode());
    String token = statelessInstallationToken(r);
    String out = REDACTOR.redact(place.formatted(token));
    assertThat(out).contains("[REDACTED:").doesNotContain(token.substring(4, 12))
        .doesNotContain(token.substring(token.length() - 12));
  }

  @Test
  void anAlibabaAccessKeyIdOfUpperCaseAndDigitsIsHidden() {
    Random r = new Random(7);
    String id = "LT" + "AI" + FakeSecrets.chars(r, UPPER_DIGIT, 18) + "7Q";
    for (String place : new String[] {"key = %s,", "\"%s\"", "found %s in env"}) {
      String out = REDACTOR.redact(place.formatted(id));
      assertThat(out).as(place).contains("[REDACTED:alibaba-access-key-id]").doesNotContain(id.substring(4));
    }
  }

  @Test
  void alibabaLookAlikesPassUnchanged() {
    for (String line : new String[] {"LTAI" + "ABCDEFGHIJKLMNOPQRST has no digit",
        "LTAI" + "ABCDEFGHIJKLMNOPQ12 is cut short and XLTAI" + "ABCDEFGHIJKLMNOPQRS1 inside a word"}) {
      assertThat(REDACTOR.redact(line)).isEqualTo(line);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"private-pkg\": \"git+https://%s:x-oauth-basic@github.com/example/private.git\"",
      "remote: https://%s:x-oauth-basic@github.com/example/repo.git", "url=https://%s:X-OAuth-Basic@example.com/"})
  void aTokenAsTheUserOfAUrlIsHiddenWhenThePasswordIsFixed(String place) {
    Random r = new Random(place.hashCode());
    String token = FakeSecrets.chars(r, FakeSecrets.HEX, 40);
    String out = REDACTOR.redact(place.formatted(token));
    assertThat(out).contains("[REDACTED:").doesNotContain(token.substring(0, 8)).doesNotContain(token.substring(32));
  }

  /** OpenAI's Realtime API hands browsers an ephemeral client secret: ek_ and 32 lower-case hex. */
  @ParameterizedTest
  @ValueSource(strings = {"%s", "{\"value\":\"%s\",\"expires_at\":1790000060}", "client secret %s issued"})
  void anOpenAiEphemeralClientSecretIsHidden(String place) {
    String secret = "e" + "k_" + FakeSecrets.chars(new Random(place.hashCode()), FakeSecrets.HEX, 32);
    assertThat(REDACTOR.redact(place.formatted(secret))).contains("[REDACTED:openai-realtime-client-secret]")
        .doesNotContain(secret.substring(3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"seek_0123456789abcdef0123456789abcdef", "ek_" + "0123456789abcdef0123456789abcde has 31",
      "ek_" + "0123456789ABCDEF0123456789ABCDEF is upper case", "peek_time=12 week_start=mon"})
  void ephemeralKeyLookAlikesPassUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  /** Vercel's five prefixes before 20 to 60 letters and digits, as secretlint and other scanners read them. */
  @ParameterizedTest
  @ValueSource(strings = {"vcp_", "vci_", "vca_", "vcr_", "vck_"})
  void aVercelTokenShorterThan56IsHidden(String prefix) {
    Random r = new Random(prefix.hashCode());
    for (int n : new int[] {24, 40, 60}) {
      String token = prefix + FakeSecrets.mixed(r, n);
      String out = REDACTOR.redact("VERCEL=" + "x " + token + " loaded");
      assertThat(out).as(token).contains("[REDACTED:vercel-token]").doesNotContain(token.substring(4, 12));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"vcr_cassette_library_dir = spec/cassettes",
      "vcp_" + "abcdefghijklmnopqrstuvwxyz0123 one case", "vcp_" + "ABCDefgh1234567890a has 19",
      "vck_" + "abcdefghij-ABCDEFGHIJ-0123456789 has a hyphen"})
  void vercelLookAlikesPassUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @Test
  void aReadableUserBeforeAPasswordStaysReadable() {
    String out = REDACTOR.redact("mongodb://reporting_user:Fake9Example7Pass@db.example.com/app");
    assertThat(out).contains("mongodb://reporting_user:").doesNotContain("Fake9Example7Pass");
  }
}
