package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/log4j2.md's complete example, read from the page and loaded as written but for what a test
 * cannot have: its paths point into a temp dir, and the Kafka and Console appenders write files (same
 * names and layouts), since Kafka's client is not on the test class path and the console cannot be read
 * back. The fingerprint key variable it names is set for this module's tests. Unlike
 * {@link DocsExampleTest}'s hand-kept copy, an edit of the page is tested as it is published.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class DocsAsWrittenTest {
  private static final Path PAGE = Path.of("..", "docs", "log4j2.md");

  @TempDir
  Path dir;

  @Test
  void theCompleteExampleWorksAsWritten() throws IOException {
    String page = Files.readString(PAGE);
    String example = block(page, "xml", page.indexOf("## Complete example"));
    String rules = block(page, "properties", page.indexOf("with `/etc/myapp/redact4j.rules`"));
    String xml = example.replace("/etc/myapp/", "@DIR@/").replace("\"logs/", "\"@DIR@/logs/")
        .replaceAll("(?s)<Kafka name=\"KafkaRaw\"[^>]*>(.*?)<Property[^>]*>[^<]*</Property>\\s*</Kafka>",
            "<File name=\"KafkaRaw\" fileName=\"@DIR@/kafka.json\">$1</File>")
        .replaceAll("(?s)<Console name=\"Json\"[^>]*>(.*?)</Console>",
            "<File name=\"Json\" fileName=\"@DIR@/console.json\">$1</File>");
    assertThat(xml).doesNotContain("<Kafka").doesNotContain("<Console").doesNotContain("/etc/");
    Files.writeString(dir.resolve("redact4j.rules"), rules);

    Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(2718);
    String token = secrets.githubToken();
    String acme = Log4jFixture.plant("acme_" + "q0w9e8r7t6y5u4i3o2p1a2s3d4f5g6h7");
    String debugId = "dbg-" + "0123456789abcdef01234567"; // not planted: only App has its rule
    Log4jFixture fixture = Log4jFixture.startText(xml, "DocsAsWrittenTest.xml", dir);
    try {
      fixture.context.getLogger("app").info("token {} key {} id {}", token, acme, debugId);
      fixture.context.getLogger("audit").info("token {} key {}", token, acme);
    } finally {
      fixture.close();
    }

    assertThat(fixture.read("logs/app.log"))
        .containsPattern("token \\[REDACTED:github-pat-classic:[0-9a-f]{8}] key \\[REDACTED:acme-api-key:[0-9a-f]{8}]"
            + " id \\[REDACTED:acme-debug-id:[0-9a-f]{8}]");
    // the <RedactionRule> is App's alone, as the page says: the debug id passes the JSON appenders
    for (String json : new String[] {"console.json", "kafka.json"}) {
      assertThat(fixture.readJson(json).get(0).get("message").asText()).as(json)
          .isEqualTo("token [REDACTED:github-pat-classic] key [REDACTED:acme-api-key] id " + debugId);
    }
    assertThat(fixture.read("logs/audit.log")).contains("token ghp_[REDACTED:github-pat-classic] key [REDACTED:acme-api-key]");
    assertThat(fixture.statusErrors()).isEmpty();
  }

  @Test
  void thePropertiesAndYamlExamplesWorkAsWritten() throws IOException {
    String page = Files.readString(PAGE);
    int section = page.indexOf("## `log4j2.properties`, YAML and JSON");
    String rules = block(page, "properties", page.indexOf("with `/etc/myapp/redact4j.rules`"));
    Files.writeString(dir.resolve("redact4j.rules"), rules);
    Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(2719);
    for (String format : new String[] {"properties", "yaml"}) {
      String config = block(page, format, section).replace("/etc/myapp/", "@DIR@/")
          .replace("logs/", "@DIR@/" + format + "/");
      String token = secrets.githubToken();
      String acme = Log4jFixture.plant("acme_" + "z9x8c7v6b5n4m3l2k1j0h9g8f7d6s5a4");
      String debugId = "dbg-" + "fedcba9876543210fedcba98"; // not planted: only App has its rule
      Log4jFixture fixture = Log4jFixture.startText(config, "DocsAsWrittenTest." + format, dir);
      try {
        fixture.context.getLogger("app").info("token {} key {} id {}", token, acme, debugId);
      } finally {
        fixture.close();
      }

      assertThat(fixture.read(format + "/app.log")).as(format)
          .contains("token [REDACTED:github-pat-classic] key [REDACTED:acme-api-key] id [REDACTED:acme-debug-id]");
      // the RedactionRule is App's alone; the JSON file hides what the rules file names
      assertThat(fixture.readJson(format + "/app.json").get(0).get("message").asText()).as(format)
          .startsWith("token [REDACTED:github-pat-classic] key [REDACTED:acme-api-key] id dbg-");
      assertThat(fixture.statusErrors()).as(format).isEmpty();
    }
  }

  @Test
  void thePropertiesRewriteExampleWorksAsWritten() throws IOException {
    // Log4j's properties format needs a type on every component, the Rewrite's appender reference too:
    // without it the whole file fails to load ("No type attribute provided for component appenderRef").
    String page = Files.readString(PAGE);
    String rules = block(page, "properties", page.indexOf("with `/etc/myapp/redact4j.rules`"));
    Files.writeString(dir.resolve("redact4j.rules"), rules);
    String config = block(page, "properties", page.indexOf("A `<Rewrite>` in `log4j2.properties`"))
        .replace("/etc/myapp/", "@DIR@/")
        .replace("appender.kafka.type = Kafka",
            "appender.kafka.type = File\nappender.kafka.fileName = @DIR@/kafka.json")
        .replaceAll("(?m)^appender\\.kafka\\.(topic|bootstrap\\.[a-z]+) = .*$", "");
    assertThat(config).doesNotContain("type = Kafka").doesNotContain("/etc/");
    Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(2720);
    String token = secrets.githubToken();
    Log4jFixture fixture = Log4jFixture.startText(config, "DocsAsWrittenTest.properties", dir);
    try {
      fixture.context.getLogger("app").info("token {}", token);
    } finally {
      fixture.close();
    }

    assertThat(fixture.readJson("kafka.json").get(0).get("message").asText())
        .isEqualTo("token [REDACTED:github-pat-classic]");
    assertThat(fixture.statusErrors()).isEmpty();
  }

  /** The first fenced block of {@code language} after {@code from}. */
  private static String block(String page, String language, int from) {
    assertThat(from).as("section of docs/log4j2.md").isNotNegative();
    Matcher m = Pattern.compile("(?s)```" + language + "\n(.*?)```").matcher(page);
    assertThat(m.find(from)).as("a ```%s block", language).isTrue();
    return m.group(1);
  }
}
