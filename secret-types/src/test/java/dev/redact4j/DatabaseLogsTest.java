package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Statements that ORMs and database servers log with their bind values: the statement names the
 * columns and numbers its placeholders, the values follow in the same text (Ecto, Prisma, SQLAlchemy,
 * PostgreSQL's {@code DETAIL:  parameters:}). A bind line alone names no column and is not read.
 */
class DatabaseLogsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final Random RANDOM = new Random(1901);

  private static String token() {
    return FakeSecrets.mixed(RANDOM, 32);
  }

  private static String password() {
    return "Fake" + FakeSecrets.chars(RANDOM, FakeSecrets.LOWER, 5) + " " + FakeSecrets.chars(RANDOM, FakeSecrets.DIGITS, 3)
        + "!" + FakeSecrets.chars(RANDOM, FakeSecrets.ALNUM, 4);
  }

  @Test
  void aBindValueThatAnInsertsPlaceholderGivesASecretColumnIsHidden() {
    String pw = password();
    String ecto = "INSERT INTO \"credentials\" (\"name\",\"secret\",\"inserted_at\") VALUES ($1,$2,$3) RETURNING \"id\" "
        + "[\"smtp\", \"" + pw + "\", ~U[2024-05-01 12:00:01Z]]";
    assertThat(REDACTOR.redact(ecto)).doesNotContain(pw).contains("[\"smtp\", ");
    String prisma = "prisma:query INSERT INTO \"public\".\"User\" (\"email\",\"password\") VALUES ($1,$2) RETURNING "
        + "\"public\".\"User\".\"id\"\nParams: [\"bob@example.com\",\"" + pw + "\"]";
    assertThat(REDACTOR.redact(prisma)).doesNotContain(pw).contains("bob@example.com");
    String sqlAlchemy = "INFO sqlalchemy.engine.Engine INSERT INTO users (name, password) VALUES (?, ?)\n"
        + "INFO sqlalchemy.engine.Engine [generated in 0.00021s] ('bob', '" + pw + "')";
    assertThat(REDACTOR.redact(sqlAlchemy)).doesNotContain(pw).contains("('bob', ");
    String postgres = "LOG:  execute <unnamed>: INSERT INTO accounts (login, password) VALUES ($1, $2)\n"
        + "DETAIL:  parameters: $1 = 'bob', $2 = '" + pw + "'";
    assertThat(REDACTOR.redact(postgres)).doesNotContain(pw).contains("$1 = 'bob'");
  }

  @Test
  void aBindValueThatANumberedPlaceholderGivesASecretColumnIsHidden() {
    String key = token();
    String pw = password();
    assertThat(REDACTOR.redact("UPDATE \"users\" SET \"api_token\" = $1 WHERE \"id\" = $2 [\"" + key + "\", 42]"))
        .doesNotContain(key).endsWith(", 42]");
    assertThat(REDACTOR.redact("LOG:  duration: 0.321 ms  execute <unnamed>: UPDATE users SET password = $2 WHERE id = $1"
        + "\nDETAIL:  parameters: $1 = '42', $2 = '" + pw + "'")).doesNotContain(pw).contains("$1 = '42'");
  }

  @Test
  void placeholdersWithoutValuesAndBindsOfOtherColumnsStay() {
    for (String sql : new String[] {
      "INSERT INTO users (name, password) VALUES (?, ?)",
      "INSERT INTO users (name, password) VALUES ($1, $2) RETURNING \"id\"",
      "UPDATE users SET password = $1 WHERE id = $2 | calls 1284",
      "INSERT INTO users (name, email) VALUES ($1,$2) [\"bob\", \"bob@example.com\"]",
      "SELECT id FROM users WHERE email = $1 AND password_reset_token_expires_at > $2 [\"bob@example.com\", \"2024\"]",
      "INSERT INTO users (name, password) VALUES ($1,$2) [\"bob\"]",
      "UPDATE users SET password = $1 WHERE id = $2\nDETAIL:  parameters: $2 = '42'",
      "INSERT INTO t (id, password) VALUES (?, crypt('x', gen_salt('bf'))) ('bob')",
      // ActiveRecord names each bind: its pairs are no positional list (the pair under the key is read by name)
      "User Load (0.4ms)  SELECT \"users\".* FROM \"users\" WHERE \"users\".\"email\" = $1"
          + " AND \"users\".\"encrypted_password\" = $2 LIMIT $3  [[\"email\", \"a@example.com\"], [\"LIMIT\", 1]]",
    }) {
      assertThat(REDACTOR.redact(sql)).as(sql).isEqualTo(sql);
    }
  }

  @Test
  void aValueHibernateExtractsFromASecretColumnIsHiddenNotItsType() {
    String pw = password();
    String key = token();
    // Hibernate 5's BasicExtractor names the column by its alias: the name, a number and the entity's suffix.
    String prefix = "TRACE o.h.type.descriptor.sql.BasicExtractor : extracted value ([";
    assertThat(REDACTOR.redact(prefix + "password4_0_0_] : [VARCHAR]) - [" + pw + "]"))
        .isEqualTo(prefix + "password4_0_0_] : [VARCHAR]) - [[REDACTED:password-assignment]]");
    assertThat(REDACTOR.redact(prefix + "api_key3_0_] : [VARCHAR]) - [" + key + "]"))
        .doesNotContain(key).contains("[VARCHAR]");
    for (String clean : new String[] {
      prefix + "name2_0_0_] : [VARCHAR]) - [Alice Smith]",
      prefix + "id1_0_0_] : [BIGINT]) - [42]",
      prefix + "password3_0_] : [VARCHAR]) - [null]",
    }) {
      assertThat(REDACTOR.redact(clean)).as(clean).isEqualTo(clean);
    }
  }

  @Test
  void anUnquotedValueDatasourceProxyBindsToASecretColumnIsHidden() {
    String key = token();
    String query = "Name:dataSource, Connection:5, Time:1, Success:True, Type:Prepared, Batch:False, QuerySize:1, "
        + "BatchSize:0, Query:[\"insert into users (name, api_key) values (?, ?)\"], Params:[(";
    assertThat(REDACTOR.redact(query + "bob," + key + ")]")).isEqualTo(query + "bob,[REDACTED:api-key-assignment])]");
    for (String clean : new String[] {
      query + "bob,null)]",
      query.replace("api_key", "email") + "bob,bob@example.com)]",
      "Query:[\"select * from users where api_key = ?\"], Params:[]",
    }) {
      assertThat(REDACTOR.redact(clean)).as(clean).isEqualTo(clean);
    }
  }

  @Test
  void aValueBoundOnTheLinesAfterAStatementToASecretColumnIsHidden() {
    String pw = password();
    String key = token();
    // Each line has its own log prefix; the bind lines name no column, only the placeholder's ordinal.
    String hibernate = "2024-05-01 12:00:01.001 DEBUG 4242 --- [nio-8080-exec-1] org.hibernate.SQL : "
        + "insert into users (email, name, password) values (?, ?, ?)\n";
    String bind5 = "2024-05-01 12:00:01.002 TRACE 4242 --- [nio-8080-exec-1] o.h.type.descriptor.sql.BasicBinder : "
        + "binding parameter [";
    String hibernate5 = hibernate + bind5 + "1] as [VARCHAR] - [bob@example.com]\n" + bind5 + "2] as [VARCHAR] - [Bob]\n"
        + bind5 + "3] as [VARCHAR] - [" + pw + "]";
    assertThat(REDACTOR.redact(hibernate5)).isEqualTo(hibernate5.replace(pw, "[REDACTED:password-assignment]"));
    String bind6 = "2024-05-01 12:00:01.002 TRACE [main] org.hibernate.orm.jdbc.bind - binding parameter (";
    String hibernate6 = hibernate + bind6 + "1:VARCHAR) <- [bob@example.com]\n" + bind6 + "2:VARCHAR) <- [Bob]\n"
        + bind6 + "3:VARCHAR) <- [" + pw + "]";
    assertThat(REDACTOR.redact(hibernate6)).isEqualTo(hibernate6.replace(pw, "[REDACTED:password-assignment]"));
    String spring = "2024-05-01 12:00:01.001 DEBUG 4242 --- [nio-8080-exec-3] o.s.jdbc.core.JdbcTemplate : "
        + "Executing prepared SQL statement [insert into api_keys (owner, api_key) values (?, ?)]\n"
        + "2024-05-01 12:00:01.002 TRACE 4242 --- [nio-8080-exec-3] o.s.jdbc.core.StatementCreatorUtils : "
        + "Setting SQL statement parameter value: column index 2, parameter value [" + key
        + "], value class [java.lang.String], SQL type unknown";
    assertThat(REDACTOR.redact(spring)).isEqualTo(spring.replace(key, "[REDACTED:api-key-assignment]"));
    String myBatis = "2024-05-01 12:00:01.001 DEBUG [main] c.e.m.UserMapper.insert : ==>  Preparing: "
        + "INSERT INTO user (username, full_name, password) VALUES (?, ?, ?)\n"
        + "2024-05-01 12:00:01.002 DEBUG [main] c.e.m.UserMapper.insert : ==> Parameters: bob(String), "
        + "Smith, Bob(String), " + pw + "(String)";
    assertThat(REDACTOR.redact(myBatis)).isEqualTo(myBatis.replace(pw, "[REDACTED:password-assignment]"));
  }

  @Test
  void bindLinesOfOtherColumnsOrAfterTheGroupEndedStay() {
    String bind6 = "TRACE [main] org.hibernate.orm.jdbc.bind - binding parameter (";
    for (String clean : new String[] {
      // the secret column's bind line is missing: the next line is no bind line, a later one is not read
      "DEBUG org.hibernate.SQL - insert into users (name, password) values (?, ?)\n" + bind6
          + "1:VARCHAR) <- [bob]\nINFO c.e.App - saved\n" + bind6 + "2:VARCHAR) <- [Fake value]",
      "DEBUG org.hibernate.SQL - insert into users (name, password) values (?, ?)\n" + bind6 + "2:VARCHAR) <- [null]",
      "DEBUG org.hibernate.SQL - insert into users (password, name) values (?, ?)\nbinding parameter [2] as [VARCHAR] - [bob]",
      "==>  Preparing: INSERT INTO user (username, password) VALUES (?, ?)\n==> Parameters: bob(String)",
      "==>  Preparing: INSERT INTO user (username, password) VALUES (?, ?)\n==> Parameters: bob(String), null",
      "Executing prepared SQL statement [insert into t (name, password) values (?, ?)]\n"
          + "Setting SQL statement parameter value: column index 1, parameter value [bob], value class [java.lang.String]",
    }) {
      assertThat(REDACTOR.redact(clean)).as(clean).isEqualTo(clean);
    }
  }

  @Test
  void aPasswordPassedToAnAuthCallWithAUserIsHidden() {
    String pw = "Fake" + FakeSecrets.mixed(RANDOM, 12) + "!";
    // mongosh's db.auth(user, password); superagent's and supertest's .auth(user, password)
    assertThat(REDACTOR.redact("db.auth(\"app\", \"" + pw + "\")")).isEqualTo("db.auth(\"app\", \"[REDACTED:call-argument-password]\")");
    assertThat(REDACTOR.redact("request(app).get('/admin').auth('bob', '" + pw + "')")).doesNotContain(pw);
    for (String clean : new String[] {
      "db.auth(\"app\", passwordPrompt())",
      "db.auth(\"Sign in\", \"Welcome back\")",
      "client.auth(\"app\", \"x\", { mechanism: \"SCRAM-SHA-256\" })",
      "oauth.auth(config)",
    }) {
      assertThat(REDACTOR.redact(clean)).as(clean).isEqualTo(clean);
    }
  }

  @Test
  void aScriptsPositionalArgumentIsNoPlaceholder() {
    // shell and Perl: $1 is the first argument or capture, and a later list holds no bind values
    for (String script : new String[] {
      "PASSWORD=$1\nUSERS=[\"alice\", \"bob\"]",
      "DB_PASSWORD=$1 ARGS=[\"--verbose\"]",
      "my $password = $1; my @users = [\"alice\"];",
    }) {
      assertThat(REDACTOR.redact(script)).as(script).isEqualTo(script);
    }
  }
}
