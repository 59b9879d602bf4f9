package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * URLs that grant access by themselves: a password-reset, verification, magic sign-in, invitation,
 * unsubscribe or share link whose token is a path segment after the word that says so, webhook paths
 * logged without their host, and credential parameters named for what they grant. Ids in ordinary REST
 * paths stay.
 */
class CredentialUrlsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final Random RANDOM = new Random(7_2026);
  private static final String B36 = "0123456789abcdefghijklmnopqrstuvwxyz";
  private static final String HEX = "0123456789abcdef";
  private static final String B64URL = FakeSecrets.ALNUM + "-_";

  /** A line with its credential. */
  record Case(String line, String secret) {
    @Override
    public String toString() {
      return line;
    }
  }

  static Stream<Case> pathTokens() {
    String django = FakeSecrets.chars(RANDOM, B36, 6) + "-" + FakeSecrets.chars(RANDOM, HEX, 32);
    String laravel = FakeSecrets.chars(RANDOM, HEX, 64);
    String magic = FakeSecrets.chars(RANDOM, B64URL, 43);
    String login = FakeSecrets.mixed(RANDOM, 40);
    String invite = FakeSecrets.mixed(RANDOM, 32);
    String activation = FakeSecrets.chars(RANDOM, HEX, 40);
    String unsubscribe = FakeSecrets.chars(RANDOM, B64URL, 27) + "." + FakeSecrets.chars(RANDOM, B64URL, 27);
    String share = FakeSecrets.chars(RANDOM, B64URL, 32);
    String inviteUuid = FakeSecrets.uuid(RANDOM);
    return Stream.of(
        new Case("[30/Nov/2026 18:01:02] \"GET /reset/MTIz/" + django + "/ HTTP/1.1\" 302 0", django),
        new Case("Redirected to https://app.example.com/accounts/confirm-email/" + django + "/", django),
        new Case("{\"url\":\"https:\\/\\/app.example.com\\/reset\\/MTIz\\/" + django + "\\/\"}", django),
        new Case("Started GET \"/reset-password/" + laravel + "?email=jane%40example.com\" for 203.0.113.7", laravel),
        new Case("GET /magic-link/" + magic + " 302 4.211 ms - 56", magic),
        new Case("Navigated to https://app.example.com/login/" + login, login),
        new Case("<a href=\"https://app.example.com/invite/" + invite + "\">Join</a>", invite),
        new Case("> GET /invitations/" + inviteUuid + "/accept HTTP/2", inviteUuid),
        new Case("Location: https://app.example.com/activate/" + activation, activation),
        new Case("\"GET /unsubscribe/" + unsubscribe + " HTTP/1.1\" 200 512", unsubscribe),
        new Case("Referer: https://app.example.com/share/" + share, share),
        new Case("GET https://app.example.com/password/reset/" + magic + " 404 (Not Found)", magic),
        new Case("GET /invitations/accept/" + invite + " HTTP/1.1", invite),
        new Case("GET /user/reset/42/1764529200/" + magic + "/login HTTP/1.1", magic),
        new Case("GET /email-verification/" + activation + " HTTP/1.1", activation),
        new Case("GET /auth/magic-link/callback/" + magic + " HTTP/1.1", magic),
        new Case("Navigated to https://app.example.com/passwordless/" + login, login),
        // a share link names what it shares (/share/incidents/<id>), and a link may be logged without its scheme
        new Case("incident url: https://dashboard.example.com/share/incidents/" + inviteUuid, inviteUuid),
        new Case("incident url: dashboard.example.com/share/incidents/" + inviteUuid, inviteUuid),
        new Case("incident url: onprem.example.com/acme/share/incidents/" + share, share));
  }

  @ParameterizedTest
  @MethodSource("pathTokens")
  void aTokenAfterAPathWordThatSaysSoIsHidden(Case c) {
    assertThat(REDACTOR.redact(c.line())).contains("[REDACTED:").doesNotContain(c.secret());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "GET /api/v1/orders/12345/items/0f8c2d4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f HTTP/1.1",
      "GET /users/0f8c2d4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f/avatar HTTP/1.1",
      "GET /password/reset/done/ HTTP/1.1",
      "GET /reset/MTIz/set-password/ HTTP/1.1",
      "GET /login/oauth2/code/google?state=abc HTTP/1.1",
      "GET /invite/accept HTTP/1.1",
      "GET /static/app.3f9a1c.js HTTP/1.1",
      "GET https://github.com/acme/repo/commit/4b825dc642cb6eb9a060e54bf8d69288fbee4904 HTTP/1.1",
      "GET /webhooks/12345/deliveries HTTP/1.1",
      "GET /docs/reset-tokens#how-it-works HTTP/1.1",
      "see docs/confirm/README.md and share/icons/hicolor/48x48/apps",
      "see docs/share/incidents/0f8c2d4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f for the layout",
      "GET /share/icons/hicolor/48x48/apps HTTP/1.1",
      "    pyparsing-pyparsing2-doc /usr/share/doc/pyparsing-pyparsing2-doc dir.",
      "GET /blog/share/how-to-reset-your-password-in-2026 HTTP/1.1",
      "GET /orders/accept/12345 HTTP/1.1", "GET /join/team-2026-spring HTTP/1.1"})
  void idsInOrdinaryPathsStay(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @Test
  void aRelativePathIsNoLinksPath() {
    // Vault's lease ids name the auth mount's login path: a store's path, not a URL (found in Vault's own logs)
    String lease = "h" + FakeSecrets.chars(new Random(59), "0123456789abcdef", 64);
    String line = "[INFO]  expiration: revoked lease: lease_id=auth/kubernetes/dev-us-east-0/login/" + lease;

    assertThat(REDACTOR.redact(line)).isEqualTo(line);
    assertThat(REDACTOR.redact("GET /auth/kubernetes/login/" + lease + " HTTP/1.1")).doesNotContain(lease);
  }

  static Stream<Case> webhookPaths() {
    String discord = FakeSecrets.chars(RANDOM, B64URL, 68);
    String teams = FakeSecrets.chars(RANDOM, HEX, 32);
    String slack = FakeSecrets.mixed(RANDOM, 24);
    String zapier = FakeSecrets.chars(RANDOM, B36, 7);
    String ifttt = FakeSecrets.chars(RANDOM, B64URL, 22);
    return Stream.of(
        new Case("\"GET /api/webhooks/1234567890123456789/" + discord + " HTTP/1.1\" 204 0", discord),
        new Case("Started POST \"/webhookb2/" + FakeSecrets.uuid(RANDOM) + "@" + FakeSecrets.uuid(RANDOM)
            + "/IncomingWebhook/" + teams + "/" + FakeSecrets.uuid(RANDOM) + "\"", teams),
        new Case("\"POST /services/T0FAKE1234/B0FAKE56789/" + slack + " HTTP/1.1\" 200 2", slack),
        new Case("> POST /hooks/catch/1234567/" + zapier + "/ HTTP/2", zapier),
        new Case("GET https://maker.ifttt.com/trigger/door_open/with/key/" + ifttt, ifttt));
  }

  @ParameterizedTest
  @MethodSource("webhookPaths")
  void aWebhookPathLoggedWithoutItsHostIsHidden(Case c) {
    assertThat(REDACTOR.redact(c.line())).contains("[REDACTED:").doesNotContain(c.secret());
  }

  static List<Case> namedCodes() {
    String oob = FakeSecrets.chars(RANDOM, B64URL, 54);
    String verification = FakeSecrets.mixed(RANDOM, 32);
    String join = FakeSecrets.mixed(RANDOM, 16);
    return List.of(
        new Case("Navigated to https://app.example.com/join?code=" + join, join),
        new Case("GET /teams/invite?code=" + join + "&email=jane%40example.com HTTP/1.1", join),
        new Case("GET /__/auth/action?mode=resetPassword&oobCode=" + oob + "&lang=en HTTP/1.1", oob),
        new Case("GET /passwordless/verify_redirect?scope=openid&verification_code=" + verification
            + "&connection=email", verification));
  }

  @ParameterizedTest
  @MethodSource("namedCodes")
  void aCodeParameterNamedForWhatItGrantsIsHidden(Case c) {
    assertThat(REDACTOR.redact(c.line())).contains("[REDACTED:").doesNotContain(c.secret());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET /orders?error_code=ERR_TIMEOUT1234567890 HTTP/1.1",
      "GET /promo?promo_code=SPRING2026 HTTP/1.1",
      "GET /join?code=200 HTTP/1.1", "GET /invite?code=WELCOME HTTP/1.1",
      "GET /geo?country_code=DE&zip_code=10115 HTTP/1.1"})
  void otherCodeParametersStay(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"smb://CORP;svc_backup:%s@fs01.corp.example.com/share",
      "mount error: could not resolve smb://WORKGROUP;guest:%s@nas.local/media"})
  void aDomainBeforeTheUserOfAnSmbUrlKeepsItsPasswordHidden(String format) {
    String password = FakeSecrets.mixed(RANDOM, 16);
    assertThat(REDACTOR.redact(String.format(format, password))).doesNotContain(password);
  }
}
