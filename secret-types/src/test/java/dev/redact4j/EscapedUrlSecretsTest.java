package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Secrets whose format holds a symbol ({@code /}, {@code :}, {@code $}, {@code !}, {@code @}) written
 * escaped: URL-encoded once ({@code %2F}, as a webhook URL passed in a {@code callback=} parameter),
 * twice ({@code %252F}), or with JSON's escaped slash ({@code \/}, as PHP's {@code json_encode}
 * writes by default). Ordinary encoded URLs, UUIDs and digests in them stay.
 */
class EscapedUrlSecretsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String SLACK_SECRET = "Xk9fakeLm2Np" + "4Qr6St8Uv0Wx";
  private static final String DISCORD_SECRET = "Xk9fakeLm2Np4Qr6St8Uv0Wx2Yz4Ab6Cd8Ef0Gh2Ij4Kl6" + "Mn8Op0Qr2St4Uv6Wx8Yz0A";
  private static final String TEAMS_SECRET = "0123456789abcdef" + "0123456789abcdef";
  private static final String BRAINTREE_SECRET = "0123456789abcdef" + "fedcba9876543210";
  private static final String SALESFORCE_SECRET = "AQ4AQFakeXk9Lm2Np4Qr6St8Uv0Wx2Yz4Ab6Cd8Ef0Gh2Ij4Kl6Mn8Op0Qr2St4Uv6"
      + "Wx8Yz0Ab2Cd4Ef6Gh8Ij0Kl2Mn4Op6Qr8St0";

  /** A secret, and the part of it that must not reach output. */
  record Case(String secret, String mustNotShow) {}

  static List<Case> secrets() {
    return List.of(
        new Case("https://hooks.slack.com/services/T0FAKE1234/B0FAKE56789/" + SLACK_SECRET, SLACK_SECRET),
        new Case("https://discord.com/api/webhooks/123456789012345678/" + DISCORD_SECRET, DISCORD_SECRET),
        new Case("https://example.webhook.office.com/webhookb2/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d"
            + "@0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/IncomingWebhook/" + TEAMS_SECRET
            + "/9f8e7d6c-5b4a-3928-1706-f5e4d3c2b1a0", TEAMS_SECRET),
        new Case("https://hooks.zapier.com/hooks/catch/1234567/abcd3fg/", "1234567"),
        new Case("access_token$production$fake9x2mnq4rtz$" + BRAINTREE_SECRET, BRAINTREE_SECRET),
        new Case("00D5g000004FakeX!" + SALESFORCE_SECRET, SALESFORCE_SECRET.substring(20)));
  }

  static Stream<String[]> escapedForms() {
    return secrets().stream().flatMap(c -> {
      String once = URLEncoder.encode(c.secret(), StandardCharsets.UTF_8);
      String twice = URLEncoder.encode(once, StandardCharsets.UTF_8);
      return Stream.of(
          new String[] {"GET /notify?callback=" + once + "&retry=1", c.mustNotShow()},
          new String[] {"GET /notify?callback=" + twice + "&retry=1", c.mustNotShow()},
          new String[] {"{\"callback\":\"" + c.secret().replace("/", "\\/") + "\",\"retry\":1}", c.mustNotShow()});
    });
  }

  @ParameterizedTest
  @MethodSource("escapedForms")
  void escapedSymbolsOfTheFormatAreReadAsTheSymbols(String line, String mustNotShow) {
    assertThat(REDACTOR.redact(line)).as(line).contains("[REDACTED:").doesNotContain(mustNotShow);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "GET /login?redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%2F550e8400-e29b-41d4-a716-446655440000&state=xyz",
    "GET /x?next=https%253A%252F%252Fapp.example.com%252Fitems%252F42",
    "GET /docs?ref=https%3A%2F%2Fapi.slack.com%2Fmessaging%2Fwebhooks&page=2",
    "GET /x?u=https%3A%2F%2Fhooks.slack.com%2Fservices%2F&y=1",
    "GET /pull?image=registry.example.com%2Fapp%40sha256%3Ae3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "{\"url\":\"https:\\/\\/example.com\\/webhooks\\/builds\\/d41d8cd98f00b204e9800998ecf8427e\"}",
    "{\"link\":\"https:\\/\\/discord.com\\/channels\\/123456789012345678\\/876543210987654321\"}",
    "GET /x?commit=9fceb02d0ae598e95dc970b74767f19372d61af8&blob=aGVsbG8gd29ybGQgaGVsbG8gd29ybGQ%3D",
  })
  void encodedUrlsWithoutSecretsPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
