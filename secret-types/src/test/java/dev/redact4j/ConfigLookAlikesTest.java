package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lines from configuration that name a secret without holding one: a logging pattern's MDC
 * conversion, an OpenSSH public key under a key name, an {@code nsswitch.conf} line, and keytool's
 * {@code -storepass:file} / {@code :env} forms, which say where the password is.
 */
class ConfigLookAlikesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {"pw=%X{password}", "<pattern>%d token=%mdc{token} %msg%n</pattern>",
      "ssh_host_ed25519_key.pub: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOq7Vz8iezPbh9ezVlfcC",
      "ssh_key: ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 deploy@build", "passwd:         files systemd",
      "passwd: files [NOTFOUND=return] ldap", "keytool -list -storepass:file pass.txt",
      "keytool -list -keystore a.jks -storepass:env STORE_PASS",
      // references in redact4j's own syntax (Secrets.fromReference) and YAML tags that name or encrypt the value
      "api_token=env:API_TOKEN", "secret: sysprop:app.client.secret", "token=file:/run/secrets/token",
      "api_key: file:./secrets/api.key", "password: !vault |", "MasterUserPassword: !Ref DbPassword",
      "password: !GetAtt DbSecret.Password", "token: !ImportValue shared-ci-token",
      // Home Assistant and ESPHome read the value from secrets.yaml or the environment by this name
      "wifi_password: !secret wifi_password", "    password: !secret ota_password",
      "  api_password: !env_var HA_API_PASSWORD", "  token: !input notify_token",
      "{\"msg\":\"invalid config: password: !secret mqtt_password\"}",
      // Maven, Gradle and Spring interpolate ${...}: a short word around the references is no secret
      "<animal-sniffer.signature>java${javaTarget.majorVersion}${javaTarget.minorVersion}</animal-sniffer.signature>",
      "db.password=${DB_PASSWORD}", "signing.password=v${signing.version}", "token=tok-${ENV}-${REGION}"})
  void lookAlikesPassUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void aSecretBesideAnInterpolatedReferenceIsStillHidden() {
    String literal = FakeSecrets.mixed(new Random(20_11), 12);

    assertThat(REDACTOR.redact("db.password=" + literal + "${SUFFIX}")).doesNotContain(literal);
  }

  @Test
  void theSecretsBesideThemAreStillHidden() {
    String pw = "Xq7kLm2" + "Vb9";
    assertThat(REDACTOR.redact("passwd: files " + pw)).doesNotContain(pw);
    assertThat(REDACTOR.redact("keytool -list -storepass " + pw)).doesNotContain(pw);
    assertThat(REDACTOR.redact("pw=%" + pw)).doesNotContain(pw);
    assertThat(REDACTOR.redact("api_token=env:" + pw)).doesNotContain(pw);
    assertThat(REDACTOR.redact("password: !unsafe '" + pw + "'")).doesNotContain(pw);
    assertThat(REDACTOR.redact("password: !Ref" + pw)).doesNotContain(pw);
    assertThat(REDACTOR.redact("password: !secret " + pw + " extra")).doesNotContain(pw);
    assertThat(REDACTOR.redact("password: !secrets " + pw)).doesNotContain(pw);
  }

  /** ODBC quotes a value that holds {@code ;} or braces in braces, with {@code }}} for a brace. */
  @Test
  void odbcBracedPasswordsAreHiddenWhole() {
    String pw = "kcSn8Z;" + "cfSeFtBV9";
    assertThat(REDACTOR.redact("Driver={PostgreSQL};Server=db;Uid=app;Pwd={" + pw + "};"))
        .isEqualTo("Driver={PostgreSQL};Server=db;Uid=app;Pwd={[REDACTED:password-assignment]};");
    assertThat(REDACTOR.redact("Pwd={a}}b;" + pw + "}")).isEqualTo("Pwd={[REDACTED:password-assignment]}");
    for (String clean : new String[] {"Password={DB_PASSWORD};", "password={}", "password={{ .Values.pw }}",
        "Password={0};"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  /** A bootstrap token's random letters may spell a key word; it is still a token, not a code reference. */
  @Test
  void aKubeadmTokenSpellingAKeyWordIsHidden() {
    String token = "xkey1p" + ".ux1xhv50qmltmj1c";
    assertThat(REDACTOR.redact("kubeadm join 10.0.0.1:6443 --token " + token + " --discovery-token-ca-cert-hash sha256:ab"))
        .doesNotContain(token).endsWith("--discovery-token-ca-cert-hash sha256:ab");
    for (String clean : new String[] {"token=config.tokenvalue", "password=env.db_password"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }
}
