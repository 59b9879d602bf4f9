package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An ORM logs a statement on one line and the values it binds on the lines after it (Hibernate, Spring's
 * {@code JdbcTemplate}, MyBatis, PostgreSQL, SQLAlchemy): the bind lines name no column, only the
 * placeholder's position. The CLI hands the statement with its bind lines to the engine together, so the
 * value bound to a secret's column is hidden, and one output line still stands for each input line.
 */
class SqlBindLinesTest {
  private static final String PW = "Fake" + "Pa55" + " %word" + "Q7x";
  private static final String KEY = "Fake" + "ApiKey" + "0123456789" + "abcdefXYZ";

  @Test
  void aValueHibernateBindsOnALineAfterTheStatementIsHidden() {
    String bind = "2026-11-29 10:05:00.002 TRACE [main] org.hibernate.orm.jdbc.bind - binding parameter (";
    String input = "2026-11-29 10:05:00.001 DEBUG [main] org.hibernate.SQL - "
        + "insert into users (email, name, password) values (?, ?, ?)\n"
        + bind + "1:VARCHAR) <- [bob@example.com]\n"
        + bind + "2:VARCHAR) <- [Bob]\r\n"
        + bind + "3:VARCHAR) <- [" + PW + "]\n"
        + "2026-11-29 10:05:00.003 INFO  [main] c.e.Users - saved\n";

    assertThat(CliRun.of(input).out()).isEqualTo(input.replace(PW, "[REDACTED:password-assignment]"));
  }

  @Test
  void valuesSpringAndMyBatisBindAfterTheStatementAreHidden() {
    String spring = "2026-11-29 10:05:00.001 DEBUG 42 --- [exec-3] o.s.jdbc.core.JdbcTemplate : "
        + "Executing prepared SQL statement [insert into api_keys (owner, api_key) values (?, ?)]\n"
        + "2026-11-29 10:05:00.002 TRACE 42 --- [exec-3] o.s.jdbc.core.StatementCreatorUtils : Setting SQL "
        + "statement parameter value: column index 1, parameter value [bob], value class [java.lang.String], SQL type unknown\n"
        + "2026-11-29 10:05:00.002 TRACE 42 --- [exec-3] o.s.jdbc.core.StatementCreatorUtils : Setting SQL "
        + "statement parameter value: column index 2, parameter value [" + KEY + "], value class [java.lang.String], "
        + "SQL type unknown\n";
    assertThat(CliRun.of(spring).out()).isEqualTo(spring.replace(KEY, "[REDACTED:api-key-assignment]"));
    String myBatis = "2026-11-29 10:05:00.001 DEBUG [main] c.e.m.UserMapper.insert : ==>  Preparing: "
        + "INSERT INTO user (username, password) VALUES (?, ?)\n"
        + "2026-11-29 10:05:00.002 DEBUG [main] c.e.m.UserMapper.insert : ==> Parameters: bob(String), " + PW
        + "(String)\n"
        + "2026-11-29 10:05:00.003 DEBUG [main] c.e.m.UserMapper.insert : <==    Updates: 1\n";
    assertThat(CliRun.of(myBatis).out()).isEqualTo(myBatis.replace(PW, "[REDACTED:password-assignment]"));
    String postgres = "2026-11-29 10:05:00.001 UTC [812] LOG:  execute <unnamed>: "
        + "INSERT INTO accounts (login, password) VALUES ($1, $2)\n"
        + "2026-11-29 10:05:00.001 UTC [812] DETAIL:  parameters: $1 = 'bob', $2 = '" + PW + "'\n";
    assertThat(CliRun.of(postgres).out()).isEqualTo(postgres.replace(PW, "[REDACTED:password-assignment]"));
  }

  @Test
  void aLineThatBindsNothingEndsTheGroupAndOtherLinesPassUnchanged() {
    String bind = "TRACE org.hibernate.orm.jdbc.bind - binding parameter (";
    String input = "DEBUG org.hibernate.SQL - insert into users (name, password) values (?, ?)\n"
        + bind + "1:VARCHAR) <- [bob]\n"
        + "INFO c.e.Users - the next line binds nothing for the statement above\n"
        + bind + "2:VARCHAR) <- [Fake value]\n"
        + "DEBUG org.hibernate.SQL - insert into users (name, email) values (?, ?)\n"
        + bind + "1:VARCHAR) <- [bob]\n"
        + bind + "2:VARCHAR) <- [bob@example.com]\n"
        + "INFO closing the pool (size 3)\n";

    assertThat(CliRun.of(input).out()).isEqualTo(input);
  }
}
