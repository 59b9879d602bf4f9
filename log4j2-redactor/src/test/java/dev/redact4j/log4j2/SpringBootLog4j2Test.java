package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.redact4j.SecretString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.MarkerFactory;

/**
 * redact4j inside a real Spring Boot application on Log4j 2: Boot's {@code Log4J2LoggingSystem}
 * reads {@code log4j2-spring.xml} at the class path's root (or {@code logging.config}) with Boot's
 * {@code %clr} and {@code %xwEx}, {@code ${spring:...}} lookups, {@code <SpringProfile>} and
 * {@code StructuredLogLayout}; every surface is logged through SLF4J and the console is read back.
 */
class SpringBootLog4j2Test {
  private static final String BOOT_DEFAULT = "logging.config=classpath:org/springframework/boot/logging/log4j2/log4j2.xml";

  @TempDir
  Path dir;

  /** Logs a secret through each surface and returns them. */
  private static List<String> logEverySurface(long seed) {
    Log4jFixture.Secrets s = new Log4jFixture.Secrets(seed);
    List<String> planted = new ArrayList<>();
    Logger log = LoggerFactory.getLogger("com.example.Application");
    log.info("login for bob with password={}", add(planted, s.password()));
    log.info("calling the api with {}", add(planted, s.githubToken()));
    log.warn("aws key " + add(planted, s.awsKeyId()) + " rotated");
    log.info("typed secret {}", SecretString.of(add(planted, s.password())));
    MDC.put("password", add(planted, s.password()));
    log.info("with mdc");
    MDC.clear();
    log.atInfo().addKeyValue("password", add(planted, s.password())).log("with kv");
    log.info(MarkerFactory.getMarker("AUDIT"), "audited {}", add(planted, s.githubToken()));
    IllegalStateException ex = new IllegalStateException("failed for password=" + add(planted, s.password()),
        new IOException("cause token " + add(planted, s.githubToken())));
    ex.addSuppressed(new RuntimeException("suppressed key " + add(planted, s.githubToken())));
    log.error("request failed", ex);
    return planted;
  }

  private static String add(List<String> planted, String secret) {
    planted.add(secret);
    return secret;
  }

  private static void assertHidden(String console, List<String> planted) {
    for (String secret : planted) {
      assertThat(console).doesNotContain(secret);
    }
    assertThat(console).contains("[REDACTED:password-assignment]", "[REDACTED:github-pat-classic]");
  }

  /** The class path's log4j2-spring.xml, found by Boot itself: RedactingLayout around a pattern with %clr and %xwEx. */
  @Test
  void log4j2SpringXmlWithARedactingLayout() {
    String console;
    List<String> planted;
    try (BootApp app = BootApp.start()) {
      assertThat(app.startFailure()).isNull();
      planted = logEverySurface(1);
      assertThat(app.statusErrors()).isEmpty();
      console = app.console();
    }
    assertHidden(console, planted);
    // The rules file ${spring:redact4j.rules-file:-classpath:log-redaction.rules} names applies its custom rule.
    assertThat(console).contains("aws key [REDACTED:test-aws-key] rotated")
        .contains("with mdc {password=[REDACTED:password-assignment]}")
        .contains("Caused by: java.io.IOException: cause token [REDACTED:github-pat-classic]");
  }

  /** %scrub in logging.pattern.console works with Boot's own log4j2.xml: plugins need no declaration. */
  @Test
  void scrubInBootsPatternPropertyNeedsNoConfigurationFile() {
    String console;
    List<String> planted;
    try (BootApp app = BootApp.start(BOOT_DEFAULT, "logging.pattern.console=%5p %c : %scrub{%m %X%n%xwEx}")) {
      assertThat(app.startFailure()).isNull();
      planted = logEverySurface(2);
      assertThat(app.statusErrors()).isEmpty();
      console = app.console();
    }
    assertHidden(console, planted);
    assertThat(console).contains("ERROR com.example.Application : request failed");
  }

  /** Boot's StructuredLogLayout in a RedactingLayout, with each of Boot's formats. */
  @ParameterizedTest
  @ValueSource(strings = {"ecs", "logstash", "gelf"})
  void bootsStructuredLayoutInARedactingLayout(String format) {
    String console;
    List<String> planted;
    try (BootApp app = BootApp.start("logging.config=classpath:dev/redact4j/log4j2/boot/structured.xml",
        "logging.structured.format.console=" + format)) {
      assertThat(app.startFailure()).isNull();
      planted = logEverySurface(3);
      assertThat(app.statusErrors()).isEmpty();
      console = app.console();
    }
    assertHidden(console, planted);
    assertThat(console.lines().filter(l -> l.contains("\"request failed\"")).findFirst()).get().asString()
        .contains("failed for password=[REDACTED:password-assignment]");
  }

  /** <SpringProfile> and ${spring:...}: fingerprints keyed from a file an application property names. */
  @Test
  void springProfileAndSpringLookup() throws Exception {
    Path key = Files.writeString(dir.resolve("fingerprint.key"), "a-test-fingerprint-key-not-a-secret");
    String console;
    List<String> planted;
    try (BootApp app = BootApp.start("logging.config=classpath:dev/redact4j/log4j2/boot/profile.xml",
        "spring.profiles.active=prod", "redact4j.fingerprint-key-file=" + key)) {
      assertThat(app.startFailure()).isNull();
      planted = logEverySurface(4);
      assertThat(app.statusErrors()).isEmpty();
      console = app.console();
    }
    for (String secret : planted) {
      assertThat(console).doesNotContain(secret);
    }
    assertThat(console).containsPattern("calling the api with \\[REDACTED:github-pat-classic:[0-9a-f]{8}]");
  }

  /**
   * A ${spring:NAME} lookup whose property is not set stays as written: the error names the lookup
   * and how to resolve it, instead of withholding it as a value that looks like a key. Boot starts
   * (it does not stop on Log4j status errors) and the layout writes placeholders only.
   */
  @Test
  void anUnresolvedSpringLookupIsNamed() {
    String console;
    List<String> planted;
    List<String> errors;
    try (BootApp app = BootApp.start("logging.config=classpath:dev/redact4j/log4j2/boot/profile.xml",
        "spring.profiles.active=prod")) {
      assertThat(app.startFailure()).isNull();
      planted = logEverySurface(5);
      errors = app.statusErrors();
      console = app.console();
    }
    assertThat(errors).anySatisfy(e -> assertThat(e).contains("<RedactingLayout>: fingerprintKeyFile holds the lookup"
        + " ${spring:redact4j.fingerprint-key-file}, which Log4j could not resolve")
        .contains("With Spring Boot, ${spring:NAME} reads the application property NAME: set it"));
    for (String secret : planted) {
      assertThat(console).doesNotContain(secret);
    }
    assertThat(console).doesNotContain("request failed").contains("[REDACTION FAILED]");
  }

  /** The log4j2-spring.xml the first test boots is the one docs/log4j2.md prints, byte for byte. */
  @Test
  void theDocsLog4j2SpringXmlIsTheOneTested() throws IOException {
    Path docs = Path.of("..", "docs", "log4j2.md");
    assumeTrue(Files.isRegularFile(docs), "docs/log4j2.md not found");
    String page = Files.readString(docs, StandardCharsets.UTF_8);
    String section = page.substring(page.indexOf("\n## Spring Boot\n"));
    int start = section.indexOf("```xml\n") + "```xml\n".length();
    assertThat(section.substring(start, section.indexOf("```\n", start)))
        .isEqualTo(Files.readString(Path.of("src/test/resources/log4j2-spring.xml"), StandardCharsets.UTF_8));
  }
}
