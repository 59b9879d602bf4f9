package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tables and tab-separated rows that database clients and CLIs print with a key naming a secret in one column and
 * its value in the next, without the leading column bar of a boxed table: psql's aligned output without a header
 * and its expanded display ({@code \x}), a Markdown table without its outer bars, and TSV rows ({@code name<TAB>value})
 * as {@code env}-like dumps and config exports print them.
 */
class TableAndTabOutputTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  /** A generated password: letters, digits and a symbol, 14 characters. */
  private static String password(Random r) {
    return FakeSecrets.mixed(r, 6) + "!" + FakeSecrets.mixed(r, 5) + "#7";
  }

  @Test
  void psqlRowsWithoutALeadingBarHideTheValueCell() {
    Random r = new Random(2201);
    String a = password(r);
    String b = FakeSecrets.chars(r, FakeSecrets.HEX, 32);
    String c = FakeSecrets.chars(r, FakeSecrets.LOWER, 2) + FakeSecrets.mixed(r, 12) + "Z9";
    // psql -A off, -t (tuples only): " key | value"; \x expanded display: "key      | value"
    assertThat(REDACTOR.redact(" password | " + a)).isEqualTo(" password | [REDACTED:password-assignment]");
    String expanded = "-[ RECORD 1 ]----+------\nuser           | bob\ndb_password    | " + b + "\nport           | 5432";
    assertThat(REDACTOR.redact(expanded)).doesNotContain(b.substring(0, 8)).contains("user           | bob\n")
        .contains("\nport           | 5432");
    // a Markdown table without its outer bars
    assertThat(REDACTOR.redact("key | value\n--- | ---\nclient_secret | " + c)).doesNotContain(c.substring(4, 12));
  }

  @Test
  void aBarBetweenTabsAfterAKeyIsAColumnBar() {
    Random r = new Random(2202);
    String token = FakeSecrets.mixed(r, 20);
    assertThat(REDACTOR.redact("using access_token\t|\t" + token + " for bob")).doesNotContain(token.substring(0, 8));
  }

  @Test
  void tabSeparatedRowsHideTheValueAfterASecretKey() {
    Random r = new Random(2203);
    String a = password(r);
    String b = FakeSecrets.mixed(r, 11);
    String c = password(r);
    // env | tr '=' '\t', a config table exported as TSV with a header row
    assertThat(REDACTOR.redact("USER\tbob\nTOKEN\t" + a)).isEqualTo("USER\tbob\nTOKEN\t[REDACTED:token-assignment]");
    assertThat(REDACTOR.redact("name\tvalue\nuser\tbob\napi_key\t" + b + "\n")).doesNotContain(b);
    // aws ssm get-parameters --with-decryption --output text: name, type, then the value
    String ssm = "PARAMETERS\tarn:aws:ssm:us-east-1:000000000000:parameter/app/db_password\t2026-01-01T00:00:00\t"
        + "db_password\tSecureString\t" + c + "\t3";
    assertThat(REDACTOR.redact(ssm)).doesNotContain(c.substring(0, 8)).endsWith("\t3");
  }

  @Test
  void aTitleCaseLabelOfWordsFillsTheKeyCell() {
    Random r = new Random(2204);
    String a = password(r);
    String b = password(r);
    // a ticket's Markdown table and a spreadsheet's TSV export label rows in words
    assertThat(REDACTOR.redact("| Client Secret | " + a + " |")).isEqualTo("| Client Secret | [REDACTED:secret-assignment] |");
    assertThat(REDACTOR.redact("Client Secret\t" + b)).isEqualTo("Client Secret\t[REDACTED:secret-assignment]");
    assertThat(REDACTOR.redact("the Secret | " + a)).isEqualTo("the Secret | " + a); // prose before the key: no row
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // ordinary table rows: a key naming no secret, a placeholder or a word under a secret's key, column headers
    " name      | value", " user      | bob", " password | wrong", "password       | ********",
    "token | expired", "key | value", "password | md5sum", "name\tvalue", "timeout\tPT30S7x9abQ",
    "password\texpired", "TOKEN\t<redacted>", "password\t${DB_PASSWORD}", "token\tnull",
    "PARAMETERS\tarn:aws:ssm:us-east-1:000000000000:parameter/app/port\t2026-01-01T00:00:00\tport\tString\t5432\t3",
    // Zeek's TSV logs: a connection's generated uid that happens to spell Pw is no key
    "1508271126.363032\tClAEC04WRqPwVdohR9\t10.150.162.171\t55701\t10.150.162.137\t443\tTLSv12",
    "1508271126.363032\tCsJlJw3gPwZPfiVGdf\t128.3.140.132\t2035\t194.140.136.34\t80\ttcp",
    // a TSV header after #: column names, one after another
    "#fields\tts\tuid\tserver_signature\tserver_cert_sha1\tclient_rsa_pms",
    // gcloud's table header, capitalised column names
    "Name\tStatus\tLast_Synced_Token\tLast_Synced_Time\tPolicy_Controller\tVersion",
  })
  void rowsWithoutASecretPassUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
