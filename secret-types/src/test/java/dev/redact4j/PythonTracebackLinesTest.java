package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Source lines that a Python traceback prints under each frame ({@code File "x.py", line 40, in verify}) and
 * that reach a log with it: code that handles a secret names it, it does not hold it. A literal secret in such
 * a line is still hidden.
 */
class PythonTracebackLinesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final Random RANDOM = new Random(1201);

  private static void assertKept(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @Test
  void aComparisonWithANameIsCodeNotASecret() {
    assertKept("    if token != expected:");
    assertKept("    if token == TOKEN_PLACEHOLDER:");
    assertKept("    while token == tokenize.COMMENT:");
    assertKept("            if token == self.eof:");
    assertKept("    while data['password'] != data['confirm']:");
    assertKept("    if secret is None or secret == self.secret:");
  }

  @Test
  void aComparisonWithALiteralOrAGeneratedValueStillHidesIt() {
    String pw = "Tq" + FakeSecrets.chars(RANDOM, FakeSecrets.ALNUM, 10) + "#4";
    RedactionAssertions.assertHidden("    if password == \"" + pw + "\":", pw);
    String token = FakeSecrets.mixed(RANDOM, 32);
    RedactionAssertions.assertHidden("    if token == " + token + ":", token);
    RedactionAssertions.assertHidden("assert api_key != " + token, token);
  }

  @Test
  void anArgumentLeftOutIsNoValue() {
    assertKept("    def read(self, name, pwd=None):");
    assertKept("    def extractall(self, path=None, members=None, pwd=None):");
    assertKept("    def __init__(self, api_key: str = None):");
    assertKept("def connect(host, password=null);");
  }

  @Test
  void aHeaderBuiltByACallIsCode() {
    assertKept("    r.headers[\"Authorization\"] = _basic_auth_str(self.username, self.password)");
    assertKept("    authorization = request.headers.get(\"Authorization\", \"\")");
    assertKept("    authorization = authorization.split()");
    String token = FakeSecrets.mixed(RANDOM, 40);
    RedactionAssertions.assertHidden("Authorization: Bearer " + token + "(expired)", token);
  }

  @Test
  void aMethodCalledOnASecretTakesNoSecret() {
    assertKept("    password = password.encode(\"utf-8\")");
    assertKept("            self.password.encode('ascii'), challenge, 'md5').hexdigest()");
    assertKept("        nobody = pwd.getpwnam('nobody')[2]");
    // methods that take a value: the literal is the secret or is compared with it
    String pw = "Tq" + FakeSecrets.chars(RANDOM, FakeSecrets.ALNUM, 10) + "#4";
    RedactionAssertions.assertHidden("    secret.assign(\"" + pw + "\");", pw);
    RedactionAssertions.assertHidden("    if password.equals(\"" + pw + "\"):", pw);
    RedactionAssertions.assertHidden("    self.client.pass_('" + pw + "')", pw);
  }

  @Test
  void anArgumentPassedUnderItsOwnNameOnItsOwnLineIsAVariable() {
    assertKept("        api_key=api_key,");
    assertKept("        password=password,");
    assertKept("        token=token)");
    // a properties line whose value happens to repeat its key stays hidden: it is a value there
    RedactionAssertions.assertHidden("password=password", "=password");
  }
}
