package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An exception whose localized message says more than its message (a client library's error that adds
 * the response body to a fixed message), printed by {@code %ex{short.localizedMessage}}: a redacted copy
 * that cannot be of the same class printed the message there, dropping the rest (redacted) of what the
 * original shows.
 */
class LocalizedMessageTest extends FixtureTest {
  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(37);

  /**
   * A client library's error: a fixed message, the response in the localized one. No public (String)
   * constructor: copies are stand-ins.
   */
  static final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String body;

    ApiException(String body) {
      super("API call failed");
      this.body = body;
    }

    @Override
    public String getLocalizedMessage() {
      return "API call failed: " + body;
    }
  }

  @Test
  void aRedactedCopyKeepsTheLocalizedMessageRedacted() {
    String token = secrets.githubToken();
    fixture.context.getLogger("app").error("call failed", new ApiException("token=" + token));
    fixture.close();

    String line = "call failed | API call failed | API call failed: token=[REDACTED:github-pat-classic]\n";
    assertThat(fixture.read("pattern.log")).isEqualTo(line);
    assertThat(fixture.read("rewrite.log")).isEqualTo(line);
  }
}
