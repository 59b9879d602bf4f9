package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recorded HTTP traffic: HAR files, VCR/vcrpy/Betamax cassettes, WireMock, MockServer and Hoverfly
 * journals, Postman exports, proxy dumps and devtools' "Copy as ..." snippets. Their secrets sit in
 * shapes where the header or cookie's name is a field apart from its value, in lists, or in a
 * matcher object; the value is hidden, the record's ids, hashes and header names stay.
 */
class RecordedTrafficTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  private static String fake(String shape) {
    return FakeSecrets.mixed(new Random(shape.hashCode()), 32);
  }

  private static void assertHidden(String shape) {
    String value = fake(shape);
    String out = REDACTOR.redact(shape.formatted(value));
    assertThat(out).doesNotContain(value.substring(0, 8)).doesNotContain(value.substring(24)).contains("[REDACTED:");
  }

  /** A session cookie a browser, a proxy or a mock server recorded, in the shapes they write it. */
  @ParameterizedTest
  @ValueSource(strings = {
      // HAR and Charles, pretty-printed: the header's name and value on lines of their own
      "{\n  \"name\": \"cookie\",\n  \"value\": \"sid=%s; theme=dark\"\n}",
      // Betamax, MockServer, Hoverfly: each header a list of values
      "\"Cookie\": [\"_gh_sess=%s\"]", "\"Set-Cookie\": [\n  \"sid=%s; Path=/; HttpOnly\"\n]",
      "\"Set-Cookie\": [\"theme=dark; Path=/\", \"sid=%s; Path=/\"]",
      // HAR's and MockServer's cookie lists, and a jar as an object of names to values
      "\"cookies\": [{\"name\": \"sid\", \"value\": \"%s\", \"path\": \"/\", \"httpOnly\": true}]",
      "\"cookies\": [\n  {\n    \"name\": \"lang\",\n    \"value\": \"en\"\n  },\n  {\n    \"name\": \"sid\",\n"
          + "    \"value\": \"%s\"\n  }\n]",
      "\"cookies\" : {\n  \"sid\" : \"%s\"\n}",
      // devtools' Copy as cURL and Copy as PowerShell; a servlet's or .NET's cookie constructor
      "curl 'https://app.example.com/' --cookie 'sid=%s; lang=en'",
      "$session.Cookies.Add((New-Object System.Net.Cookie(\"sid\", \"%s\", \"/\", \"app.example.com\")))",
      "response.addCookie(new Cookie(\"JSESSIONID\", \"%s\"));"})
  void aRecordedSessionCookieIsHidden(String shape) {
    assertHidden(shape);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"cookies\": [{\"name\": \"theme\", \"value\": \"dark\"}, {\"name\": \"lang\", \"value\": \"en\"}]",
      "\"cookies\": []", "\"cookies\": {}", "\"Set-Cookie\": [\"theme=dark; Path=/\"]",
      "{\n  \"name\": \"cookie\",\n  \"value\": \"lang=en; theme=dark\"\n}", "new Cookie(\"lang\", \"en-US\")",
      "we use cookies: [see the policy]", "curl --cookie 'theme=dark' https://app.example.com/",
      "\"cookies\": [{\"name\": \"sid\", \"value\": \"\"}]"})
  void cookieNamesAndPlainValuesStay(String clean) {
    assertThat(REDACTOR.redact(clean)).isEqualTo(clean);
  }

  /** An API key a mock server recorded or matches on: in a list of values, or in an exact matcher. */
  @ParameterizedTest
  @ValueSource(strings = {
      // MockServer's log: each header a list of values, pretty-printed
      "\"x-api-key\" : [\n  \"%s\"\n]",
      // WireMock's stub mappings: the header's exact matcher
      "\"headers\": {\"X-Api-Key\": {\"equalTo\": \"%s\"}}", "\"X-Api-Key\" : {\n  \"equalTo\" : \"%s\"\n}",
      // Hoverfly's simulations: a list of matchers
      "\"X-Api-Key\": [{\"matcher\": \"exact\", \"value\": \"%s\"}]",
      "\"X-Api-Key\": [\n  {\n    \"matcher\": \"exact\",\n    \"value\": \"%s\"\n  }\n]"})
  void aHeaderValueInAListOrAnExactMatcherIsHidden(String shape) {
    assertHidden(shape);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"X-Api-Key\": {\"absent\": true}", "\"Authorization\": {\"matches\": \"Bearer .*\"}",
      "\"X-Api-Key\": [{\"matcher\": \"glob\", \"value\": \"*\"}]",
      "\"X-Api-Key\": [\n  {\n    \"matcher\": \"regex\",\n    \"value\": \"[a-f0-9]{32}\"\n  }\n]",
      "\"x-api-key\" : [\n  \"{{apiKey}}\"\n]", "\"X-Api-Key\": {\"equalTo\": \"${API_KEY}\"}",
      "\"api_keys\": [\n  {\"$ref\": \"#/components/schemas/Key\"}\n]"})
  void aMatcherPatternOrPlaceholderStays(String clean) {
    assertThat(REDACTOR.redact(clean)).isEqualTo(clean);
  }
  /** A CORS reply lists header names, not values; Postman's request id is a UUID that only marks a request. */
  @ParameterizedTest
  @ValueSource(strings = {"Access-Control-Allow-Headers: Authorization, X-Api-Key, X-CSRF-Token",
      "{\"name\": \"access-control-allow-headers\", \"value\": \"Authorization, X-Api-Key, Content-Type\"}",
      "\"Access-Control-Expose-Headers\": \"authorization, x-request-id\"",
      "curl -H 'Postman-Token: %s' https://api.example.com/me", "{\"key\": \"Postman-Token\", \"value\": \"%s\"}"})
  void headerNamesAndPostmansRequestIdStay(String shape) {
    Random r = new Random(shape.hashCode()); // a random (version 4) UUID, as Postman sends
    UUID id = new UUID(r.nextLong() & ~0xF000L | 0x4000L, r.nextLong() & Long.MAX_VALUE >>> 1 | Long.MIN_VALUE);
    String clean = shape.formatted(id);
    assertThat(REDACTOR.redact(clean)).isEqualTo(clean);
  }

  /** The header's name quoted and then its value, as code and tuples pass it, is still hidden. */
  @ParameterizedTest
  @ValueSource(strings = {"header(\"Authorization\", \"Bearer %s\")", "('authorization', 'Basic %s')",
      "curl -H 'X-Auth-Token: %s' https://api.example.com/me"})
  void aQuotedHeaderNameBeforeItsValueStillHides(String shape) {
    assertHidden(shape);
  }
  /**
   * Postman's API key auth keeps its value in the entry named {@code value}, in either order:
   * {@code "apikey": [{"key": "value", "value": "v"}, {"key": "key", "value": "X-API-Key"}]}.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "\"apikey\": [{\"key\": \"value\", \"value\": \"%s\", \"type\": \"string\"},"
          + " {\"key\": \"key\", \"value\": \"X-API-Key\"}]",
      "\"apikey\": [\n  {\n    \"key\": \"key\",\n    \"value\": \"X-API-Key\",\n    \"type\": \"string\"\n  },\n"
          + "  {\n    \"key\": \"value\",\n    \"value\": \"%s\",\n    \"type\": \"string\"\n  }\n]",
      // Chrome's Copy as cURL passes the request's cookies with -b
      "curl 'https://app.example.com/api/me' \\\n  -H 'accept: application/json' \\\n"
          + "  -b 'sid=%s; theme=dark' \\\n  --compressed"})
  void postmansApiKeyAuthAndCurlsCookieOptionAreHidden(String shape) {
    assertHidden(shape);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"apikey\": [{\"key\": \"value\", \"value\": \"{{apiKey}}\"}, {\"key\": \"key\", \"value\": \"X-API-Key\"}]",
      "\"apikey\": [{\"key\": \"in\", \"value\": \"header\"}]",
      "curl -b 'theme=dark; lang=en' https://app.example.com/",
      "curl -b cookies.txt -c cookies.txt https://app.example.com/"})
  void postmansPlaceholdersAndPlainCookiesStay(String clean) {
    assertThat(REDACTOR.redact(clean)).isEqualTo(clean);
  }
  /** A -b cookie cut by the end of curl's window is left whole to its own key's rule, never half masked. */
  @Test
  void aCurlCookieAtTheEndOfTheCommandsWindowIsHiddenWhole() {
    Random r = new Random(512);
    String sid = FakeSecrets.mixed(r, 32);
    String csrf = FakeSecrets.mixed(r, 64);
    for (int pad = 380; pad < 520; pad += 3) {
      String command = "curl 'https://app.example.com/' -H 'accept: " + "a".repeat(pad) + "' -b 'sid=" + sid
          + "; csrftoken=" + csrf + "' --compressed";
      String out = REDACTOR.redact(command);
      for (int k = 0; k + 8 <= csrf.length(); k += 8) {
        assertThat(out).as("padding %d", pad).doesNotContain(csrf.substring(k, k + 8));
      }
    }
  }
}
