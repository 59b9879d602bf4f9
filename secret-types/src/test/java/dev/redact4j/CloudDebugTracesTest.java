package dev.redact4j;

import static dev.redact4j.RedactionAssertions.CATALOG;
import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What cloud CLIs and SDKs print at debug verbosity ({@code az --debug}, {@code aws --debug}, {@code gcloud
 * --log-http}, {@code kubectl -v=9}, {@code TF_LOG=TRACE}) and the credentials they show: a blind trial's leaks
 * and false positives, one text at a time as a log appender sees it.
 */
class CloudDebugTracesTest {
  private static final String B64 = FakeSecrets.B64;

  /** An Azure storage or Event Grid access key: 64 bytes in base64. */
  private static String accessKey(Random r) {
    return FakeSecrets.chars(r, B64, 86) + "==";
  }

  @Test
  void azureKeysListHidesTheValueNamedByKeyName() {
    // az storage account keys list: each key an object, its fields in alphabetical order
    Random r = new Random(6101);
    String key = accessKey(r);
    String pretty = "[\n  {\n    \"creationTime\": \"2026-11-01T10:00:00.000000+00:00\",\n    \"keyName\": \"key1\",\n"
        + "    \"permissions\": \"FULL\",\n    \"value\": \"" + key + "\"\n  }\n]";
    assertHidden(pretty, key);
    String oneLine = "cli.azure.cli.core.util: Response body: {\"keys\":[{\"creationTime\":\"2026-11-01T10:00:00Z\","
        + "\"keyName\":\"key2\",\"value\":\"" + key + "\",\"permissions\":\"FULL\"}]}";
    assertHidden(oneLine, key);
    assertThat(CATALOG.redact(oneLine)).contains("\"keyName\":\"key2\",\"value\":\"[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"keyName\":\"key1\",\"permissions\":\"FULL\",\"value\":\"\"}",
    "{\"keyName\":\"kv-cmk\",\"keyVaultUri\":\"https://kv.vault.azure.net/\",\"keyVersion\":\"\"}",
    "{\"keyName\":\"key1\",\"value\":\"REDACTED\"}",
    "{\"name\":\"key1\",\"value\":42}",
  })
  void keyNameEntriesWithoutASecretValuePass(String line) {
    assertThat(CATALOG.redact(line)).isEqualTo(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // gcloud storage sign-url: the signer's e-mail and the signature's scope, no secret
    "x-goog-algorithm=GOOG4-RSA-SHA256&x-goog-credential=signer%40corp-prod.iam.gserviceaccount.com%2F20261201%2Fauto"
        + "%2Fstorage%2Fgoog4_request&x-goog-date=20261201T100000Z&x-goog-expires=600&x-goog-signedheaders=host",
    "X-Goog-Credential=GOOG1EQ7WZKDM3XRTP2HVN%2F20261201%2Feu%2Fstorage%2Fgoog4_request&X-Goog-Date=20261201T100000Z",
    "\"credential\": \"signer@corp-prod.iam.gserviceaccount.com/20261201/auto/storage/goog4_request\",",
    "credential_scope=20261201/eu-west-1/execute-api/aws4_request",
  })
  void aSigningScopeUnderACredentialKeyPasses(String line) {
    assertThat(CATALOG.redact(line)).isEqualTo(line);
  }

  @Test
  void aPresignedUrlKeepsItsScopeAndHidesTheKeyIdAndSignature() {
    Random r = new Random(6102);
    String keyId = "ASIA" + FakeSecrets.chars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
    String signature = FakeSecrets.chars(r, FakeSecrets.HEX, 64);
    String url = "https://orders.s3.amazonaws.com/r.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=" + keyId
        + "%2F20261201%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261201T100000Z&X-Amz-Expires=900"
        + "&X-Amz-SignedHeaders=host&X-Amz-Signature=" + signature;
    String out = CATALOG.redact(url);
    assertThat(out).doesNotContain(keyId).doesNotContain(signature).contains("%2F20261201%2Fus-east-1%2Fs3%2Faws4_request");
  }

