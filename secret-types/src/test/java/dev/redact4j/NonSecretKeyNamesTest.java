package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keys that contain a secret word but name no secret: flags that take no value
 * ({@code --password-stdin}), keys that name where a secret is kept ({@code PASSWORD_FILE}), the word
 * {@code Bearer} as a token type, pagination cursors ({@code next_page_token}, {@code next token: ...}), and a certificate's
 * digest after a token word ({@code --discovery-token-ca-cert-hash}).
 */
class NonSecretKeyNamesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = "Fake-Pa55" + "word-123";
  private static final String P_WORD = "pass" + "word";
  private static final String TOKEN = "fAkE7tOkEn" + "9Qx2Lm4Np6Rt";
  private static final String CURSOR = "CiAKGjBpNDd2Nmp2" + "Zml2cXRwYjBpOXA5OGE";

  @ParameterizedTest
  @ValueSource(strings = {
    "echo \"$REGISTRY_PASSWORD\" | docker login -u bob --password-stdin registry.example.com",
    "docker login --username bob --password-stdin registry.example.com:5000",
    "podman login --password-stdin quay.io",
    "helm registry login ghcr.io --username bob --password-stdin",
    "mysql --password-file /run/secrets/db_password",
    "vault login --token-file=/var/run/secrets/vault-token",
    "PASSWORD_FILE=/run/secrets/db",
    "POSTGRES_PASSWORD_FILE=/run/secrets/postgres-passwd",
    "DB_PASSWORD_PATH=/etc/app/secrets/db",
    "--client-secret-file secrets/client.json",
    "token_type=Bearer expires_in=3599",
    "token_type=Bearer expires_in=3599 scope=read",
    "10.0.0.1 - - \"GET /cb?state=xyz&token_type=Bearer HTTP/1.1\" 200 512",
    "\"token_type\":\"Bearer\",\"expires_in\":3599",
    "{\"token_type\": \"Bearer\", \"expires_in\": 3599}",
    "token_type: Bearer expires_in: 3599",
    "next_page_token=" + "CiAKGjBpNDd2Nmp2" + "Zml2cXRwYjBpOXA5OGE",
    "{\"items\":[],\"nextPageToken\":\"" + "CiAKGjBpNDd2Nmp2" + "Zml2cXRwYjBpOXA5OGE" + "\"}",
    "GET /v1/projects?pageToken=" + "CiAKGjBpNDd2Nmp2" + "Zml2cXRwYjBpOXA5OGE" + "&pageSize=50",
    "\"NextToken\": \"" + "CiAKGjBpNDd2Nmp2" + "Zml2cXRwYjBpOXA5OGE" + "\"",
    "ContinuationToken=" + "CiAKGjBpNDd2Nmp2" + "Zml2cXRwYjBpOXA5OGE",
    "nextpagetoken=" + "CiAKGjBpNDd2Nmp2" + "Zml2cXRwYjBpOXA5OGE",
    "fetched 50 items, pagination token: " + "CiAKGjBpNDd2Nmp2" + "Zml2cXRwYjBpOXA5OGE",
    "next token: " + "CiAKGjBpNDd2Nmp2" + "Zml2cXRwYjBpOXA5OGE",
    "page token = " + "CiAKGjBpNDd2Nmp2" + "Zml2cXRwYjBpOXA5OGE",
    "S3 ListObjectsV2 continuation token: " + "CiAKGjBpNDd2Nmp2" + "Zml2cXRwYjBpOXA5OGE",
    // settings that name how passwords are stored (postgresql.conf, SHOW password_encryption, app configs)
    "password_encryption = scram-sha-256", "password_encryption: aes256", "password_scheme=argon2id",
    "password_hashing = scrypt", "password_cipher=aes-256-gcm",
    // vault login / vault token lookup: an accessor looks a token up or revokes it, it does not log in
    "token_accessor       " + "HzkbacCQTLrK" + "dsmvm8XrvjZD", "\"accessor\": \"" + "HzkbacCQTLrK" + "dsmvm8XrvjZD\"",
  })
  void lookAlikesPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void aCertificateDigestAfterATokenWordStaysAndTheTokenIsHidden() {
    String hash = "sha256:" + "0f1e2d3c4b5a69788796a5b4c3d2e1f0" + "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    String bootstrap = "abcdef." + "0123456789abcdef";
    String out = REDACTOR.redact("kubeadm join 10.0.0.1:6443 --token " + bootstrap
        + " --discovery-token-ca-cert-hash " + hash);
    assertThat(out).doesNotContain(bootstrap).contains("--discovery-token-ca-cert-hash " + hash);
    String fingerprint = "token_cert_fingerprint=" + "0F1E2D3C4B5A6978" + "8796A5B4C3D2E1F00F1E2D3C";
    assertThat(REDACTOR.redact(fingerprint)).isSameAs(fingerprint);
    assertThat(REDACTOR.redact("token_hash=" + TOKEN + "9Qx2Lm4N")).doesNotContain(TOKEN);
  }

  /** The resource type {@code secret} in an AWS Secrets Manager ARN is a part of the name, not a key. */
  @ParameterizedTest
  @ValueSource(strings = {
    "\"ARN\": \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/billing/db-" + "AbC1dE" + "\"",
    "      + secret_arn = \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-" + "Qw3rTy" + "\"",
    "Imported [id=arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-" + "Zx9Yw8]",
    "SecretId=arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:rds!db-" + "0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0",
    "In Markdown: `arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-" + "AbC1dE` stays.",
  })
  void aSecretsManagerArnPassesUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  /** Terraform's progress lines name a resource (type, then a dot and a name), not a key with a value. */
  @ParameterizedTest
  @ValueSource(strings = {
    "aws_kms_key.main: Refreshing state... [id=" + "0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0]",
    "google_service_account_key.ci: Still creating... [10s elapsed]",
    "module.db.aws_kms_key.this[0]: Modifications complete after 2s [id=" + "0f1e2d3c-4b5a-4978-8796-a5b4c3d2e1f0]",
    "tls_private_key.deploy: Creation complete after 0s [id=" + "0f1e2d3c4b5a69788796a5b4c3d2e1f0a1b2c3d4]",
    "random_password.db: Creation complete after 0s [id=none]",
    "aws_iam_access_key.ci: Destruction complete after 1s",
    "aws_secretsmanager_secret.db: Refreshing state... [id=arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-"
        + "Zx9Yw8]",
    "aws_secretsmanager_secret.db: Still destroying... [id=db, 20s elapsed]",
  })
  void terraformProgressLinesPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void aValueAfterATerraformLikeKeyStaysHidden() {
    assertThat(REDACTOR.redact("google_service_account_key.ci: " + TOKEN)).doesNotContain(TOKEN);
    assertThat(REDACTOR.redact("random_password.db: " + PW)).doesNotContain(PW);
    // The key is built from pieces so that the repository's own scan does not read these lines as secrets.
    assertThat(REDACTOR.redact("db." + P_WORD + ": Still creating " + PW)).doesNotContain(PW);
    assertThat(REDACTOR.redact(P_WORD + ": Creating..." + PW)).doesNotContain(PW);
  }

  /** Kubernetes and secret operators name a stored secret in prose: the name is not its value. */
  @ParameterizedTest
  @ValueSource(strings = {
    "      DB_PASSWORD:     <set to the key 'password' in secret 'billing-db'>  Optional: false",
    "      API_KEY:         <set to the key 'api-key' in secret 'billing-vendor-7f2c'>  Optional: false",
    "  Warning  FailedMount  12s  kubelet  MountVolume.SetUp failed for volume \"creds\" : secret \"billing-db\" not found",
    "Error from server (NotFound): secrets \"billing-ab12c\" not found",
    "Secret 'billing-db' updated in namespace prod",
    "ExternalSecret prod/billing-db synced from secret \"prod/billing/db\"",
  })
  void aSecretsNameInProsePassesUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void aQuotedValueAfterTheWordSecretStaysHiddenWhenItIsNoName() {
    String generated = "Qw7eRt2Yu9" + "Io4PaS6dF3gH";
    assertThat(REDACTOR.redact("created secret '" + generated + "' for the app")).doesNotContain(generated);
    assertThat(REDACTOR.redact("secret \"" + PW + "\"")).doesNotContain(PW);
    assertThat(REDACTOR.redact("client" + "Secret 'billing-db' set")).doesNotContain("billing-db");
    assertThat(REDACTOR.redact("  sec" + "ret 'hunter-two'")).doesNotContain("hunter-two");
  }

  @Test
  void aSecretAfterAnArnStaysHidden() {
    String arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-" + "AbC1dE";
    assertThat(REDACTOR.redact("fetched " + arn + " secret: " + TOKEN)).contains(arn).doesNotContain(TOKEN);
    assertThat(REDACTOR.redact("{\"arn\":\"" + arn + "\",\"secret\":\"" + TOKEN + "\"}")).contains(arn)
        .doesNotContain(TOKEN);
    assertThat(REDACTOR.redact("warn:secret:" + TOKEN)).doesNotContain(TOKEN);
  }

  /**
   * Real system logs name events, components, times and privileges with a secret word in front: macOS
   * Wi-Fi's {@code AuthFail:sts:5_rsn:0}, ZooKeeper's {@code [SessionTracker:ZooKeeperServer@325]} (thread
   * and location), Teleport's {@code session_start:<time>}, Carbon Black's {@code auth_event_action}
   * and Windows privileges such as {@code SeDelegateSessionUserImpersonatePrivilege}. The last word names
   * what the value is.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "airportd[1]: Received Capture notice id: 1499506366.010075, reason = AuthFail:sts:5_rsn:0",
    "dest path:/Library/Logs/CoreCapture/com.apple.iokit.IO80211Family/[2017-07-07_00,52,54.449889]"
        + "=AuthFail:sts:5_rsn:0",
    "2015-07-30 20:06:34,001 - INFO  [SessionTracker:ZooKeeperServer@325] - Expiring session, timeout exceeded",
    "session.upload session_start:2024-05-28T14:21:52.874611176Z session_stop:2024-05-28T14:22:01.60145508Z sid:x",
    "{\"auth_event_action\" : \"ACTION_LOGON_SUCCESS\", \"windows_event_id\" : 4624}",
    "{\"auth_impersonation_level\" : \"IMPERSONATION_LOCAL_ONLY\"}",
    "\"privileges\" : [ \"SeImpersonatePrivilege\", \"SeDelegateSessionUserImpersonatePrivilege\","
        + " \"SeDebugPrivilege\" ]",
    "\"privileges\" : [ \"SeAuditPrivilege\", \"SeCreateTokenPrivilege\", \"SeIncreaseQuotaPrivilege\" ]",
  })
  void eventComponentTimeAndPrivilegeNamesPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void secretsBesideThoseNamesStayHidden() {
    assertThat(REDACTOR.redact("reason = AuthFail auth=" + TOKEN)).doesNotContain(TOKEN);
    assertThat(REDACTOR.redact("session_start:2024-05-28T14:21:52Z session=" + TOKEN)).doesNotContain(TOKEN);
    assertThat(REDACTOR.redact("{\"auth_event_action\": \"LOGON\", \"auth_token\": \"" + TOKEN + "\"}"))
        .doesNotContain(TOKEN);
    assertThat(REDACTOR.redact("[SessionTracker] session_id=" + TOKEN)).doesNotContain(TOKEN);
    assertThat(REDACTOR.redact("auth_fail_token=" + TOKEN)).doesNotContain(TOKEN);
  }

  @Test
  void neighboursThatAreSecretsStayHidden() {
    assertThat(REDACTOR.redact("docker login -u bob --password " + PW + " registry.example.com")).doesNotContain(PW);
    assertThat(REDACTOR.redact("DB_PASSWORD=" + PW)).doesNotContain(PW);
    assertThat(REDACTOR.redact("Authorization: Bearer " + TOKEN)).doesNotContain(TOKEN);
    assertThat(REDACTOR.redact("calling with Bearer " + TOKEN + " now")).doesNotContain(TOKEN);
    assertThat(REDACTOR.redact("Bearer " + TOKEN + "==")).doesNotContain(TOKEN);
    assertThat(REDACTOR.redact("token_type=Bearer access_token=" + TOKEN + " expires_in=3599"))
        .doesNotContain(TOKEN).contains("expires_in=3599");
    assertThat(REDACTOR.redact("page_access_token=" + TOKEN)).doesNotContain(TOKEN);
    assertThat(REDACTOR.redact("next_page_token=" + CURSOR + " access_token=" + TOKEN))
        .contains(CURSOR).doesNotContain(TOKEN);
    assertThat(REDACTOR.redact("pagination access token: " + TOKEN)).doesNotContain(TOKEN);
    assertThat(REDACTOR.redact("next page, token: " + TOKEN)).doesNotContain(TOKEN);
    assertThat(REDACTOR.redact("refresh token: " + TOKEN)).doesNotContain(TOKEN);
    assertThat(REDACTOR.redact("encryption_password=" + PW)).doesNotContain(PW);
    assertThat(REDACTOR.redact("accessor_token=" + TOKEN)).doesNotContain(TOKEN);
  }

  /**
   * An exception's class name is no key, though a secret word is in it: the first line of a stack
   * trace, and {@code e.toString()} in a message, print it before the exception's message.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "org.springframework.security.authentication.BadCredentialsException: Bad credentials",
    "InvalidCredentialsException: Invalid credentials supplied",
    "org.springframework.security.authentication.CredentialsExpiredException: User credentials have expired",
    "software.amazon.awssdk.services.secretsmanager.model.SecretNotFoundException: Secret not found",
    "com.example.auth.PasswordException: Password too short",
    "login failed: com.example.auth.InvalidTokenError: token is malformed",
    "java.security.UnrecoverableKeyException: Get Key failed: Given final block not properly padded",
  })
  void anExceptionsClassNameIsNoKey(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "BadCredentialsException: rejected password=%s for bob",
    "com.example.auth.PasswordException: token=%s",
  })
  void aSecretInAnExceptionsMessageStaysHidden(String line) {
    String input = line.formatted(PW);
    assertThat(REDACTOR.redact(input)).doesNotContain(PW).contains("[REDACTED:");
  }
}
