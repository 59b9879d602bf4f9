package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.redact4j.logback.CanaryCheck.Canaries;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;

/**
 * redact4j inside a real Spring Boot application: Boot's {@code LoggingApplicationListener} and
 * {@code LogbackLoggingSystem} read the configuration a Boot user writes ({@code logback-spring.xml}
 * at the class path's root, or {@code logging.config}), with Boot's {@code defaults.xml},
 * {@code base.xml}, appender fragments, patterns ({@code %clr}, {@code %esb}, {@code %wEx}),
 * {@code <springProperty>}, {@code <springProfile>} and structured logging; every surface is logged
 * and the console and the log file are read back.
 */
@ExtendWith(CanaryCheck.class)
class SpringBootLogbackTest {
  private static final String RULES = "redact4j.rules-file=classpath:dev/redact4j/logback/test.rules";

  @TempDir
  Path dir;

  private static List<String> logEverySurface(BootApp app, Canaries canaries) {
    Logger log = app.logger("com.example.Application");
    List<String> planted = Surfaces.logAll(log, app.mdc(), canaries.fakes());
    planted.forEach(canaries::plant);
    return planted;
  }

  private static void assertStartedCleanly(BootApp app) {
    RuntimeException failure = app.startFailure();
    if (failure != null) {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      throw new AssertionError("Boot did not start:\n" + trace + "\nconsole:\n" + app.console() + app.statusOutput());
    }
    assertThat(app.console() + app.statusOutput()).as("status messages").doesNotContain("ERROR in ")
        .doesNotContain("WARN in ");
  }

  private static void assertRedacted(String output, List<String> planted) {
    for (String secret : planted) {
      assertThat(output).doesNotContain(secret);
    }
    assertThat(output).contains(Surfaces.EXPECTED_MASKS);
  }

  /** logback-spring.xml as docs/logback.md shows it: Boot's CONSOLE and FILE behind a RedactingAppender. */
  @Test
  void logbackSpringXmlWithBootsAppendersBehindARedactingAppender(Canaries canaries) {
    Path file = canaries.watch(dir).resolve("app.log");
    String console;
    List<String> planted;
    // No redact4j.rules-file here: the <springProperty>'s defaultValue names classpath:log-redaction.rules.
    try (BootApp app = BootApp.start("logging.file.name=" + file)) {
      assertStartedCleanly(app);
      planted = logEverySurface(app, canaries);
      console = app.console();
    }
    assertRedacted(console, planted);
    assertRedacted(LogbackFixture.read(file), planted);
    // Boot's own pattern is still the one printing: its "--- [thread] logger : message" layout.
    assertThat(LogbackFixture.read(file)).contains(" --- [").contains("com.example.Application")
        .contains("java.lang.IllegalStateException: failed for password=[REDACTED:password-assignment]");
  }

  /** %redact in logging.pattern.console and logging.pattern.file, with Boot's %clr and %wEx inside. */
  @Test
  void redactInBootsPatternProperties(Canaries canaries) {
    Path file = canaries.watch(dir).resolve("app.log");
    String rules = "{rulesFile=classpath:dev/redact4j/logback/test.rules}";
    String console;
    List<String> planted;
    try (BootApp app = BootApp.start("logging.config=classpath:dev/redact4j/logback/boot/pattern.xml",
        "logging.file.name=" + file,
        "logging.pattern.console=%clr(%d{HH:mm:ss}){faint} %clr(%5p) %clr(%logger{20}){cyan} : %redact(%m %kvp %X%n%wEx)"
            + rules,
        "logging.pattern.file=%d %5p [%t] %logger : %redact([%marker] %m %kvp %X%n%wEx)" + rules)) {
      assertStartedCleanly(app);
      planted = logEverySurface(app, canaries);
      console = app.console();
    }
    assertThat(console).contains("c.e.Application");
    String fileText = LogbackFixture.read(file);
    assertRedacted(fileText, planted);
    assertThat(fileText).contains("java.io.IOException: cause token [REDACTED:github-pat-classic]");
    for (String secret : planted) {
      assertThat(console).doesNotContain(secret);
    }
  }

  /** Boot's %wEx (or %wex) after %redact and outside it would print raw exception messages: Boot does not start. */
  @ParameterizedTest
  @ValueSource(strings = {"%wEx", "%wex"})
  void bootsThrowableWordOutsideRedactStopsTheStart(String word) {
    try (BootApp app = BootApp.start("logging.config=classpath:dev/redact4j/logback/boot/pattern.xml",
        "logging.file.name=" + dir.resolve("app.log"), "logging.pattern.console=%d %5p : %redact(%m){}%n" + word)) {
      assertThat(app.startFailure()).rootCause().hasMessageContaining("Logback configuration error detected")
          .hasMessageContaining("follows %redact(...) outside of it and prints exception messages unredacted;"
              + " move it inside, e.g. %redact(%msg%n%ex)");
    }
  }

