package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Facebook app access token, {@code <app id>|<app secret>}, after a token key: the secret half
 * after the bar is hidden with the id, quoted or not. A bar after a short number, or before a key or
 * a short word, still ends the value, as in pipe-separated log fields.
 */
class AppAccessTokenTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String APP_ID = "1234567890" + "12345";
  private static final String AFTER_BAR = "0f1e2d3c4b5a6978" + "8796a5b4c3d2e1f0";

  @ParameterizedTest
  @ValueSource(strings = {
    "GET /debug_token?input_token=x&access_token=%s HTTP/1.1",
    "fb access_token=%s expires=never",
    "{\"access_token\": \"%s\"}",
    "FB_TOKEN=%s",
  })
  void bothHalvesAreHidden(String shape) {
    String out = REDACTOR.redact(shape.formatted(APP_ID + "|" + AFTER_BAR));
    assertThat(out).doesNotContain(AFTER_BAR).doesNotContain(APP_ID).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "token=12345|" + "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
    "session=123456789|user=bob|status=200",
    "auth_token=123456789|short|next",
  })
  void otherBarsStillEndTheValue(String line) {
    String out = REDACTOR.redact(line);
    assertThat(out).doesNotContain("|[REDACTED").doesNotContain("[REDACTED:token-assignment]|");
    assertThat(out.substring(out.indexOf('|'))).isEqualTo(line.substring(line.indexOf('|')));
  }
}
