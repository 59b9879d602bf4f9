package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Passwords passed by position to the calls that take them (Python requests and smtplib, the MongoDB
 * and JDBC drivers, Apache HttpClient, java.net): only the literal in the password's position is
 * hidden; variables there, other positions and look-alike calls pass through.
 */
class CallArgumentPasswordTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = "xJc8" + "SvDeFXS1" + "5Z86";
  private static final String HIDDEN = "[REDACTED:call-argument-password]";

  @ParameterizedTest
  @ValueSource(strings = {
    "r = requests.get(url, auth=(\"admin\", \"%s\"))",
    "r = requests.get(url, auth = ('admin', '%s'), timeout=5)",
    "r = httpx.get(url, auth=(user, \"%s\"))",
    "MongoCredential.createCredential(\"app\", \"admin\", \"%s\".toCharArray())",
    "MongoCredential.createScramSha256Credential(user, \"admin\", \"%s\".toCharArray());",
    "server.login(\"alerts@example.com\", \"%s\")",
    "imaplib.IMAP4_SSL(host).login(user, '%s')",
    "Connection c = DriverManager.getConnection(url, \"root\", \"%s\");",
    "java.sql.DriverManager.getConnection(\"jdbc:mysql://db/app\", \"root\",\n    \"%s\")",
    "new UsernamePasswordCredentials(\"user\", \"%s\")",
    "return new PasswordAuthentication(\"user\", \"%s\".toCharArray());",
    "session.auth = HTTPBasicAuth(\"user\", \"%s\")",
    "requests.auth.HTTPDigestAuth('user', '%s')",
    // a (user, password) tuple assigned to a name that is an auth or login value
    "auth_tuple = (\"app\", \"%s\")",
    "login = ('app', '%s')",
    "self.basic_auth = (\"app\", \"%s\")",
    "LOGIN_PAIR=(\"app\", \"%s\")",
  })
  void thePasswordLiteralIsHidden(String template) {
    assertThat(REDACTOR.redact(template.formatted(PW))).isEqualTo(template.formatted(HIDDEN));
  }

  /** A generated password may hold a blank; a sentence in the same place has no digit or no capital. */
  @Test
  void aPasswordWithABlankIsHiddenInALogin() {
    String pw = "UoZ3WGx " + "hMfSCNS3N";
    assertThat(REDACTOR.redact("smtp.login('bob', '" + pw + "')")).isEqualTo("smtp.login('bob', '" + HIDDEN + "')");
    assertThat(REDACTOR.redact("ui.login(\"bob\", \"Welcome back\")")).isEqualTo("ui.login(\"bob\", \"Welcome back\")");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "r = requests.get(url, auth=(user, password))",
    "r = requests.get(url, oauth=(\"a\", \"b\"))",
    "ui.login(\"Sign in\", \"Welcome back\")",
    "session.login(\"bob\", \"tQmYvirVNq9zY9ZR\", remember=True)",
    "login(\"bob\", \"tQmYvirVNq9zY9ZR\")",
    "ds.getConnection(\"root\", \"tQmYvirVNq9zY9ZR\")",
    "DriverManager.getConnection(url, props)",
    "protected PasswordAuthentication getPasswordAuthentication() {",
    "MongoCredential.createCredential(user, db, password.toCharArray())",
    "HTTPBasicAuth(\"user\", os.environ[\"API_PASSWORD\"])",
    "login_urls = (\"https://a.example.com\", \"https://b.example.com\")",
    "auth_methods = (\"basic\", \"digest\")",
    "login = (\"Sign in\", \"Welcome back\")",
    "oauth = (\"a\", \"tQmYvirVNq9zY9ZR\")",
    "author = (\"Jane\", \"tQmYvirVNq9zY9ZR\")",
    "auth_tuple = (\"app\", \"tQmYvirVNq9zY9ZR\", \"extra\")",
    "total=(a+b)*(c-d)",
  })
  void otherShapesPassThrough(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void aUserPasswordCallHidesItsSecondLiteralAndKeepsTheUser() {
    for (String line : new String[] {
      "admin> db.changeUserPassword(\"reporting\", \"" + PW + "\")",
      "db.changeUserPassword('reporting', '" + PW + "')",
    }) {
      assertThat(REDACTOR.redact(line)).as(line).doesNotContain(PW).contains("reporting");
    }
  }
}
