package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * {@code kubectl get secret -o yaml|json} prints a Secret's values in base64; a value that is text
 * holding a secret (a URL with a password, a properties file) is masked whole.
 */
class Base64ValuesTest {
  private static final String PASSWORD = "Fake-Pa55word-123";

  private static String b64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSecretInsideABase64ValueHidesTheWholeValue() {
    String url = b64("postgres://app:" + PASSWORD + "@db.internal:5432/app");
    String props = b64("spring.datasource.url=jdbc:postgresql://db/app\nspring.datasource.password=" + PASSWORD + "\n");
    String input = "apiVersion: v1\ndata:\n  DATABASE_URL: " + url + "\n  application.properties: " + props
        + "\n  username: " + b64("app") + "\nkind: Secret\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("apiVersion: v1\ndata:\n  DATABASE_URL: [REDACTED:url-credentials]\n"
        + "  application.properties: [REDACTED:password-assignment]\n"
        + "  username: [REDACTED:known-secret]\nkind: Secret\n"); // every value of a Secret, as a known one
  }

  @Test
  void jsonValuesToo() {
    String input = "    \"data\": {\n        \"DATABASE_URL\": \"" + b64("mysql://root:" + PASSWORD + "@db/app")
        + "\",\n        \"LOG_LEVEL\": \"" + b64("debug-and-trace") + "\"\n    },\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).isEqualTo("    \"data\": {\n        \"DATABASE_URL\": \"[REDACTED:url-credentials]\",\n"
        + "        \"LOG_LEVEL\": \"" + b64("debug-and-trace") + "\"\n    },\n");
  }

  @Test
  void scanReportsTheBase64ValueOnce() {
    String value = b64("postgres://app:" + PASSWORD + "@db.internal:5432/app");

    CliRun run = CliRun.of("data:\n  DATABASE_URL: " + value + "\n  password: " + b64(PASSWORD) + "\n", "scan");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).hasSize(2);
    assertThat(run.out()).startsWith("<stdin>:2:17: url-credentials ").contains("<stdin>:3:13: password-assignment ");
  }

  @Test
  void base64ThatIsNoTextOrHoldsNoSecretPassesUnchanged() {
    String input = "  tls.crt: " + b64("-----BEGIN CERTIFICATE-----\nMIIBkTCB+wIJAKHHIG\n") + "\n"
        + "  keystore.p12: MIIKYgIBAzCCChwGCSqGSIb3DQEHAaCCCg0EggoJMIIKBTCCBe4GCSqGSIb3DQEHAaCCBd8EggXbMIIF1zCCBdMGCyqG\n"
        + "  config.yaml: " + b64("server:\n  port: 8080\nlogging:\n  level: info\n") + "\n"
        + "  ca.crt: not base64 at all, just words\n";

    assertThat(CliRun.of(input).out()).isEqualTo(input);
  }
}
