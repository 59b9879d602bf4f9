package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lookup in a JSON template that resolves to a secret: a service name carrying a token in the template
 * file, a database URL with its password and a deploy token in {@code <EventTemplateAdditionalField>}s.
 * Clean events were judged by their fields alone and written with those secrets in full; only events
 * holding a secret of their own had them redacted.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class TemplateLookupTest {
  @TempDir
  Path dir;

  @AfterEach
  void clear() {
    System.clearProperty("redact4j.test.db");
    System.clearProperty("redact4j.test.token");
    System.clearProperty("redact4j.test.service");
    ThreadContext.clearAll();
  }

  @Test
  void aSecretALookupPutsInATemplateConstantIsRedactedOnCleanEventsToo() {
    Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(909);
    System.setProperty("redact4j.test.db", "postgres://app:" + secrets.password() + "@db:5432/app");
    System.setProperty("redact4j.test.token", secrets.githubToken());
    System.setProperty("redact4j.test.service", "token " + secrets.githubToken());
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    try {
      Logger log = fixture.context.getLogger("app");
      log.info("clean");
      ThreadContext.put("request", "r-1");
      log.info("with context");
    } finally {
      fixture.close();
    }

    List<JsonNode> events = fixture.readJson("json.log");
    assertThat(events).hasSize(2);
    for (JsonNode event : events) {
      assertThat(event.get("db").asText()).isEqualTo("postgres://app:[REDACTED:url-credentials]@db:5432/app");
      assertThat(event.get("deployToken").asText()).isEqualTo("[REDACTED:github-pat-classic]");
      assertThat(event.get("service").asText()).isEqualTo("checkout token [REDACTED:github-pat-classic]");
    }
    assertThat(events.get(0).get("message").asText()).isEqualTo("clean");
    assertThat(events.get(1).get("mdc").get("request").asText()).isEqualTo("r-1");
    assertThat(fixture.statusErrors()).isEmpty();
  }

  @Test
  void cleanConstantsKeepTheLayoutOnItsOwnPath() {
    System.setProperty("redact4j.test.service", "v2");
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    try {
      fixture.context.getLogger("plain").info("clean");
      RedactingLayout layout = (RedactingLayout) fixture.context.getConfiguration().getAppender("Plain").getLayout();
      assertThat(layout.judgesFields()).isTrue();
    } finally {
      fixture.close();
    }
    JsonNode event = fixture.readJson("plain.log").get(0);
    assertThat(event.get("service").asText()).isEqualTo("checkout v2");
    assertThat(event.get("region").asText()).isEqualTo("eu-west-1");
  }
}
