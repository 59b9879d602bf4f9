package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A SQL statement that creates or alters a user is often logged as written, over several lines (a
 * database's statement log, Hibernate's {@code format_sql}, a migration tool): the password's
 * {@code IDENTIFIED BY} is then on a line after the {@code CREATE USER} that makes it one. The CLI
 * reads line by line, so it hands such a statement to the engine whole.
 */
class SqlStatementTest {
  private static final String PW = "Fake" + "Pa55" + "%word" + "Q7x";

  @Test
  void aPasswordOnALineAfterCreateUserIsHidden() {
    String input = "2026-11-29 10:05:00.000 UTC [812] LOG:  statement: CREATE USER reporting\n"
        + "\t  IDENTIFIED BY '" + PW + "'\n"
        + "\t  DEFAULT TABLESPACE users;\n"
        + "2026-11-29 10:05:01.000 UTC [812] LOG:  duration: 0.120 ms\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(input.replace(PW, "[REDACTED:sql-identified-by]"));
  }

  @Test
  void aStatementEndsAtItsFirstUnindentedLineWhenItHasNoSemicolon() {
    // Hibernate's format_sql: the statement starts on the line after the logger's, indented
    String input = "2026-11-29 10:05:00 DEBUG org.hibernate.SQL - \n"
        + "    create user reporting\n"
        + "        identified with mysql_native_password\r\n"
        + "        by \"" + PW + "\"\n"
        + "2026-11-29 10:05:01 DEBUG org.hibernate.SQL - select 1\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).isEqualTo(input.replace(PW, "[REDACTED:sql-identified-by]"));
  }

  @Test
  void scanReportsThePasswordOnItsOwnLine() {
    String input = "ALTER USER app\n  IDENTIFIED BY '" + PW + "';\n";

    CliRun run = CliRun.of(input, "scan", "--format", "jsonl");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"line\": 2,").contains("\"column\": 18,").doesNotContain(PW);
  }

  @Test
  void otherStatementsAndLogTextPassUnchanged() {
    String input = "SELECT u.id, u.username\n  FROM users u\n WHERE u.id = 42;\n"
        + "CREATE USER app;\n"
        + "ERROR failed to create user bob: name taken\n"
        + "\tat com.example.Users.create(Users.java:42)\n"
        + "CREATE ROLE readers\n  NOLOGIN;\nnext\n";

    assertThat(CliRun.of(input).out()).isEqualTo(input);
  }
}
