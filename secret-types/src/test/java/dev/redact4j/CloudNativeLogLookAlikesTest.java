package dev.redact4j;

import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean lines from cloud-native components' logs (kubelet events, containerd and CRI-O image pulls, API server
 * authorizers) that a key word made look like a secret; each beside a look-alike that still holds one.
 */
class CloudNativeLogLookAlikesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();


  /**
   * containerd's pull error (which kubelet repeats in every ErrImagePull event) and authorizers' messages say
   * "authorization:" and go on in words: no scheme and no credentials follow.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "  Warning  Failed  21s (x3 over 61s)  kubelet  Failed to pull image \"example.org/acme/app:1.0\": failed to pull"
        + " and unpack image \"example.org/acme/app:1.0\": failed to resolve reference \"example.org/acme/app:1.0\":"
        + " pull access denied, repository does not exist or may require authorization: server message:"
        + " insufficient_scope: authorization failed",
    "failed to resolve reference \"ghcr.io/acme/app:1.0\": pull access denied, repository does not exist or may"
        + " require authorization: authorization failed: no basic auth credentials",
    "level=error msg=\"authorization: failed to fetch oauth token\" error=\"unexpected status\"",
    "E1130 10:00:00.000000 1 webhook.go:154] authorization: denied because of missing permissions",
    "authorization: RBAC: allowed by ClusterRoleBinding \"system:basic-user\" of ClusterRole \"system:basic-user\"",
    "authorization: server error: forbidden",
  })
  void anAuthorizationErrorInWordsPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void credentialsAfterASchemeStayHidden() {
    Random random = new Random(29);
    String basic = Base64.getEncoder().encodeToString(
        ("fake-user:" + FakeSecrets.mixed(random, 14)).getBytes(StandardCharsets.UTF_8));
    String hex = FakeSecrets.chars(random, "0123456789abcdef", 40);
    String letters = FakeSecrets.chars(random, "abcdefghijklmnopqrstuvwxyz", 24);
    String word = FakeSecrets.chars(random, "abcdefghijklmnopqrstuvwxyz", 10);
    assertHidden("pull access denied, repository does not exist or may require authorization: Basic " + basic, basic);
    assertHidden("authorization: Token " + hex + " for user alice", hex);
    assertHidden("authorization: Token " + letters + " for user alice", letters);
    assertHidden("Authorization: Token " + word, word);
    assertHidden("\"authorization\": \"Bearer " + word + "\"", word);
    assertHidden("authorization: Basic " + basic + ": retrying", basic);
  }

  /**
   * External Secrets' controller (as controller-runtime's logger did) keys the object it reconciles by its kind:
   * {@code "ExternalSecret":"<namespace>/<name>"} names a Kubernetes object, not a secret.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "{\"level\":\"error\",\"ts\":1678135254.760182,\"logger\":\"controllers.ExternalSecret\",\"msg\":\"could not get"
        + " secret data from provider\",\"ExternalSecret\":\"openshift-operators/aws-openshift-error\","
        + "\"error\":\"Secret does not exist\"}",
    "{\"level\":\"info\",\"logger\":\"controllers.ExternalSecret\",\"msg\":\"reconciled secret\","
        + "\"ExternalSecret\":\"default/db-creds\"}",
    "{\"level\":\"info\",\"msg\":\"unsealed\",\"SealedSecret\":\"flux-system/git-credentials\"}",
    "ClusterExternalSecret=team-a/registry-creds msg=\"created external secret\"",
  })
  void aKindKeyedObjectReferencePasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void aSecretUnderAKindOrSecretKeyStaysHidden() {
    Random random = new Random(31);
    String mixed = FakeSecrets.mixed(random, 24);
    String word = "fake-" + FakeSecrets.chars(random, "abcdefghijklmnopqrstuvwxyz", 8);
    String lower = FakeSecrets.chars(random, "abcdefghijklmnopqrstuvwxyz0123456789", 20);
    assertHidden("{\"ExternalSecret\":\"" + mixed + "\"}", mixed);
    assertHidden("{\"ExternalSecret\":\"default/" + mixed + "\"}", mixed);
    assertHidden("{\"externalSecret\":\"ops/" + lower + "\"}", lower);
    assertHidden("{\"Secret\":\"ops/" + lower + "\"}", lower);
    assertHidden("{\"client_secret\":\"ops/" + lower + "\"}", lower);
    assertHidden("SealedSecret=" + lower, lower);
    assertHidden("ExternalSecret: ops/" + word + "X9", word);
  }

  /** A key that ends in namespace names where a Secret lives (Flux's secretRef.namespace), not a secret. */
  @ParameterizedTest
  @ValueSource(strings = {
    "level=info msg=\"webhook\" secretRef.name=git-credentials secretRef.namespace=flux-system",
    "{\"level\":\"info\",\"secretName\":\"db-creds\",\"secretNamespace\":\"payments-prod\"}",
    "secret_namespace=kube-system",
    "password.namespace=vault-secrets",
  })
  void aSecretsNamespacePasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void aSecretBesideANamespaceStaysHidden() {
    String value = FakeSecrets.mixed(new Random(37), 20);
    assertHidden("secretRef.namespace=flux-system secret=" + value, value);
    assertHidden("{\"secretNamespace\":\"payments-prod\",\"clientSecret\":\"" + value + "\"}", value);
    assertHidden("namespace_secret=" + value, value);
  }

  /** Go's test runner, whose output fills the CI logs of every Go component, prints each test's verdict and time. */
  @ParameterizedTest
  @ValueSource(strings = {
    "--- PASS: TestReconcileSecret (0.00s)",
    "    --- PASS: TestReconcileSecret/with_namespace (0.12s)",
    "        --- PASS: TestTokenManager/rotates_the_token_before_it_expires (1.5s)",
  })
  void aGoTestVerdictPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void aPasswordAfterPassStaysHidden() {
    String value = FakeSecrets.mixed(new Random(41), 16);
    assertHidden("USER: admin PASS: " + value, value);
    assertHidden("--- PASS: " + value, value);
    assertHidden("--- PASS: " + value + " (retry)", value);
  }
}
