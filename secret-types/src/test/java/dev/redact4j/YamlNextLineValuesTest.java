package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * YAML values on the lines after their key: block scalars ({@code key: |}, {@code key: >-}) and block
 * lists ({@code key:} then {@code - item}); and prose that puts a colon after a few words
 * ({@code Generated password for user admin: <v>}).
 */
class YamlNextLineValuesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String V1 = "eYUt0wyJ" + "CB5BXrnVtPfotgk0";
  private static final String V2 = "lpuZF0Tw" + "gfdJrfoFEhjOOD6K";

  @Test
  void blockScalarsAreHiddenWhole() {
    assertThat(REDACTOR.redact("client_secret: >-\n  " + V1 + "\nredirect_uri: https://app.example.com/cb"))
        .isEqualTo("client_secret: >-\n  [REDACTED:secret-assignment]\nredirect_uri: https://app.example.com/cb");
    String nested = "spec:\n  password: |\n    " + V1 + "\n    " + V2 + "\n  user: bob";
    assertThat(REDACTOR.redact(nested)).doesNotContain(V1).doesNotContain(V2).endsWith("\n  user: bob");
  }

  @Test
  void blockListsOfValuesAreHidden() {
    String out = REDACTOR.redact("api_keys:\n  - " + V1 + "\n  - \"" + V2 + "\"\nretries: 3");
    assertThat(out).doesNotContain(V1).doesNotContain(V2).endsWith("\nretries: 3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"secrets:\n  - name: default-token\nx: 1", "password:\n  minLength: 12",
      "password:\n- ${DB_PASSWORD}\n", "imagePullSecrets:\n  - name: regcred", "token: |\n  \nnext: 1",
      "password reset requested for account 12345: mail queued", "password policy updated: minLength 12"})
  void lookAlikesPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void aColonAfterAFewWordsIntroducesThePassword() {
    String pw = "G3JxacV9" + "H6-S0rC";
    assertThat(REDACTOR.redact("Generated password for user admin: " + pw))
        .isEqualTo("Generated password for user admin: [REDACTED:password-assignment]");
    assertThat(REDACTOR.redact("Your new password is: " + pw + " (change it)")).doesNotContain(pw);
  }

  /** What mysqld --initialize writes to its error log: the user is named as user@host. */
  @Test
  void aUserAtHostBeforeTheColonStillIntroducesThePassword() {
    String pw = "e7Ur&SPpt" + "wVhn";
    String line = "2026-11-29T10:14:00.000002Z 6 [Note] [MY-010454] [Server] A temporary password is generated"
        + " for root@localhost: " + pw;
    assertThat(REDACTOR.redact(line)).isEqualTo(line.replace(pw, "[REDACTED:password-assignment]"));
    String clean = "password reset mail sent to bob@example.com: queued";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  /** mysqld's generated passwords hold any symbol, and some no digit: the announcement says what follows. */
  @ParameterizedTest
  @ValueSource(strings = {"Lh8oyP(l!V7" + "x", "aB3$dE5fG7" + "hJ", "Wua4=ye0qY" + "#x", "erUrSPptw" + "Vhn"})
  void aGeneratedPasswordIsHiddenWhateverItsSymbols(String pw) {
    String line = "[Server] A temporary password is generated for root@localhost: " + pw;
    assertThat(REDACTOR.redact(line)).isEqualTo(line.replace(pw, "[REDACTED:password-assignment]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"random password policy: strict", "initial password reset: /var/lib/mysql/reset.sql",
      "A temporary password is generated for root@localhost: <none>"})
  void announcementsWithoutAPasswordStay(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  /** What Elasticsearch prints at its first start: the elastic user's password and Kibana's enrollment token. */
  @Test
  void elasticsearchFirstStartSecretsAreHidden() {
    String pw = "MPti9KzX" + "arXaFnn2VPTy";
    String banner = "Password for the elastic user (reset with `bin/elasticsearch-reset-password -u elastic`):\n  "
        + pw + "\n\nCopy the following enrollment token and paste it into Kibana in your browser:\n  ";
    String enrollment = java.util.Base64.getEncoder().encodeToString(("{\"ver\":\"8.14.0\",\"adr\":[\"172.18.0.2:9200\"],"
        + "\"key\":\"" + "Ab3dE5fG7hJ9kL1mN3pQ" + ":" + "zY8xW6vU4tS2rQ0pO9nM" + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String out = REDACTOR.redact(banner + enrollment + "\n");
    assertThat(out).doesNotContain(pw).doesNotContain(enrollment.substring(0, 30))
        .contains("[REDACTED:elasticsearch-enrollment-token]");
  }
}
