package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import dev.redact4j.SecretString;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.apache.logging.log4j.MarkerManager;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.message.StringMapMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Events that reach Logback through the bridges from other logging APIs: JUL ({@code jul-to-slf4j},
 * with and without {@code LevelChangePropagator}), Commons Logging ({@code jcl-over-slf4j}), the
 * Log4j 1 API ({@code log4j-over-slf4j}), the Log4j 2 API ({@code log4j-to-slf4j}) and
 * {@code System.Logger} ({@code slf4j-jdk-platform-logging}). Each bridge logs into the SLF4J default
 * context, so each test configures that context from {@code BridgesTest.xml} and restores it, and
 * JUL, afterwards.
 */
class BridgesTest {
  private static final List<String> FILES =
      List.of("encoder.log", "json.log", "layout.log", "converter.log", "appender.log");

  @TempDir
  Path dir;

  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final FakeSecrets fake = new FakeSecrets(83);
  private final List<String> planted = new ArrayList<>();

  @AfterEach
  void restoreGlobalState() throws Exception {
    SLF4JBridgeHandler.uninstall();
    java.util.logging.LogManager.getLogManager().readConfiguration(); // JUL's own defaults again
    org.slf4j.MDC.clear();
    ThreadContext.clearAll();
    context.reset();
    new ContextInitializer(context).autoConfig();
  }

