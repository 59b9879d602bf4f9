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
}
