package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Lines that runtimes other than the JVM print, in their exact shapes (Python's {@code repr} of bytes,
 * ASP.NET Core's model binding at Debug, ...), as they reach the CLI or an appender through a bridge.
 * Each secret is hidden; the rest of the line, and clean lines of the same shape, pass unchanged.
 */
class PolyglotLogLinesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String HEX = "0123456789abcdef";

  @Test
  void pythonBytesLiteralHeaderPairHidesItsValue() {
    String key = FakeSecrets.chars(new Random(7101), HEX, 32);
    // httpcore/httpx at DEBUG: headers as a list of (name, value) tuples of bytes
    String head = "DEBUG httpcore.http11 send_request_headers.started request=<Request [b'POST']> headers=";
    assertThat(REDACTOR.redact(head + "[(b'Host', b'api.example.com'), (b'x-api-key', b'" + key + "')]"))
        .isEqualTo(head + "[(b'Host', b'api.example.com'), (b'x-api-key', b'[REDACTED:api-key-assignment]')]");
    String clean = head + "[(b'Host', b'api.example.com'), (b'Accept', b'*/*'), (b'Connection', b'keep-alive')]";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void pythonBytesLiteralValueInADictIsHidden() {
    String pw = FakeSecrets.mixed(new Random(7102), 18);
    assertThat(REDACTOR.redact("{'user': b'app', 'password': b'" + pw + "'}"))
        .isEqualTo("{'user': b'app', 'password': b'[REDACTED:password-assignment]'}");
    assertThat(REDACTOR.redact("{b'password': b'" + pw + "'}"))
        .isEqualTo("{b'password': b'[REDACTED:password-assignment]'}");
    String clean = "{b'user': b'app', b'db': b'orders'}";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  /** CloudTrail writes this in place of a sensitive request parameter: it is already a mask. */
  @Test
  void cloudTrailsSecurityMaskIsNoSecret() {
    String line = "{\"eventSource\":\"rds.amazonaws.com\",\"eventName\":\"CreateDBInstance\",\"requestParameters\":"
        + "{\"dBInstanceIdentifier\":\"app-db\",\"masterUsername\":\"admin\","
        + "\"masterUserPassword\":\"HIDDEN_DUE_TO_SECURITY_REASONS\"}}";
    assertThat(REDACTOR.redact(line)).isSameAs(line);
    String pw = FakeSecrets.mixed(new Random(7103), 16);
    assertThat(REDACTOR.redact("{\"masterUserPassword\":\"" + pw + "\"}"))
        .isEqualTo("{\"masterUserPassword\":\"[REDACTED:password-assignment]\"}");
  }

  @Test
  void aspNetCoreModelBindingHidesTheValueBoundToAPasswordParameter() {
    String pw = FakeSecrets.mixed(new Random(7104), 17);
    // Microsoft.AspNetCore.Mvc.ModelBinding.ParameterBinder at Debug, event 26
    String head = "dbug: Microsoft.AspNetCore.Mvc.ModelBinding.ParameterBinder[26] ";
    assertThat(REDACTOR.redact(head + "Attempting to bind parameter 'password' of type 'System.String' with value '"
        + pw + "'"))
        .isEqualTo(head + "Attempting to bind parameter 'password' of type 'System.String' with value "
            + "'[REDACTED:password-assignment]'");
    String clean = head + "Attempting to bind parameter 'returnUrl' of type 'System.String' with value '/home'";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
    String done = head + "Done attempting to bind parameter 'password' of type 'System.String'.";
    assertThat(REDACTOR.redact(done)).isSameAs(done);
  }

  @Test
  void aLongGeneratedCodeParameterIsHiddenOutsideAnAuthorizationFlow() {
    String b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    String key = FakeSecrets.chars(new Random(7105), b64, 52) + "Fk9==";
    // the Azure Functions host logs the invocation URL with its function key; also percent-encoded
    String head = "2024-05-14T09:21:33.412 [Error] Executed 'Functions.Hook' (Failed) "
        + "https://fn.azurewebsites.net/api/hook?code=";
    assertThat(REDACTOR.redact(head + key + "&name=x")).isEqualTo(head + "[REDACTED:url-code-key]&name=x");
    String encoded = key.substring(0, key.length() - 2).replace("/", "%2F").replace("+", "%2B") + "%3D%3D";
    assertThat(REDACTOR.redact(head + encoded)).isEqualTo(head + "[REDACTED:url-code-key]");
    for (String clean : new String[] {"GET /api/products?code=SKU12345678901234567&page=2",
        "GET /api/vouchers?code=SPRING-SALE-2024-WELCOME-BACK-FRIENDS-10 200",
        "GET /api/items?code=ITEM_CATEGORY_HOUSEHOLD_APPLIANCES_KITCHEN 200"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }
}