  private void configure(String variant) throws Exception {
    context.reset();
    context.putProperty("DIR", dir.toString());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    URL url = getClass().getResource("BridgesTest" + variant + ".xml");
    String xml = LogbackFixture.forThisLogback(LogbackFixture.text(url));
    if (xml == null) {
      configurator.doConfigure(url);
    } else {
      configurator.doConfigure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))); // Logback 1.4
    }
    assertThat(context.getStatusManager().getCopyOfStatusList())
        .noneMatch(s -> s.getLevel() == ch.qos.logback.core.status.Status.ERROR);
  }

  private String plant(String secret) {
    planted.add(secret);
    return secret;
  }

  /** Routes JUL's root logger to SLF4J only, as the jul-to-slf4j documentation says. */
  private static void installJulBridge() {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    Handler[] handlers = java.util.logging.Logger.getLogger("").getHandlers();
    assertThat(handlers).hasSize(1).hasOnlyElementsOfType(SLF4JBridgeHandler.class);
  }

  /** Every file holds each expected text and none of the planted secrets. */
  private void assertOutputs(String... expected) {
    for (String file : FILES) {
      String text = LogbackFixture.read(dir.resolve(file));
      for (String e : expected) {
        assertThat(text).as("%s in %s", e, file).contains(e);
      }
      for (String secret : planted) {
        assertThat(text).as("planted secret in %s", file).doesNotContain(secret);
      }
    }
  }

  private IllegalStateException failure(String tag) {
    IllegalStateException e = new IllegalStateException(tag + " outer password=" + plant(fake.password()),
        new IOException("cause " + plant(fake.githubToken())));
    e.addSuppressed(new IllegalArgumentException("suppressed password=" + plant(fake.password())));
    return e;
  }

  @Test
  void julMessageFormatParametersThrownAndSuppliersAreHidden() throws Exception {
    configure("");
    installJulBridge();
    java.util.logging.Logger jul = java.util.logging.Logger.getLogger("bridge.jul");
    // Without LevelChangePropagator JUL filters at its own levels (INFO): FINE needs a JUL level.
    jul.setLevel(java.util.logging.Level.ALL);

    jul.log(java.util.logging.Level.INFO, "jul-params token {0} then {1} held {2} chars {3}",
        new Object[] {plant(fake.githubToken()), "password=" + plant(fake.password()),
            SecretString.of(plant(fake.githubToken())), ("password=" + plant(fake.password())).toCharArray()});
    LogRecord thrown = new LogRecord(java.util.logging.Level.SEVERE, "jul-thrown {0}");
    thrown.setParameters(new Object[] {"x"});
    thrown.setLoggerName("bridge.jul");
    thrown.setThrown(failure("jul"));
    jul.log(thrown);
    // A FINE record whose message has no {0}: its parameters are never formatted.
    LogRecord unformatted = new LogRecord(java.util.logging.Level.FINE, "jul-unformatted");
    unformatted.setParameters(new Object[] {plant(fake.githubToken()), "password=" + plant(fake.password())});
    unformatted.setLoggerName("bridge.jul");
    jul.log(unformatted);
    String lazy = plant(fake.githubToken());
    jul.log(java.util.logging.Level.WARNING, () -> "jul-supplier token " + lazy);

    assertOutputs("jul-params token [REDACTED:github-pat-classic] then password=[REDACTED:password-assignment]"
        + " held " + SecretString.MASK + " chars [C@", "jul-thrown x", "jul-unformatted",
        "jul-supplier token [REDACTED:github-pat-classic]", "jul outer password=[REDACTED:password-assignment]",
        "cause [REDACTED:github-pat-classic]", "suppressed password=[REDACTED:password-assignment]");
  }

  @Test
  void julFineRecordsArriveWithLevelChangePropagatorAndAreHidden() throws Exception {
    configure("-propagator");
    installJulBridge();
    java.util.logging.Logger jul = java.util.logging.Logger.getLogger("bridge.jul.propagated");
    assertThat(jul.isLoggable(java.util.logging.Level.FINE)).as("level propagated to JUL").isTrue();

    jul.log(java.util.logging.Level.FINE, "jul-fine token {0}", plant(fake.githubToken()));
    jul.log(java.util.logging.Level.FINE, "jul-fine-too password={0}", plant(fake.password()));

    assertOutputs("jul-fine token [REDACTED:github-pat-classic]", "jul-fine-too password=[REDACTED:password-assignment]");
  }

  @Test
  void commonsLoggingObjectMessagesAndThrowablesAreHidden() throws Exception {
    configure("");
    org.apache.commons.logging.Log jcl = org.apache.commons.logging.LogFactory.getLog("bridge.jcl");
    String token = plant(fake.githubToken());
    Object request = new Object() {
      @Override
      public String toString() {
        return "jcl-object Request{auth=token " + token + "}";
      }
    };
    jcl.info(request);
    jcl.debug("jcl-debug password=" + plant(fake.password()));
    jcl.error("jcl-thrown", failure("jcl"));

    assertOutputs("jcl-object Request{auth=token [REDACTED:github-pat-classic]}",
        "jcl-debug password=[REDACTED:password-assignment]", "jcl outer password=[REDACTED:password-assignment]",
        "suppressed password=[REDACTED:password-assignment]");
  }

  @Test
  void log4j1MdcNdcObjectMessagesAndThrowablesAreHidden() throws Exception {
    configure("");
    org.apache.log4j.Logger log4j1 = org.apache.log4j.Logger.getLogger("bridge.log4j1");
    org.apache.log4j.MDC.put("password", plant(fake.password()));
    org.apache.log4j.NDC.push("token " + plant(fake.githubToken()));
    String token = plant(fake.githubToken());
    log4j1.info(new Object() {
      @Override
      public String toString() {
        return "log4j1-object token " + token;
      }
    });
    log4j1.error("log4j1-thrown", failure("log4j1"));
    org.apache.log4j.NDC.remove();
    org.apache.log4j.MDC.remove("password");

    assertOutputs("log4j1-object token [REDACTED:github-pat-classic]", "log4j1 outer password=[REDACTED:password-assignment]",
        "[REDACTED:password-assignment]", "cause [REDACTED:github-pat-classic]");
  }

  @Test
  void log4j2ApiThreadContextMapMessagesBuildersAndSuppliersAreHidden() throws Exception {
    configure("");
    org.apache.logging.log4j.Logger log = org.apache.logging.log4j.LogManager.getLogger("bridge.log4j2api");
    ThreadContext.put("password", plant(fake.password()));
    ThreadContext.push("token " + plant(fake.githubToken()));
    log.info(new StringMapMessage().with("event", "log4j2api-map").with("password", plant(fake.password()))
        .with("apiToken", plant(fake.githubToken())));
    log.atInfo().withThrowable(failure("builder")).withMarker(MarkerManager.getMarker("AUDIT"))
        .log("log4j2api-builder token {}", plant(fake.githubToken()));
    String lazy = plant(fake.githubToken());
    log.warn((org.apache.logging.log4j.util.Supplier<?>) () -> "log4j2api-supplier token " + lazy);
    log.info("log4j2api-params held {} chars password={}", SecretString.of(plant(fake.githubToken())),
        plant(fake.password()).toCharArray());
    ThreadContext.clearAll();

    assertOutputs("log4j2api-map", "log4j2api-builder token [REDACTED:github-pat-classic]",
        "builder outer password=[REDACTED:password-assignment]", "cause [REDACTED:github-pat-classic]",
        "log4j2api-supplier token [REDACTED:github-pat-classic]",
        "log4j2api-params held " + SecretString.MASK + " chars password=[REDACTED:password-assignment]");
  }

  @Test
  void systemLoggerParametersThrownAndSuppliersAreHidden() throws Exception {
    configure("");
    System.Logger jpl = System.getLogger("bridge.jpl");
    assertThat(jpl.getClass().getName()).as("slf4j-jdk-platform-logging serves System.Logger").startsWith("org.slf4j");
    jpl.log(System.Logger.Level.INFO, "jpl-params token {0} then {1} held {2}", plant(fake.githubToken()),
        "password=" + plant(fake.password()), SecretString.of(plant(fake.githubToken())));
    jpl.log(System.Logger.Level.ERROR, "jpl-thrown", failure("jpl"));
    String lazy = plant(fake.githubToken());
    jpl.log(System.Logger.Level.WARNING, () -> "jpl-supplier token " + lazy);
    jpl.log(System.Logger.Level.DEBUG, "jpl-unformatted", plant(fake.githubToken()), "password=" + plant(fake.password()));
    // MessageFormat prints a long with the locale's grouping (4,111,...; no rule knows that shape, see
    // docs/logback.md), while JsonEncoder prints the argument apart, as digits: judged on its own.
    long card = Long.parseLong("4" + "1".repeat(15));
    plant(Long.toString(card));
    jpl.log(System.Logger.Level.INFO, "jpl-card {0}", card);

    assertOutputs("jpl-params token [REDACTED:github-pat-classic] then password=[REDACTED:password-assignment] held "
        + SecretString.MASK, "jpl outer password=[REDACTED:password-assignment]", "cause [REDACTED:github-pat-classic]",
        "jpl-supplier token [REDACTED:github-pat-classic]", "jpl-unformatted", "jpl-card");
  }
}
