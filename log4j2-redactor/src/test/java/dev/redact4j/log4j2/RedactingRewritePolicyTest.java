package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.impl.ContextDataFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.impl.MutableLogEvent;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.apache.logging.log4j.message.StringMapMessage;
import org.apache.logging.log4j.message.StructuredDataMessage;
import org.apache.logging.log4j.spi.MutableThreadContextStack;
import org.apache.logging.log4j.util.StringMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(Log4jFixture.CanaryCheck.class)
class RedactingRewritePolicyTest {
  @TempDir
  Path dir;

  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(13);

  /**
   * A logger that references the appender behind the {@code <Rewrite>} hands it every event raw; Log4j
   * says nothing, so the policy names the appender and the logger (found by an ops trial that copied the
   * appender's reference into the root besides the Rewrite's).
   */
  @Test
  void loggerReferencingTheAppenderBehindTheRewriteIsReported() {
    Log4jFixture fixture = Log4jFixture.start(getClass(), "bypass", dir);
    try {
      fixture.context.getLogger("app").info("an ordinary event");
      fixture.context.getLogger("app").info("a second one");
    } finally {
      fixture.close();
    }
    assertThat(fixture.read("raw.log")).isEqualTo("an ordinary event\nan ordinary event\na second one\na second one\n"
        .replace("\n", System.lineSeparator()));
    assertThat(fixture.statusErrors()).singleElement().asString()
        .contains("<RedactingRewritePolicy>: appender [Raw] behind <Rewrite name=\"Redacted\"> is also referenced"
            + " by logger [root], which hands it its events unredacted, besides the redacted copies from the"
            + " Rewrite; remove <AppenderRef ref=\"Raw\"/> from that logger (reference only the Rewrite)");
  }

  @Test
  void rewriteAppenderPassesOnRedactedCopies() {
    String token = secrets.githubToken();
    String aws = secrets.awsKeyId();
    String ctx = secrets.password();
    String stack = secrets.githubToken();
    String suppressed = secrets.password();
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    try {
      ThreadContext.put("session", "password=" + ctx);
      ThreadContext.push("deploy " + stack);
      Exception thrown = new IllegalStateException("key " + aws);
      thrown.addSuppressed(new IllegalArgumentException("password=" + suppressed));
      fixture.context.getLogger("app").warn("token {}", token, thrown);
    } finally {
      fixture.close();
      ThreadContext.clearAll();
    }
    List<JsonNode> events = fixture.readJson("rewritten.log");
    assertThat(events).hasSize(1);
    JsonNode event = events.get(0);
    assertThat(event.get("message").asText()).isEqualTo("token [REDACTED:github-pat-classic]");
    assertThat(event.get("contextMap").get("session").asText()).isEqualTo("password=[REDACTED:password-assignment]");
    assertThat(event.get("contextStack").toString()).contains("deploy [REDACTED:github-pat-classic]");
    assertThat(event.get("thrown").get("message").asText()).isEqualTo("key [REDACTED:test-aws-key]");
    assertThat(event.get("thrown").get("name").asText()).isEqualTo("java.lang.IllegalStateException");
    assertThat(event.get("thrown").get("extendedStackTrace").toString())
        .contains("\"method\":\"rewriteAppenderPassesOnRedactedCopies\"");
    assertThat(fixture.statusErrors()).isEmpty();
  }

  @Test
  void neverMutatesTheEventAndPassesCleanEventsThrough() {
    RedactingRewritePolicy policy = RedactingRewritePolicy.newBuilder().build();
    String token = secrets.githubToken();
    Object[] params = {token};
    StringMap context = ContextDataFactory.createContextData();
    context.putValue("auth", "token " + token);
    IllegalStateException cause = new IllegalStateException("cause " + token);
    RuntimeException thrown = new RuntimeException("top", cause);
    StackTraceElement[] frames = thrown.getStackTrace();
    Log4jLogEvent original = Log4jLogEvent.newBuilder().setLoggerName("app").setLevel(Level.INFO)
        .setMessage(new ParameterizedMessage("token {}", params)).setContextData(context)
        .setContextStack(new MutableThreadContextStack(List.of("stack " + token))).setThrown(thrown).build();

    LogEvent copy = policy.rewrite(original);

    assertThat(copy).isNotSameAs(original);
    assertThat(copy.getMessage().getFormattedMessage()).isEqualTo("token [REDACTED:github-pat-classic]");
    assertThat(copy.getMessage().getParameters()).containsExactly("[REDACTED:github-pat-classic]");
    assertThat(copy.getContextData().toMap()).isEqualTo(Map.of("auth", "token [REDACTED:github-pat-classic]"));
    assertThat(copy.getContextStack().asList()).containsExactly("stack [REDACTED:github-pat-classic]");
    assertThat(copy.getThrown()).isNotSameAs(thrown).isExactlyInstanceOf(RuntimeException.class);
    assertThat(copy.getThrown().toString()).isEqualTo("java.lang.RuntimeException: top");
    assertThat(copy.getThrown().getStackTrace()).isEqualTo(frames);
    assertThat(copy.getThrown().getCause().getMessage()).isEqualTo("cause [REDACTED:github-pat-classic]");
    // the original and everything it holds are untouched
    assertThat(original.getMessage().getFormattedMessage()).isEqualTo("token " + token);
    assertThat(params).containsExactly(token);
    assertThat(original.getContextData().<String>getValue("auth")).isEqualTo("token " + token);
    assertThat(original.getContextStack().asList()).containsExactly("stack " + token);
    assertThat(original.getThrown()).isSameAs(thrown);
    assertThat(cause.getMessage()).isEqualTo("cause " + token);

    Log4jLogEvent clean = Log4jLogEvent.newBuilder().setLoggerName("app").setLevel(Level.INFO)
        .setMessage(new ParameterizedMessage("nothing {}", "here")).build();
    assertThat(policy.rewrite(clean)).isSameAs(clean);
  }

