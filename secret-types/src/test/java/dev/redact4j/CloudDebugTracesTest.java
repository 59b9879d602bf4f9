package dev.redact4j;

import static dev.redact4j.RedactionAssertions.CATALOG;
import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What cloud CLIs and SDKs print at debug verbosity ({@code az --debug}, {@code aws --debug}, {@code gcloud
 * --log-http}, {@code kubectl -v=9}, {@code TF_LOG=TRACE}) and the credentials they show: a blind trial's leaks
 * and false positives, one text at a time as a log appender sees it.
 */
class CloudDebugTracesTest {
  private static final String B64 = FakeSecrets.B64;

  /** An Azure storage or Event Grid access key: 64 bytes in base64. */
  private static String accessKey(Random r) {
    return FakeSecrets.chars(r, B64, 86) + "==";
  }

  @Test
  void azureKeysListHidesTheValueNamedByKeyName() {
    // az storage account keys list: each key an object, its fields in alphabetical order
    Random r = new Random(6101);
    String key = accessKey(r);
    String pretty = "[\n  {\n    \"creationTime\": \"2026-11-01T10:00:00.000000+00:00\",\n    \"keyName\": \"key1\",\n"
        + "    \"permissions\": \"FULL\",\n    \"value\": \"" + key + "\"\n  }\n]";
    assertHidden(pretty, key);
    String oneLine = "cli.azure.cli.core.util: Response body: {\"keys\":[{\"creationTime\":\"2026-11-01T10:00:00Z\","
        + "\"keyName\":\"key2\",\"value\":\"" + key + "\",\"permissions\":\"FULL\"}]}";
    assertHidden(oneLine, key);
    assertThat(CATALOG.redact(oneLine)).contains("\"keyName\":\"key2\",\"value\":\"[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"keyName\":\"key1\",\"permissions\":\"FULL\",\"value\":\"\"}",
    "{\"keyName\":\"kv-cmk\",\"keyVaultUri\":\"https://kv.vault.azure.net/\",\"keyVersion\":\"\"}",
    "{\"keyName\":\"key1\",\"value\":\"REDACTED\"}",
    "{\"name\":\"key1\",\"value\":42}",
  })
  void keyNameEntriesWithoutASecretValuePass(String line) {
    assertThat(CATALOG.redact(line)).isEqualTo(line);
  }
}
