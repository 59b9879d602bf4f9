package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What operators paste when they share command output: {@code kubectl describe}, {@code docker inspect},
 * Ansible {@code -vvv}, AWS CLI {@code --debug}, MySQL's general log. Secrets in them are hidden; the
 * metadata beside them (sizes, key fingerprints, prompts, header names) passes unchanged.
 */
class OpsOutputFormatsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {
    // kubectl describe secret: the size of each value, not the value
    "password:  16 bytes",
    "api-key:   32 bytes",
    "client_secret:  1 bytes",
    // Docker official images: the release signing key's fingerprint or id
    "GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D",
    "\"GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305\",",
    "ENV GPG_KEY 0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D",
    "gpg_key: 64E628F8D684696D",
    // Ansible -vvv: become's prompt ends a quoted option, it holds no password
    "<db1> EXEC /bin/sh -c 'sudo -H -S -n  -u root /bin/sh -c '\"'\"'echo BECOME-SUCCESS-abc'\"'\"' && sleep 0'",
    "<db1> EXEC /bin/sh -c 'sudo -H -S -p \"[sudo via ansible, key=qwertyuiopasdfghjklzxcvbnmqwerty] password:\" -u root"
        + " /bin/sh -c '\"'\"'echo BECOME-SUCCESS-qwertyuiopasdfghjklzxcvbnmqwerty ; /usr/bin/python3'\"'\"' && sleep 0'",
    // the same command in a JSON log (Ansible's json callback)
    "{\"cmd\": \"sudo -H -S -p \\\"[sudo via ansible, key=qwertyuiopasdfghjklzxcvbnmqwerty] password:\\\" -u root /bin/sh\"}",
    // Ingress annotations name the Secret that holds the credentials
    "    nginx.ingress.kubernetes.io/auth-secret: basic-auth",
    "    nginx.ingress.kubernetes.io/auth-tls-secret: ingress-nginx/ca-secret",
    "  \"nginx.ingress.kubernetes.io/proxy-ssl-secret\": \"default/backend-tls\",",
    // botocore --debug: a header value naming an operation, then the next header's name
    "'headers': {'X-Amz-Target': 'secretsmanager.GetSecretValue', 'Content-Type': 'application/x-amz-json-1.1'}",
  })
  void metadataBesideSecretsPassesUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
  }

  @Test
  void aSizeIsNotTheOnlyThingAfterAPasswordKey() {
    String pw = FakeSecrets.mixed(new Random(71), 14);
    assertThat(REDACTOR.redact("password: 16 bytes " + pw)).doesNotContain(pw);
    assertThat(REDACTOR.redact("password: " + pw + " bytes")).doesNotContain(pw);
  }

  @Test
  void aGpgPassphraseOrArmouredKeyIsStillHidden() {
    String pw = FakeSecrets.mixed(new Random(72), 20);
    assertThat(REDACTOR.redact("GPG_PASSPHRASE=" + pw)).doesNotContain(pw);
    assertThat(REDACTOR.redact("GPG_KEY=" + pw)).doesNotContain(pw);
  }

  @Test
  void aSecretUnderAnAnnotationLikeKeyIsStillHiddenWhenItIsNoName() {
    String secret = FakeSecrets.mixed(new Random(76), 20);
    assertThat(REDACTOR.redact("    example.io/webhook-secret: " + secret)).doesNotContain(secret);
    assertThat(REDACTOR.redact("auth-secret: basic-auth-2026")).doesNotContain("basic-auth-2026");
  }

  @Test
  void aGoStructWithAQuotedPasswordIsStillHidden() {
    String pw = FakeSecrets.mixed(new Random(73), 12);
    assertThat(REDACTOR.redact("config: &main.Config{User:\"app\", Password:\"" + pw + "\", Port:5432}"))
        .doesNotContain(pw);
    assertThat(REDACTOR.redact("prompt password:\"" + pw + "\"")).doesNotContain(pw);
  }

  @Test
  void jsonEscapedTwiceHidesTheValue() {
    String pw = FakeSecrets.mixed(new Random(74), 12);
    // aws --debug prints GetSecretValue's response body as Python bytes: a JSON string holding JSON
    String line = "b'{\"ARN\":\"arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf\",\"Name\":\"prod/db\","
        + "\"SecretString\":\"{\\\\\"username\\\\\":\\\\\"app\\\\\",\\\\\"password\\\\\":\\\\\"" + pw + "\\\\\"}\"}'";
    assertThat(REDACTOR.redact(line))
        .isEqualTo(line.replace(pw, "[REDACTED:password-assignment]"));
  }

  @Test
  void mysqlGrantIdentifiedByHidesThePassword() {
    String pw = FakeSecrets.mixed(new Random(75), 12);
    assertThat(REDACTOR.redact("2026-11-29T10:01:29.123457Z 12 Query\tGRANT ALL ON *.* TO 'app'@'%' IDENTIFIED BY '"
        + pw + "'")).isEqualTo("2026-11-29T10:01:29.123457Z 12 Query\tGRANT ALL ON *.* TO 'app'@'%' IDENTIFIED BY"
            + " '[REDACTED:sql-identified-by]'");
  }
}
