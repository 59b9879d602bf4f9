package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A CSV export (a users table, a password manager's export) names its secrets once, in the header; each
 * row holds them bare. The CLI hands a row's cells under a secret column to the engine with the column's
 * name.
 */
class CsvExportTest {
  private final FakeSecrets fake = new FakeSecrets(29);

  @Test
  void cellsUnderASecretColumnAreHidden() {
    String pw1 = fake.password();
    String pw2 = fake.password();
    String key = fake.chars("0123456789abcdef", 32);
    String input = "id,username,email,password,api_key,created_at\n"
        + "1,alice,alice@example.com," + pw1 + "," + key + ",2026-01-01\n"
        + "2,bob,bob@example.com,\"" + pw2 + "\",,2026-01-02\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("id,username,email,password,api_key,created_at\n"
        + "1,alice,alice@example.com,[REDACTED:password-assignment],[REDACTED:api-key-assignment],2026-01-01\n"
        + "2,bob,bob@example.com,\"[REDACTED:password-assignment]\",,2026-01-02\n");
  }

  @Test
  void aQuotedHeaderAndSemicolonsOrTabsToo() {
    String pw = fake.password();
    String quoted = "\"Name\",\"Login\",\"Password\",\"URL\",\"Notes\"\r\n"
        + "\"Mail\",\"alice\",\"" + pw + "\",\"https://mail.example.com\",\"work, mostly\"\r\n";
    String semicolons = "user;Password\nalice;" + pw + "\n";
    String tabs = "user\tlogin_password\talice\nalice\t" + pw + "\talice\n";

    assertThat(CliRun.of(quoted).out()).isEqualTo(quoted.replace(pw, "[REDACTED:password-assignment]"));
    assertThat(CliRun.of(semicolons).out()).isEqualTo(semicolons.replace(pw, "[REDACTED:password-assignment]"));
    assertThat(CliRun.of(tabs).out()).isEqualTo(tabs.replace(pw, "[REDACTED:password-assignment]"));
  }

  @Test
  void anExcelExportStartingWithAByteOrderMarkToo() {
    // Excel's "CSV UTF-8" starts the file with U+FEFF, which UTF-8 decoding keeps
    String pw = fake.password();
    String input = "\uFEFF\"Name\",\"Password\"\r\n\"alice\",\"" + pw + "\"\r\n";

    assertThat(CliRun.of(input).out()).isEqualTo(input.replace(pw, "[REDACTED:password-assignment]"));
  }

  @Test
  void scanReportsTheCellWhereItIs() {
    String pw = fake.password();
    String input = "name,url,username,password,note\nMail,https://mail.example.com,alice," + pw + ",\n";

    CliRun run = CliRun.of(input, "scan", "--format", "jsonl");

    assertThat(run.exitCode()).isEqualTo(1);
    int column = input.indexOf('\n') + 1;
    column = input.indexOf(pw) - column + 1;
    assertThat(run.out()).doesNotContain(pw).contains("\"line\": 2, \"column\": " + column + ", \"endLine\": 2, \"endColumn\": "
        + (column + pw.length()) + ", \"rule\": \"password-assignment\"");
    assertThat(run.out().lines()).hasSize(1);
  }

  @Test
  void otherRowsAndFilesPassUnchanged() {
    String[] clean = {
      "id,name,count\n1,alice,3\n",
      "user,password\nbob,\ncarol,${DB_PASSWORD}\na line of prose, with commas, and more cells than the header\n",
      "user password\nbob hunter2-hunter2\n",
    };
    for (String input : clean) {
      assertThat(CliRun.of(input).out()).as(input).isEqualTo(input);
    }
  }
}
