package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Shapes that real JVM libraries print around a secret, found by running them on generated values
 * (Apache HttpClient's cookies, Spring Boot's binding failure report, records wrapping a secret type,
 * SQL echoed by JDBC drivers). The shapes are rebuilt here from plain strings, so that the tests need
 * none of the libraries.
 */
class JvmLibraryOutputsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final Random RANDOM = new Random(1130);

  private static String token() {
    return FakeSecrets.mixed(RANDOM, 32);
  }

  private static String password() {
    return "Fake" + FakeSecrets.chars(RANDOM, FakeSecrets.LOWER, 5) + FakeSecrets.chars(RANDOM, FakeSecrets.DIGITS, 3)
        + "!" + FakeSecrets.chars(RANDOM, FakeSecrets.ALNUM, 4);
  }

  @Test
  void anOptionalUnderAnApiKeyOrTokenKeyHasItsValueHidden() {
    String key = token();
    assertThat(REDACTOR.redact("ApiClient[baseUrl=https://api.example.com, apiKey=Optional[" + key + "]]"))
        .isEqualTo("ApiClient[baseUrl=https://api.example.com, apiKey=Optional[[REDACTED:api-key-assignment]]]");
    assertThat(REDACTOR.redact("Session{accessToken=Optional[" + key + "], user=bob}")).doesNotContain(key);
    assertThat(REDACTOR.redact("apiKey=Optional.empty")).isEqualTo("apiKey=Optional.empty");
  }

  @Test
  void aSecretHeldInTheValueFieldOfAWrapperObjectIsHidden() {
    String key = token();
    String pw = password();
    // A record, a Lombok class and a hand-written toString holding a secret type of their own.
    assertThat(REDACTOR.redact("Vendor[name=acme, apiKey=Secret[value=" + key + "]]"))
        .isEqualTo("Vendor[name=acme, apiKey=Secret[value=[REDACTED:api-key-assignment]]]");
    assertThat(REDACTOR.redact("DbProps(user=app, password=Password(value=" + pw + "))"))
        .isEqualTo("DbProps(user=app, password=Password(value=[REDACTED:password-assignment]))");
    assertThat(REDACTOR.redact("{clientSecret=SecretValue{value=" + key + ", rotated=false}}")).doesNotContain(key);
    // An object whose fields are other keys stays an object: its own keys are judged where they occur.
    assertThat(REDACTOR.redact("credential=MongoCredential{mechanism=null, userName='app', source='admin'}"))
        .isEqualTo("credential=MongoCredential{mechanism=null, userName='app', source='admin'}");
    assertThat(REDACTOR.redact("password=Secret[value=${DB_PASSWORD}]")).isEqualTo("password=Secret[value=${DB_PASSWORD}]");
  }

  @Test
  void apacheHttpClientCookiesHaveTheirSessionValueHidden() {
    String session = token();
    // HttpClient 4's BasicClientCookie.toString(), and a cookie store holding it.
    assertThat(REDACTOR.redact("[version: 0][name: JSESSIONID][value: " + session
        + "][domain: example.com][path: null][expiry: null]"))
        .isEqualTo("[version: 0][name: JSESSIONID][value: [REDACTED:session-assignment]]"
            + "[domain: example.com][path: null][expiry: null]");
    // HttpClient 5's.
    assertThat(REDACTOR.redact("[name: SESSION; value: " + session + "; domain: example.com; path: null; expiry: null]"))
        .isEqualTo("[name: SESSION; value: [REDACTED:session-assignment]; domain: example.com; path: null; expiry: null]");
    String apiKey = token();
    assertThat(REDACTOR.redact("[name: API_KEY][value: " + apiKey + "]")).doesNotContain(apiKey);
  }

  @Test
  void ordinaryCookiesStay() {
    String text = "[version: 0][name: theme][value: dark][domain: example.com][path: /][expiry: null]";
    assertThat(REDACTOR.redact(text)).isEqualTo(text);
    String consent = "[name: cookie_consent; value: accepted; domain: example.com; path: null; expiry: null]";
    assertThat(REDACTOR.redact(consent)).isEqualTo(consent);
  }

  @Test
  void springBootBindingFailureReportHasTheValueHidden() {
    String pw = password();
    // The "APPLICATION FAILED TO START" description of Boot's BindFailureAnalyzer.
    String report = "Failed to bind properties under 'spring.datasource.password' to int:\n\n"
        + "    Property: spring.datasource.password\n"
        + "    Value: \"" + pw + "\"\n"
        + "    Origin: class path resource [application.properties] - 3:28\n";
    assertThat(REDACTOR.redact(report)).doesNotContain(pw)
        .contains("    Value: \"[REDACTED:password-assignment]\"\n");
    String clean = "    Property: server.port\n    Value: \"80a\"\n    Origin: command line argument\n";
    assertThat(REDACTOR.redact(clean)).isEqualTo(clean);
  }

  @Test
  void aLiteralInsertedIntoASecretColumnIsHidden() {
    String pw = password();
    // H2 quotes the statement in its errors; p6spy logs statements with their values so.
    assertThat(REDACTOR.redact("Table \"USERS\" not found; SQL statement:\nINSERT INTO users(name, password) VALUES ('bob', '"
        + pw + "') [42104-232]"))
        .isEqualTo("Table \"USERS\" not found; SQL statement:\nINSERT INTO users(name, password) VALUES ('bob', "
            + "'[REDACTED:password-assignment]') [42104-232]");
    String token = token();
    assertThat(REDACTOR.redact("insert into api_keys (id, owner, \"api_token\", created) values (7, 'bob', '" + token
        + "', now())")).doesNotContain(token);
    // H2's unique index violation, each value numbered in a comment.
    assertThat(REDACTOR.redact("Unique index or primary key violation: \"PUBLIC.CONSTRAINT_INDEX_6 ON "
        + "PUBLIC.API_KEYS(API_KEY NULLS FIRST) VALUES ( /* 1 */ '" + token + "' )\""))
        .doesNotContain(token);
  }

  @Test
  void insertsThatGiveASecretColumnNoLiteralStay() {
    for (String sql : new String[] {
      "INSERT INTO users (name, password) VALUES (?, ?)",
      "INSERT INTO users (name, password) VALUES ('bob', crypt('x', gen_salt('bf')))",
      "INSERT INTO users (name, password_hash) VALUES ('bob', NULL)",
      "insert into audit (created, name, password_changed) values (now(), 'bob', 'yes')",
      "INSERT INTO users (name, email) VALUES ('bob', 'bob@example.com')",
      "the fields (name, password) are required",
      // source code that builds the statement: the literal holds a variable
      "String sql = \"INSERT INTO users (name, password) VALUES ('\" + name + \"', '\" + password + \"')\";",
      "sql: \"INSERT INTO users (name, password) VALUES ('\\\" + name + \\\"', '\\\" + password + \\\"')\"",
    }) {
      assertThat(REDACTOR.redact(sql)).as(sql).isEqualTo(sql);
    }
  }

  @Test
  void subDelimitersThatUriLeavesUnencodedInAUrlPasswordDoNotEndIt() {
    // java.net.URI's multi-argument constructors, Spring's UriComponentsBuilder and OkHttp's HttpUrl
    // encode a password's ? / # but leave ; , ( ) as they are: a generated password keeps them.
    for (char sub : new char[] {';', ',', '(', ')'}) {
      String pw = FakeSecrets.mixed(RANDOM, 9) + sub + FakeSecrets.mixed(RANDOM, 9);
      String url = "https://app:" + pw + "@db.example.com:5432/app";
      assertThat(REDACTOR.redact(url)).as(url).isEqualTo("https://app:[REDACTED:url-credentials]@db.example.com:5432/app");
    }
  }

  @Test
  void aPortOrAnUnpairedParenthesisBeforeAnAtSignIsNoPassword() {
    String[] clean = {
      "jdbc:sqlserver://sql.example.com:1433;databaseName=erp;user=bob@corp",
      "(see https://docs.example.com:443) and mail bob@example.com",
      "https://host.example.com:8443,https://other.example.com:8443 owned by ops@example.com",
      "Connecting to https://api.example.com (proxy http://proxy:3128), user bob@corp",
    };
    for (String line : clean) {
      assertThat(REDACTOR.redact(line)).as(line).isEqualTo(line);
    }
  }
}
