package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Key names whose secret only a vendor's convention reveals: Honeycomb and JFrog headers, a wireless or
 * IPsec {@code psk}, PagerDuty's {@code routing_key} (32 hex digits), Vault AppRole's {@code secret_id}
 * (a random UUID), and an API key given in prose ({@code apiKey <v>}). Their look-alikes stay.
 */
class VendorKeyNamesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {"> X-Honeycomb-Team: PGMLUNUWDH" + "es1eiMKkRxtp",
      "> X-JFrog-Art-Api: A42P28HaRObjuBYk1liJlJWPBKSrgLeF" + "zA4druipHkFSIicqqlA6ujTqFm3t34ul",
      "psk=lMlPc671Sg" + "vqKCsND3UL", "wpa_psk: \"lMlPc671Sg" + "vqKCsND3UL\"",
      "{\"routing_key\": \"dba998d74877a9b2" + "d778def2bd193e2e\", \"event_action\": \"trigger\"}",
      "vault write auth/approle/login role_id=0bdb103e-e89a-421b-abc6-621a933730d8 secret_id=c822bca7-c848-42d2-"
          + "a4db-40d644fe5f2a",
      "apiKey d1enY54mj1I64P" + "RMcal53fm248IRfs9d"})
  void vendorSecretsAreHidden(String line) {
    assertThat(REDACTOR.redact(line)).contains("[REDACTED:");
    String value = line.substring(line.lastIndexOf(line.contains("secret_id=") ? '=' : ' ') + 1)
        .replaceAll("[\"{},]", "");
    if (!line.contains("routing_key")) {
      assertThat(REDACTOR.redact(line)).doesNotContain(value);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"HONEYCOMB_DATASET=production", "jfrog_url=https://acme.jfrog.io/artifactory",
      "routing_key=orders.created.eu", "aws secretsmanager get-secret-value --secret-id prod/db-Abc123",
      "secretId=prod/db", "api key lookup took 12 ms", "role_id=0bdb103e-e89a-421b-abc6-621a933730d8"})
  void lookAlikesPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
