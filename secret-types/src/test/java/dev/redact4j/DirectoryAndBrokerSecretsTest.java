package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Passwords that directory exports and message-broker configurations hold under names no key word
 * finds: LDIF {@code userPassword} hashes (also base64-encoded, {@code ::}) and the {@code user_<name>}
 * options of a JAAS login module entry.
 */
class DirectoryAndBrokerSecretsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @Test
  void ldifPasswordHashesAreHiddenPlainAndBase64Encoded() {
    Random r = new Random(51);
    String ssha = "{SSHA}" + FakeSecrets.chars(r, FakeSecrets.B64, 32);
    String sha = "{SHA}" + FakeSecrets.chars(r, FakeSecrets.B64, 27) + "=";
    String encoded = Base64.getEncoder().encodeToString(ssha.getBytes(StandardCharsets.US_ASCII));
    String ldif = "dn: uid=bob,ou=people,dc=example,dc=org\nobjectClass: inetOrgPerson\nuid: bob\nuserPassword: "
        + ssha + "\n\ndn: uid=eve,ou=people,dc=example,dc=org\nuserPassword:: " + encoded + "\n";
    String out = REDACTOR.redact(ldif);
    assertThat(out).doesNotContain(ssha.substring(6)).doesNotContain(encoded).contains("uid: bob", "objectClass: inetOrgPerson");
    assertThat(REDACTOR.redact("htpasswd entry bob:" + sha)).doesNotContain(sha.substring(5));
    for (String line : new String[] {"password :: Text", "Password::hash($x)", "userPassword: {SSHA}", "uses {SHA} hashing"}) {
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
  }

  @Test
  void everyUserOfAJaasEntryIsHiddenBesideItsOwnPassword() {
    Random r = new Random(52);
    String admin = FakeSecrets.mixed(r, 14);
    String alice = FakeSecrets.mixed(r, 14);
    String bob = FakeSecrets.mixed(r, 14);
    String jaas = "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\""
        + " password=\"" + admin + "\" user_admin=\"" + admin + "\" user_alice=\"" + alice + "\" user_bob=\"" + bob + "\";";
    String out = REDACTOR.redact(jaas);
    assertThat(out).doesNotContain(admin).doesNotContain(alice).doesNotContain(bob)
        .startsWith("sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\"");
    String escaped = "{\"KAFKA_OPTS\": \"plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule"
        + " required user_bob=\\\"" + bob + "\\\";\"}";
    assertThat(REDACTOR.redact(escaped)).doesNotContain(bob).endsWith("\\\";\"}");
    String kafkaServer = "KafkaServer {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n"
        + "  user_alice=\"" + alice + "\";\n};";
    assertThat(REDACTOR.redact(kafkaServer)).doesNotContain(alice);
    String placeholder = "PlainLoginModule required user_admin=\"${ADMIN_PASSWORD}\";";
    assertThat(REDACTOR.redact(placeholder)).isSameAs(placeholder);
  }

  @Test
  void directoryBindAndRootPasswordsAreHidden() {
    Random r = new Random(53);
    for (int i = 0; i < 20; i++) {
      String pw = FakeSecrets.mixed(r, 10 + r.nextInt(8));
      for (String line : new String[] {
        "bindpw " + pw, // nslcd.conf, pam_ldap.conf
        "rootpw          " + pw, // slapd.conf
        "\t\t<ldap_bindpw>" + pw + "</ldap_bindpw>", // pfSense config.xml
        "ldap_default_authtok = " + pw, // sssd.conf
        "ad_default_authtok: " + pw,
      }) {
        assertThat(REDACTOR.redact(line)).as(line).doesNotContain(pw);
      }
    }
  }

  @Test
  void directoryPasswordSettingsWithoutAValueStay() {
    for (String clean : new String[] {
      "ldap_default_authtok_type = obfuscated_password",
      "ldap_default_authtok_type = password",
      "rootpw is not set",
      "bindpw file /etc/nslcd.secret",
    }) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }
}
