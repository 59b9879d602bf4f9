package dev.redact4j;

import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean lines of the JSON that services send and receive, as SDK fixtures and API specs' examples show it
 * (Twilio, PayPal, Square, AWS), where a key word made an identifier look like a secret; each beside a
 * look-alike that still holds one.
 */
class ApiPayloadFalsePositivesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String HEX = "0123456789abcdef";
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";

  private static void assertClean(String line) {
    assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
  }


  /** A Twilio SID: two upper-case letters naming the resource, then 32 hex digits. */
  private static String sid(Random random, String prefix) {
    return prefix + FakeSecrets.chars(random, HEX, 32);
  }

  /**
   * Twilio names every resource by a SID, and a key ending in {@code sid} holds one: {@code credential_sid},
   * {@code ApnCredentialSid}, {@code encryption_key_sid}, {@code session_sid} reference a stored credential or a
   * session by its id, as {@code account_sid} does an account.
   */
  @Test
  void aTwilioSidUnderASidKeyPasses() {
    Random random = new Random(181);
    for (int i = 0; i < 20; i++) {
      String credential = sid(random, "CR");
      String list = sid(random, "CL");
      String session = sid(random, "KC");
      assertClean("{\"account_sid\":\"" + sid(random, "AC") + "\",\"credential_sid\":\"" + credential
          + "\",\"type\":\"gcm\"}");
      assertClean("    \"credential_sid\": \"" + credential + "\",");
      assertClean("  \"ApnCredentialSid\": \"" + credential + "\"");
      assertClean("{\"Push.FcmCredentialSid\":\"" + credential + "\",\"AwsCredentialsSid\":\"" + credential + "\"}");
      assertClean("{\"encryption_key_sid\":\"" + credential + "\",\"EncryptionKeySid\":\"" + credential + "\"}");
      assertClean("{\"credential_list_sid\":\"" + list + "\",\"uri\":\"/2010-04-01/Accounts/" + sid(random, "AC")
          + "/SIP/CredentialLists/" + list + "/Credentials/" + credential + ".json\"}");
      assertClean("{\"session_sid\":\"" + session + "\",\"status\":\"in-progress\"}");
    }
  }

  @Test
  void aSecretUnderASidKeyOrASidUnderASecretKeyStaysHidden() {
    Random random = new Random(182);
    for (int i = 0; i < 20; i++) {
      String mixed = FakeSecrets.mixed(random, 34);
      String hex = FakeSecrets.chars(random, HEX, 32);
      String sid = sid(random, "CR");
      assertHidden("{\"credential_sid\":\"" + mixed + "\"}", mixed);
      assertHidden("{\"credential_sid\":\"" + hex + "\"}", hex);
      assertHidden("{\"session_sid\":\"" + mixed + "\"}", mixed);
      assertHidden("{\"credential\":\"" + sid + "\"}", sid);
      assertHidden("{\"client_secret\":\"" + sid + "\"}", sid);
      assertHidden("{\"account_sid\":\"" + sid(random, "AC") + "\",\"auth_token\":\"" + hex + "\"}", hex);
    }
  }

  /**
   * A resource's links name the collections below it by URL, under the collection's name:
   * {@code "links":{"access_tokens":"https://verify.twilio.com/v2/Services/VA.../AccessTokens"}}.
   */
  @Test
  void aLinkToTheCollectionItsKeyNamesPasses() {
    Random random = new Random(183);
    for (int i = 0; i < 20; i++) {
      assertClean("{\"links\":{\"credential_lists\":\"https://trunking.twilio.com/v1/Trunks/" + sid(random, "TK")
          + "/CredentialLists\",\"recordings\":\"https://trunking.twilio.com/v1/Trunks/" + sid(random, "TK")
          + "/Recordings\"}}");
      assertClean("      \"access_tokens\": \"https://verify.twilio.com/v2/Services/" + sid(random, "VA")
          + "/AccessTokens\",");
      assertClean("{\"links\":{\"sessions\":\"https://proxy.twilio.com/v1/Services/" + sid(random, "KS")
          + "/Sessions\",\"data_sessions\":\"https://wireless.twilio.com/v1/Sims/" + sid(random, "DE")
          + "/DataSessions\"}}");
    }
  }

  @Test
  void aSecretInALinkOrAUrlNamingAnotherCollectionStaysHidden() {
    Random random = new Random(184);
    for (int i = 0; i < 20; i++) {
      String token = FakeSecrets.mixed(random, 32);
      assertHidden("{\"access_tokens\":\"https://api.example.com/v1/" + token + "\"}", token);
      assertHidden("{\"access_tokens\":\"https://api.example.com/v1/AccessTokens?token=" + token + "\"}", token);
      assertHidden("{\"session\":\"https://example.com/s/" + token + "/Session\"}", token);
      assertHidden("{\"access_token\":\"https://example.com/" + token + "/AccessToken\"}", token);
    }
  }

  /**
   * A request's credentials mode (the Fetch API's {@code include}, {@code same-origin}, {@code omit}) and
   * WebAuthn's requirement of discoverable credentials ({@code required}, {@code preferred},
   * {@code discouraged}) are settings, not credentials.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "fetch(\"/api/session\", {\"method\":\"POST\",\"credentials\":\"include\"})",
    "{\"mode\":\"cors\",\"credentials\":\"same-origin\"}",
    "  \"credentials\": \"omit\",",
    "{\"authenticator_attachment\":\"platform\",\"discoverable_credentials\":\"preferred\","
        + "\"user_verification\":\"preferred\"}",
    "    \"discoverable_credentials\": \"discouraged\",",
    "{\"authenticatorSelection\":{\"residentKey\":\"preferred\",\"userVerification\":\"preferred\"},"
        + "\"credentials\":\"preferred\"}",
  })
  void aCredentialsModePasses(String line) {
    assertClean(line);
  }

  @Test
  void aCredentialThatIsAWordStaysHidden() {
    Random random = new Random(185);
    for (int i = 0; i < 20; i++) {
      String word = FakeSecrets.chars(random, LOWER, 10);
      String glued = "include" + FakeSecrets.chars(random, HEX, 6);
      assertHidden("{\"credentials\":\"" + word + "\"}", word);
      assertHidden("{\"credentials\":\"" + glued + "\"}", glued);
      assertHidden("{\"discoverable_credentials\":\"" + word + "\"}", word);
    }
  }

  /** PayPal's webhook headers name the signature's algorithm beside it: {@code "auth_algo":"SHA256withRSA"}. */
  @Test
  void anAlgorithmNamedByAlgoPassesWhileTheSignatureStaysHidden() {
    Random random = new Random(186);
    String signature = FakeSecrets.mixed(random, 44);
    String line = "{\"auth_algo\":\"SHA256withRSA\",\"transmission_sig\":\"" + signature + "\"}";
    assertClean("  \"auth_algo\": \"SHA256withRSA\",");
    assertClean("{\"hash_algo\":\"sha256\",\"signature_algo\":\"ES256\"}");
    assertThat(REDACTOR.redact(line)).contains("\"auth_algo\":\"SHA256withRSA\"").doesNotContain(signature);
    String token = FakeSecrets.mixed(random, 24);
    assertHidden("{\"auth_token\":\"" + token + "\"}", token);
    assertHidden("{\"auth\":\"" + token + "\"}", token);
  }

  /**
   * Square's {@code version_token} is a record's version for optimistic concurrency, as an ETag is; SES's
   * {@code DkimTokens} are published in DNS. Neither is presented to sign in.
   */
  @Test
  void aVersionTokenOrADkimTokenPasses() {
    Random random = new Random(187);
    for (int i = 0; i < 20; i++) {
      String version = FakeSecrets.mixed(random, 43) + "6o";
      List<String> dkim = List.of(FakeSecrets.chars(random, LOWER + "234567", 32),
          FakeSecrets.chars(random, LOWER + "234567", 32));
      assertClean("{\"id\":\"L88917AVBK2S5\",\"version_token\":\"" + version + "\",\"status\":\"ACTIVE\"}");
      assertClean("    \"versionToken\": \"" + version + "\",");
      assertClean("{\"DkimEnabled\":true,\"DkimTokens\":[\"" + dkim.get(0) + "\",\"" + dkim.get(1) + "\"]}");
      assertClean("  \"dkim_token\": \"" + dkim.get(0) + "\"");
    }
  }

  @Test
  void aTokenBesideAVersionStaysHidden() {
    Random random = new Random(188);
    for (int i = 0; i < 20; i++) {
      String token = FakeSecrets.mixed(random, 45);
      assertHidden("{\"access_token\":\"" + token + "\"}", token);
      assertHidden("{\"version\":\"3\",\"token\":\"" + token + "\"}", token);
      assertHidden("{\"api_version\":\"2024-01-01\",\"api_token\":\"" + token + "\"}", token);
      assertHidden("{\"dkim_private_key\":\"" + token + "\"}", token);
    }
  }

  /**
   * GitHub's repository objects (in every webhook and most API responses) name the license by its SPDX id in
   * lower case: {@code "license":{"key":"apache-2.0","name":"Apache License 2.0","spdx_id":"Apache-2.0"}}.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "{\"license\":{\"key\":\"apache-2.0\",\"name\":\"Apache License 2.0\",\"spdx_id\":\"Apache-2.0\"}}",
    "\"forks\":1,\"license\":{\"key\":\"gpl-3.0\",\"name\":\"GNU General Public License v3.0\"},\"open\":1",
    "{\"license\":{\"key\":\"bsd-3-clause\",\"spdx_id\":\"BSD-3-Clause\"}}",
    "{\"license\":{\"key\":\"cc-by-sa-4.0\"}}",
    "{\"license\": {\"key\": \"lgpl-2.1\", \"node_id\": \"MDc6TGljZW5zZTEx\"}}",
    "{\"license_key\":\"agpl-3.0\"}",
  })
  void aLicensesSpdxIdPasses(String line) {
    assertClean(line);
  }

  @Test
  void aLicenseKeyStaysHidden() {
    Random random = new Random(189);
    for (int i = 0; i < 20; i++) {
      String grouped = FakeSecrets.chars(random, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 5) + "-"
          + FakeSecrets.chars(random, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 5) + "-"
          + FakeSecrets.chars(random, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 5);
      String lower = FakeSecrets.chars(random, LOWER, 4) + "-" + FakeSecrets.chars(random, "0123456789", 4);
      String mixed = FakeSecrets.mixed(random, 24);
      assertHidden("{\"license\":{\"key\":\"" + grouped + "\"}}", grouped);
      assertHidden("{\"license_key\":\"" + lower + "\"}", lower);
      assertHidden("license key: " + lower, lower);
      assertHidden("{\"license\":{\"key\":\"" + mixed + "\"}}", mixed);
      assertHidden("{\"api_key\":\"" + mixed + "\"}", mixed);
    }
  }
}
