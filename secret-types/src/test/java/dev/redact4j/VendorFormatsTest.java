package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Vendor rows anchored on short or common literals ({@code pat}, {@code secret_}, {@code API-},
 * {@code sdk-}, {@code cio}, {@code A3-}, {@code 256~}) hide only their exact shape; rows that need a
 * vendor-named key hide the value there and leave the same value alone elsewhere.
 */
class VendorFormatsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {
    "GET /api/v2/items API-Version: 2024-06-01 status=200",
    "request API-GATEWAYTIMEOUTEXCEEDEDNOW failed",
    "path=/var/lib/app pattern=*.log patch applied to pat.yaml",
    "secret_key_base is read from the environment; secret_name=db-creds",
    "secret_abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq is not mixed case",
    "sdk-version 4.2.1 loaded, sdk-" + "6f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b" + "-x",
    "cio report for ciotgpABCDEFGHIJKLMNOPQRSTUVWXYZabcdefg",
    "pulled image registry.example.com/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    "A3-BLOCK-ROW ok, seat A3-12 booked",
    "ticket 4b1d0123456789abcdef0123456789abcdef0123 closed",
    "tenant 7a4c0e2b-1d3f-4e5a-8b9c-0d1e2f3a4b5c token_type=bearer",
  })
  void lookAlikesOfShortAnchorsPassThrough(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void snykTokensAreHiddenInSnykNamedKeysOnly() {
    String uuid = FakeSecrets.uuid(new Random(7));
    assertThat(REDACTOR.redact("SNYK_TOKEN=" + uuid)).isEqualTo("SNYK_TOKEN=[REDACTED:snyk-token]");
    assertThat(REDACTOR.redact("export SNYK_API_TOKEN=\"" + uuid + "\"")).doesNotContain(uuid);
    String requestId = "requestId=" + uuid + " status=200";
    assertThat(REDACTOR.redact(requestId)).isSameAs(requestId);
  }

  /** Sidekiq Pro and Enterprise gem credentials, as Bundler reads them from its host-named setting. */
  @Test
  void sidekiqGemCredentialsAreHiddenInTheirBundlerSetting() {
    Random r = new Random(13);
    String hex = "0123456789abcdef";
    String credentials = FakeSecrets.chars(r, hex, 8) + ":" + FakeSecrets.chars(r, hex, 8);
    for (String line : new String[] {"BUNDLE_GEMS__CONTRIB" + "SYS__COM=%s", "export BUNDLE_ENTERPRISE__CONTRIB"
        + "SYS__COM=\"%s\"", "  BUNDLE_ENTERPRISE__CONTRIB" + "SYS__COM: %s"}) {
      assertThat(REDACTOR.redact(String.format(line, credentials))).as(line)
          .isEqualTo(String.format(line, "[REDACTED:sidekiq-gem-credentials]"));
    }
    assertThat(REDACTOR.redact("bundle config --global gems.contrib" + "sys.com " + credentials))
        .isEqualTo("bundle config --global gems.contribsys.com [REDACTED:sidekiq-bundle-config]");
    String range = "diff " + credentials + " in contribsys.log";
    assertThat(REDACTOR.redact(range)).isSameAs(range);
  }

  /**
   * HubSpot, KuCoin and Squarespace keys are UUIDs, and gitleaks' rules take any UUID, of any version and
   * either case, after a key named for them; a token key alone hides only a random (version 4) one.
   */
  @Test
  void uuidKeysAreHiddenInKeysNamedForTheirVendor() {
    Random r = new Random(15);
    String hex = "0123456789abcdefABCDEF";
    for (String key : new String[] {"HUB" + "SPOT_TOKEN=", "kucoin" + "Secret = ", "\"squarespace" + "_token\": \""}) {
      String uuid = FakeSecrets.chars(r, hex, 8) + "-" + FakeSecrets.chars(r, hex, 4) + "-1"
          + FakeSecrets.chars(r, hex, 3) + "-" + FakeSecrets.chars(r, hex, 4) + "-" + FakeSecrets.chars(r, hex, 12);
      assertThat(REDACTOR.redact(key + uuid)).as(key).isEqualTo(key + "[REDACTED:vendor-uuid-key]");
    }
    String portal = "HUB" + "SPOT_PORTAL_ID=" + FakeSecrets.uuid(r);
    assertThat(REDACTOR.redact(portal)).isSameAs(portal);
  }

  /** gitleaks' Sonar token: 40 letters, digits and {@code _-=} (or a prefixed one), not only 40 hex. */
  @Test
  void sonarLoginsOfAnyTokenAlphabetAreHidden() {
    Random r = new Random(14);
    String token = FakeSecrets.chars(r, "ABCDEFGH0123456789", 20) + FakeSecrets.chars(r, FakeSecrets.TOKEN + "=", 18)
        + "a7";
    for (String line : new String[] {"SONAR_LOGIN := \"%s\"", "-Dsonar.login=%s", "sonar.token: sq" + "p_%s"}) {
      String redacted = REDACTOR.redact(String.format(line, token));
      assertThat(redacted).as(line).doesNotContain(token.substring(0, 30)).contains("[REDACTED:sonarqube-");
    }
    String version = "sonar.login.timeout=120000";
    assertThat(REDACTOR.redact(version)).isSameAs(version);
  }

  @Test
  void theRowsNameTheirFamilies() {
    Random r = new Random(11);
    assertThat(REDACTOR.redact("oc login --token=sha256~" + FakeSecrets.chars(r, FakeSecrets.TOKEN, 43)))
        .isEqualTo("oc login --token=[REDACTED:openshift-user-token]");
    assertThat(REDACTOR.redact("key " + "API-" + FakeSecrets.chars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 24) + "42"))
        .isEqualTo("key [REDACTED:octopus-deploy-api-key]");
    assertThat(REDACTOR.redact("using pat" + FakeSecrets.chars(r, FakeSecrets.ALNUM, 14) + "."
        + FakeSecrets.chars(r, FakeSecrets.HEX, 64))).isEqualTo("using [REDACTED:airtable-personal-access-token]");
    assertThat(REDACTOR.redact("geoip " + FakeSecrets.chars(r, FakeSecrets.ALNUM, 6) + "_"
        + FakeSecrets.chars(r, FakeSecrets.ALNUM, 29) + "_mmk")).isEqualTo("geoip [REDACTED:maxmind-license-key]");
  }
}