  /** Boot's console pattern in a RedactingEncoder; Boot's structured ECS JSON in a RedactingEncoder. */
  @Test
  void redactingEncoderAroundBootsPatternAndStructuredEncoder(Canaries canaries) {
    Path file = canaries.watch(dir).resolve("app.json");
    String console;
    List<String> planted;
    try (BootApp app = BootApp.start("logging.config=classpath:dev/redact4j/logback/boot/encoder.xml",
        "logging.file.name=" + file, RULES)) {
      assertStartedCleanly(app);
      planted = logEverySurface(app, canaries);
      console = app.console();
    }
    assertRedacted(console, planted);
    String json = LogbackFixture.read(file);
    assertRedacted(json, planted);
    assertThat(json).contains("\"ecs\":{\"version\"");
  }

  /**
   * base.xml attaches CONSOLE and FILE to the root itself: wrapping them in a RedactingAppender too
   * would print each event twice, once raw. Boot refuses to start, and the message names the fix.
   */
  @Test
  void baseXmlAppendersBehindARedactingAppenderStopTheStart() {
    try (BootApp app = BootApp.start("logging.config=classpath:dev/redact4j/logback/boot/base-wrapped.xml",
        "logging.file.name=" + dir.resolve("app.log"))) {
      assertThat(app.startFailure()).isNotNull();
      assertThat(app.startFailure()).rootCause().hasMessageContaining("Logback configuration error detected")
          .hasMessageContaining("appender [CONSOLE] behind it is also attached to logger [ROOT]")
          .hasMessageContaining("remove <appender-ref ref=\"CONSOLE\"/> from that logger");
    }
  }

  /** A typo in logback-spring.xml stops Boot's start, and the message Boot throws names the fix. */
  @Test
  void aMisconfiguredRedactorStopsTheStartNamingTheFix() {
    try (BootApp app = BootApp.start("logging.config=classpath:dev/redact4j/logback/boot/unknown-rule.xml")) {
      assertThat(app.startFailure()).rootCause().hasMessageContaining("Logback configuration error detected")
          .hasMessageContaining("RedactingAppender [REDACT] cannot start: <enable>: Unknown rule or group 'githib';"
              + " did you mean 'github'?");
    }
  }

  /**
   * A {@code <springProperty>} whose source property is not set (and has no {@code defaultValue})
   * defines nothing, and Logback substitutes {@code NAME_IS_UNDEFINED} for {@code ${NAME}}: the error
   * names the undefined property and how to define it, not a file called REDACT_RULES_IS_UNDEFINED.
   */
  @Test
  void anUnsetSpringPropertyIsNamedAsUndefined() {
    try (BootApp app = BootApp.start("logging.config=classpath:dev/redact4j/logback/boot/profile.xml")) {
      assertThat(app.startFailure()).rootCause().hasMessageContaining("Logback configuration error detected")
          .hasMessageContaining("RedactingAppender [REDACT] cannot start: <rulesFile>: the property REDACT_RULES is"
              + " not defined (Logback substituted REDACT_RULES_IS_UNDEFINED for ${REDACT_RULES})")
          .hasMessageContaining("a <springProperty> whose source is not set defines nothing: set it, or give the"
              + " <springProperty> a defaultValue");
    }
    try (BootApp app = BootApp.start("logging.config=classpath:dev/redact4j/logback/boot/profile.xml",
        "spring.profiles.active=prod", RULES)) {
      assertThat(app.startFailure()).rootCause()
          .hasMessageContaining("<fingerprintKeyFile>: the property FINGERPRINT_KEY_FILE is not defined");
    }
  }

  /** Per profile: ECS JSON with fingerprints keyed from a file a property names in prod, Boot's pattern elsewhere. */
  @Test
  void springProfilesAndPropertiesChooseTheSetup(Canaries canaries) throws Exception {
    Path key = Files.writeString(dir.resolve("fingerprint.key"), "a-test-fingerprint-key-not-a-secret");
    String console;
    List<String> planted;
    try (BootApp app = BootApp.start("logging.config=classpath:dev/redact4j/logback/boot/profile.xml",
        "spring.profiles.active=prod", RULES, "redact4j.fingerprint-key-file=" + key)) {
      assertStartedCleanly(app);
      planted = logEverySurface(app, canaries);
      console = app.console();
    }
    for (String secret : planted) {
      assertThat(console).doesNotContain(secret);
    }
    assertThat(console).containsPattern("\\[REDACTED:github-pat-classic:[0-9a-f]{8}]")
        .contains("\"ecs\":{\"version\"").contains("\"error\":{\"type\":\"java.lang.IllegalStateException\"");

    try (BootApp app = BootApp.start("logging.config=classpath:dev/redact4j/logback/boot/profile.xml", RULES,
        "logging.pattern.correlation=[%X{traceId:-},%X{spanId:-}] ")) {
      assertStartedCleanly(app);
      planted = logEverySurface(app, canaries);
      // Trace ids pass unchanged through the redactor into Boot's correlation pattern.
      app.mdc().put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
      app.mdc().put("spanId", "00f067aa0ba902b7");
      app.logger("com.example.Application").info("traced");
      app.mdc().clear();
      console = app.console();
    }
    assertRedacted(console, planted);
    assertThat(console).contains("[4bf92f3577b34da6a3ce929d0e0e4736,00f067aa0ba902b7] com.example.Application");
  }

