package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lookup in a RedactingLayout's pattern that resolves to a secret: a database URL with its password
 * ({@code ${sys:...}}, resolved when the configuration starts) or a token ({@code $${sys:...}}, resolved
 * for each event). Clean events were judged by their fields alone and written with the secret in full;
 * events holding a secret of their own had it redacted.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class PatternLookupTest {
  @TempDir
  Path dir;

  @AfterEach
  void clear() {
    System.clearProperty("redact4j.test.db");
    System.clearProperty("redact4j.test.token");
    ThreadContext.clearAll();
  }

  @Test
  void aSecretALookupPutsInThePatternIsRedactedOnCleanEventsToo() {
    Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(808);
    System.setProperty("redact4j.test.db", "postgres://app:" + secrets.password() + "@db:5432/app");
    System.setProperty("redact4j.test.token", secrets.githubToken());
    String contextToken = secrets.githubToken();
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    try {
      Logger log = fixture.context.getLogger("app");
      log.info("clean");
      ThreadContext.put("token", contextToken);
      log.info("with context");
    } finally {
      fixture.close();
    }

    String nl = System.lineSeparator();
    String db = "db=postgres://app:[REDACTED:url-credentials]@db:5432/app";
    assertThat(fixture.read("startup.log")).isEqualTo("INFO clean " + db + nl + "INFO with context " + db + nl);
    assertThat(fixture.read("per-event.log")).isEqualTo("INFO clean [[REDACTED:github-pat-classic]]" + nl
        + "INFO with context [[REDACTED:github-pat-classic]]" + nl);
    assertThat(fixture.read("context.log")).isEqualTo("INFO clean [${ctx:token}]" + nl
        + "INFO with context [[REDACTED:github-pat-classic]]" + nl);
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
