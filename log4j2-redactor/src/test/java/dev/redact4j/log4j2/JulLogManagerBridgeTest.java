package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * JUL records through log4j-jul's {@code LogManager}, which turns each record into a Log4j
 * {@code MessageFormatMessage} formatted only when a layout asks (unlike the bridge handler in
 * {@link BridgesTest}, which hands Log4j text). Needs {@code -Djava.util.logging.manager} at JVM
 * start, so surefire runs it alone in its own JVM (execution {@code jul-log-manager} in the POM).
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class JulLogManagerBridgeTest {
  @TempDir
  Path dir;

  @Test
  void julRecordsThroughLog4jsLogManagerAreHidden() throws IOException {
    assertThat(java.util.logging.LogManager.getLogManager().getClass().getName())
        .as("run with -Djava.util.logging.manager").isEqualTo("org.apache.logging.log4j.jul.LogManager");
    Log4jFixture.watch(dir);
    LoggerContext context = LoggerContext.getContext(false);
    URI before = context.getConfigLocation();
    context.setConfigLocation(BridgesTest.writeFixture(dir, "BridgesTest.xml"));
    try {
      java.util.logging.Logger jul = java.util.logging.Logger.getLogger("bridge.jul.manager");
      BridgesTest.logJulRecords(jul, new Log4jFixture.Secrets(101), "manager");
      BridgesTest.assertOutputs(dir, BridgesTest.julExpected("manager"));
    } finally {
      context.setConfigLocation(before);
    }
  }
}
