package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.redact4j.KnownSecrets;
import dev.redact4j.SecretString;
import java.util.List;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.message.StringMapMessage;
import org.junit.jupiter.api.Test;

class RedactingLayoutTest extends FixtureTest {
  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(5);

  @Test
  void hidesSecretsInMessageParametersContextAndExceptionChains() {
    String token = secrets.githubToken();
    String password = secrets.password();
    String aws = secrets.awsKeyId();
    SecretString known = secrets.known();
    String knownValue = known.reveal();
    String ctxToken = secrets.githubToken();
    String stackPassword = secrets.password();
    String causeToken = secrets.githubToken();
    String suppressedAws = secrets.awsKeyId();
    try {
      ThreadContext.put("auth", "token " + ctxToken);
      ThreadContext.push("login password=" + stackPassword);
      IllegalStateException top = new IllegalStateException("wrapped password=" + password,
          new IllegalArgumentException("cause holds " + causeToken));
      top.addSuppressed(new RuntimeException("suppressed " + suppressedAws));
      Logger log = fixture.context.getLogger("app.Login");
      log.info("user {} sent token {} and key {} and {}", "bob", token, aws, knownValue);
      log.error("login failed", top);
      log.info(new StringMapMessage().with("user", "bob").with("token", token));
    } finally {
      KnownSecrets.global().unregister(known);
    }
    fixture.close();

    String pattern = fixture.read("pattern.log");
    assertThat(pattern)
        .contains("user bob sent token [REDACTED:github-pat-classic] and key [REDACTED:test-aws-key] and "
            + "[REDACTED:known-secret]")
        .contains("java.lang.IllegalStateException: wrapped password=[REDACTED:password-assignment]")
        .contains("Caused by: java.lang.IllegalArgumentException: cause holds [REDACTED:github-pat-classic]")
        .contains("Suppressed: java.lang.RuntimeException: suppressed [REDACTED:test-aws-key]")
        .contains("at dev.redact4j.log4j2.RedactingLayoutTest.hidesSecretsInMessageParametersContextAndExceptionChains")
        .contains("auth=token [REDACTED:github-pat-classic]")
        .contains("login password=[REDACTED:password-assignment]");

    List<JsonNode> json = fixture.readJson("json.log");
    assertThat(json).hasSize(3);
    // The line also holds "auth":"token ghp_..." (ThreadContext), a value found whole by the token
    // rule; its repeat in the message is hidden under that rule, or as the GitHub token alone.
    assertThat(json.get(0).get("message").asText()).matches(
        "user bob sent (token \\[REDACTED:github-pat-classic]|\\[REDACTED:token-assignment]) and key "
            + "\\[REDACTED:test-aws-key] and \\[REDACTED:known-secret]");
    // A quoted JSON value under an auth key is hidden whole or just its token: either way no secret.
    assertThat(json.get(0).get("auth").asText()).matches("(token )?\\[REDACTED:[a-z-]+]");
    assertThat(json.get(1).get("error.message").asText()).isEqualTo("wrapped password=[REDACTED:password-assignment]");
    assertThat(json.get(1).get("error.stack_trace").asText())
        .contains("IllegalStateException: wrapped password=[REDACTED:password-assignment]")
        .contains("cause holds [REDACTED:github-pat-classic]")
        .contains("suppressed [REDACTED:test-aws-key]");
    assertThat(json.get(2).get("message").toString()).contains("[REDACTED:github-pat-classic]");
    assertThat(fixture.statusErrors()).isEmpty();
  }

  @Test
  void leavesCleanEventsByteForByteAsTheNestedLayoutWritesThem() {
    ThreadContext.put("request", "r-42");
    Logger log = fixture.context.getLogger("clean");
    log.info("plain text {} with {}", "parameters", 42);
    log.warn("failure without secrets", new IllegalStateException("nothing to hide"));
    fixture.close();

    assertThat(fixture.read("pattern.log")).isNotEmpty().isEqualTo(fixture.read("plain-pattern.log"));
    assertThat(fixture.read("json.log")).isNotEmpty().isEqualTo(fixture.read("plain-json.log"));
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
