package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Formats from Microsoft's security-utilities, ripsecrets and whispers that the catalog read only in part:
 * each value is generated in the documented format from obviously fake parts and is hidden whole, with no
 * secret-sounding key around it; a look-alike passes unchanged.
 */
class MoreScannerFormatsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String[] PLACES = {"config loaded: %s", "[\"%s\", 42]", "value: %s"};

  private static void assertHidden(String secret, String rule) {
    for (String place : PLACES) {
      assertThat(REDACTOR.redact(String.format(place, secret))).as(secret)
          .isEqualTo(String.format(place, "[REDACTED:" + rule + "]"));
    }
  }

  /** An Azure DevOps PAT of the annotated form: 84 characters, AZDO at 76; Microsoft's pattern lets 2 and == follow. */
  @Test
  void anAzureDevOpsPatIsHiddenWithItsPadding() {
    Random r = new Random(21);
    for (int i = 0; i < 4; i++) {
      String pat = FakeSecrets.mixed(r, 52) + "JQ" + "QJ99" + "x" + "B" + FakeSecrets.mixed(r, 12) + "AAAA"
          + "AZ" + "DO" + FakeSecrets.mixed(r, 4);
      assertHidden(pat, "azure-devops-pat");
      assertHidden(pat + FakeSecrets.chars(r, FakeSecrets.ALNUM, 2) + "==", "azure-devops-pat");
    }
    String lookAlike = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKL" + "AZ" + "DO"
        + "abcdef" + " has 6 and no padding";
    assertThat(REDACTOR.redact(lookAlike)).isSameAs(lookAlike);
  }

  /** A JWE in compact form has five parts (header, key, IV, ciphertext, tag): all five are the token. */
  @Test
  void anEncryptedJwtIsHiddenWithAllFiveParts() {
    Random r = new Random(22);
    String header = FakeSecrets.base64url("{\"alg\":\"RSA-OAEP\",\"enc\":\"A256GCM\"}");
    for (int i = 0; i < 4; i++) {
      String jwe = header + "." + FakeSecrets.mixed(r, 342) + "." + FakeSecrets.mixed(r, 16) + "."
          + FakeSecrets.mixed(r, 120) + "." + FakeSecrets.mixed(r, 22);
      assertHidden(jwe, "jwt");
    }
  }

  /** A dot that ends the sentence after a token stays: it starts no fourth part. */
  @Test
  void aSentenceDotAfterAJwtStays() {
    Random r = new Random(23);
    String jwt = FakeSecrets.base64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
        + FakeSecrets.base64url("{\"sub\":\"fake-user\",\"iat\":1516239022}") + "." + FakeSecrets.mixed(r, 43);
    assertThat(REDACTOR.redact("got " + jwt + ". Next")).isEqualTo("got [REDACTED:jwt]. Next");
    assertThat(REDACTOR.redact("got " + jwt + ".")).isEqualTo("got [REDACTED:jwt].");
  }

  /** A JWT whose JSON was pretty-printed before encoding starts ewog (<code>{\n  </code>), not eyJ. */
  @Test
  void aJwtOfPrettyPrintedJsonIsHidden() {
    Random r = new Random(24);
    for (int i = 0; i < 4; i++) {
      String jwt = FakeSecrets.base64url("{\n  \"alg\": \"HS256\",\n  \"typ\": \"JWT\"\n}") + "."
          + FakeSecrets.base64url("{\n  \"sub\": \"fake-" + FakeSecrets.mixed(r, 8) + "\",\n  \"iat\": 1516239022\n}")
          + "." + FakeSecrets.chars(r, FakeSecrets.TOKEN, 43);
      assertHidden(jwt, "jwt");
    }
    String encodedJson = "data: " + FakeSecrets.base64url("{\n  \"auths\": {}\n}") + " (no dots)";
    assertThat(REDACTOR.redact(encodedJson)).isSameAs(encodedJson);
  }

  /** curl's --proxy-user takes user:password as --user does (-U was read already). */
  @Test
  void curlProxyUserPasswordIsHidden() {
    String password = "Fake" + "Proxy" + "Pw7x" + "Qz";
    for (String command : new String[] {"curl --proxy-user bob:%s https://api.example.com",
        "curl -x http://proxy:3128 --proxy-user=bob:%s https://api.example.com"}) {
      assertThat(REDACTOR.redact(command.formatted(password)))
          .isEqualTo(command.formatted("[REDACTED:cli-user-password]"));
    }
  }

  /** yum's gpgkey= says where the repository's public key is (a URL or a file): no secret (whispers' look-alike). */
  @Test
  void aGpgKeyLocationPassesAndAGpgKeyValueDoesNot() {
    for (String line : new String[] {"gpgkey=https://artifacts.example.com/GPG-KEY-example",
        "    - \"gpgkey=https://artifacts.example.com/GPG-KEY-example\\n\"",
        "gpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-example", "GPG_KEY=https://example.com/keys/release.asc"}) {
      assertThat(REDACTOR.redact(line)).isSameAs(line);
    }
    String key = FakeSecrets.mixed(new Random(25), 40);
    assertThat(REDACTOR.redact("gpgkey=" + key)).isEqualTo("gpgkey=[REDACTED:api-key-assignment]");
  }

  /**
   * Prefixed formats that betterleaks knows and gitleaks does not: Slack's browser session token (xoxc-) and
   * its d cookie (xoxd-, URL-encoded base64), Docker Swarm's unlock key, a CockroachDB Cloud API key and a
   * Weights &amp; Biases v1 API key.
   */
  @Test
  void betterleaksPrefixedFormatsAreHidden() {
    Random r = new Random(26);
    String b64 = FakeSecrets.B64;
    for (int i = 0; i < 3; i++) {
      assertHidden("xox" + "c-" + FakeSecrets.chars(r, FakeSecrets.DIGITS, 12) + "-" + FakeSecrets.chars(r,
          FakeSecrets.DIGITS, 12) + "-" + FakeSecrets.chars(r, FakeSecrets.DIGITS, 13) + "-"
          + FakeSecrets.chars(r, FakeSecrets.HEX, 64), "slack-session-token");
      assertHidden("xox" + "d-" + FakeSecrets.chars(r, b64, 140) + "==", "slack-session-token");
      assertHidden("xox" + "d-" + FakeSecrets.mixed(r, 60) + "%2F" + FakeSecrets.mixed(r, 60) + "%3D",
          "slack-session-token");
      assertHidden("SWM" + "KEY-1-" + FakeSecrets.chars(r, b64, 43), "docker-swarm-unlock-key");
      assertHidden("CCDB" + "1_" + FakeSecrets.mixed(r, 22) + "_" + FakeSecrets.mixed(r, 40),
          "cockroachdb-cloud-api-key");
      assertHidden("wandb" + "_v1_" + FakeSecrets.chars(r, FakeSecrets.TOKEN.replace("-", ""), 77), "wandb-api-key");
    }
    String cookie = "Cookie: d=xox" + "d-" + FakeSecrets.mixed(r, 120) + "; d-s=1700000000";
    assertThat(REDACTOR.redact(cookie)).doesNotContain(cookie.substring(16, 60));
    for (String lookAlike : new String[] {"the SWMKEY-1- prefix", "xoxc-like names", "CCDB1_ short", "wandb_v1_abc"}) {
      assertThat(REDACTOR.redact(lookAlike)).isSameAs(lookAlike);
    }
  }
}
