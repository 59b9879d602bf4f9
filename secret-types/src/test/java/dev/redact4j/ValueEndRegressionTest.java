package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shapes a comparison of the engine before and after generated passwords kept their symbols showed:
 * a password whose {@code ;} is followed by {@code word:} or digits is read whole, and masks, SQL
 * bindings, escaped ampersands, ids under token names and command substitutions stay as they are.
 */
class ValueEndRegressionTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {"password=ab;cd:Tr0ub4dor3x7Yq", "spring.datasource.password=h;uy56:/c{7v]5eeF(dLSj",
      "  password: b=65~u]!8soq", "is it ok? password= Tr0ub4dor3x7Yq",
      "DB_PASSWORD=n9qv4WtJ;69o7=p}v@", "password=PFF3GEBYApaiD; 6b4aGbBdApDRD",
      "keytool -list -storepass \"S4YtsD3Mn\\\"baBWP5S\"",
      // after blanks, a value that ends like base64 padding or holds a '=' of its own is still the value
      "client_secret = dG9rZW4tdmFsdWUtZm9yLXRlc3Q=", "password=  Tr0ub4dor3x7Yq", "secret=   c2VjcmV0LXZhbHVl==",
      "password= a7Fq=Wz9kLp2",
      // TOML and Python triple-quoted strings
      "secret_key = \"\"\"dG9rZW4tdmFsdWUtZm9yLXRlc3Q=\"\"\"", "SECRET_KEY = '''h;uy56:/c{7v]5eeF(dLSj'''"})
  void passwordsAreHiddenWhole(String line) {
    String out = REDACTOR.redact(line);
    String value = line.substring(line.indexOf(line.startsWith("keytool") ? '"' : '=') + 1);
    for (int i = 0; i + 5 <= value.length(); i++) {
      assertThat(out).as(line).doesNotContain(value.substring(i, i + 5));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"password=Optional[***]", "Creds(user=bob, password=Secret(********), host=db)",
      "password=min(8),max(64)", "update users set password=md5(?) where id=?",
      "update users set password=crypt(?, gen_salt('bf')) where id=?", "/login?user=bob&amp;password=&amp;remember=1",
      "Revoked token 3f2b8c1e-4d5a-4e6f-9a0b-1c2d3e4f5a6b for user bob",
      "cancellation_token=3f2b8c1e-4d5a-4e6f-9a0b-1c2d3e4f5a6b", "token_family=3f2b8c1e-4d5a-4e6f-9a0b-1c2d3e4f5a6b",
      "tokenUuid=3f2b8c1e-4d5a-4e6f-9a0b-1c2d3e4f5a6b", "redis-cli -a $(cat /run/secrets/redis) ping",
      "aws ssm put-parameter --name /app/db_url --value \"jdbc:postgresql://db:5432/app\" --type String",
      "ftp.login('anonymous', 'anonymous@')", "requirepass yes",
      "{\"pk\":\"USER#42\",\"sk\":\"sk_3f2b8c1e-4d5a-4e6f-9a0b-1c2d3e4f5a6b\"}",
      "[\"cli-keystore-password\", \"redis-password-directive\", \"oracle-credentials\"]",
      "requirepass is not set, see \"the redis docs\"", "curl -u 'bob' https://x -d 'a:b c'",
      // an empty value, then the next pair: the blank does not make that pair the value
      "api_key=None password=null secret= token: <nil> client_secret: \"\"", "secret= token: <nil>",
      "password= user=bob host=db", "client_secret:  redirect_uri: https://app.example.com/cb",
      // syslog of passwd(1): pam_unix(<service>:<management group>) names a PAM service, not a key
      "Nov 29 10:05:06 web-01 passwd[2211]: pam_unix(passwd:chauthtok): password changed for bob",
      "Nov 29 10:05:07 web-01 chpasswd[2212]: pam_unix(chpasswd:chauthtok): password changed for bob",
      // a conditional's branches in code: a ? SECRET : UNDECIDED;
      "state = forced ? SECRET : UNDECIDED;", "f(ok ? TOKEN : NONE_SET)",
      // a Vault audit log writes each token and secret as its HMAC, so that entries can be matched, never read
      "{\"auth\":{\"client_token\":\"hmac-sha256:9f8e7d6c5b4a39281706f5e4d3c2b1a098765432aabbccddeeff0011223344"
          + "55\"},\"response\":{\"data\":{\"password\":\"hmac-sha256:1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70819"
          + "2a3b4c5d6e7f809\"}}}"})
  void lookAlikesPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  /** Shells and scripts: curl's quoted password, PowerShell's SecureString, a braced generated password in JSON. */
  @org.junit.jupiter.api.Test
  void scriptShapesHideTheValueNotTheCode() {
    String pw = "Tr0ub4dor" + "3x7Yq";
    assertThat(REDACTOR.redact("curl -u bob:'" + pw + "' https://x")).isEqualTo("curl -u bob:'[REDACTED:cli-user-password]' https://x");
    assertThat(REDACTOR.redact("PS> $pw = ConvertTo-SecureString -String \"" + pw + "\" -AsPlainText -Force"))
        .isEqualTo("PS> $pw = ConvertTo-SecureString -String \"[REDACTED:password-assignment]\" -AsPlainText -Force");
    assertThat(REDACTOR.redact("$password = ConvertTo-SecureString '" + pw + "' -AsPlainText -Force")).doesNotContain(pw);
    assertThat(REDACTOR.redact("{\"password\":\"{BSd92ub9k$y5v)" + "uvombU}\"}")).doesNotContain("uvombU");
    for (String clean : new String[] {"$pw = Get-Secret -Name db", "{\"password\":\"{name}\"}",
        "password={PASSWORD_1}"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
    assertThat(REDACTOR.redact("password=Spring-Time2024 retry")).doesNotContain("Time2024");
    // Verb-Noun with an approved verb is a cmdlet; other capitalized pairs are passwords (found by SymbolPasswordsTest)
    assertThat(REDACTOR.redact("password=PZgGef-TgGPBaMRA retrying")).doesNotContain("TgGPBaMRA");
    assertThat(REDACTOR.redact("password=Abcdef-GhIjKlmn retrying")).doesNotContain("GhIjKlmn");
    assertThat(REDACTOR.redact("password = Read-Host -AsSecureString")).isEqualTo("password = Read-Host -AsSecureString");
  }

  /** A quoted password may hold blanks: everything up to the closing quote is hidden. */
  @ParameterizedTest
  @ValueSource(strings = {"requirepass \"%s\"|redis-password-directive", "masterauth '%s'|redis-password-directive",
      "CONFIG SET requirepass \"%s\"|redis-password-directive",
      "redis-server --requirepass '%s' --port 6380|redis-password-directive",
      "curl -u 'bob:%s' https://x|cli-user-password", "sqlplus scott/'%s'@orcl|oracle-credentials",
      "CREATE USER app IDENTIFIED BY \"%s\";|sql-identified-by", "redis-cli -a \"%s\" ping|cli-option-password"})
  void quotedPasswordsWithBlanksAreHiddenWhole(String lineAndRule) {
    String[] parts = lineAndRule.split("\\|");
    String pw = "xMX8Ehm a9Qv" + "f3nWmf";
    assertThat(REDACTOR.redact(parts[0].formatted(pw))).isEqualTo(parts[0].formatted("[REDACTED:" + parts[1] + "]"));
  }
}
