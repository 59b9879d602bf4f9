package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.redact4j.logback.CanaryCheck.Canaries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The logback.xml examples shown to ops in the README and docs/logback.md work as printed. */
@ExtendWith(CanaryCheck.class)
class DocsExampleTest {
  @TempDir Path dir;

  @Test
  void readmeExampleStartsCleanAndHidesSecrets(Canaries canaries) {
    canaries.watch(dir);
    FakeSecrets fakes = canaries.fakes();
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      fx.logger("app").info("calling with {}", canaries.plant(fakes.githubToken()));
      fx.logger("app").atInfo().addKeyValue("apiKey", canaries.plant("acme_" + fakes.chars("abc123", 32)))
          .log("configured");
      fx.mdc().put("password", canaries.plant(fakes.password()));
      fx.logger("audit").info("user changed settings");
      fx.mdc().clear();
      fx.assertNoErrors();
    }
    assertThat(LogbackFixture.read(dir.resolve("app.log")))
        .contains("calling with [REDACTED:github-pat-classic]")
        .contains("apiKey=\"[REDACTED:acme-api-key]\"");
    assertThat(LogbackFixture.read(dir.resolve("audit.log")))
        .contains("user changed settings password=[REDACTED:password-assignment]");
  }

  /**
   * The README's appender, copied out of README.md, in the configuration a user puts it in: only
   * the file's directory differs.
   */
  @Test
  void readmeSnippetWorksAsPrinted(Canaries canaries) throws IOException {
    String snippet = block(doc("README.md"), "## For ops: Logback", "xml", 0).replace("logs/", dir + "/");
    String xml = "<configuration>\n" + snippet + "<root level=\"INFO\"><appender-ref ref=\"FILE\"/></root>\n"
        + "</configuration>\n";
    canaries.watch(dir);
    FakeSecrets fakes = canaries.fakes();
    try (LogbackFixture fx = LogbackFixture.fromText("README", xml, Map.of())) {
      fx.assertNoErrors();
      fx.logger("app").atInfo().addKeyValue("password", canaries.plant(fakes.password()))
          .log("calling with {}", canaries.plant(fakes.githubToken()));
    }
    assertThat(LogbackFixture.read(dir.resolve("app.log")))
        .contains(" INFO  [main] app - calling with [REDACTED:github-pat-classic] password=\"[REDACTED:password-assignment]\"");
  }

  /**
   * docs/logback.md's complete example and its rules file, copied out of the page: only the log
   * directory and the rules file's path differ, and the build sets REDACT4J_FINGERPRINT_KEY. Every
   * part starts without a status error and hides what the rules file names: the JSON file with
   * fingerprints, the console through %redact, the audit file behind a RedactingAppender and an
   * AsyncAppender. (The example once gave its custom rule to the JSON encoder alone, and the console
   * printed such keys in full.)
   */
  @Test
  void completeExampleInDocsWorksAsPrinted(Canaries canaries) throws Exception {
    assumeTrue(System.getenv("REDACT4J_FINGERPRINT_KEY") != null, "the build sets REDACT4J_FINGERPRINT_KEY");
    Path docs = doc("docs/logback.md");
    Path rules = Files.writeString(dir.resolve("redact4j.rules"), block(docs, "## Complete example", "properties", 0));
    Path logs = Files.createDirectory(dir.resolve("logs"));
    String xml = block(docs, "## Complete example", "xml", 0)
        .replace("logs/", logs + "/").replace("/etc/myapp/redact4j.rules", rules.toString());
    canaries.watch(logs);
    FakeSecrets fakes = canaries.fakes();
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    try (LogbackFixture fx = LogbackFixture.fromText("docs", xml, Map.of())) {
      fx.assertNoErrors();
      Logger app = fx.logger("app");
      app.info("calling with {}", canaries.plant(fakes.githubToken()));
      app.info("partner key {}", canaries.plant(fakes.acmeToken()));
      app.error("login failed", new IllegalStateException("password=" + canaries.plant(fakes.password())));
      // a thread named after the URL it serves: the console's %thread must be inside %redact
      Thread job = new Thread(() -> app.info("job started"),
          "job-https://ci.internal/hook?access_token=" + canaries.plant(fakes.githubToken()));
      job.start();
      job.join();
      fx.mdc().put("password", canaries.plant(fakes.password()));
      fx.logger("audit").info("settings changed with key {}", canaries.plant(fakes.acmeToken()));
      fx.mdc().clear();
      fx.assertNoErrors();
    } finally {
      System.setOut(stdout);
    }
    String out = console.toString(StandardCharsets.UTF_8);
    for (String secret : canaries.planted()) {
      assertThat(out).as("console").doesNotContain(secret);
    }
    assertThat(out).contains(" - calling with [REDACTED:github-pat-classic]\n")
        .contains(" - partner key [REDACTED:acme-api-key]\n")
        .contains("java.lang.IllegalStateException: password=[REDACTED:password-assignment]\n");
    List<JsonNode> json = RedactingEncoderTest.parseLines(LogbackFixture.read(logs.resolve("app.json")));
    assertThat(out)
        .contains("[job-https://ci.internal/hook?access_token=[REDACTED:github-pat-classic]] app - job started\n");
    json = json.stream().filter(n -> !n.get("message").asText().equals("job started")).toList();
    assertThat(json).hasSize(3);
    assertThat(json.get(0).get("message").asText()).matches("calling with \\[REDACTED:github-pat-classic:[0-9a-f]{8}]");
    assertThat(json.get(1).get("message").asText()).matches("partner key \\[REDACTED:acme-api-key:[0-9a-f]{8}]");
    assertThat(json.get(2).get("stack_trace").asText()).startsWith("java.lang.IllegalStateException: password=[REDACTED:");
    assertThat(LogbackFixture.read(logs.resolve("audit.log")))
        .endsWith(" settings changed with key [REDACTED:acme-api-key] password=[REDACTED:password-assignment]\n");
  }

  /** docs/logback.md's {@code <rule>} snippet, copied out of the page into each component that takes one. */
  @Test
  void ruleSnippetInDocsWorksAsPrinted(Canaries canaries) throws IOException {
    String rule = block(doc("docs/logback.md"), "## Complete example", "xml", 1);
    assertThat(rule).startsWith("<rule>");
    String xml = "<configuration>\n"
        + "<appender name=\"FILE\" class=\"ch.qos.logback.core.FileAppender\"><file>" + dir + "/encoder.log</file>\n"
        + "  <encoder class=\"dev.redact4j.logback.RedactingEncoder\">" + rule + "<encoder><pattern>%msg%n</pattern></encoder>"
        + "</encoder></appender>\n"
        + "<appender name=\"LAYOUT\" class=\"ch.qos.logback.core.FileAppender\"><file>" + dir + "/layout.log</file>\n"
        + "  <layout class=\"dev.redact4j.logback.RedactingLayout\">" + rule + "<layout><pattern>%msg%n</pattern></layout>"
        + "</layout></appender>\n"
        + "<appender name=\"PLAIN\" class=\"ch.qos.logback.core.FileAppender\"><file>" + dir + "/appender.log</file>\n"
        + "  <encoder><pattern>%msg%n</pattern></encoder></appender>\n"
        + "<appender name=\"REDACT\" class=\"dev.redact4j.logback.RedactingAppender\">" + rule
        + "<appender-ref ref=\"PLAIN\"/></appender>\n"
        + "<root level=\"INFO\"><appender-ref ref=\"FILE\"/><appender-ref ref=\"LAYOUT\"/><appender-ref ref=\"REDACT\"/></root>\n"
        + "</configuration>\n";
    canaries.watch(dir);
    try (LogbackFixture fx = LogbackFixture.fromText("rule", xml, Map.of())) {
      fx.assertNoErrors();
      fx.logger("app").info("partner key {}", canaries.plant(canaries.fakes().acmeToken()));
    }
    for (String file : List.of("encoder.log", "layout.log", "appender.log")) {
      assertThat(LogbackFixture.read(dir.resolve(file))).as(file).isEqualTo("partner key [REDACTED:acme-api-key]\n");
    }
  }

  /** The repository's file at {@code relative}, read from this module's directory. */
  private static Path doc(String relative) {
    Path file = Path.of("..").resolve(relative);
    assumeTrue(Files.isRegularFile(file), relative + " not found from " + Path.of("").toAbsolutePath());
    return file;
  }

  /** The {@code index}th (from 0) {@code ```lang} block after the line starting with {@code heading}. */
  static String block(Path markdown, String heading, String lang, int index) throws IOException {
    List<String> lines = Files.readAllLines(markdown, StandardCharsets.UTF_8);
    StringBuilder block = new StringBuilder();
    boolean underHeading = false;
    boolean inBlock = false;
    int seen = 0;
    for (String line : lines) {
      if (!underHeading) {
        underHeading = line.startsWith(heading);
      } else if (!inBlock) {
        inBlock = line.equals("```" + lang) && seen++ == index;
      } else if (line.equals("```")) {
        return block.toString();
      } else {
        block.append(line).append('\n');
      }
    }
    throw new AssertionError("no ```" + lang + " block " + index + " after '" + heading + "' in " + markdown);
  }
}
