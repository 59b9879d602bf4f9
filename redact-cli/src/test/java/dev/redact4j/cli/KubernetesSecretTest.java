package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Every value of a Kubernetes Secret is a secret, whatever its key is called: {@code kubectl get secret
 * -o yaml} in a CI log or a support bundle must not show {@code extra: <base64 of an API key>}, which
 * no rule recognises by itself. Other objects' {@code data:} (a ConfigMap's) stays as it is.
 */
class KubernetesSecretTest {
  private final FakeSecrets fake = new FakeSecrets(41);

  /** A Secret's value as kubectl prints it: the base64 of a generated 32-character key. */
  private String encodedKey() {
    return b64(fake.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32));
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void kubectlGetSecretHidesEveryDataValueThoughKindComesAfterData() {
    String key = encodedKey();
    String user = b64("deploy-bot");
    String input = "apiVersion: v1\n"
        + "data:\n"
        + "  extra: " + key + "\n"
        + "  username: " + user + "\n"
        + "kind: Secret\n"
        + "metadata:\n"
        + "  name: app-creds\n"
        + "type: Opaque\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain(key).doesNotContain(user)
        .isEqualTo(input.replace(key, "[REDACTED:known-secret]").replace(user, "[REDACTED:known-secret]"));
  }

  @Test
  void aSecretPrintedAgainDoesNotUseUpTheLimitOfValues() {
    // a CI job or a watch loop prints the same Secret many times in one log
    String key = encodedKey();
    String manifest = "apiVersion: v1\ndata:\n  extra: " + key + "\nkind: Secret\n";
    String other = encodedKey();
    String input = manifest.repeat(MaskedValues.MAX_VALUES + 1) + manifest.replace(key, other) + "echo " + other + "\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).doesNotContain(key).doesNotContain(other).doesNotContain(RedactingLineHandler.FAILED)
        .endsWith("  extra: [REDACTED:known-secret]\nkind: Secret\necho [REDACTED:known-secret]\n");
  }

  @Test
  void aManifestWithKindFirstHidesStringDataWhateverItsShape() {
    String token = fake.chars("abcdefghijklmnopqrstuvwxyz0123456789", 24);
    String note = "blue horse staple";
    String input = "apiVersion: v1\n"
        + "kind: Secret\n"
        + "metadata:\n"
        + "  name: app\n"
        + "stringData:\n"
        + "  notes: \"" + note + "\"\n"
        + "  settings: |\n"
        + "    " + token + "\n"
        + "  port: 8443\n";

    String out = CliRun.of(input).out();

    assertThat(out).doesNotContain(token).doesNotContain(note).contains("  settings: |\n")
        .contains("kind: Secret\n").hasLineCount(9);
  }

  @Test
  void aConfigMapsDataIsLeftAsItIs() {
    String input = "apiVersion: v1\n"
        + "data:\n"
        + "  log_level: debug\n"
        + "  greeting: " + b64("hello there") + "\n"
        + "kind: ConfigMap\n";

    assertThat(CliRun.of(input).out()).isEqualTo(input);
  }

  @Test
  void inAListOnlyTheSecretsValuesAreHidden() {
    String key = encodedKey();
    String input = "apiVersion: v1\n"
        + "items:\n"
        + "- apiVersion: v1\n"
        + "  data:\n"
        + "    extra: " + key + "\n"
        + "  kind: Secret\n"
        + "- apiVersion: v1\n"
        + "  data:\n"
        + "    log_level: debug\n"
        + "  kind: ConfigMap\n"
        + "kind: List\n";

    String out = CliRun.of(input).out();

    assertThat(out).doesNotContain(key).contains("    extra: [REDACTED:known-secret]\n")
        .contains("    log_level: debug\n");
  }

  @Test
  void aSecretsValueIsHiddenWhereItAppearsAgainLater() {
    String key = encodedKey();
    String input = "data:\n  extra: " + key + "\nkind: Secret\n---\necho " + key + " | base64 -d\n";

    assertThat(CliRun.of(input).out()).doesNotContain(key).endsWith("echo [REDACTED:known-secret] | base64 -d\n");
  }

  @Test
  void aDataBlockOfAnotherObjectIsFramedAsBeforeItsNameAndValueLinesTogether() {
    String password = fake.password();
    String input = "data:\n  - name: DB_PASSWORD\n    value: " + password + "\n  - name: LOG_LEVEL\n    value: debug\n"
        + "kind: Deployment\n";

    String out = CliRun.of(input).out();

    assertThat(out).doesNotContain(password).contains("    value: debug\n").endsWith("kind: Deployment\n");
  }

  @Test
  void kubectlJsonHidesEveryDataValueAndLeavesAConfigMapsAlone() {
    String key = encodedKey();
    String greeting = b64("hello there");
    String input = "{\n"
        + "    \"apiVersion\": \"v1\",\n"
        + "    \"items\": [\n"
        + "        {\n"
        + "            \"apiVersion\": \"v1\",\n"
        + "            \"data\": {\n"
        + "                \"extra\": \"" + key + "\",\n"
        + "                \"username\": \"" + b64("deploy-bot") + "\"\n"
        + "            },\n"
        + "            \"kind\": \"Secret\",\n"
        + "            \"type\": \"Opaque\"\n"
        + "        },\n"
        + "        {\n"
        + "            \"data\": {\n"
        + "                \"greeting\": \"" + greeting + "\"\n"
        + "            },\n"
        + "            \"kind\": \"ConfigMap\"\n"
        + "        }\n"
        + "    ],\n"
        + "    \"kind\": \"List\"\n"
        + "}\n";

    String out = CliRun.of(input).out();

    assertThat(out).doesNotContain(key).contains("\"extra\": \"[REDACTED:known-secret]\",\n")
        .contains("\"username\": \"[REDACTED:known-secret]\"\n").contains("\"greeting\": \"" + greeting + "\"\n")
        .hasLineCount(21);
  }
}
