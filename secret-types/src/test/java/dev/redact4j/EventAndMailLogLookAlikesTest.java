package dev.redact4j;

import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clean lines from Windows event logs (OTRF Security-Datasets: PowerShell, Task Scheduler and Filtering
 * Platform events) and from Exim's test suite (mail logs, Authentication-Results headers) that a key word
 * or a number's shape made look like a secret; each beside a look-alike that still holds a secret.
 */
class EventAndMailLogLookAlikesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  private static void assertPasses(String line) {
    assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
  }


  /**
   * A .NET assembly's strong name ends in {@code PublicKeyToken=<16 hex>}: the last eight bytes of the
   * SHA-1 of the publisher's public key, printed in every type name, binding error and PowerShell event.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "[[System.Boolean, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=%s]]'; Bindings = 'In'",
    "Could not load file or assembly 'Fake.Example, Version=1.2.0.0, Culture=neutral, PublicKeyToken=%s'",
    "<assemblyIdentity name=\"Fake.Example\" publicKeyToken=\"%s\" culture=\"neutral\" />",
    "public_key_token: %s",
  })
  void assemblyPublicKeyTokensPass(String shape) {
    assertPasses(String.format(shape, FakeSecrets.chars(new Random(shape.hashCode()), FakeSecrets.HEX, 16)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PrivateKeyToken=%s", "token=%s", "\"accessToken\": \"%s\"", "KeyToken=%s"})
  void hexTokensUnderOtherKeysStayHidden(String shape) {
    String value = FakeSecrets.chars(new Random(shape.hashCode()), FakeSecrets.HEX, 24);
    assertHidden(String.format(shape, value), value);
  }

  /**
   * Windows events name a process by a start key ({@code ClientProcessStartKey}, {@code ProcessStartKey}): a
   * number that orders process starts since boot. A key that orders or looks up ({@code start}, {@code sort},
   * {@code cache}, {@code partition}) is no secret even when an earlier word ({@code client}, {@code api}) would
   * make a bare key one.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "\"ClientProcessStartKey\":\"%s\",\"ClientProcessId\":\"3932\",\"ParentProcessId\":\"600\"",
    "ClientProcessStartKey=%s",
    "\"clientSortKey\": \"%s\"",
    "api_cache_key=%s",
    "app_partition_key: %s",
  })
  void orderingKeysAfterAQualifierPass(String shape) {
    Random r = new Random(shape.hashCode());
    assertPasses(String.format(shape, "19703248369" + FakeSecrets.chars(r, FakeSecrets.DIGITS, 5)));
    assertPasses(String.format(shape, FakeSecrets.mixed(r, 24)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "\"ClientKey\":\"%s\"", "ClientApiKey=%s", "\"clientSecretKey\": \"%s\"", "api_key=%s", "app_key: %s",
    "AZURE_STORAGE_ACCESS_KEY=%s", "client_signing_key=%s",
  })
  void qualifiedKeysStayHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 32);
    assertHidden(String.format(shape, value), value);
  }

  /**
   * Authentication-Results (RFC 8601) and Exim's ACL logs give each method's outcome: {@code dkim=pass},
   * {@code dkim-adsp=pass: host.example.org}. A {@code pass} that is itself a value (right after {@code =}) and is
   * followed by a host name is a result, not a password's key.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "sender-id=pass header.from=jered@example.com;\\n dkim-adsp=pass: dragon.example.org;\\n spf=pass",
    "dkim=pass: mail.example.com; spf=pass smtp.mfrom=bounce@example.com",
    "Authentication-Results: mx.example.com; arc=pass: relay-2.example.net",
  })
  void methodResultsBeforeAHostPass(String line) {
    assertPasses(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "pass: %s", "user=bob pass=%s", "ftp pass: %s", "login=bob;pass:%s", "dkim=pass: %s", "x=pass: %s.example",
  })
  void passwordsAfterPassStayHidden(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 14);
    assertHidden(String.format(shape, value), value);
  }

  /**
   * The Windows Filtering Platform logs each filter's {@code Weight}, a 64-bit number that can pass the Luhn
   * check with a card's prefix; a size or weight is a measure, never a card number.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "\"LayerId\":\"46\",\"Weight\":\"%s\",\"Conditions\":\"x\"", "weight=%s", "\"size\": %s", "bytes=%s",
  })
  void weightsAndSizesPass(String shape) {
    Random r = new Random(shape.hashCode());
    assertPasses(String.format(shape, FakeSecrets.luhnCard(r, "36", 17)));
    assertPasses(String.format(shape, FakeSecrets.luhnCard(r, "4", 16)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"Weight\":\"%s\"", "amount=%s", "\"card\": %s", "weightless %s"})
  void cardsElsewhereStayHidden(String shape) {
    Random r = new Random(shape.hashCode());
    String plain = FakeSecrets.luhnCard(r, "4", 16);
    String grouped = FakeSecrets.grouped(plain, ' ', 4, 4, 4, 4);
    assertHidden(String.format(shape, grouped), grouped);
    if (!shape.contains("Weight")) {
      assertHidden(String.format(shape, plain), plain);
    }
  }
}
