package dev.redact4j;

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
    String hint = "SharedAccessKeyName=[Shared Access Key Name goes here];SharedAccessKey=[Shared Access key goes here];";
    assertThat(REDACTOR.redact(hint)).isSameAs(hint);
  }

  @Test
  void authorizationHeaderAfterAnEscapedLineBreakIsHidden() {
    String basic = FakeSecrets.mixed(new Random(7102), 40);
    // a Node.js ClientRequest in an axios error dump: _header holds the request head, \r\n escaped
    String line = "  _header: 'POST /oauth/token HTTP/1.1\\r\\nAccept: application/json\\r\\n"
        + "Authorization: Basic " + basic + "\\r\\nHost: idp.example.test\\r\\n\\r\\n',";
    assertThat(REDACTOR.redact(line)).isEqualTo("  _header: 'POST /oauth/token HTTP/1.1\\r\\nAccept: application/json\\r\\n"
        + "Authorization: Basic [REDACTED:authorization-header]\\r\\nHost: idp.example.test\\r\\n\\r\\n',");
    String tab = "headers:\\tAuthorization: Basic " + basic;
    assertThat(REDACTOR.redact(tab)).isEqualTo("headers:\\tAuthorization: Basic [REDACTED:authorization-header]");
    // a word that merely ends in n before the header name is still no header
    String clean = "SignInAuthorization: Basic auth is disabled";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
