package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fingerprint key never reaches Log4j's status log, at any level, even when the configuration
 * puts it where a variable's name belongs: {@code fingerprintKeyEnv="${env:FP_KEY}"} for
 * {@code fingerprintKeyEnv="FP_KEY"} or {@code fingerprintKey="${env:FP_KEY}"}; nor where a key file,
 * a mask or a rules file belongs, whose errors quoted the value.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class FingerprintKeyStatusTest {
  private static final String PROPERTY = "redact4j.test.fpkey";

  @TempDir
  Path dir;

  @Test
  void aKeyGivenAsTheVariableNameFailsClosedWithoutBeingPrinted() {
    // a random key as people generate them (openssl rand -base64): mixed case, no variable name
    String key = Log4jFixture.plant("Fp" + new Log4jFixture.Secrets(91).password() + "x9Q/");
    List<StatusData> status = Collections.synchronizedList(new ArrayList<>());
    StatusListener everything = new StatusListener() {
      @Override
      public void log(StatusData data) {
        status.add(data);
      }

      @Override
      public Level getStatusLevel() {
        return Level.TRACE;
      }

      @Override
      public void close() {}
    };
    StatusLogger.getLogger().registerListener(everything);
    System.setProperty(PROPERTY, key);
    Log4jFixture fixture;
    try {
      fixture = Log4jFixture.start(getClass(), dir);
      try {
        fixture.context.getLogger("app").info("an event");
      } finally {
        fixture.close();
      }
    } finally {
      System.clearProperty(PROPERTY);
      StatusLogger.getLogger().removeListener(everything);
    }

    String nl = System.lineSeparator();
    assertThat(fixture.read("layout.log"))
        .isEqualTo("[REDACTION FAILED] <RedactingLayout> is misconfigured; see the Log4j status log" + nl);
    assertThat(fixture.read("scrub.log")).isEqualTo("INFO [REDACTION FAILED]" + nl);
    assertThat(fixture.read("rewrite.log")).isEqualTo("INFO [REDACTION FAILED]" + nl);
    assertThat(fixture.read("key-file.log")).isEqualTo(fixture.read("layout.log"));
    assertThat(fixture.read("mask.log")).isEqualTo(fixture.read("layout.log"));
    assertThat(fixture.read("rules-file.log")).isEqualTo("INFO [REDACTION FAILED]" + nl);
    List<String> lines = new ArrayList<>();
    synchronized (status) {
      status.forEach(s -> lines.add(s.getFormattedStatus()));
    }
    // Log4j's debug output prints attributes as given except sensitive ones, as the key attributes are
    // (it prints mask, rulesFile and %scrub's pattern as given); no error repeats the key
    assertThat(lines).anyMatch(s -> s.contains("RedactingRewritePolicy$Builder(") && s.contains("DEBUG"));
    assertThat(lines).noneMatch(s -> s.contains("fingerprintKeyEnv=\"" + key) || s.contains("fingerprintKeyFile=\"" + key));
    // nor the key as a path prints it, without its trailing slash
    assertThat(lines).filteredOn(s -> !s.contains(" DEBUG ")).noneMatch(s -> s.contains(key.substring(0, 16)));
    assertThat(lines).filteredOn(s -> s.contains("ERROR") && s.contains("is not repeated here: it may be the key itself"))
        .hasSize(3);
    assertThat(lines).filteredOn(s -> s.contains("ERROR") && s.contains("not repeated here because it looks like a key"))
        .hasSize(3).anyMatch(s -> s.contains("fingerprint key file")).anyMatch(s -> s.contains("Unknown mask"))
        .anyMatch(s -> s.contains("%scrub: ") && s.contains("rules file"));
  }
}
