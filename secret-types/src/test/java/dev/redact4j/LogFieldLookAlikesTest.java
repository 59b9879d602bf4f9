package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fields of common log formats that start with a secret word without being a key: a URL's host name
 * ({@code "http://passwords.example.com"} as an access log's referrer, {@code https://secret.example.com:8443}),
 * and a field of a CEF header (ArcSight's Common Event Format, which SIEMs collect), where Delinea's
 * privileged-access product names itself {@code |Secret Server|} on every audit line. They pass unchanged;
 * a secret in the same URL, or in the CEF extension's {@code key=value} pairs, stays hidden.
 */
class LogFieldLookAlikesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = "Xk9" + "fake2Lm";

  @ParameterizedTest
  @ValueSource(strings = {
    "127.0.0.1 - - [13/Jul/2016:10:55:36 +0000] \"GET /x HTTP/1.1\" 404 9001 \"http://passwords.example.com\""
        + " \"Mozilla/4.08 [en] (Win95)\"",
    "url=https://secret.example.com:8443/path",
    "redis://secret.cache.internal:6379/0",
    "upstream \"https://secrets.example.org\" \"curl/8.4.0 (x86_64-pc-linux-gnu)\"",
  })
  void aHostNameWithASecretWordPassesUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /**
   * A combined access log's referrer whose last path word is a secret word (a product named "Secret"),
   * then the user agent: the word ends a longer quoted field, so the next field is not its value.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "5.2.1.6 - - [26/Jan/2019:19:45:25 +0330] \"GET /image/1/150x150 HTTP/1.1\" 200 2191"
        + " \"https://shop.example/m/product/33719/%D9%84-Secret-D2S-6027GW\""
        + " \"Mozilla/5.0 (Linux; Android 8.1.0)\" \"-\"",
    "\"GET /p HTTP/1.1\" 200 1 \"https://shop.example/p/Secret\" \"Dalvik/2.1.0 (Linux; U; Android 8.1.0)\"",
    "\"https://shop.example/tags/password\" \"curl/8.4.0\"",
  })
  void aQuotedFieldEndingInASecretWordPassesUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "2025-02-26T06:47:27.458Z DSS-01 CEF:0|Thycotic Software|Secret Server|11.7.000061|10005|SECRET - EDIT|2|"
        + "msg=[[SecretServer]] Event: [Secret] Action: [Edit] By User: admin suid=2 suser=admin fileType=Secret",
    "CEF:0|Thycotic Software|Secret Server|11.7.000061|500|System Log|7|msg=Archive done",
    "<134>Feb 25 07:19:03 host CEF:1|Acme|Secret Manager|9.1|77|Rotate key|3|act=rotate",
  })
  void aCefHeaderFieldPassesUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "CEF:0|Thycotic Software|Secret Server|11.7.000061|10005|SECRET - EDIT|2|suser=admin password=%s",
    "CEF:0|Acme|Gateway|1.0|100|Login failed with password %s now|5|suser=bob",
    "CEF:0|Acme|Gateway|1.0|100|Login|5|msg=retry secret %s now",
    "app|secret %s|done",
    "https://secret.example.com:%s@host/x",
    "https://user:%s@secret.example.com/x",
    "http://password.example.com/login?password=%s",
    "\"http://passwords.example.com\" password=%s",
    "//db.password=%s",
    "\"password\" \"%s\"",
    "\"db.secret\" \"%s\"",
    "\"--db-password\" \"%s\"",
    "\"admin password\" \"%s\"",
    "\"https://shop.example/p/Secret\" \"Mozilla/5.0\" password=%s",
  })
  void aSecretInOrBesideSuchAUrlStaysHidden(String shape) {
    String line = String.format(shape, PW);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(PW).contains("[REDACTED:");
  }
}