  @Test
  void anSsmSecureStringParameterHidesItsValueWhateverItsName() {
    // aws ssm get-parameter --with-decryption: the parameter's type, not its name, says it is a secret
    Random r = new Random(6104);
    String value = FakeSecrets.mixed(r, 18);
    String pretty = "{\n    \"Parameter\": {\n        \"Name\": \"/prod/orders/db\",\n        \"Type\": \"SecureString\",\n"
        + "        \"Value\": \"" + value + "\",\n        \"Version\": 3,\n        \"DataType\": \"text\"\n    }\n}";
    assertHidden(pretty, value);
    // botocore's response body, and a request body with the value first (put-parameter)
    assertHidden("b'{\"Parameter\":{\"ARN\":\"arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db\",\"DataType\":\"text\","
        + "\"Name\":\"/prod/db\",\"Type\":\"SecureString\",\"Value\":\"" + value + "\",\"Version\":3}}'", value);
    assertHidden("http.request.body=\"{\\\"Name\\\":\\\"/prod/db\\\",\\\"Type\\\":\\\"SecureString\\\","
        + "\\\"Value\\\":\\\"" + value + "\\\"}\"", value);
    assertHidden("{\"Name\": \"/prod/db\", \"Value\": \"" + value + "\", \"Type\": \"SecureString\"}", value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"Name\": \"/prod/region\", \"Type\": \"String\", \"Value\": \"eu-west-1\", \"Version\": 1}",
    "{\"Name\": \"/prod/db\", \"Type\": \"SecureString\", \"KeyId\": \"alias/aws/ssm\", \"Version\": 3}",
    "$cred = New-Object System.Management.Automation.PSCredential(\"bob\", (Read-Host -AsSecureString))",
    "[SecureString]$Password = Read-Host -AsSecureString -Prompt \"Password\"",
    "Type: SecureString",
  })
  void ssmParametersWithoutASecureValuePass(String line) {
    assertThat(CATALOG.redact(line)).isEqualTo(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // the AWS provider's tf_logger masks the signature; docs and tickets write placeholders
    "http.request.header.authorization=\"AWS4-HMAC-SHA256 Credential=ASIA************QLFK/20261201/eu-west-1/sts/"
        + "aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=*****\" http.status_code=200",
    "Authorization: AWS4-HMAC-SHA256 Credential=<access-key-id>/20261201/us-east-1/s3/aws4_request, "
        + "SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=<signature>",
    "Authorization: AWS4-HMAC-SHA256 Credential=****/20261201/eu-west-1/es/aws4_request, SignedHeaders=host, "
        + "Signature=****",
    "'Authorization': 'AWS4-HMAC-SHA256 Credential=REDACTED/20261201/eu-west-1/s3/aws4_request, "
        + "SignedHeaders=host;x-amz-date, Signature=REDACTED'",
  })
  void aSigV4HeaderWithAMaskedSignaturePasses(String line) {
    assertThat(CATALOG.redact(line)).isEqualTo(line);
  }

  @Test
  void aSigV4HeaderWithASignatureIsHidden() {
    Random r = new Random(6105);
    String signature = FakeSecrets.chars(r, FakeSecrets.HEX, 64);
    assertHidden("Authorization: AWS4-HMAC-SHA256 Credential=<access-key-id>/20261201/us-east-1/s3/aws4_request, "
        + "SignedHeaders=host;x-amz-date, Signature=" + signature, signature);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // az --debug and any Python app logging "%(name)s: %(message)s": azure-identity's private modules
    "azure.identity._credentials.chained: DefaultAzureCredential acquired a token from AzureCliCredential",
    "azure.identity._credentials.managed_identity: ManagedIdentityCredential will use IMDS",
    "azure.identity._credentials.default: EnvironmentCredential.get_token failed: EnvironmentCredential authentication"
        + " unavailable. Environment variables are not fully configured.",
  })
  void aPythonLoggerNameThroughAPrivateCredentialsModulePasses(String line) {
    assertThat(CATALOG.redact(line)).isEqualTo(line);
  }

  @Test
  void aSecretUnderAKeyThatEndsInItsWordStaysHidden() {
    Random r = new Random(6106);
    String secret = FakeSecrets.mixed(r, 24);
    assertHidden("app._credentials.client_secret: " + secret, secret);
  }
}
