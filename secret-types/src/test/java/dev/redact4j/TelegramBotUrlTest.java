package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Telegram bot token in a Bot API URL: {@code /bot} follows the host's last letter
 * ({@code api.telegram.org/bot<id>:<token>}), so the row may not ask for a non-letter before its
 * anchor, whose slash already starts a path segment. Paths that only start with {@code /bot} stay.
 */
class TelegramBotUrlTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String TOKEN = "123456789:AAFakeXk9Lm2Np4Qr6" + "St8Uv0Wx2Yz4Ab6Cd";

  @ParameterizedTest
  @ValueSource(strings = {"POST https://api.telegram.org/bot" + TOKEN + "/sendMessage 200",
      "{\"url\":\"https://api.telegram.org/bot" + TOKEN + "/getUpdates\"}",
      "GET http://localhost:8081/bot" + TOKEN + "/getMe",
      "webhook set: https:\\/\\/api.telegram.org\\/bot" + TOKEN + "\\/setWebhook"})
  void theTokenOfABotApiUrlIsHidden(String line) {
    assertThat(REDACTOR.redact(line)).as(line).contains("[REDACTED:").doesNotContain("AAFakeXk9Lm2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET https://example.com/bots/123456789/status",
      "GET https://example.com/bot123456789/profile", "GET /robot123456:AbcDef 404",
      "GET https://example.com/bot/12345678:00:00"})
  void otherBotPathsPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
