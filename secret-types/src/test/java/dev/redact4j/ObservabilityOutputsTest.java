package dev.redact4j;

import static dev.redact4j.RedactionAssertions.CATALOG;
import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What the observability stack prints or stores around a secret: log shippers' configurations (Fluentd, Fluent Bit),
 * monitoring configurations as their tools print them (Grafana's datasource provisioning, Alertmanager's receivers),
 * error trackers' events and telemetry exporters' output, rebuilt from plain strings on generated values. Secrets are
 * hidden and the rest of the line kept; the masked dumps these tools print themselves pass byte for byte.
 */
class ObservabilityOutputsTest {
  private static final Random RANDOM = new Random(3011);
  private static final String SYMBOLS = "#%*!^+";

  /** A password of letters of both cases and symbols, without a digit. */
  private static String lettersAndSymbols() {
    return FakeSecrets.chars(RANDOM, FakeSecrets.LOWER, 4) + FakeSecrets.chars(RANDOM, SYMBOLS, 1)
        + FakeSecrets.chars(RANDOM, FakeSecrets.UPPER, 3) + FakeSecrets.chars(RANDOM, FakeSecrets.LOWER, 5)
        + FakeSecrets.chars(RANDOM, SYMBOLS, 1);
  }

  /** A random (version 4) UUID, as Splunk's HEC and OpsGenie issue their tokens. */
  private static String randomUuid() {
    String hex = FakeSecrets.HEX;
    return FakeSecrets.chars(RANDOM, hex, 8) + "-" + FakeSecrets.chars(RANDOM, hex, 4) + "-4"
        + FakeSecrets.chars(RANDOM, hex, 3) + "-a" + FakeSecrets.chars(RANDOM, hex, 3) + "-"
        + FakeSecrets.chars(RANDOM, hex, 12);
  }

  /**
   * Fluentd's and Fluent Bit's configurations (and nginx's, Apache's) write a setting as its name, blanks and one
   * word: the word is the value whatever its make-up, when the name is a secret's and the word ends the line.
   */
  @Test
  void aConfigDirectiveOfASecretKeyHidesItsOneWordValue() {
    String pw = lettersAndSymbols();
    String uuid = randomUuid();
    for (String[] c : new String[][] {
        {"  password " + pw, pw},
        {"password " + pw, pw},
        {"    HTTP_Passwd     " + pw, pw},
        {"\thttp_passwd\t" + pw + "  ", pw},
        {"  hec_token " + uuid, uuid},
        {"    Splunk_Token    " + uuid, uuid},
        {"<match app.**>\n  @type elasticsearch\n  user fluentd\n  password " + pw + "\n</match>", pw}}) {
      assertHidden(c[0], c[1]);
      assertThat(CATALOG.redact(c[0])).as(c[0]).startsWith(c[0].substring(0, c[0].indexOf(c[1])));
    }
  }

  /**
   * Grafana's datasources send a custom header named by {@code httpHeaderName<n>} with the value of
   * {@code httpHeaderValue<n>}, which Grafana keeps encrypted in {@code secureJsonData}: an API key, whatever its
   * shape, in provisioning YAML and in the datasource's JSON.
   */
  @Test
  void aGrafanaDatasourceCustomHeaderValueIsHidden() {
    String key = FakeSecrets.mixed(RANDOM, 32);
    String tenant = FakeSecrets.chars(RANDOM, FakeSecrets.HEX, 24);
    for (String[] c : new String[][] {
        {"      httpHeaderValue1: " + key, key},
        {"      httpHeader" + "Value2: '" + tenant + "'", tenant}, // split: the self-scan reads the literal
        {"\"secureJsonData\":{\"httpHeaderValue1\":\"" + key + "\",\"basicAuthPassword\":\"" + tenant + "\"}", key},
        {"secureJsonData.httpHeaderValue12=" + key, key}}) {
      assertHidden(c[0], c[1]);
      assertThat(CATALOG.redact(c[0])).as(c[0]).startsWith(c[0].substring(0, c[0].indexOf(c[1])));
    }
    for (String clean : new String[] {
        "      httpHeaderName1: X-Api-Key",
        "\"secureJsonFields\":{\"httpHeaderValue1\":true,\"basicAuthPassword\":true}",
        "      httpHeaderValue1: ${LOKI_API_KEY}", "      httpHeaderValue1: 'Bearer ${PROM_TOKEN}'",
        "responseHeaderValue1: text/html"}) {
      assertThat(CATALOG.redact(clean)).as(clean).isEqualTo(clean);
    }
  }

  /** Prose and the masked dumps the shippers print at start-up keep their words. */
  @Test
  void directiveLookAlikesPass() {
    for (String clean : new String[] {
        "  password xxxxxx", "    hec_token xxxxxx", "password changed", "  token expired",
        "  password ${ES_PASSWORD}", "    HTTP_Passwd     ${FLB_ES_PASSWORD}", "  password <secret>",
        "password  required  pam_unix.so sha512 shadow", "  session_id " + randomUuid(),
        "  token_url https://auth.acme-corp.io/oauth2/token", "  password_file /etc/fluent/es-password",
        "  token Bearer", "Password Reset-Required", "  trace_id " + randomUuid(),
        "  request_id " + randomUuid(), "  CM_FINAL_PASS_FUNCTION FinalPass;", "    TokenKind.Identifier",
        "  secret_ref SecretKeyRef(name)"}) {
      assertThat(CATALOG.redact(clean)).as(clean).isEqualTo(clean);
    }
  }
}
