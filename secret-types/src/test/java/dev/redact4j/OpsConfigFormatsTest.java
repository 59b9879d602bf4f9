package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Secrets in configuration files and ops tools' output as they reach logs, CI output and support bundles
 * (HashiCorp CLIs, daemons' config directives, credential files): hidden, while the settings beside them
 * pass unchanged.
 */
class OpsConfigFormatsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  /**
   * A UUID-shaped token from HashiCorp's go-uuid: 16 purely random bytes, no RFC version or variant bits,
   * so its version digit is any hex digit ({@code e}) rather than {@code 4}.
   */
  private static String hashicorpUuid(Random r, char version) {
    String hex = FakeSecrets.chars(r, FakeSecrets.HEX, 32);
    String v = hex.substring(0, 12) + version + hex.substring(13);
    return v.substring(0, 8) + "-" + v.substring(8, 12) + "-" + v.substring(12, 16) + "-" + v.substring(16, 20)
        + "-" + v.substring(20);
  }

  @Test
  void hashicorpTokensWithoutAnRfcVersionAreHidden() {
    Random r = new Random(901);
    for (char version : new char[] {'0', 'c', 'e', 'f'}) {
      String token = hashicorpUuid(r, version);
      assertThat(REDACTOR.redact("SecretID:         " + token)).doesNotContain(token);
      assertThat(REDACTOR.redact("CONSUL_HTTP_TOKEN=" + token)).doesNotContain(token);
      assertThat(REDACTOR.redact("secret_id             " + token)).doesNotContain(token);
      assertThat(REDACTOR.redact("nomad acl token: X-Nomad-Token=" + token)).doesNotContain(token);
    }
  }

  @Test
  void nomadsSecretIdOfTwoWordsIsHiddenAndItsAccessorIdStays() {
    // nomad acl bootstrap / acl token self: a padded table of "Name  = value" lines
    Random r = new Random(902);
    String secret = hashicorpUuid(r, 'e');
    String accessor = hashicorpUuid(r, '4');
    assertThat(REDACTOR.redact("Secret ID    = " + secret)).isEqualTo("Secret ID    = [REDACTED:secret-assignment]");
    assertThat(REDACTOR.redact("Secret ID: " + secret)).doesNotContain(secret);
    assertThat(REDACTOR.redact("Accessor ID  = " + accessor)).isEqualTo("Accessor ID  = " + accessor);
    // a secret's id that names a stored one, and a word after the key word that is no id, stay
    assertThat(REDACTOR.redact("Secret ID = prod/db")).isEqualTo("Secret ID = prod/db");
    assertThat(REDACTOR.redact("secret rotation = enabled")).isEqualTo("secret rotation = enabled");
  }

  @Test
  void timeAndNameBasedOrFillerUuidsAfterATokenKeyStayIds() {
    for (String clean : new String[] {
      "request_token=6ba7b810-9dad-11d1-80b4-00c04fd430c8", // v1: clock and MAC
      "token=00000000-0000-0000-0000-000000000000",
      "AccessorID:       6f2e5d3a-0000-4000-8000-00000000abcd",
    }) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  private static String base64(Random r, int bytes) {
    byte[] b = new byte[bytes];
    r.nextBytes(b);
    return java.util.Base64.getEncoder().encodeToString(b);
  }

  @Test
  void paddedBase64AfterABlankIsHidden() {
    Random r = new Random(902);
    for (int i = 0; i < 20; i++) {
      String key = base64(r, 32);
      // strongSwan ipsec.secrets: a PSK in base64 after its 0s prefix
      assertThat(REDACTOR.redact("@moon.example.com @sun.example.com : PSK 0s" + key)).doesNotContain(key);
      assertThat(REDACTOR.redact(": PSK " + key)).doesNotContain(key);
      String token = base64(r, 31); // one byte short of a multiple of three: padded with a single =
      assertThat(REDACTOR.redact("vault token " + token)).doesNotContain(token);
    }
  }

  @Test
  void pathsAndAssignmentsAfterAKeyWordStay() {
    for (String clean : new String[] {
      "token /var/run/secrets/kubernetes.io/serviceaccount/token",
      "password file=/etc/app/pass mode=0600",
      "secret kv/data/prod/db version=3",
    }) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void theSecondHalfOfAUserPasswordPairAfterAnAuthWordIsHidden() {
    Random r = new Random(903);
    String pw = FakeSecrets.mixed(r, 14) + "^";
    // HAProxy: stats auth <user>:<password>
    String line = "    stats auth admin:" + pw;
    assertThat(REDACTOR.redact(line)).doesNotContain(pw).contains("stats auth admin:");
    String token = FakeSecrets.mixed(r, 24);
    assertThat(REDACTOR.redact("retrying with token ci-bot:" + token)).doesNotContain(token).contains("ci-bot:");
  }

  @Test
  void hostsTimesAndDigestsAfterAnAuthWordStay() {
    for (String clean : new String[] {
      "auth failed for db.internal:5432 after 3 attempts",
      "token expired at 2026-11-30 12:30:01",
      "auth sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      "    stats auth admin:admin",
    }) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void snmpCommunityStringsAreHidden() {
    Random r = new Random(904);
    for (String head : new String[] {"rocommunity ", "rwcommunity ", "  rocommunity ", "snmp-server community ",
        "set snmp community "}) {
      String community = FakeSecrets.mixed(r, 16);
      String line = head + community + " 10.0.0.0/8";
      assertThat(REDACTOR.redact(line)).as(line).doesNotContain(community).startsWith(head);
    }
    String conf = "agentAddress udp:161\nrocommunity " + FakeSecrets.mixed(r, 12) + "\n";
    assertThat(REDACTOR.redact(conf)).contains("agentAddress udp:161\nrocommunity [REDACTED:");
  }

  @Test
  void defaultCommunitiesAndProseStay() {
    for (String clean : new String[] {
      "rocommunity public 127.0.0.1",
      "snmp-server community public RO",
      "join the community edition today",
      "Welcome to our community forum",
      "macro community lists",
      "set by Cisco's snmp-server community or Junos' set snmp community (public and private stay)",
    }) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void openVpnStaticKeyBlocksAreHidden() {
    Random r = new Random(905);
    String line1 = FakeSecrets.chars(r, FakeSecrets.HEX, 32);
    String line2 = FakeSecrets.chars(r, FakeSecrets.HEX, 32);
    for (String label : new String[] {"OpenVPN Static key V1", "OpenVPN tls-crypt-v2 client key"}) {
      // cat ta.key: the file that --tls-auth and --tls-crypt name, outside an .ovpn file's <tls-auth> element
      String taKey = "#\n# 2048 bit OpenVPN static key\n#\n-----BEGIN " + label + "-----\n" + line1 + "\n" + line2
          + "\n-----END " + label + "-----\n";
      String out = REDACTOR.redact(taKey);
      assertThat(out).doesNotContain(line1).doesNotContain(line2).startsWith("#\n# 2048 bit OpenVPN static key\n#\n");
    }
  }

  @Test
  void certificatesAndPublicKeysStay() {
    String cert = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUFAKEEXAMPLE\n-----END CERTIFICATE-----";
    assertThat(REDACTOR.redact(cert)).isSameAs(cert);
  }

  @Test
  void postfixSaslPasswdLinesHideThePassword() {
    Random r = new Random(906);
    for (String head : new String[] {"[smtp.gmail.com]:587 ops@example.com:", "smtp.office365.com:587 alerts@corp.com:",
        "[mail.example.org]:465 relay:"}) {
      String pw = FakeSecrets.mixed(r, 16) + "%";
      assertThat(REDACTOR.redact(head + pw)).as(head).doesNotContain(pw).startsWith(head);
      String file = "# relay\n" + head + pw + "\n";
      assertThat(REDACTOR.redact(file)).as(head).doesNotContain(pw);
    }
  }

  @Test
  void smtpLogLinesWithAPortStay() {
    for (String clean : new String[] {
      "Nov 30 06:12:25 mx postfix/smtp[1234]: connect to mx.example.com[203.0.113.5]:25: Connection refused",
      "2026-11-30 06:12:25 relay=smtp.example.com:587 status=sent",
      "relayhost = [smtp.gmail.com]:587",
      "12:25 meeting:standup",
    }) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void aPasswordHasherSettingNamesAnAlgorithmNotAPassword() {
    for (String clean : new String[] {
      "PASSWORD_HASHERS = ['django.contrib.auth.hashers.Argon2PasswordHasher']",
      "password_hasher: argon2",
    }) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void aSambaPasswordFedToSmbpasswdOnStandardInputIsHidden() {
    Random r = new Random(907);
    String pw = FakeSecrets.mixed(r, 14) + "@";
    assertThat(REDACTOR.redact("smbpasswd -a ann -s <<< \"" + pw + "\"")).doesNotContain(pw);
    assertThat(REDACTOR.redact("echo -e \"" + pw + "\\n" + pw + "\" | smbpasswd -a -s ann")).doesNotContain(pw);
    String prompt = "smbpasswd -a ann <<< done";
    assertThat(REDACTOR.redact(prompt)).isSameAs(prompt); // without -s it asks on the terminal
  }

  @Test
  void anEapSecretInIpsecSecretsIsHidden() {
    Random r = new Random(908);
    String pw = FakeSecrets.mixed(r, 14) + "#";
    assertThat(REDACTOR.redact("carol : EAP \"" + pw + "\"")).doesNotContain(pw).startsWith("carol : EAP \"");
    assertThat(REDACTOR.redact(": EAP " + pw)).doesNotContain(pw);
    String file = ": RSA moonKey.pem\ndave@example.com : EAP \"" + pw + "\"\n";
    assertThat(REDACTOR.redact(file)).doesNotContain(pw).startsWith(": RSA moonKey.pem\n");
    String method = "carol : EAP %prompt"; // strongSwan's keyword: it asks for the secret
    assertThat(REDACTOR.redact(method)).isSameAs(method);
  }

  /** Ansible writes this in place of a value marked no_log: it is already a mask. */
  @Test
  void ansiblesNoLogMarkerIsAMask() {
    for (String line : new String[] {
        "ok: [db1] => {\"changed\": false, \"invocation\": {\"module_args\": {\"login_password\": "
            + "\"VALUE_SPECIFIED_IN_NO_LOG_PARAMETER\", \"login_user\": \"root\"}}}",
        "    password: VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
        "\"api_token\": \"VALUE_SPECIFIED_IN_NO_LOG_PARAMETER\""}) {
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
  }
}
