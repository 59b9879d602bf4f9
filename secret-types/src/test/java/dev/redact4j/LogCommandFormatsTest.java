package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Secrets that logs print as part of a command or statement rather than after a key: SQL
 * {@code IDENTIFIED BY}, the GitHub Actions {@code ::add-mask::} command, {@code az login -p}, presigned
 * URL signatures; and the prose and identifiers around them that must pass through.
 */
class LogCommandFormatsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @Test
  void sqlPasswordsInAuditRecordsAndOtherStatementShapesAreHidden() {
    Random r = new Random(1504);
    for (int i = 0; i < 10; i++) {
      String pw = FakeSecrets.mixed(r, 10 + r.nextInt(6)) + "%";
      for (String line : new String[] {
        // MariaDB server_audit: the query in single quotes, its own quotes escaped
        "20261112 10:14:03,db01,root,localhost,12,88,QUERY,,'GRANT SELECT ON app.* TO \\'bob\\'@\\'%\\'"
            + " IDENTIFIED BY \\'" + pw + "\\'',0",
        "{\"query\": \"ALTER USER \\\"bob\\\" IDENTIFIED BY \\\"" + pw + "\\\"\"}",
        // Oracle: a database link's remote account
        "SQL> CREATE DATABASE LINK sales_link CONNECT TO sales IDENTIFIED BY \"" + pw + "\" USING 'SALESDB';",
        // SQL Server: a Unicode string literal
        "2026-11-12 10:14:03.22 spid52      CREATE LOGIN [bob] WITH PASSWORD = N'" + pw + "', CHECK_POLICY = OFF;",
        "ALTER LOGIN sa WITH PASSWORD = N'" + pw + "' OLD_PASSWORD = N'x';",
      }) {
        assertThat(REDACTOR.redact(line)).as(line).doesNotContain(pw);
      }
    }
    String clean = "CREATE LOGIN [CORP\\bob] FROM WINDOWS WITH DEFAULT_DATABASE = N'app';";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void sqlIdentifiedByHidesThePassword() {
    Random r = new Random(21);
    String pw = FakeSecrets.mixed(r, 12) + "!";
    assertThat(REDACTOR.redact("2024-05-14T09:21:33.412345Z 12 Query\tCREATE USER 'repl'@'%' IDENTIFIED BY '" + pw + "'"))
        .isEqualTo("2024-05-14T09:21:33.412345Z 12 Query\tCREATE USER 'repl'@'%' IDENTIFIED BY "
            + "'[REDACTED:sql-identified-by]'");
    assertThat(REDACTOR.redact("ALTER USER 'app'@'localhost' IDENTIFIED WITH caching_sha2_password BY \"" + pw + "\";"))
        .doesNotContain(pw).contains("caching_sha2_password");
    String unquoted = FakeSecrets.mixed(r, 10);
    assertThat(REDACTOR.redact("ALTER USER scott IDENTIFIED BY " + unquoted))
        .isEqualTo("ALTER USER scott IDENTIFIED BY [REDACTED:sql-identified-by]");
  }

  @Test
  void sqlIdentifiedByHidesThePasswordAcrossLineBreaks() {
    // a statement logged as written over several lines (Hibernate's format_sql, a migration script, psql's log)
    String pw = FakeSecrets.mixed(new Random(23), 12) + "%";
    assertThat(REDACTOR.redact("ALTER USER app IDENTIFIED BY\n  '" + pw + "';"))
        .isEqualTo("ALTER USER app IDENTIFIED BY\n  '[REDACTED:sql-identified-by]';");
    assertThat(REDACTOR.redact("CREATE USER 'etl'@'%'\r\n    IDENTIFIED WITH mysql_native_password\r\n    BY '" + pw
        + "';")).doesNotContain(pw).endsWith("\r\n    BY '[REDACTED:sql-identified-by]';");
    String clean = "CREATE USER app\n  IDENTIFIED BY\n  DEFAULT TABLESPACE users;";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void sqlSetPasswordForAUserHidesThePassword() {
    String pw = FakeSecrets.mixed(new Random(25), 12) + "#";
    assertThat(REDACTOR.redact("2024-05-14T09:21:33Z 14 Query\tSET PASSWORD FOR 'bob'@'%' = '" + pw + "';"))
        .isEqualTo("2024-05-14T09:21:33Z 14 Query\tSET PASSWORD FOR 'bob'@'%' = '[REDACTED:password-assignment]';");
    assertThat(REDACTOR.redact("set password for app@localhost = \"" + pw + "\"")).doesNotContain(pw);
  }

  @Test
  void basicCredentialsLoggedWithoutTheirHeaderNameAreHidden() {
    String pw = FakeSecrets.mixed(new Random(27), 14);
    String credentials = java.util.Base64.getEncoder().encodeToString(("deploy:" + pw).getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    // nginx with $http_authorization in its log_format, HAProxy's captured request header
    assertThat(REDACTOR.redact("10.0.0.1 - - [14/May/2024:09:21:33 +0000] \"GET /api HTTP/1.1\" 200 12 \"-\" \"curl/8.5\" \"Basic "
        + credentials + "\""))
        .endsWith("\"curl/8.5\" \"Basic [REDACTED:basic-credentials]\"");
    assertThat(REDACTOR.redact("haproxy[812]: 10.0.0.1:51234 {Basic " + credentials + "} \"GET /api HTTP/1.1\""))
        .doesNotContain(credentials).contains("{Basic [REDACTED:");
    // with its header name, the header's rule names it, as before
    assertThat(REDACTOR.redact("Authorization: Basic " + credentials)).isEqualTo("Authorization: Basic [REDACTED:authorization-header]");
  }

  @Test
  void powerShellCredentialHidesThePasswordNotTheUser() {
    String pw = FakeSecrets.mixed(new Random(28), 12) + "%";
    // Windows event 4104 (script block logging) records the script as it ran
    assertThat(REDACTOR.redact("$cred = New-Object System.Management.Automation.PSCredential('CORP\\svc-backup',"
        + " (ConvertTo-SecureString '" + pw + "' -AsPlainText -Force))"))
        .isEqualTo("$cred = New-Object System.Management.Automation.PSCredential('CORP\\svc-backup',"
            + " (ConvertTo-SecureString '[REDACTED:secret-assignment]' -AsPlainText -Force))");
    assertThat(REDACTOR.redact("New-Object PSCredential (\"svc-backup\", (ConvertTo-SecureString -String \"" + pw
        + "\" -AsPlainText -Force))")).doesNotContain(pw).contains("(\"svc-backup\", ");
    String variable = "$cred = New-Object System.Management.Automation.PSCredential ('svc-backup', $secpasswd)";
    assertThat(REDACTOR.redact(variable)).isSameAs(variable);
  }

  @Test
  void terraformCtyValuesHideTheStringNotTheMessage() {
    String pw = FakeSecrets.mixed(new Random(29), 12) + "^";
    assertThat(REDACTOR.redact("      - .password: planned value cty.StringVal(\"" + pw + "\") for a non-computed attribute"))
        .isEqualTo("      - .password: planned value cty.StringVal(\"[REDACTED:password-assignment]\") for a non-computed"
            + " attribute");
    assertThat(REDACTOR.redact("  - .master_password: was cty.StringVal(\"" + pw + "\"), but now null"))
        .isEqualTo("  - .master_password: was cty.StringVal(\"[REDACTED:password-assignment]\"), but now null");
  }

  @Test
  void phpVarDumpHidesTheStringOnTheLineAfterItsKey() {
    String pw = FakeSecrets.mixed(new Random(30), 14) + "#";
    assertThat(REDACTOR.redact("  [\"password\":protected]=>\n  string(15) \"" + pw + "\""))
        .isEqualTo("  [\"password\":protected]=>\n  string(15) \"[REDACTED:password-assignment]\"");
    assertThat(REDACTOR.redact("  [\"db_password\"]=>\n  string(15) \"" + pw + "\"")).doesNotContain(pw);
    assertThat(REDACTOR.redact("PHP message: array(1) { [\"api_secret\"]=> string(15) \"" + pw + "\" }"))
        .doesNotContain(pw);
    assertThat(REDACTOR.redact("  [\"secret\":\"App\\Config\\Mail\":private]=>\n  string(15) \"" + pw + "\""))
        .doesNotContain(pw);
    // the key's line alone (the CLI reads it so when no string follows) and other types stay
    for (String clean : new String[] {"  [\"password\":protected]=>", "  [\"password\":\"App\\Db\":private]=>",
        "  [\"password\"]=>\n  NULL", "  [\"token_ttl\"]=>\n  int(3600)"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void aPasswordEchoedIntoDockerLoginPasswordStdinIsHidden() {
    String pw = FakeSecrets.mixed(new Random(32), 14);
    // bash history (HISTTIMEFORMAT), scripts and the docs that copy them
    assertThat(REDACTOR.redact("  107  2026-11-29 10:03:55 echo '" + pw + "' | docker login registry.example.com -u ci-bot"
        + " --password-stdin"))
        .isEqualTo("  107  2026-11-29 10:03:55 echo '[REDACTED:cli-password-flag]' | docker login registry.example.com"
            + " -u ci-bot --password-stdin");
    assertThat(REDACTOR.redact("printf '%s' \"" + pw + "\" | podman login --password-stdin -u bot quay.io"))
        .doesNotContain(pw);
    assertThat(REDACTOR.redact("echo -n " + pw + " | docker login -u bot --password-stdin")).doesNotContain(pw);
    // a variable, or an echo that does not feed the password
    for (String clean : new String[] {"echo \"$REGISTRY_PASSWORD\" | docker login -u bob --password-stdin",
        "echo 'logging in to registry.example.com' | tee -a deploy.log; docker login -u bob --password-stdin",
        "echo ready | docker login -u bob registry.example.com"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void redisMonitorAuthHidesThePasswordNotTheUser() {
    String pw = FakeSecrets.mixed(new Random(26), 16);
    assertThat(REDACTOR.redact("1715678493.120438 [0 10.0.0.7:51234] \"AUTH\" \"" + pw + "\""))
        .isEqualTo("1715678493.120438 [0 10.0.0.7:51234] \"AUTH\" \"[REDACTED:token-assignment]\"");
    assertThat(REDACTOR.redact("1715678493.120438 [0 10.0.0.7:51234] \"AUTH\" \"default\" \"" + pw + "\""))
        .isEqualTo("1715678493.120438 [0 10.0.0.7:51234] \"AUTH\" \"default\" \"[REDACTED:token-assignment]\"");
    assertThat(REDACTOR.redact("1715678493.120438 [0 10.0.0.7:51234] \"hello\" \"3\" \"auth\" \"app\" \"" + pw + "\""))
        .doesNotContain(pw).contains("\"app\"");
  }

  @Test
  void redisAclSetuserHidesThePasswordsNotTheRules() {
    String pw = FakeSecrets.mixed(new Random(27), 16);
    assertThat(REDACTOR.redact("1715678493.120440 [0 10.0.0.7:51234] \"ACL\" \"SETUSER\" \"alice\" \"on\" \">" + pw
        + "\" \"~cached:*\" \"+get\"")).isEqualTo("1715678493.120440 [0 10.0.0.7:51234] \"ACL\" \"SETUSER\" \"alice\""
            + " \"on\" \">[REDACTED:redis-acl-password]\" \"~cached:*\" \"+get\"");
    assertThat(REDACTOR.redact("127.0.0.1:6379> ACL SETUSER bob on >" + pw + " ~* &* +@all"))
        .isEqualTo("127.0.0.1:6379> ACL SETUSER bob on >[REDACTED:redis-acl-password] ~* &* +@all");
    assertThat(REDACTOR.redact("ACL SETUSER bob <" + pw)).doesNotContain(pw);
    for (String clean : new String[] {"ACL SETUSER bob on nopass ~* +@all", "ACL SETUSER bob off resetpass",
        "ACL SETUSER bob on #9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 ~*"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Resource identified by 'orders' not found",
    "the password for 'bob' = unchanged",
    "\"auth\" \"method\" \"basic\"",
    "SET PASSWORD FOR 'bob'@'%' = '${NEW_PASSWORD}';",
    "Basic Auth enabled for realm Internal",
    "Basic dGVzdGluZ3Rlc3Rpbmc=",
    "Using Basic authentication; Basic realm=\"api\"",
    "the user identified by name 'bob' was locked",
    "Removes the directory identified by `path`.",
    "ALTER USER scott IDENTIFIED BY tiger",
    "CREATE USER 'x'@'%' IDENTIFIED BY PASSWORD '*0000000000000000000000000000000000000000'",
    "session identified by token abc123 expired",
    "echo ::add-mask::",
    "Run echo \"::add-mask::$MY_TOKEN\"",
    "2024-05-14T09:21:34Z ::add-mask::***",
    "::add-mask::[REDACTED:github-actions-add-mask]",
    "echo \"::add-mask::${{ steps.login.outputs.token }}\"",
    "CREATE USER '${DB_USER}'@'%' IDENTIFIED BY '${DB_PASSWORD}';",
    "ALTER USER app IDENTIFIED BY '<password>'",
    "X-Amz-SignedHeaders=host&X-Amz-Expires=3600",
    "is_live_streaming_enabled_for_all_users_flag=true",
    "live_events_2024_05_14_abcdefghijklmnopqrst processed",
    "EAACompany AQVNetwork sb_secret_name fm2_config",
  })
  void lookAlikesPassThrough(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void addMaskValuesAreHidden() {
    String value = FakeSecrets.mixed(new Random(22), 40);
    assertThat(REDACTOR.redact("2024-05-14T09:21:34.0000000Z + echo '::add-mask::" + value + "'"))
        .isEqualTo("2024-05-14T09:21:34.0000000Z + echo '::add-mask::[REDACTED:github-actions-add-mask]");
    assertThat(REDACTOR.redact("::add-mask::" + value)).doesNotContain(value);
  }

  @Test
  void azLoginPasswordIsHidden() {
    String secret = FakeSecrets.mixed(new Random(23), 34);
    assertThat(REDACTOR.redact("+ az login --service-principal -u 1b2c3d4e-0000-1111-2222-333344445555 -p " + secret
        + " --tenant contoso.onmicrosoft.com")).doesNotContain(secret).contains("--tenant contoso.onmicrosoft.com");
  }

  @Test
  void presignedUrlSignaturesAreHidden() {
    Random r = new Random(24);
    String aws = FakeSecrets.chars(r, FakeSecrets.HEX, 64);
    assertThat(REDACTOR.redact("GET /o.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20240514T092133Z"
        + "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=" + aws + " 200"))
        .endsWith("&X-Amz-Signature=[REDACTED:presigned-url-signature] 200");
    String gcs = FakeSecrets.chars(r, FakeSecrets.HEX, 512);
    assertThat(REDACTOR.redact("https://storage.googleapis.com/b/o?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature="
        + gcs)).doesNotContain(gcs.substring(0, 16));
  }

  @Test
  void shortTermBedrockKeysAreHidden() {
    // Its fixed start is public (base64 of the service host); the rule id repeats part of it, so this
    // family is checked here rather than by the fragment property test.
    String key = "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t"
        + FakeSecrets.chars(new Random(26), FakeSecrets.B64, 240) + "=";
    assertThat(REDACTOR.redact("export AWS_BEARER_TOKEN_BEDROCK=" + key))
        .isEqualTo("export AWS_BEARER_TOKEN_BEDROCK=[REDACTED:aws-bedrock-api-key]");
    assertThat(REDACTOR.redact("retrying InvokeModel with " + key + " after 403"))
        .isEqualTo("retrying InvokeModel with [REDACTED:aws-bedrock-api-key] after 403");
  }

  @Test
  void flyMacaroonsAreHiddenWhole() {
    Random r = new Random(25);
    String first = "fm2_" + FakeSecrets.chars(r, FakeSecrets.B64, 150) + "==";
    String second = "fm2_" + FakeSecrets.chars(r, FakeSecrets.B64, 90) + "+/x";
    assertThat(REDACTOR.redact("FLY_API_TOKEN=FlyV1 " + first + "," + second))
        .isEqualTo("FLY_API_TOKEN=FlyV1 [REDACTED:flyio-token],[REDACTED:flyio-token]");
  }

  @Test
  void expressSessionCookiesAreHiddenWhereverTheyArePrinted() {
    Random r = new Random(23);
    String value = "s%3A" + FakeSecrets.mixed(r, 32) + "." + FakeSecrets.mixed(r, 43);
    // in a Cookie header both rules find it; the more specific one names it
    assertThat(REDACTOR.redact("Cookie: connect.sid=" + value + "; theme=dark"))
        .isEqualTo("Cookie: connect.sid=[REDACTED:express-session-cookie]; theme=dark");
    assertThat(REDACTOR.redact("session cookie connect.sid=" + value + " set"))
        .isEqualTo("session cookie connect.sid=[REDACTED:express-session-cookie] set");
    assertThat(REDACTOR.redact("Set-Cookie: connect.sid=" + value + "; Path=/; HttpOnly"))
        .doesNotContain(value.substring(4, 20)).contains("; Path=/; HttpOnly");
    assertThat(REDACTOR.redact("{\"connect.sid\":\"" + value + "\"}")).doesNotContain(value.substring(4, 20));
    String clean = "cookie connect.sid missing, starting a new session";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void signedUrlSignaturesAreHiddenButSignaturesInProseAreNot() {
    Random r = new Random(29);
    String cloudFront = FakeSecrets.mixed(r, 40) + "~" + FakeSecrets.mixed(r, 30) + "__";
    assertThat(REDACTOR.redact("GET https://d1fake.cloudfront.net/a.jpg?Expires=1715678493&Signature=" + cloudFront
        + "&Key-Pair-Id=K2FAKE")).doesNotContain(cloudFront).contains("[REDACTED:url-signature]&Key-Pair-Id=K2FAKE");
    String sas = FakeSecrets.mixed(r, 43) + "%3D";
    assertThat(REDACTOR.redact("https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&sig=" + sas))
        .doesNotContain(sas).endsWith("sig=[REDACTED:url-signature]");
    for (String clean : new String[] {"{\"signature\": \"Best regards, the Fake Team 2024\"}", "signature verified in 3 ms",
        "signature=valid", "X-Hub-Signature-256 header missing",
        // strace: a signal, not a signature
        "[wait(0x01057f) = 29491] WIFSTOPPED,sig=SIGTRAP,EVENT_FORK (1)", "rt_sigaction(sig=SIGRTMIN, ...)"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  /**
   * GitHub Actions' deprecated {@code ::set-output name=<key>::<value>} and {@code ::save-state} workflow
   * commands, still printed by older actions and scripts: the value of a key that names a secret is hidden.
   */
  @Test
  void githubActionsOutputCommandsHideASecretKeysValue() {
    String value = "Qw7eRt2Yu9" + "Io4PaS6dF3gH";
    assertThat(REDACTOR.redact("::set-output name=db_password::" + value))
        .isEqualTo("::set-output name=db_password::[REDACTED:password-assignment]");
    assertThat(REDACTOR.redact("echo \"::save-state name=api_token::" + value + "\""))
        .doesNotContain(value);
    for (String clean : new String[] {"::set-output name=version::1.2.3", "::set-output name=password_file::",
        "Password::getHash", "token::Kind::Bearer"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }
}
