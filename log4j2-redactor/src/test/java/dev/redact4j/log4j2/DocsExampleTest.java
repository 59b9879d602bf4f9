package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The documented configuration loads without status errors and redacts on every appender. */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class DocsExampleTest {
  @TempDir
  Path dir;

  @Test
  void documentedConfigurationWorks() throws IOException {
    Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(23);
    String token = secrets.githubToken();
    String acme = Log4jFixture.plant("acme_" + Long.toString(Long.MAX_VALUE - 23, 36) + "q0w9e8r7t6y5u4i3o2p");
    Files.writeString(dir.resolve("redact4j.rules"), "# shared by every component\n"
        + "rule.acme-api-key.regex = acme_[a-z0-9]{32}\n"
        + "rule.acme-api-key.keywords = acme_\n");
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    try {
      fixture.context.getLogger("app").info("token {} key {}", token, acme);
      fixture.context.getLogger("audit").info("token {} key {}", token, acme);
    } finally {
      fixture.close();
    }
    assertThat(fixture.read("app.log")).contains("token [REDACTED:github-pat-classic] key [REDACTED:acme-api-key]");
    assertThat(fixture.readJson("app.json").get(0).get("message").asText())
        .startsWith("token ghp_[REDACTED:github-pat-classic]");
    assertThat(fixture.readJson("rewritten.json").get(0).get("message").asText())
        .startsWith("token [REDACTED:github-pat-classic]");
    assertThat(fixture.read("audit.log")).contains("token [REDACTED:github-pat-classic]");
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
