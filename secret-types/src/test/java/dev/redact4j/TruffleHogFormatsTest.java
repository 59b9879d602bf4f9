package dev.redact4j;

import static dev.redact4j.RedactionAssertions.CATALOG;
import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shapes a secret scanner's own pattern tests put their keys in, written by others (a credentials store's
 * XML, a keyword and a dash before a quoted key): each generated value is hidden, the rest of the line
 * kept; look-alikes pass byte-identical. Values are generated at run time, never copied.
 */
class TruffleHogFormatsTest {
  private static final String LOWER_ALNUM = FakeSecrets.LOWER + FakeSecrets.DIGITS;

  /**
   * A credentials store's XML that keeps a secret in braces after a label ({@code <secret>{label <key>}</secret>},
   * as Jenkins' {@code {AQAAABAAA...}} is braced): a braced value that holds a generated word is no
   * placeholder's name.
   */
  @ParameterizedTest
  @ValueSource(ints = {20, 24, 32, 40, 64})
  void aBracedElementValueHoldingAGeneratedWordIsHidden(int length) {
    Random r = new Random(length);
    String key = length % 16 == 0 ? FakeSecrets.chars(r, LOWER_ALNUM, length - 1) + "7"
        : FakeSecrets.mixed(r, length);
    for (String value : new String[] {"{" + key + "}", "{AQAAABAAA " + key + "}", "{acme AQAAABAAA " + key + "}"}) {
      String line = "  <" + "secret>" + value + "</secret>"; // split, so that the repository's own scan passes
      assertThat(CATALOG.redact(line)).as(line).isEqualTo("  <secret>[REDACTED:secret-assignment]</secret>");
    }
    assertHidden("<password>{ops vault " + key + "}</password>", key);
  }

  /** Placeholders in braces stay: a template's words, a name with digits, an empty pair. */
  @ParameterizedTest
  @ValueSource(strings = {
    "<secret>{your secret here}</secret>",
    "<password>{{ vault_db_password_2024 }}</password>",
    "<secret>{secret.value}</secret>",
    "<token>{ tokenFromEnvironmentVariable }</token>",
    "<secret>{checkout-service-production-secret}</secret>",
    "<secret>{}</secret>",
  })
  void bracedPlaceholdersStay(String line) {
    assertThat(CATALOG.redact(line)).isSameAs(line);
  }

  /**
   * A key word, a dash between blanks and a quoted value, as notes and runbooks list keys
   * ({@code acme token - '<v>'}, {@code DB password - "<v>"}): the dash stands for the separator.
   */
  @ParameterizedTest
  @ValueSource(strings = {"acme token - '%s'", "DB password - \"%s\"", "- Slack API key - `%s`",
      "rotation: shipping secret - '%s', expires in 90 days"})
  void aDashBeforeAQuotedValueSeparatesItFromItsKey(String shape) {
    Random r = new Random(shape.length());
    for (String key : new String[] {FakeSecrets.mixed(r, 32), FakeSecrets.chars(r, LOWER_ALNUM, 40) + "9"}) {
      String line = String.format(shape, key);
      String out = CATALOG.redact(line);
      assertThat(out).as(line).doesNotContain(key).contains("[REDACTED:");
      assertThat(out.substring(0, shape.indexOf('%'))).isEqualTo(shape.substring(0, shape.indexOf('%')));
    }
  }

  /** A dash before a quoted phrase, a word or an unquoted value stays prose or arithmetic. */
  @ParameterizedTest
  @ValueSource(strings = {
    "token - \"refresh failed after 3 attempts\"",
    "password - 'none'",
    "api key - \"see the vault entry\"",
    "remaining = token - '0'",
    "Release notes - \"token refresh\" - fixed",
  })
  void aDashBeforeOtherTextStays(String line) {
    assertThat(CATALOG.redact(line)).isSameAs(line);
  }

  /**
   * A bare {@code key} holding lower-case letters and digits with a letter beyond {@code f}: no digest is
   * printed so, while many vendors issue their keys in that alphabet ({@code Using Key=<v>}).
   */
  @ParameterizedTest
  @ValueSource(ints = {32, 40, 64})
  void aLowerCaseGeneratedValueOfABareKeyIsHidden(int length) {
    Random r = new Random(length);
    String key = FakeSecrets.chars(r, LOWER_ALNUM, length - 2) + "q7";
    for (String shape : new String[] {"[DEBUG] Using Key=%s", "{\"region\":\"eu\",\"key\":\"%s\"}",
        "  key: %s"}) {
      String line = String.format(shape, key);
      assertThat(CATALOG.redact(line)).as(line).isEqualTo(String.format(shape, "[REDACTED:named-key-assignment]"));
    }
  }

  /** A digest in hex, a labelled cache key, letters alone or a short value under a bare key stay. */
  @ParameterizedTest
  @ValueSource(strings = {
    "key=" + "9f86d081884c7d659a2feaa0c55ad015" + "a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "key=node-cache-linux-x64-" + "3f2a9c1e0b7d4e6f8a1b2c3d4e5f6a7b",
    "key=abcdefghijklmnopqrstuvwxyzabcdefghij",
    "Using Key=k3v9q2w8x7",
  })
  void otherLowerCaseValuesOfABareKeyStay(String line) {
    assertThat(CATALOG.redact(line)).isSameAs(line);
  }

  /**
   * Mailgun's legacy private key: {@code key-} and 32 lower-case letters and digits (not only hex), hidden
   * whole without a key word; letters alone or the prefix inside a word stay.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void aMailgunLegacyKeyIsHiddenWhole(int seed) {
    Random r = new Random(seed);
    String key = "key" + "-" + FakeSecrets.chars(r, LOWER_ALNUM, 30) + "x4";
    assertThat(CATALOG.redact("mailer: sending with " + key + " to eu"))
        .isEqualTo("mailer: sending with [REDACTED:mailgun-api-key] to eu");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "cache: monkey-" + "q7w2e9r4t6y1u3i8o5p0a2s4d6f8g1h3",
    "bucket key-" + "abcdefghijklmnopqrstuvwxyzabcdef",
  })
  void mailgunLookAlikesStay(String line) {
    assertThat(CATALOG.redact(line)).isSameAs(line);
  }
}
