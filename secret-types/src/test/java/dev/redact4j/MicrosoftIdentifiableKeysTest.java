package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Microsoft's identifiable keys as its security-utilities describe them: random bytes, a four-character
 * signature placed right before a 32-bit Marvin checksum on a base64 character boundary, the whole
 * base64-encoded (URL-safe for Azure Functions). The keys are built that way here, checksum included, so
 * that every character after the signature is what a real key holds there, {@code +} and {@code /} too.
 */
class MicrosoftIdentifiableKeysTest {
  private static final Redactor REDACTOR = RedactionAssertions.CATALOG;
  private static final String[] LINES = {"INFO  loaded key %s for tenant contoso", "settings: primary=%s retries=3",
    "{\"name\":\"registry\",\"value\":\"%s\",\"region\":\"westeurope\"}", "[\"%s\", 42]"};

  /**
   * A key of {@code length} bytes with {@code signature} at the base64 character where the checksum's
   * four bytes, less the spill of the bytes before them onto a character boundary, leave room for it.
   */
  static String identifiableKey(Random r, int length, String signature, boolean urlSafe) {
    byte[] key = new byte[length];
    r.nextBytes(key);
    int spill = ((length - 7) * 8) % 6;
    int at = (length - 4) * 8 - 24 - spill;
    byte[] sig = Base64.getDecoder().decode(signature.replace('-', '+').replace('_', '/'));
    int bits = (sig[0] & 0xff) << 16 | (sig[1] & 0xff) << 8 | sig[2] & 0xff;
    for (int i = 0; i < 24 + spill; i++) {
      int bit = i < 24 ? bits >>> (23 - i) & 1 : 0;
      int p = at + i;
      key[p / 8] = (byte) (bit == 1 ? key[p / 8] | 0x80 >>> p % 8 : key[p / 8] & ~(0x80 >>> p % 8));
    }
    int checksum = marvin32(key, length - 4, seed("Default0"));
    ByteBuffer.wrap(key, length - 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(checksum);
    return (urlSafe ? Base64.getUrlEncoder() : Base64.getEncoder()).encodeToString(key);
  }

  /** A checksum seed from an 8-character label, its ASCII bytes reversed read as a little-endian number. */
  static long seed(String label) {
    byte[] b = new StringBuilder(label).reverse().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getLong();
  }

  /** Marvin32 over the first {@code n} bytes, as the keys' checksum is computed. */
  static int marvin32(byte[] data, int n, long seed) {
    int[] s = {(int) seed, (int) (seed >>> 32)};
    ByteBuffer in = ByteBuffer.wrap(data, 0, n).order(ByteOrder.LITTLE_ENDIAN);
    while (in.remaining() >= 4) {
      s[0] += in.getInt();
      mix(s);
    }
    int last = 0x80 << 8 * in.remaining();
    for (int i = 0; in.hasRemaining(); i++) {
      last |= (in.get() & 0xff) << 8 * i;
    }
    s[0] += last;
    mix(s);
    mix(s);
    return s[0] ^ s[1];
  }

  private static void mix(int[] s) {
    s[1] ^= s[0];
    s[0] = Integer.rotateLeft(s[0], 20) + s[1];
    s[1] = Integer.rotateLeft(s[1], 9) ^ s[0];
    s[0] = Integer.rotateLeft(s[0], 27) + s[1];
    s[1] = Integer.rotateLeft(s[1], 19);
  }

  @Test
  void theBuilderPutsTheSignatureWhereMicrosoftsPatternsLookForIt() {
    Random r = new Random(1);
    assertThat(identifiableKey(r, 39, "+ACR", false)).hasSize(52).contains("+ACR").matches(".{42}\\+ACR[A-D].{5}");
    assertThat(identifiableKey(r, 40, "AzFu", true)).hasSize(56).matches(".{44}AzFu.{5}[AQgw]==");
    assertThat(identifiableKey(r, 32, "+ASb", false)).hasSize(44).matches(".{33}\\+ASb[A-P].{5}=");
  }

  /** A registry key's last five characters are checksum bits, base64 {@code +} and {@code /} among them. */
  @Test
  void anAzureContainerRegistryKeyWithASymbolInItsChecksumIsHidden() {
    Random r = new Random(176);
    int found = 0;
    while (found < 6) {
      String key = identifiableKey(r, 39, "+ACR", false);
      if (key.substring(47).chars().allMatch(Character::isLetterOrDigit)) {
        continue;
      }
      found++;
      for (String line : LINES) {
        assertThat(REDACTOR.redact(String.format(line, key))).as(key)
            .isEqualTo(String.format(line, "[REDACTED:azure-container-registry-password]"));
      }
    }
  }

  /** URL-safe base64 is often written without its padding, as Microsoft's own generator offers. */
  @Test
  void anAzureFunctionsKeyWithoutItsPaddingIsHidden() {
    Random r = new Random(158);
    for (int i = 0; i < 6; i++) {
      String key = identifiableKey(r, 40, "AzFu", true);
      String bare = key.substring(0, key.length() - 2);
      for (String line : LINES) {
        assertThat(REDACTOR.redact(String.format(line, bare))).as(bare)
            .isEqualTo(String.format(line, "[REDACTED:azure-function-key]"));
        assertThat(REDACTOR.redact(String.format(line, key))).as(key)
            .isEqualTo(String.format(line, "[REDACTED:azure-function-key]"));
      }
    }
  }

  /**
   * .NET's System.Text.Json (ASP.NET Core's JSON console log, for one) writes every {@code +} of a string as
   * backslash-u002B: a storage or Service Bus key in a logged connection string or property goes on after it.
   */
  @Test
  void aBase64KeyWhosePlusSystemTextJsonEscapedIsHiddenWhole() {
    Random r = new Random(1152);
    int found = 0;
    while (found < 4) {
      String key = Base64.getEncoder().encodeToString(randomBytes(r, found % 2 == 0 ? 64 : 32));
      if (key.indexOf('+') < 0) {
        continue;
      }
      found++;
      String escaped = key.replace("+", "\\u002B");
      for (String line : new String[] {
        "{\"Message\":\"using DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=%s;"
            + "EndpointSuffix=core.windows.net\",\"Level\":\"Information\"}",
        "{\"ConnectionString\":\"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Root;"
            + "SharedAccessKey=%s\",\"Level\":\"Debug\"}",
        "{\"State\":{\"primaryKey\":\"%s\",\"Region\":\"westeurope\"}}",
      }) {
        String redacted = REDACTOR.redact(String.format(line, escaped));
        assertThat(redacted).as(line).doesNotContain(escaped.substring(escaped.length() - 12)).contains("[REDACTED:")
            .startsWith(line.substring(0, line.indexOf("%s"))).endsWith(line.substring(line.indexOf("%s") + 2));
      }
    }
  }

  /** Microsoft's pattern reads NuGet keys in either case, but one case throughout: upper-cased whole, too. */
  @Test
  void aNuGetKeyUpperCasedWholeIsHiddenAndAMixedCaseOneStays() {
    Random r = new Random(31);
    String base32 = FakeSecrets.UPPER + "234567";
    for (int i = 0; i < 4; i++) {
      String key = "O" + "Y2" + FakeSecrets.chars(r, base32, 20) + "7" + FakeSecrets.chars(r, base32, 22);
      for (String line : LINES) {
        assertThat(REDACTOR.redact(String.format(line, key))).as(key)
            .isEqualTo(String.format(line, "[REDACTED:nuget-api-key]"));
      }
    }
    String mixed = "o" + "y2" + FakeSecrets.chars(r, "abcdefghijklmnopqrstuvwxyz234567", 10)
        + FakeSecrets.chars(r, base32, 33);
    assertThat(REDACTOR.redact("run " + mixed + " done")).isEqualTo("run " + mixed + " done");
  }

  private static byte[] randomBytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  @Test
  void lookAlikesOfTheSignaturesStay() {
    for (String clean : new String[] {
      // a name of 44 letters and hyphens before AzFu, and a word after it
      "deploy contoso-orders-integration-westeurope-AzFunctionApp01 ok",
      "route /api/" + "OrdersIntegrationWesteuropeProductionSlotsV2" + "AzFuncHostQ done",
      // +ACR inside a longer base64 run, and with 41 characters before it
      "blob " + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9w" + "+ACRDab/cd" + "efgh==",
      "run ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmno" + "+ACR" + "Dab/cd has 41",
      "the ACR registry and the AzFu settings, +ACR",
      // escaped pluses in JSON that hold no key
      "{\"Message\":\"sum 2 \\u002B 3 = 5\",\"Phone\":\"\\u002B44 20 7946 0000\",\"Query\":\"c\\u002B\\u002B\"}",
      "{\"Message\":\"Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Root;EntityPath=a\\u002Bb\"}",
    }) {
      assertThat(REDACTOR.redact(clean)).as(clean).isEqualTo(clean);
    }
  }
}
