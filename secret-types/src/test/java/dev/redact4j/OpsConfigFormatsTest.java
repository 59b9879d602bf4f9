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
  void timeAndNameBasedOrFillerUuidsAfterATokenKeyStayIds() {
    for (String clean : new String[] {
      "request_token=6ba7b810-9dad-11d1-80b4-00c04fd430c8", // v1: clock and MAC
      "token=00000000-0000-0000-0000-000000000000",
      "AccessorID:       6f2e5d3a-0000-4000-8000-00000000abcd",
    }) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }
}
