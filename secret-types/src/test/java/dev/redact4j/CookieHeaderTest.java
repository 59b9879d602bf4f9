package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cookie and Set-Cookie headers as HTTP dumps, proxies and frameworks log them: a session or
 * credential cookie's value is hidden whatever the cookie is called, and so is any generated value;
 * attributes, tracking ids and short values stay.
 */
class CookieHeaderTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String MASK = "[REDACTED:cookie-header-value]";

  @ParameterizedTest
  @ValueSource(strings = {"set-cookie: __Host-sid=%s; Path=/; Secure; HttpOnly", "Cookie: _gh_sess=%s; lang=en",
      "Cookie: lang=en; remember_user_token=%s", "\"cookie\": \"auth=%s; theme=dark\"",
      "Set-Cookie: csrftoken=%s; expires=Wed, 21 Oct 2026 07:28:00 GMT; Max-Age=31449600; Path=/",
      "< set-cookie: AWSALB=%s; Expires=Sun, 06 Dec 2026 10:00:00 GMT; Path=/",
      // HAR files (browser devtools, Charles, Postman) list each header as a name/value entry
      "{ \"name\": \"set-cookie\", \"value\": \"refresh=%s; Path=/api/auth; HttpOnly; Secure\" }",
      "{\"name\":\"Cookie\",\"value\":\"lang=en; sid=%s\"}"})
  void theValueOfASessionOrGeneratedCookieIsHidden(String header) {
    String value = FakeSecrets.mixed(new Random(header.length()), 40);
    assertThat(REDACTOR.redact(header.formatted(value))).isEqualTo(header.formatted(MASK));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cookie: lang=en; theme=dark", "Cookie: _ga=GA1.2.1234567890.1234567890; _gid=GA1.2.987654321.1",
      "we use cookies: see the policy", "cookie: sid=abc", "Set-Cookie: sid=; Max-Age=0; Path=/",
      "Cookie: session=${SESSION}", "cookie consent given for bob",
      "Cookie: sidebar=collapsed; AMP_TOKEN=%24NOT_FOUND", "{ \"name\": \"cookie\", \"value\": \"lang=en; theme=dark\" }",
      "[\"cookie\", \"value\", \"refresh=retry\"]"})
  void attributesTrackingIdsAndShortValuesStay(String clean) {
    assertThat(REDACTOR.redact(clean)).isEqualTo(clean);
  }

  /** Consent cookies ({@code CookieConsent}, {@code cookielawinfo-...}) and ASP.NET's {@code .AspNetCore.Cookies}. */
  @ParameterizedTest
  @ValueSource(strings = {"Cookie: CookieConsent=true; app_state=%s",
      "Cookie: cookielawinfo-checkbox-analytics=no; app_state=%s", "Cookie: cookie_consent=yes; app_state=%s",
      "Cookie: theme=dark; .AspNetCore.Cookies=%s"})
  void aCookieNamedWithTheWordCookieDoesNotEndTheHeader(String header) {
    String value = FakeSecrets.mixed(new Random(header.length()), 40);
    assertThat(REDACTOR.redact(header.formatted(value))).isEqualTo(header.formatted(MASK));
  }
}
