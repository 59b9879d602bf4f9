package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fingerprint keys read from a file or the environment, as adapters and rules files name them. */
class FingerprintKeySourcesTest {
  @TempDir
  Path dir;

  @Test
  void aKeyFileGivesStableFingerprints() throws Exception {
    Path key = Files.writeString(dir.resolve("fp.key"), "  a-fingerprint-key-of-32-characters\n", StandardCharsets.UTF_8);
    String text = "password=" + "hunter2" + "-horse-battery";
    String first = Redactor.newBuilder().fingerprintKeyFromFile(key).mask(Mask.fingerprint()).build().redact(text);
    String second = Redactor.newBuilder().fingerprintKeyFromFile(key).mask(Mask.fingerprint()).build().redact(text);
    assertThat(first).isEqualTo(second).matches("password=\\[REDACTED:password-assignment:[0-9a-f]{8}]");
  }

  @Test
  void missingSourcesAreNamedWithTheFix() {
    Path missing = dir.resolve("nope.key");
    assertThatThrownBy(() -> Redactor.newBuilder().fingerprintKeyFromFile(missing))
        .isInstanceOf(RedactionConfigException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("check the path");
    assertThatThrownBy(() -> Redactor.newBuilder().fingerprintKeyFromEnv("REDACT4J_TEST_SURELY_UNSET_VARIABLE"))
        .isInstanceOf(RedactionConfigException.class)
        .hasMessageContaining("REDACT4J_TEST_SURELY_UNSET_VARIABLE")
        .hasMessageContaining("16+ characters");
  }

  @Test
  void aKeyGivenForTheVariableNameIsNotRepeated() {
    // ${env:FP_KEY} resolved where FP_KEY belongs: base64 and hex keys as openssl rand prints them
    for (String key : new String[] {"q3ZpY2tseS1mYWtlLWtleS0wMQ==", "5f2b0c9e7a41d3886b0e1f4a2c9d7e31",
        "AB12CD34EF56AB78CD90EF12"}) {
      assertThatThrownBy(() -> Redactor.newBuilder().fingerprintKeyFromEnv(key))
          .isInstanceOf(RedactionConfigException.class)
          .hasMessageNotContaining(key)
          .hasMessageContaining("not written like one (such as REDACT4J_FINGERPRINT_KEY)");
    }
  }

  @Test
  void aKeyGivenForAFilePathIsNotRepeated() {
    // ${env:FP_KEY} resolved where a key file or a rules file belongs; adapters print these errors
    for (String key : new String[] {"q3ZpY2tseS1mYWtlLWtleS0wMQ==", "5f2b0c9e7a41d3886b0e1f4a2c9d7e31",
        "Zm9vYmFyLWZha2Uta2V5/w9Qx+Lm"}) {
      assertThatThrownBy(() -> Redactor.newBuilder().fingerprintKeyFromFile(Path.of(key)))
          .isInstanceOf(RedactionConfigException.class)
          .hasMessageNotContaining(key)
          .hasMessageContaining("looks like a key");
      assertThatThrownBy(() -> Redactor.newBuilder().rulesFile(Path.of(key)))
          .isInstanceOf(RedactionConfigException.class)
          .hasMessageNotContaining(key)
          .hasMessageContaining("Cannot read the rules file");
    }
    for (String path : new String[] {"/etc/myapp/redact4j-fingerprint.key", "/run/secrets/fp_key",
        "conf/RedactRules.properties"}) {
      assertThatThrownBy(() -> Redactor.newBuilder().fingerprintKeyFromFile(Path.of(path)))
          .hasMessageContaining(Path.of(path).toString());
    }
  }

  @Test
  void aShortKeyIsRefused() throws Exception {
    Path key = Files.writeString(dir.resolve("short.key"), "short", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Redactor.newBuilder().fingerprintKeyFromFile(key))
        .isInstanceOf(RedactionConfigException.class)
        .hasMessageContaining("at least 16 bytes")
        .hasMessageNotContaining("short\"");
  }
}