  @Test
  void copiesReusableEventsInsteadOfKeepingTheirMutableParts() {
    RedactingRewritePolicy policy = RedactingRewritePolicy.newBuilder().build();
    String password = secrets.password();
    MutableLogEvent reusable = new MutableLogEvent();
    reusable.initFrom(Log4jLogEvent.newBuilder().setLoggerName("app").setLevel(Level.INFO)
        .setMessage(new ParameterizedMessage("login password={}", password)).build());

    LogEvent copy = policy.rewrite(reusable);
    reusable.clear(); // Log4j reuses the event for the next call; the copy must not change

    assertThat(copy).isNotSameAs(reusable).isInstanceOf(Log4jLogEvent.class);
    assertThat(copy.getMessage().getFormattedMessage()).isEqualTo("login password=[REDACTED:password-assignment]");
    assertThat(copy.getLoggerName()).isEqualTo("app");
  }

  @Test
  void judgesMapMessageValuesWithTheirKeys() {
    RedactingRewritePolicy policy = RedactingRewritePolicy.newBuilder().build();
    String password = secrets.password();
    Log4jLogEvent original = Log4jLogEvent.newBuilder().setLoggerName("app").setLevel(Level.INFO)
        .setMessage(new StringMapMessage().with("user", "bob").with("password", password)).build();

    LogEvent copy = policy.rewrite(original);

    // like ThreadContext values: "password" -> "hunter2" is a secret although "hunter2" alone is not
    assertThat(copy.getMessage()).isInstanceOf(StringMapMessage.class);
    assertThat(((StringMapMessage) copy.getMessage()).getData())
        .isEqualTo(Map.of("user", "bob", "password", "[REDACTED:password-assignment]"));
    assertThat(copy.getMessage().getFormattedMessage()).doesNotContain(password);
  }

  @Test
  void keepsTheIdTypeAndTextOfStructuredDataMessages() {
    RedactingRewritePolicy policy = RedactingRewritePolicy.newBuilder().build();
    String password = secrets.password();
    String token = secrets.githubToken();
    StructuredDataMessage message = new StructuredDataMessage("audit@32473", "login by bob with " + token, "Audit");
    message.with("user", "bob").with("password", password);
    Log4jLogEvent original = Log4jLogEvent.newBuilder().setLoggerName("app").setLevel(Level.INFO)
        .setMessage(message).build();

    LogEvent copy = policy.rewrite(original);

    // RFC5424Layout and %m print the id, type and text too: a plain map would drop them
    assertThat(copy.getMessage()).isInstanceOf(StructuredDataMessage.class);
    StructuredDataMessage safe = (StructuredDataMessage) copy.getMessage();
    assertThat(safe.getId()).isEqualTo(message.getId());
    assertThat(safe.getType()).isEqualTo("Audit");
    assertThat(safe.getData()).isEqualTo(Map.of("user", "bob", "password", "[REDACTED:password-assignment]"));
    assertThat(safe.getFormattedMessage()).isEqualTo(
        "Audit [audit@32473 password=\"[REDACTED:password-assignment]\" user=\"bob\"] login by bob with"
            + " [REDACTED:github-pat-classic]");
  }

  @Test
  void hidesParametersThatAreSecretsInTheirPlaceholdersContext() {
    RedactingRewritePolicy policy = RedactingRewritePolicy.newBuilder().build();
    String password = secrets.password();
    Log4jLogEvent original = Log4jLogEvent.newBuilder().setLoggerName("app").setLevel(Level.INFO)
        .setMessage(new ParameterizedMessage("login with password={} (retry: {})", password, true)).build();

    LogEvent copy = policy.rewrite(original);

    assertThat(copy.getMessage().getFormattedMessage())
        .isEqualTo("login with password=[REDACTED:password-assignment] (retry: true)");
    assertThat(copy.getMessage().getParameters()).containsExactly("[REDACTED:password-assignment]", true);
  }
}
