package dev.redact4j.logback;

import static net.logstash.logback.argument.StructuredArguments.array;
import static net.logstash.logback.argument.StructuredArguments.kv;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.status.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.redact4j.logback.CanaryCheck.Canaries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.helpers.BasicMarkerFactory;

/**
 * The configurations a user writes after reading only README.md ("For ops: Logback") and
 * docs/logback.md: words that cut text, the throwable Logback appends, keys substituted into the
 * wrong element, structured arguments on events holding a secret, markers with references, and
 * appenders that name files after MDC values.
 */
@ExtendWith(CanaryCheck.class)
class ReadmeTrialTest {
  @TempDir Path dir;

  /**
   * The fingerprint key substituted (${FINGERPRINT_KEY}) where its variable's name, a file or a
   * mask belongs: the error names the fix but never repeats the key.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "key-in-env        | RedactingEncoder cannot start: <fingerprintKeyEnv>",
      "key-in-file       | RedactingLayout cannot start: <fingerprintKeyFile>",
      "key-in-mask       | RedactingAppender [REDACT] cannot start: <mask>: Unknown mask",
      "key-in-option     | %redact cannot start: Option",
      "key-in-env-option | %redact cannot start: option fingerprintKeyEnv="})
  void aKeyInTheWrongPlaceIsNotRepeatedInTheStatusLog(String variant, String hint, Canaries canaries) {
    canaries.watch(dir);
    String key = canaries.plant("fp" + canaries.fakes().chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 30));
    try (LogbackFixture fx = LogbackFixture.load(getClass(), variant, Map.of("DIR", dir.toString(), "FINGERPRINT_KEY", key))) {
      assertThat(fx.errors()).anySatisfy(e -> assertThat(e).contains(hint));
      // Logback itself logs each substituted value at INFO ("value ... substituted for ${...}"): not ours.
      assertThat(fx.statuses(Status.WARN)).allSatisfy(s -> assertThat(s).doesNotContain(key));
      fx.logger("app").info("password={}", canaries.plant(canaries.fakes().password()));
    }
  }

  /** What a name looks like is still quoted, so the error stays useful. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "key-in-env        | REDACT4J_TRIAL_UNSET_VARIABLE | Environment variable REDACT4J_TRIAL_UNSET_VARIABLE (fingerprint key) is not set",
      "key-in-file       | /etc/no-such-app/fingerprint.key | Cannot read the fingerprint key file /etc/no-such-app/fingerprint.key",
      "key-in-mask       | fingerprnt                       | Unknown mask 'fingerprnt'",
      "key-in-option     | mask:typed                       | Option 'mask:typed' is not name=value"})
  void aNameInTheWrongPlaceIsStillQuoted(String variant, String value, String expected) {
    try (LogbackFixture fx = LogbackFixture.load(getClass(), variant, Map.of("DIR", dir.toString(), "FINGERPRINT_KEY", value))) {
      assertThat(fx.errors()).anySatisfy(e -> assertThat(e).contains(expected));
    }
  }
}
