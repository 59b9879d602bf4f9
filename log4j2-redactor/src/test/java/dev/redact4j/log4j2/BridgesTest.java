package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.SecretString;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.jul.Log4jBridgeHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events that reach Log4j through the bridges from other logging APIs: JUL through log4j-jul's
 * {@code Log4jBridgeHandler} (with and without level propagation), Commons Logging (log4j-jcl), the
 * Log4j 1 API (log4j-1.2-api) and {@code System.Logger} (log4j-jpl); also SLF4J 2 fluent suppliers
 * (log4j-slf4j2-impl). Bridges log into the default context: each test points it at
 * {@code BridgesTest.xml} and puts back its configuration, and JUL's, afterwards. The default context
 * is never stopped (other tests, such as {@link Slf4jTest}, log through it). log4j-jul's
 * {@code LogManager} needs a JVM-wide system property: {@link JulLogManagerBridgeTest} runs in its own JVM.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class BridgesTest {
  static final List<String> FILES = List.of("pattern.log", "json.log", "scrub.log", "rewrite.log");

  @TempDir
  Path dir;

  private final LoggerContext context = LoggerContext.getContext(false);
  private final Log4jFixture.Secrets fake = new Log4jFixture.Secrets(97);
  private URI configurationBefore;

  @BeforeEach
  void pointDefaultContextAtFixture() throws IOException {
    Log4jFixture.watch(dir);
    configurationBefore = context.getConfigLocation();
    if (!context.isStarted()) {
      context.start();
    }
    context.setConfigLocation(writeFixture(dir, "BridgesTest.xml"));
    assertThat(context.getConfiguration().getAppenders()).containsKeys("Pattern", "Json", "Scrub", "Rewrite");
  }

  @AfterEach
  void restoreGlobalState() throws IOException {
    for (Handler h : java.util.logging.Logger.getLogger("").getHandlers()) {
      if (h instanceof Log4jBridgeHandler) {
        java.util.logging.Logger.getLogger("").removeHandler(h);
        h.close();
      }
    }
    java.util.logging.LogManager.getLogManager().readConfiguration(); // JUL's own defaults again
    ThreadContext.clearAll();
    context.setConfigLocation(configurationBefore);
  }

  /** Writes a test resource into {@code dir} with {@code @DIR@} replaced; its URI. */
  static URI writeFixture(Path dir, String name) throws IOException {
    try (InputStream in = BridgesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Path file = dir.resolve(name);
      Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@DIR@", dir.toString()));
      return file.toUri();
    }
  }

  /** Every file holds each expected text; {@link Log4jFixture.CanaryCheck} fails any planted secret. */
  static void assertOutputs(Path dir, String... expected) throws IOException {
    for (String file : FILES) {
      Path path = dir.resolve(file);
      String text = Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
      for (String e : expected) {
        assertThat(text).as("%s in %s", e, file).contains(e);
      }
    }
  }

  /** An exception with a secret in its message, its cause's and a suppressed one's. */
  static IllegalStateException failure(Log4jFixture.Secrets fake, String tag) {
    IllegalStateException e = new IllegalStateException(tag + " outer password=" + fake.password(),
        new IOException("cause " + fake.githubToken()));
    e.addSuppressed(new IllegalArgumentException("suppressed password=" + fake.password()));
    return e;
  }

  /** JUL records of every shape the bridge tests send; {@code prefix} names the bridge. */
  static void logJulRecords(java.util.logging.Logger jul, Log4jFixture.Secrets fake, String prefix) {
    jul.log(java.util.logging.Level.INFO, prefix + "-params token {0} then {1} held {2} chars {3}",
        new Object[] {fake.githubToken(), "password=" + fake.password(), SecretString.of(fake.githubToken()),
            spelled(fake.githubToken())});
    LogRecord thrown = new LogRecord(java.util.logging.Level.SEVERE, prefix + "-thrown {0}");
    thrown.setParameters(new Object[] {"x"});
    thrown.setLoggerName(jul.getName());
    thrown.setThrown(failure(fake, prefix));
    jul.log(thrown);
    // A FINE record whose message has no {0}: its parameters are never formatted into it.
    LogRecord unformatted = new LogRecord(java.util.logging.Level.FINE, prefix + "-unformatted");
    unformatted.setParameters(new Object[] {fake.githubToken(), "password=" + fake.password(),
        spelled(fake.githubToken())});
    unformatted.setLoggerName(jul.getName());
    jul.log(unformatted);
    String lazy = fake.githubToken();
    jul.log(java.util.logging.Level.WARNING, () -> prefix + "-supplier token " + lazy);
  }

  /**
   * A token as a {@code char[]}, with the ways it is printed one character at a time planted: Log4j's
   * {@code [g, h, ...]} and a JSON layout's {@code ["g","h",...]}.
   */
  static char[] spelled(String secret) {
    char[] chars = secret.toCharArray();
    Log4jFixture.plant(Arrays.toString(chars));
    StringBuilder json = new StringBuilder("[");
    for (char c : chars) {
      json.append(json.length() > 1 ? ",\"" : "\"").append(c).append('"');
    }
    Log4jFixture.plant(json.append(']').toString());
    return chars;
  }

  static String[] julExpected(String prefix) {
    return new String[] {prefix + "-params token [REDACTED:github-pat-classic] then password=[REDACTED:password-assignment]"
        + " held " + SecretString.MASK + " chars [C@", prefix + "-thrown x", prefix + "-unformatted",
        prefix + "-supplier token [REDACTED:github-pat-classic]", prefix + " outer password=[REDACTED:password-assignment]",
        "cause [REDACTED:github-pat-classic]", "suppressed password=[REDACTED:password-assignment]"};
  }

  @Test
  void julThroughTheBridgeHandlerIsHidden() throws IOException {
    Log4jBridgeHandler.install(true, null, false);
    java.util.logging.Logger jul = java.util.logging.Logger.getLogger("bridge.jul");
    // Without propagateLevels JUL filters at its own levels (INFO): FINE needs a JUL level.
    jul.setLevel(java.util.logging.Level.ALL);
    logJulRecords(jul, fake, "jul");
    assertOutputs(dir, julExpected("jul"));
  }

  @Test
  void julFineRecordsArriveWithPropagatedLevelsAndAreHidden() throws IOException {
    Log4jBridgeHandler.install(true, null, true);
    java.util.logging.Logger jul = java.util.logging.Logger.getLogger("propagated.jul");
    jul.info("jul-first"); // the handler propagates Log4j's levels as it publishes a record
    assertThat(jul.isLoggable(java.util.logging.Level.FINE)).as("level propagated to JUL").isTrue();
    jul.log(java.util.logging.Level.FINE, "jul-fine token {0}", fake.githubToken());
    assertOutputs(dir, "jul-fine token [REDACTED:github-pat-classic]");
  }

  @Test
  void commonsLoggingObjectMessagesAndThrowablesAreHidden() throws IOException {
    org.apache.commons.logging.Log jcl = org.apache.commons.logging.LogFactory.getLog("bridge.jcl");
    String token = fake.githubToken();
    jcl.info(new Object() {
      @Override
      public String toString() {
        return "jcl-object Request{auth=token " + token + "}";
      }
    });
    jcl.debug("jcl-debug password=" + fake.password());
    jcl.error("jcl-thrown", failure(fake, "jcl"));
    assertOutputs(dir, "jcl-object Request{auth=token [REDACTED:github-pat-classic]}",
        "jcl-debug password=[REDACTED:password-assignment]", "jcl outer password=[REDACTED:password-assignment]",
        "suppressed password=[REDACTED:password-assignment]");
  }

  @Test
  void log4j1MdcNdcObjectMessagesAndThrowablesAreHidden() throws IOException {
    org.apache.log4j.Logger log4j1 = org.apache.log4j.Logger.getLogger("bridge.log4j1");
    org.apache.log4j.MDC.put("password", fake.password());
    org.apache.log4j.NDC.push("token " + fake.githubToken());
    String token = fake.githubToken();
    log4j1.info(new Object() {
      @Override
      public String toString() {
        return "log4j1-object token " + token;
      }
    });
    log4j1.error("log4j1-thrown", failure(fake, "log4j1"));
    org.apache.log4j.NDC.remove();
    org.apache.log4j.MDC.remove("password");
    assertOutputs(dir, "log4j1-object token [REDACTED:github-pat-classic]",
        "log4j1 outer password=[REDACTED:password-assignment]", "cause [REDACTED:github-pat-classic]");
  }

  @Test
  void systemLoggerParametersThrownAndSuppliersAreHidden() throws IOException {
    System.Logger jpl = System.getLogger("bridge.jpl");
    assertThat(jpl.getClass().getName()).as("log4j-jpl serves System.Logger").startsWith("org.apache.logging.log4j");
    jpl.log(System.Logger.Level.INFO, "jpl-params token {0} then {1} held {2}", fake.githubToken(),
        "password=" + fake.password(), SecretString.of(fake.githubToken()));
    jpl.log(System.Logger.Level.ERROR, "jpl-thrown", failure(fake, "jpl"));
    String lazy = fake.githubToken();
    jpl.log(System.Logger.Level.WARNING, () -> "jpl-supplier token " + lazy);
    jpl.log(System.Logger.Level.DEBUG, "jpl-unformatted", fake.githubToken(), "password=" + fake.password());
    // MessageFormat prints a long with the locale's grouping (4,111,...), a messageParameter resolver as digits.
    long card = Long.parseLong("4" + "1".repeat(15));
    Log4jFixture.plant(Long.toString(card));
    jpl.log(System.Logger.Level.INFO, "jpl-card {0}", card);
    assertOutputs(dir, "jpl-params token [REDACTED:github-pat-classic] then password=[REDACTED:password-assignment] held "
        + SecretString.MASK, "jpl outer password=[REDACTED:password-assignment]", "cause [REDACTED:github-pat-classic]",
        "jpl-supplier token [REDACTED:github-pat-classic]", "jpl-unformatted", "jpl-card");
  }

  @Test
  void slf4jFluentSuppliersAreHidden() throws IOException {
    org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("bridge.slf4j");
    String message = fake.githubToken();
    String argument = fake.password();
    log.atInfo().setMessage(() -> "slf4j-supplied token " + message).log();
    log.atInfo().setMessage("slf4j-argument password={}").addArgument(() -> argument).log();
    assertOutputs(dir, "slf4j-supplied token [REDACTED:github-pat-classic]",
        "slf4j-argument password=[REDACTED:password-assignment]");
  }
}
