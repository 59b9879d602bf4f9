package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean lines from sample logs that public repositories keep (HAProxy access logs, FreeSWITCH, Android logcat,
 * Maven CI output) that a key word made look like a secret's key; each beside a look-alike that still holds a
 * secret under the same key.
 */
class UnseenFixtureLogsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  /**
   * A request line's query ends at the blank before the protocol: a parameter sent empty
   * ({@code ?aToken= HTTP/1.1}) has no value, and the protocol after the blank is none.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "haproxy[42949]: 10.0.0.1:17953 [24/Dec/2014:16:43:49.835] in srv/node 0/0/0/2/2 200 350 - - ---- 0/0/0/0/0 0/0"
        + " \"GET /cashflow.html?klg_from=&ud=&aToken= HTTP/1.1\"",
    "\"GET /user/login?user=bob&password= HTTP/1.1\" 401 12",
    "10.0.0.1 - - [02/Jan/2022:01:57:33 +0000] \"GET /api?access_token= HTTP/1.0\" 403 0",
    "GET /callback?session= HTTP/2.0",
  })
  void anEmptyQueryParameterBeforeTheProtocolPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "\"GET /x?aToken=%s HTTP/1.1\"",
    "\"GET /x?a=1&password=%s HTTP/1.1\"",
    "user=bob&password= %s", // a form body, no URL: the value after the blank stays hidden
    "password= %s",
  })
  void aValueAfterTheParameterStaysHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 24);
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }

  /**
   * FreeSWITCH's default dialplan logs each SRTP crypto suite it tests, joined by {@code |} in a regex: one
   * suite's name is no key of the next one, though {@code HMAC} is in both.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "Dialplan: sofia/internal/1001@10.0.0.5:5060 Regex (FAIL) [global] ${rtp_has_crypto}() =~"
        + " /^(AEAD_AES_256_GCM_8|AEAD_AES_128_GCM_8|AES_CM_256_HMAC_SHA1_80|AES_CM_192_HMAC_SHA1_80"
        + "|AES_CM_128_HMAC_SHA1_80|AES_CM_256_HMAC_SHA1_32|AES_CM_192_HMAC_SHA1_32|AES_CM_128_HMAC_SHA1_32"
        + "|AES_CM_128_NULL_AUTH)$/ break=never",
    "rtp_secure_media_outbound=true:AES_CM_128_HMAC_SHA1_80|AES_CM_128_HMAC_SHA1_32",
  })
  void cryptoSuitesJoinedByBarsPass(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"| hmac | %s |", "|HMAC|%s|", "|X-Shopify-Hmac-Sha256|%s|"})
  void aSignatureInATableCellStaysHidden(String shape) {
    String value = FakeSecrets.chars(new Random(shape.hashCode()), FakeSecrets.HEX, 40);
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }

  /** Android's StorageSessionController logs a volume's fields after its tag: the tag names a component. */
  @ParameterizedTest
  @ValueSource(strings = {
    "02-19 13:59:02.596   254   320 I StorageSessionController:     fsType=null fsUuid=null fsLabel=null ",
    "02-19 13:59:02.596   254   320 I StorageSessionController:     mountUserId=0 state=CHECKING ",
    "session_controller: started with 3 workers",
  })
  void aControllerNamedForSessionsPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"I StorageSession:     %s", "session=%s", "SessionId: %s", "session_token: %s"})
  void aSessionValueStaysHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 26);
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }

  /** Maven names an artifact by its coordinates, {@code group:artifact[:packaging]:version}. */
  @ParameterizedTest
  @ValueSource(strings = {
    "[INFO] snapshot ch.example:auth-api:1.5.0-SNAPSHOT: checking for updates from repository.central",
    "[INFO] snapshot ch.example:auth:1.5.0-SNAPSHOT: checking for updates from repository.central",
    "[WARNING] The POM for org.example:token:jar:1.2.3 is missing, no dependency information available",
    "[INFO] +- org.example.security:auth:jar:2.0.1:compile",
  })
  void mavenCoordinatesPass(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"auth:%s: checking", "token:%s", "org.example:token:%s", "ch.example:auth:jar:%s"})
  void aTokenAfterAColonStaysHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 24);
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }

  /**
   * Android's window manager prints a token object as {@code toString} writes it: a short class name, a brace,
   * then a nested object's name and identity hash, or a qualified class name, {@code @} and the hash.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "V WindowManager:     info={id=16 t=OPEN f=0x0} token=WCT{RemoteToken{8e82860 Task{505f09d #1 type=home}}}"
        + " m=TO_FRONT",
    "minWidth=-1 minHeight=-1 defaultMinSize=220 token=WCT{android.window.IWindowContainerToken$Stub$Proxy@fd4471e}"
        + " topActivityType=1",
  })
  void printedTokenObjectsPass(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"token=%s", "token=WCT{%s}", "token=Wct{Remote{%s}}"})
  void aTokenInBracesStaysHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 24);
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }

  /** A class whose simple name starts with AP and a hex letter, after its package: no JFrog password. */
  @ParameterizedTest
  @ValueSource(strings = {
    "W ActivityManager: Stopping service due to app idle: u0a201 -49s906ms"
        + " com.example.android.app/com.example.mobile.stepcounter.APExtStepService",
    "I ActivityManager: Waited long enough for: ServiceRecord{feb3d33 u0 com.example.app/.svc.APEventService}",
  })
  void aClassNameAfterItsPackagePasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"artifactory_password=%s", "\"password\": \"%s\"", "-p %s", "X-JFrog-Art-Api: %s"})
  void aJfrogPasswordStaysHidden(String shape) {
    Random r = new Random(shape.hashCode());
    String value = "AP" + FakeSecrets.chars(r, "ABCDEF", 1) + FakeSecrets.mixed(r, 40);
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }
}
