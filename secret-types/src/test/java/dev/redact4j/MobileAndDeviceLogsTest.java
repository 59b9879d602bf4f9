package dev.redact4j;

import static dev.redact4j.RedactionAssertions.CATALOG;
import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Secrets as mobile and device tooling prints them (Xcode's console, Swift's {@code print} and {@code dump},
 * OpenWrt's {@code uci show}): hidden, while the ordinary lines of the same output pass unchanged.
 */
class MobileAndDeviceLogsTest {
  private static final String SYMBOLS = FakeSecrets.ALNUM + "!#%&*+-.@^~";

  /** A generated password with symbols, as a user picks one. */
  private static String password(Random r) {
    return FakeSecrets.mixed(r, 8) + FakeSecrets.chars(r, SYMBOLS, 6) + "#";
  }

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

  @Test
  void openWrtWirelessKeysAreHidden() {
    Random r = new Random(2602);
    for (int i = 0; i < 20; i++) {
      String key = password(r);
      for (String line : new String[] {
        "wireless.@wifi-iface[0].key='" + key + "'",
        "wireless.default_radio0.key='" + key + "'",
        "uci set wireless.@wifi-iface[1].key='" + key + "'",
        "wireless.default_radio0.ssid='Home'\nwireless.default_radio0.encryption='psk2'\n"
            + "wireless.default_radio0.key='" + key + "'",
      }) {
        assertHidden(line, key);
      }
    }
  }

  @Test
  void openWrtWirelessSettingsThatHoldNoSecretPass() {
    for (String line : new String[] {
      "wireless.@wifi-iface[0].encryption='psk2'",
      "wireless.@wifi-iface[0].ssid='Home'",
      "wireless.radio0.channel='36'",
      "wireless.default_radio0=wifi-iface",
      "wifi: key_mgmt=WPA-PSK",
    }) {
      assertThat(CATALOG.redact(line)).isEqualTo(line);
    }
  }

  @Test
  void consoleArgumentsInLogcatAreHiddenAfterTheirLabel() {
    Random r = new Random(2603);
    for (int i = 0; i < 20; i++) {
      String token = FakeSecrets.mixed(r, 40);
      String pw = password(r);
      for (String[] line : new String[][] {
        {"01-02 03:04:05.678  4321  4377 I ReactNativeJS: 'auth token', '" + token + "'", token},
        {"01-02 03:04:05.678  4321  4377 I ReactNativeJS   : 'password', '" + pw + "'", pw},
        {"I/ReactNativeJS( 4321): 'accessToken', '" + token + "'", token},
      }) {
        assertHidden(line[0], line[1]);
      }
    }
  }

  @Test
  void consoleArgumentsThatHoldNoSecretPass() {
    for (String line : new String[] {
      "01-02 03:04:05.678  4321  4377 I ReactNativeJS: 'token', 'refreshed'",
      "01-02 03:04:05.678  4321  4377 I ReactNativeJS: 'password', 'too short'",
      "01-02 03:04:05.678  4321  4377 I ReactNativeJS: 'Running \"main\" with {\"rootTag\":1}'",
      "{'X-Amz-Target': 'secretsmanager.GetSecretValue', 'Content-Type': 'application/x-amz-json-1.1'}",
    }) {
      assertThat(CATALOG.redact(line)).isEqualTo(line);
    }
  }

  /** Swift's {@code dump} of a request's headers: each entry a tuple of {@code key} and {@code value}. */
  private static String dumpedHeader(String name, String value) {
    return "\u25bf https://api.example.com/v1/me\n  - method: \"GET\"\n  \u25bf headers: 1 key/value pair\n"
        + "    \u25bf (2 elements)\n      - key: \"" + name + "\"\n      - value: \"" + value + "\"";
  }

  @Test
  void swiftDumpedDictionaryEntriesNamedForASecretAreHidden() {
    Random r = new Random(2604);
    for (int i = 0; i < 20; i++) {
      String key = FakeSecrets.mixed(r, 32);
      String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9." + FakeSecrets.chars(r, FakeSecrets.TOKEN, 43);
      assertHidden(dumpedHeader("X-Api-Key", key), key);
      assertHidden(dumpedHeader("Authorization", "Bearer " + jwt), jwt);
      assertHidden(dumpedHeader("password", password(r) + key), key);
    }
  }

  @Test
  void swiftDumpedDictionaryEntriesOfOtherNamesPass() {
    for (String text : new String[] {
      dumpedHeader("Accept", "application/json"),
      dumpedHeader("X-Request-Id", "7f3c2a1e-9b8d-4c6f-a5e4-3d2c1b0a9f8e"),
      "env:\n- name: DB_PASSWORD\n- name: DB_USER\n",
    }) {
      assertThat(CATALOG.redact(text)).isEqualTo(text);
    }
  }

  @Test
  void pahoMqttPasswordArgumentsAreHidden() {
    Random r = new Random(2605);
    for (int i = 0; i < 20; i++) {
      String pw = password(r);
      assertHidden("client.username_pw_set(\"bob\", \"" + pw + "\")", pw);
      assertHidden("mqttc.username_pw_set('device-42', '" + pw + "')", pw);
    }
    String code = "client.username_pw_set(MQTT_USER, MQTT_PASSWORD)";
    assertThat(CATALOG.redact(code)).isEqualTo(code);
  }
}