  /** The docs' Spring Boot section, copied out of docs/logback.md. */
  private static Path docs() {
    Path file = Path.of("..", "docs", "logback.md");
    assumeTrue(Files.isRegularFile(file), "docs/logback.md not found");
    return file;
  }

  /** The class path's logback-spring.xml, which Boot finds by itself in the tests above, is the docs' first snippet. */
  @Test
  void theDocsLogbackSpringXmlIsTheOneTested() throws Exception {
    assertThat(Files.readString(Path.of("src/test/resources/logback-spring.xml"), StandardCharsets.UTF_8))
        .isEqualTo(DocsExampleTest.block(docs(), "## Spring Boot", "xml", 0));
  }

  /** The docs' structured-logging snippet, as printed, with each of Boot's formats. */
  @ParameterizedTest
  @ValueSource(strings = {"ecs", "logstash", "gelf"})
  void theDocsStructuredLoggingSnippetHidesEverySurface(String format, Canaries canaries) throws Exception {
    Path config = Files.writeString(dir.resolve("logback-spring.xml"),
        DocsExampleTest.block(docs(), "## Spring Boot", "xml", 1));
    String console;
    List<String> planted;
    try (BootApp app = BootApp.start("logging.config=" + config.toUri(), "logging.structured.format.console=" + format)) {
      assertStartedCleanly(app);
      planted = logEverySurface(app, canaries);
      console = app.console();
    }
    // No rules file here, so the fixtures' custom acme-token rule does not apply; the built-in catalog does.
    for (String secret : planted) {
      if (!secret.startsWith("acme_")) {
        assertThat(console).doesNotContain(secret);
      }
    }
    assertThat(console).contains("[REDACTED:password-assignment]", "[REDACTED:github-pat-classic]",
        "[REDACTED:known-secret]");
    assertThat(console.lines().filter(l -> l.contains("\"request failed\"")).findFirst()).get().asString()
        .contains("failed for password=[REDACTED:password-assignment]")
        .contains("cause token [REDACTED:github-pat-classic]");
  }

  /**
   * The docs' pattern-property snippets, as printed: the logback-spring.xml declaring %redact and the
   * logging.pattern.* lines, which name the rules file the first snippet's default names.
   */
  @Test
  void theDocsPatternPropertiesSnippetHidesEverySurface(Canaries canaries) throws Exception {
    Path config = Files.writeString(dir.resolve("logback-spring.xml"),
        DocsExampleTest.block(docs(), "## Spring Boot", "xml", 2));
    Path file = canaries.watch(dir).resolve("app.log");
    List<String> args = new ArrayList<>(List.of("logging.config=" + config.toUri(), "logging.file.name=" + file));
    DocsExampleTest.block(docs(), "## Spring Boot", "properties", 0).lines().forEach(args::add);
    assertThat(args).hasSize(4);
    String console;
    List<String> planted;
    try (BootApp app = BootApp.start(args.toArray(String[]::new))) {
      assertStartedCleanly(app);
      planted = logEverySurface(app, canaries);
      console = app.console();
    }
    assertRedacted(console, planted);
    assertRedacted(LogbackFixture.read(file), planted);
    assertThat(console).contains(" c.e.Application : with kv password=\"[REDACTED:password-assignment]\"");
  }

  /**
   * What the docs warn about: with no logback-spring.xml, Boot's own Logback setup knows no %redact,
   * prints %PARSER_ERROR[redact] for it, lets Logback append its raw %ex, and still starts; the only
   * sign is Logback's status error on standard error.
   */
  @Test
  void withoutLogbackSpringXmlBootDoesNotKnowRedact() {
    String console;
    try (BootApp app = BootApp.startWithoutLogbackXml("logging.pattern.console=%5p %logger : %redact(%m%n%wEx)")) {
      assertThat(app.startFailure()).isNull();
      assertThat(app.statusOutput())
          .contains("ERROR in ch.qos.logback.core.pattern.parser.Compiler")
          .contains("There is no conversion class registered for composite conversion word [redact]");
      app.logger("com.example.Application").error("request failed", new IllegalStateException("order 42 not found"));
      console = app.console();
    }
    assertThat(console).contains("%PARSER_ERROR[redact]").contains("IllegalStateException: order 42 not found");
  }

  /** Boot's own console pattern in a RedactingEncoder: Boot's conversion words make it scan every line. */
  @Test
  void bootsOwnPatternInARedactingEncoderIsScannedOnEveryLine() {
    try (BootApp app = BootApp.start("logging.config=classpath:dev/redact4j/logback/boot/encoder.xml",
        "logging.file.name=" + dir.resolve("app.json"), RULES)) {
      assertStartedCleanly(app);
      assertThat(BootApp.loggerContext().getStatusManager().getCopyOfStatusList())
          .anySatisfy(st -> assertThat(st.getMessage()).startsWith("RedactingEncoder: ")
              .contains("its output is scanned for every event"));
    }
  }
}
