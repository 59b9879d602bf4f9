package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What Java servers and the JVM itself print at start-up and on request: system property listings
 * ({@code jcmd VM.system_properties}, {@code jinfo}), command lines, configuration dumps. Values are
 * generated and obviously fake.
 */
class JvmStartupOutputTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final Random RANDOM = new Random(20261130);

  private static String password() {
    return "Fake" + FakeSecrets.chars(RANDOM, FakeSecrets.LOWER, 5) + FakeSecrets.chars(RANDOM, FakeSecrets.DIGITS, 3)
        + "!" + FakeSecrets.chars(RANDOM, FakeSecrets.ALNUM, 4);
  }

  @Test
  void aUrlPasswordEscapedAsPropertiesStoreWritesItIsHidden() {
    String pw = password();
    // jcmd <pid> VM.system_properties and jinfo print java.util.Properties.store's form: every ':' escaped.
    String url = "spring.datasource.url=jdbc\\:postgresql\\://app\\:";
    assertThat(REDACTOR.redact(url + pw + "@db.internal\\:5432/app"))
        .isEqualTo(url + "[REDACTED:url-credentials]@db.internal\\:5432/app");
    assertThat(REDACTOR.redact("broker.url=amqp\\://svc\\:" + pw + "@mq.example.com\\:5672")).doesNotContain(pw);
    // Only the scheme's colon escaped, the userinfo's not.
    assertThat(REDACTOR.redact("url=jdbc\\:mysql\\://app:" + pw + "@db:3306/app")).doesNotContain(pw);
    // An escaped '=' or '#' inside the password is still the password.
    String withHash = "Fake" + FakeSecrets.chars(RANDOM, FakeSecrets.ALNUM, 6) + "\\#" + FakeSecrets.chars(RANDOM,
        FakeSecrets.ALNUM, 6);
    String hidden = REDACTOR.redact("db.url=postgresql\\://app\\:" + withHash + "@db\\:5432/app");
    assertThat(hidden).doesNotContain(withHash.substring(0, 10)).doesNotContain(withHash.substring(12));
  }

  @Test
  void escapedUrlsWithoutAPasswordStay() {
    String[] clean = {
      "java.vendor.url=https\\://openjdk.org/",
      "java.vendor.url.bug=https\\://bugreport.java.com/bugreport/",
      "spring.datasource.url=jdbc\\:postgresql\\://db.internal\\:5432/app",
      "user.dir=C\\:\\\\Users\\\\app",
      "mail.from=alerts@example.com",
    };
    for (String line : clean) {
      assertThat(REDACTOR.redact(line)).isEqualTo(line);
    }
  }

  @Test
  void aWildFlyCredentialReferenceInClearTextIsHidden() {
    String pw = password();
    // jboss-cli commands as they are echoed, and the standalone.xml they write
    assertThat(REDACTOR.redact("/subsystem=elytron/key-store=httpsKS:add(path=keystore.jks,"
        + " credential-reference={clear-text=" + pw + "}, type=JKS)"))
        .isEqualTo("/subsystem=elytron/key-store=httpsKS:add(path=keystore.jks,"
            + " credential-reference={clear-text=[REDACTED:password-assignment]}, type=JKS)");
    assertThat(REDACTOR.redact("    <credential-reference clear-text=\"" + pw + "\"/>"))
        .isEqualTo("    <credential-reference clear-text=\"[REDACTED:password-assignment]\"/>");
    assertThat(REDACTOR.redact("\"credential-reference\" => {\"clear-text\" => \"" + pw + "\"}")).doesNotContain(pw);
  }

  @Test
  void credentialReferencesThatHoldNoPasswordStay() {
    String[] clean = {
      "    <credential-reference store=\"cs\" alias=\"db-pass\"/>",
      "    <credential-reference clear-text=\"${env.DB_PASSWORD}\"/>",
      "credential-reference={store=cs, alias=db-pass}",
      "WFLYELY00023: clear-text passwords are not allowed in this realm",
      "sendClearText=false",
    };
    for (String line : clean) {
      assertThat(REDACTOR.redact(line)).isEqualTo(line);
    }
  }

  @Test
  void zooKeepersSuperDigestIsHidden() {
    // user:base64(SHA-1(user:password)): the super user's password hash, given on the command line
    String digest = FakeSecrets.chars(RANDOM, FakeSecrets.ALNUM + "+/", 27) + "=";
    assertThat(REDACTOR.redact("java -Dzookeeper.DigestAuthenticationProvider.superDigest=super:" + digest
        + " -cp /opt/zookeeper/lib/* org.apache.zookeeper.server.quorum.QuorumPeerMain /conf/zoo.cfg"))
        .doesNotContain(digest.substring(0, 8)).contains("-cp /opt/zookeeper/lib/*");
    assertThat(REDACTOR.redact("SERVER_JVMFLAGS=-Dzookeeper.DigestAuthenticationProvider.superDigest=super:" + digest))
        .doesNotContain(digest.substring(0, 8));
    // a digest that names no super user's hash stays
    String image = "superDigestAlgorithm=SHA-256";
    assertThat(REDACTOR.redact(image)).isEqualTo(image);
  }

  @Test
  void flinksLoadedConfigurationPropertyHasItsValueHidden() {
    String pw = password();
    // GlobalConfiguration logs "Loading configuration property: {}, {}"; it masks only the keys it knows
    String line = "2026-11-30 13:16:33,123 INFO  org.apache.flink.configuration.GlobalConfiguration"
        + "           [] - Loading configuration property: ";
    assertThat(REDACTOR.redact(line + "my.db.passwd, " + pw))
        .isEqualTo(line + "my.db.passwd, [REDACTED:password-assignment]");
    assertThat(REDACTOR.redact(line + "gcs.credentials, " + pw)).doesNotContain(pw);
    String[] clean = {
      line + "s3.secret-key, ******",
      line + "security.ssl.internal.keystore-password, ******",
      line + "jobmanager.rpc.address, flink-jobmanager",
      line + "security.ssl.rest.keystore, /opt/flink/conf/rest.keystore",
      "Supported: password, token, certificate",
    };
    for (String text : clean) {
      assertThat(REDACTOR.redact(text)).isEqualTo(text);
    }
  }
}
