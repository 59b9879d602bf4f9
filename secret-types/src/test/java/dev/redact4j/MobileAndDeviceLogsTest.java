package dev.redact4j;

import static dev.redact4j.RedactionAssertions.CATALOG;
import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Secrets as mobile and device tooling prints them (Xcode's console, Swift's {@code print} and {@code dump}):
 * hidden, while the ordinary lines of the same output pass unchanged.
 */
class MobileAndDeviceLogsTest {
  @Test
  void swiftOptionalStringsUnderASecretKeyAreHidden() {
    Random r = new Random(2601);
    for (int i = 0; i < 20; i++) {
      String token = FakeSecrets.mixed(r, 40);
      for (String line : new String[] {
        "2025-01-02 03:04:05.678901+0100 Acme[812:33104] token: Optional(\"" + token + "\")",
        "2025-01-02 03:04:05.678901+0100 Acme[812:33104] accessToken = Optional(\"" + token + "\")",
        "  \u25bf apiKey: Optional(\"" + token + "\")",
        "\u25bf Session\n  - userId: 42\n  \u25bf token: Optional(\"" + token + "\")\n    - some: \"" + token + "\"",
      }) {
        assertHidden(line, token);
      }
    }
  }

  @Test
  void swiftOptionalsThatHoldNoSecretPass() {
    for (String line : new String[] {
      "2025-01-02 03:04:05.678901+0100 Acme[812:33104] token: Optional(nil)",
      "  \u25bf token: Optional<String>",
      "  - hasPassword: Optional(true)",
      "2025-01-02 03:04:05.678901+0100 Acme[812:33104] username: Optional(\"bob\")",
    }) {
      assertThat(CATALOG.redact(line)).isEqualTo(line);
    }
  }
}
