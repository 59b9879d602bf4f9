package dev.redact4j.log4j2;

import java.nio.file.Path;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of the one {@code log4j2.xml} fixture named after the test class: started before each test
 * in a fresh folder, stopped after it (flushing every appender before {@link Log4jFixture.CanaryCheck}
 * reads what was written), with the ThreadContext cleared.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
abstract class FixtureTest {
  @TempDir
  Path dir;

  Log4jFixture fixture;

  @BeforeEach
  final void startFixture() {
    fixture = Log4jFixture.start(getClass(), dir);
  }

  @AfterEach
  final void stopFixture() {
    fixture.close();
    ThreadContext.clearAll();
  }
}
