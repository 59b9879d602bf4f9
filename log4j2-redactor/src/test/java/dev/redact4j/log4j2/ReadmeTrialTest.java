package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.redact4j.SecretString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.MarkerManager;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.message.MapMessage;
import org.apache.logging.log4j.message.ObjectMessage;
import org.apache.logging.log4j.message.ParameterizedMessageFactory;
import org.apache.logging.log4j.message.ReusableMessageFactory;
import org.apache.logging.log4j.message.StringMapMessage;
import org.apache.logging.log4j.message.StructuredDataMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A user trial: the configurations an ops engineer writes from README.md and docs/log4j2.md
 * (RedactingLayout around PatternLayout and JsonTemplateLayout, %scrub with each exception converter,
 * a Rewrite appender, an Async appender, an async logger and a Console appender, in log4j2.xml,
 * .properties and .json),
 * fed a secret on every surface an application has: message, parameters (objects, arrays,
 * SecretString), ThreadContext map and stack, map, structured-data and object messages, markers,
 * exceptions with causes and suppressed ones, a header lookup. No planted secret may reach a file
 * ({@link Log4jFixture.CanaryCheck}), JSON stays JSON, and the redacted output keeps its shape.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class ReadmeTrialTest {
  private static final String HEADER_PROPERTY = "redact4j.trial.header";

  @TempDir
  Path dir;

  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(61);

  @AfterEach
  void clear() {
    ThreadContext.clearAll();
    System.clearProperty(HEADER_PROPERTY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "properties", "json"})
  void everySurfaceIsRedactedInEveryConfigurationFormat(String format) throws IOException {
    Log4jFixture fixture = start(format);
    logEverySurfaceAndStop(fixture);

    String pattern = fixture.read("pattern.log");
    String nl = System.lineSeparator();
    assertThat(pattern).startsWith("start [REDACTED:github-pat-classic]" + nl)
        .endsWith("end [REDACTED:github-pat-classic]" + nl)
        .contains(" trial  - token [REDACTED:github-pat-classic] [{}] [] [] [${ctx:token}] " + nl)
        .contains(" trial  - login user=bob password=[REDACTED:password-assignment] [{}]")
        .contains(" trial  - obj Creds[user=bob, token=[REDACTED:aws-access-key-id]] [{}]")
        .contains(" trial  - arr [x, [REDACTED:github-pat-classic]] [{}]")
        .contains(" trial  - secret string ********** [{}]")
        .contains(" trial  - with context [{password=[REDACTED:password-assignment], token=[REDACTED:github-pat-classic],"
            + " user=bob}] [jwt [REDACTED:jwt]] [[REDACTED:password-assignment]] [[REDACTED:github-pat-classic]] " + nl)
        .contains(" trial  - n=\"8\" password=\"[REDACTED:password-assignment]\"")
        .contains(" trial M-[REDACTED:github-pat-classic][ AUDIT ] - marker [{}]")
        .contains("java.lang.RuntimeException: outer [REDACTED:github-pat-classic]" + nl)
        .contains("Suppressed: java.lang.IllegalStateException: suppressed [REDACTED:jwt]" + nl)
        .contains("Caused by: java.lang.IllegalArgumentException: cause password=[REDACTED:password-assignment]" + nl)
        .contains(" trial  - clean ordinary event [{}] [] [] [${ctx:token}] " + nl);

    List<JsonNode> ecs = fixture.readJson("ecs.json");
    assertThat(ecs).hasSize(EVENTS + ASYNC_EVENTS);
    assertThat(ecs).extracting(n -> n.get("message").asText())
        .contains("token [REDACTED:github-pat-classic]", "clean ordinary event", "async [REDACTED:github-pat-classic]");
    assertThat(ecs).filteredOn(n -> n.has("error.message")).extracting(n -> n.get("error.message").asText())
        .containsOnly("outer [REDACTED:github-pat-classic]");
    assertThat(ecs).filteredOn(n -> n.has("password")).extracting(n -> n.get("password").asText())
        .containsExactly("[REDACTED:password-assignment]");

    assertThat(fixture.read("scrub.log")).contains("INFO trial - token [REDACTED:github-pat-classic] [{}] ")
        .contains("Caused by: java.lang.IllegalArgumentException: cause password=[REDACTED:password-assignment]");
    assertThat(fixture.read("rewrite.log")).contains("INFO M-[REDACTED:github-pat-classic][ AUDIT ] marker [{}]")
        .contains("INFO  async [REDACTED:github-pat-classic] [{}]");
    assertThat(fixture.read("async.log")).contains("INFO trial token [REDACTED:github-pat-classic] [{}]")
        .contains("INFO trial.async async [REDACTED:github-pat-classic] [{}]");
    assertThat(fixture.statusErrors()).isEmpty();
  }

  @Test
  void everyExceptionConverterInScrubAndEveryJsonTemplateIsRedacted() throws IOException {
    Log4jFixture fixture = start("xml");
    logEverySurfaceAndStop(fixture);
    assertThat(fixture.read("console.txt")).contains("CONSOLE INFO token [REDACTED:github-pat-classic] [{}]")
        .contains("CONSOLE ERROR failed [{}]" + System.lineSeparator()
            + "java.lang.RuntimeException: outer [REDACTED:github-pat-classic]");
    String nl = System.lineSeparator();
    String outer = "java.lang.RuntimeException: outer [REDACTED:github-pat-classic]";
    String cause = "java.lang.IllegalArgumentException: cause password=[REDACTED:password-assignment]";
    assertThat(fixture.read("scrub-noex.log")).contains("ERROR failed" + nl + outer + nl).contains("Caused by: " + cause);
    assertThat(fixture.read("scrub-xex.log")).contains("ERROR failed " + outer + nl).contains("Caused by: " + cause);
    assertThat(fixture.read("scrub-rex.log")).contains("ERROR failed" + nl + cause + nl)
        .contains("Wrapped by: " + outer + nl);
    assertThat(fixture.read("scrub-short.log")).contains("ERROR failed " + outer + nl).doesNotContain("Caused by");
    assertThat(fixture.read("scrub-lines.log")).contains("ERROR failed" + nl + outer + nl).doesNotContain("Caused by");

    for (String file : List.of("logstash.json", "rewrite.json")) {
      assertThat(fixture.readJson(file)).as(file).isNotEmpty();
    }
    List<JsonNode> inline = fixture.readJson("inline.json");
    assertThat(inline).hasSize(EVENTS);
    JsonNode password = inline.stream().filter(n -> n.get("message").asText().startsWith("password=")).findFirst()
        .orElseThrow();
    assertThat(password.get("params").get(0).asText()).isEqualTo("[REDACTED:password-assignment]");
    JsonNode context = inline.stream().filter(n -> n.get("message").asText().equals("with context")).findFirst()
        .orElseThrow();
    assertThat(context.get("mdc").get("token").asText()).isEqualTo("[REDACTED:github-pat-classic]");
    assertThat(context.get("ndc").get(0).asText()).isEqualTo("jwt [REDACTED:jwt]");
    assertThat(context.get("line").asText()).isEqualTo("bob");
    JsonNode failed = inline.stream().filter(n -> n.has("root")).findFirst().orElseThrow();
    assertThat(failed.get("root").asText()).isEqualTo("cause password=[REDACTED:password-assignment]");
    assertThat(failed.get("trace").asText()).contains("Suppressed: java.lang.IllegalStateException: suppressed"
        + " [REDACTED:jwt]");
    assertThat(inline).filteredOn(n -> n.has("marker")).extracting(n -> n.get("marker").asText())
        .containsExactly("M-[REDACTED:github-pat-classic]");
    assertThat(fixture.statusErrors()).isEmpty();
  }

  private Log4jFixture start(String format) {
    System.setProperty(HEADER_PROPERTY, secrets.githubToken());
    return format.equals("xml") ? Log4jFixture.start(getClass(), dir) : Log4jFixture.startFormat(getClass(), format, dir);
  }

  /**
   * Logs {@link #logEverySurface} and stops the fixture, with System.out captured into
   * {@code console.txt} next to the files, where the canary check reads it too.
   */
  private void logEverySurfaceAndStop(Log4jFixture fixture) throws IOException {
    PrintStream out = System.out;
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
      logEverySurface(fixture);
    } finally {
      fixture.close();
      System.setOut(out);
      Files.write(dir.resolve("console.txt"), console.toByteArray());
    }
  }

  /** An object whose toString() holds a secret, as records and Lombok classes print them. */
  private record Creds(String user, String token) {}

  /** Events logged through the root logger by {@link #logEverySurface}. */
  private static final int EVENTS = 16;
  private static final int ASYNC_EVENTS = 1;

  private void logEverySurface(Log4jFixture fixture) {
    String token = secrets.githubToken();
    String password = secrets.password();
    String awsKey = secrets.awsKeyId();
    String jwt = Log4jFixture.plant(jwt(secrets.password()));
    SecretString known = SecretString.of(Log4jFixture.plant(secrets.password()));
    Logger log = fixture.context.getLogger("trial");
    // Log4j's garbage-free default outside web apps: reusable messages, formatted into the event (2.24+;
    // 2.23.1 defaults to parameterized ones, 2.21.1 to reusable ones: docs/log4j2.md, "Tested versions")
    if (Log4jFixture.LOG4J.compareTo(Runtime.Version.parse("2.24")) >= 0) {
      assertThat((Object) log.getMessageFactory()).isInstanceOf(ReusableMessageFactory.class);
    } else {
      assertThat((Object) log.getMessageFactory())
          .isInstanceOfAny(ReusableMessageFactory.class, ParameterizedMessageFactory.class);
    }

    log.info("token " + token);
    log.info("login user={} {}", "bob", "password=" + password);
    log.info("password={}", password);
    log.info("obj {}", new Creds("bob", awsKey));
    log.info("arr {}", (Object) new String[] {"x", token});
    log.info("secret string {}", known);
    ThreadContext.put("password", password);
    ThreadContext.put("token", token);
    ThreadContext.put("user", "bob");
    ThreadContext.push("jwt " + jwt);
    log.info("with context");
    ThreadContext.clearAll();
    log.info(new StringMapMessage().with("n", "8").with("password", password));
    log.info(new MapMessage<>(new LinkedHashMap<String, Object>(Map.of("count", 3, "auth", "Bearer " + jwt))));
    log.info(new StructuredDataMessage("login@1", "text " + awsKey, "Audit").with("password", password));
    log.info(new ObjectMessage(new Creds("alice", token)));
    Marker marker = MarkerManager.getMarker("M-" + token).setParents(MarkerManager.getMarker("AUDIT"));
    log.info(marker, "marker");
    RuntimeException failure = new RuntimeException("outer " + token,
        new IllegalArgumentException("cause password=" + password));
    failure.addSuppressed(new IllegalStateException("suppressed " + jwt));
    log.error("failed", failure);
    log.printf(Level.INFO, "printf %s", token);
    log.atInfo().withThrowable(failure).log("builder {}", awsKey);
    log.info("clean {} event", "ordinary");
    fixture.context.getLogger("trial.async").info("async {}", token);
  }

  /** A JWT of the usual shape: base64url JSON header and payload, and a signature. */
  private static String jwt(String subject) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(("{\"sub\":\"" + subject + "\",\"iat\":1700000000}").getBytes(StandardCharsets.UTF_8))
        + "." + b64.encodeToString(subject.repeat(2).getBytes(StandardCharsets.UTF_8));
  }
}
