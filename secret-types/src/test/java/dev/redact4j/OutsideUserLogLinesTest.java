package dev.redact4j;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Log lines found leaking by a blind trial: realistic lines written without looking at the catalog,
 * each in the exact shape a library or tool prints. Each secret is hidden; the rest of the line, and
 * clean lines of the same shape, pass unchanged.
 */
class OutsideUserLogLinesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  /** An OAuth client secret in RFC 6749's unreserved characters, with a tilde and a dot in it. */
  private static String oauthClientSecret(Random r) {
    return FakeSecrets.mixed(r, 20) + "~" + FakeSecrets.mixed(r, 12) + "." + FakeSecrets.mixed(r, 7);
  }

  @Test
  void restTemplateFormDumpHidesAClientSecretThatHoldsATilde() {
    String secret = oauthClientSecret(new Random(7101));
    // RestTemplate at DEBUG: Writing [<MultiValueMap.toString()>] as "application/x-www-form-urlencoded"
    String line = "o.s.web.client.RestTemplate : Writing [{grant_type=[client_credentials], client_id=[billing],"
        + " client_secret=[" + secret + "]}] as \"application/x-www-form-urlencoded\"";
    assertThat(REDACTOR.redact(line)).doesNotContain(secret.substring(4))
        .contains("client_secret=[[REDACTED:secret-assignment]]}]");
    String clean = "o.s.web.client.RestTemplate : Writing [{grant_type=[client_credentials], client_id=[billing],"
        + " scope=[orders.read]}] as \"application/x-www-form-urlencoded\"";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
    String masked = "Writing [{client_id=[billing], client_secret=[PROTECTED]}]";
    assertThat(REDACTOR.redact(masked)).isSameAs(masked);
    String hint = "SharedAccessKeyName=[Shared Access Key Name goes here];"
        + "SharedAccessKey=[Shared Access key goes here];";
    assertThat(REDACTOR.redact(hint)).isSameAs(hint);
  }

  @Test
  void authorizationHeaderAfterAnEscapedLineBreakIsHidden() {
    String basic = FakeSecrets.mixed(new Random(7102), 40);
    // a Node.js ClientRequest in an axios error dump: _header holds the request head, \r\n escaped
    String line = "  _header: 'POST /oauth/token HTTP/1.1\\r\\nAccept: application/json\\r\\n"
        + "Authorization: Basic " + basic + "\\r\\nHost: idp.example.test\\r\\n\\r\\n',";
    assertThat(REDACTOR.redact(line)).isEqualTo(
        "  _header: 'POST /oauth/token HTTP/1.1\\r\\nAccept: application/json\\r\\n"
        + "Authorization: Basic [REDACTED:authorization-header]\\r\\nHost: idp.example.test\\r\\n\\r\\n',");
    String tab = "headers:\\tAuthorization: Basic " + basic;
    assertThat(REDACTOR.redact(tab)).isEqualTo("headers:\\tAuthorization: Basic [REDACTED:authorization-header]");
    // a word that merely ends in n before the header name is still no header
    String clean = "SignInAuthorization: Basic auth is disabled";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void goMysqlDsnHidesThePasswordBeforeTheNetworkType() {
    String pw = FakeSecrets.mixed(new Random(7103), 14) + "#@";
    String mask = "[REDACTED:go-dsn-password]";
    // go-sql-driver/mysql: [user[:password]@][net[(addr)]]/dbname[?params], printed by a failed Open or a config dump
    String panic = "panic: dial tcp: lookup db: no such host; dsn=app:";
    assertThat(REDACTOR.redact(panic + pw + "@tcp(db:3306)/app?parseTime=true"))
        .isEqualTo(panic + mask + "@tcp(db:3306)/app?parseTime=true");
    assertThat(REDACTOR.redact("{\"level\":\"debug\",\"msg\":\"db\",\"dsn\":\"app:" + pw + "@tcp(db:3306)/app\"}"))
        .isEqualTo("{\"level\":\"debug\",\"msg\":\"db\",\"dsn\":\"app:" + mask + "@tcp(db:3306)/app\"}");
    assertThat(REDACTOR.redact("root:" + pw + "@unix(/var/run/mysqld/mysqld.sock)/app"))
        .isEqualTo("root:" + mask + "@unix(/var/run/mysqld/mysqld.sock)/app");
    assertThat(REDACTOR.redact("DSN root:" + pw + "@tcp6([::1]:3306)/app"))
        .isEqualTo("DSN root:" + mask + "@tcp6([::1]:3306)/app");
    for (String clean : new String[] {"dsn=app@tcp(db:3306)/app", "dsn=app:@tcp(db:3306)/app",
        "fmt.Sprintf(\"%s:%s@tcp(%s)/%s\", user, pass, host, name)", "app:${DB_PASSWORD}@tcp(db:3306)/app",
        "dsn=app:****@tcp(db:3306)/app", "dial tcp(db:3306): connection refused", "app:<password>@tcp(db)/app"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void aPasswordInProseMayHoldADollarSign() {
    String pw = FakeSecrets.mixed(new Random(7104), 6) + "$" + FakeSecrets.mixed(new Random(7105), 8);
    assertThat(REDACTOR.redact("java.lang.IllegalArgumentException: Invalid credentials for user admin with password "
        + pw))
        .isEqualTo("java.lang.IllegalArgumentException: Invalid credentials for user admin with password"
            + " [REDACTED:password-assignment]");
    // a variable, and a variable inside a word, are no values
    for (String clean : new String[] {"login failed with password $DB_PASSWORD2",
        "login failed with password pre${DB_PASS}2",
        "login failed with password reset token expired at 12:00"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void cqlshPasswordAfterDashPIsHidden() {
    String pw = FakeSecrets.mixed(new Random(7106), 12) + "$";
    // Cassandra's shell: cqlsh [host [port]] -u <user> -p <password>, in set -x traces and runbooks
    assertThat(REDACTOR.redact("+ cqlsh -u cassandra -p " + pw + " cass1.internal.test 9042"))
        .isEqualTo("+ cqlsh -u cassandra -p [REDACTED:cli-password-flag] cass1.internal.test 9042");
    assertThat(REDACTOR.redact("cqlsh cass1 9042 -u app -p '" + pw + "' -e 'DESCRIBE KEYSPACES'"))
        .isEqualTo("cqlsh cass1 9042 -u app -p '[REDACTED:cli-password-flag]' -e 'DESCRIBE KEYSPACES'");
    String clean = "cqlsh -u cassandra cass1.internal.test 9042 --ssl";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void natsNkeySeedIsHiddenWhereverItIsPrinted() {
    Random r = new Random(7107);
    String base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    String user = "SUA" + FakeSecrets.chars(r, base32, 55);
    String account = "SAA" + FakeSecrets.chars(r, base32, 55);
    String mask = "[REDACTED:nats-nkey-seed]";
    // a .creds file, an env dump, a line that names the seed
    assertThat(REDACTOR.redact("-----BEGIN USER NKEY SEED-----\n" + user + "\n------END USER NKEY SEED------\n"))
        .isEqualTo("-----BEGIN USER NKEY SEED-----\n" + mask + "\n------END USER NKEY SEED------\n");
    assertThat(REDACTOR.redact("NATS_NKEY_SEED=" + user)).isEqualTo("NATS_NKEY_SEED=" + mask);
    assertThat(REDACTOR.redact("operator signing seed: " + account)).isEqualTo("operator signing seed: " + mask);
    // a public NKey (U..., A..., O...) is no secret, nor a seed's prefix inside a word, nor a short run
    String publicKey = "UA" + FakeSecrets.chars(r, base32, 54);
    for (String clean : new String[] {"user public key " + publicKey, "XSUA" + user.substring(3),
        "SUA" + user.substring(3, 30)}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void azureKeyVaultSecretSetHidesItsValue() {
    String pw = FakeSecrets.mixed(new Random(7108), 16) + "!";
    String mask = "[REDACTED:cli-option-password]";
    // the Azure CLI in a pipeline log: az keyvault secret set --vault-name <kv> --name <name> --value <secret>
    String set = "+ az keyvault secret set --vault-name kv-prod --name db-password --value \"";
    assertThat(REDACTOR.redact(set + pw + "\"")).isEqualTo(set + mask + "\"");
    assertThat(REDACTOR.redact("az keyvault secret set --value=" + pw + " --vault-name kv --name api"))
        .isEqualTo("az keyvault secret set --value=" + mask + " --vault-name kv --name api");
    String clean = "az keyvault secret set --vault-name kv-prod --name db-password --file ./secret.txt";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void erlangTermsHideAPasswordTupleAndBinary() {
    String pw = FakeSecrets.mixed(new Random(7109), 15) + "!";
    String mask = "[REDACTED:password-assignment]";
    // RabbitMQ's advanced.config and Erlang/Elixir logger reports: {key, "v"} tuples, <<"v">> binaries
    assertThat(REDACTOR.redact("[{rabbit, [{default_user, <<\"admin\">>}, {default_pass, <<\"" + pw + "\">>}]}]."))
        .isEqualTo("[{rabbit, [{default_user, <<\"admin\">>}, {default_pass, <<\"" + mask + "\">>}]}].");
    assertThat(REDACTOR.redact("[{password,\"" + pw + "\"},{user,\"app\"}]"))
        .isEqualTo("[{password,\"" + mask + "\"},{user,\"app\"}]");
    assertThat(REDACTOR.redact("{ok, #{password => <<\"" + pw + "\">>, user => <<\"app\">>}}"))
        .isEqualTo("{ok, #{password => <<\"" + mask + "\">>, user => <<\"app\">>}}");
    for (String clean : new String[] {"const {password, user} = req.body;", "{password, <<>>}",
        "{password, \"\"}", "{password, undefined}"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void aPrefixedTokenRightAfterAnEscapeIsHidden() {
    Random r = new Random(7110);
    String google = "AIza" + FakeSecrets.chars(r, ALNUM + "-_", 35);
    String sendgrid = "SG." + FakeSecrets.chars(r, ALNUM, 22) + "." + FakeSecrets.chars(r, ALNUM, 43);
    String g = "[REDACTED:google-api-key]";
    String s = "[REDACTED:sendgrid-api-key]";
    // a multi-line value inside a JSON string: the escape's n, r or t is no letter before the token
    assertThat(REDACTOR.redact("{\"notes\":\"maps:\\n" + google + "\\nmail:\\r\\n" + sendgrid + "\\t(prod)\"}"))
        .isEqualTo("{\"notes\":\"maps:\\n" + g + "\\nmail:\\r\\n" + s + "\\t(prod)\"}");
    // URL-encoded (a redirect carrying a query string) and JSON unicode-escaped (Gson) separators
    assertThat(REDACTOR.redact("GET /login?next=%2Fgeocode%3Fk%3D" + google + "%26q%3Dx"))
        .isEqualTo("GET /login?next=%2Fgeocode%3Fk%3D" + g + "%26q%3Dx");
    assertThat(REDACTOR.redact("{\"url\":\"https://x.example.test/?k\\u003d" + google + "\"}"))
        .isEqualTo("{\"url\":\"https://x.example.test/?k\\u003d" + g + "\"}");
    assertThat(REDACTOR.redact("q=send%20" + sendgrid)).isEqualTo("q=send%20" + s);
    // a prefix inside a word stays a word
    String clean = "DESIGNSUAREZ and ROSKIN and fooAIzaBar";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  /**
   * The same for a token whose anchor is short ({@code ey} of a JWT): the automaton itself must not drop the
   * hit for the letter before it when that letter ends an escape ({@code \\n}, {@code %3D}, backslash-u003d).
   */
  @Test
  void aJwtRightAfterAnEscapeIsHidden() {
    java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
    String jwt = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(UTF_8)) + "."
        + b64.encodeToString("{\"sub\":\"fake-user\",\"iat\":1700000000}".getBytes(UTF_8)) + "."
        + FakeSecrets.chars(new Random(7114), ALNUM + "-_", 43);
    String mask = "[REDACTED:jwt]";
    for (String before : new String[] {"{\"log\":\"headers:\\n", "msg=\"line\\r\\n", "a \\t",
        "GET /cb?next=%2Fapp%3Ftoken%3D", "GET /cb?next=%252Fapp%253Ftoken%253D", "{\"u\":\"/cb?t\\u003d",
        "q=%20"}) {
      assertThat(REDACTOR.redact(before + jwt + "\"")).as(before).isEqualTo(before + mask + "\"");
    }
    String clean = "monkey bakery journey money";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void oracleConnectStringInsideTheShellsSingleQuotesIsRead() {
    String pw = FakeSecrets.mixed(new Random(7111), 8) + "@" + FakeSecrets.mixed(new Random(7112), 6);
    String plain = FakeSecrets.mixed(new Random(7113), 14);
    String mask = "[REDACTED:oracle-credentials]";
    // a password holding @ must be double-quoted for Oracle, and the shell needs single quotes around it
    assertThat(REDACTOR.redact("+ sqlplus -s 'scott/\"" + pw + "\"@//ora1.internal.test:1521/ORCLPDB1' @report.sql"))
        .isEqualTo("+ sqlplus -s 'scott/\"" + mask + "\"@//ora1.internal.test:1521/ORCLPDB1' @report.sql");
    assertThat(REDACTOR.redact("sqlplus 'scott/" + plain + "@ORCL'")).isEqualTo("sqlplus 'scott/" + mask + "@ORCL'");
    String clean = "sqlplus '/ as sysdba'";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
