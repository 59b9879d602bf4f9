package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.redact4j.SecretString;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.instrumentation.log4j.appender.v2_17.OpenTelemetryAppender;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.sdk.testing.exporter.InMemoryLogRecordExporter;
import io.sentry.Sentry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.MarkerManager;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.message.StringMapMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Third-party components that ship logs to other services, wired as {@code docs/log4j2.md}'s
 * "Shipping logs to other services" says, pointed at something local, fed every surface, and read
 * back: what they would send holds no planted secret, and the structured fields they build from the
 * event hold the masks.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class ShippingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Events {@link #logAll} writes. */
  private static final int EVENTS = 8;

  @TempDir Path dir;

  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(29);

  /** Logs a secret through every surface: message, {} arguments, ThreadContext, map message, marker, exception chain. */
  private void logAll(Logger log) {
    log.info("login for bob with password={}", secrets.password());
    log.info("calling the api with {}", secrets.githubToken());
    log.warn("aws key " + secrets.awsKeyId() + " rotated");
    log.info("typed secret {}", SecretString.of(secrets.password()));
    ThreadContext.put("password", secrets.password());
    ThreadContext.put("requestToken", secrets.githubToken());
    try {
      log.info("with context");
    } finally {
      ThreadContext.clearMap();
    }
    log.info(new StringMapMessage().with("password", secrets.password()).with("gh", secrets.githubToken()));
    log.info(MarkerManager.getMarker("token " + secrets.githubToken()), "with marker");
    IllegalStateException ex = new IllegalStateException("failed for password=" + secrets.password(),
        new IOException("cause token " + secrets.githubToken()));
    ex.addSuppressed(new RuntimeException("suppressed key " + secrets.awsKeyId()));
    log.error("request failed", ex);
  }

  private Log4jFixture start(String variant, int port) {
    String name = "ShippingTest-" + variant + ".xml";
    try (InputStream in = getClass().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@PORT@", String.valueOf(port));
      return Log4jFixture.startText(xml, name, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void openTelemetryAppenderBehindRewrite() throws IOException {
    InMemoryLogRecordExporter exporter = InMemoryLogRecordExporter.create();
    List<LogRecordData> records;
    Log4jFixture fixture = start("otel", 0);
    try (OpenTelemetrySdk otel = OpenTelemetrySdk.builder().setLoggerProvider(SdkLoggerProvider.builder()
        .addLogRecordProcessor(SimpleLogRecordProcessor.create(exporter)).build()).build()) {
      ((OpenTelemetryAppender) fixture.context.getConfiguration().getAppender("OTelRaw")).setOpenTelemetry(otel);
      logAll(fixture.context.getLogger("app.Service"));
      records = exporter.getFinishedLogRecordItems(); // before close: shutting down clears the exporter
    } finally {
      fixture.close();
    }
    StringBuilder sent = new StringBuilder();
    for (LogRecordData r : records) {
      sent.append(r.getBodyValue()).append(' ').append(r.getAttributes().asMap()).append('\n');
    }
    Files.writeString(dir.resolve("otel.txt"), sent); // the canary check reads it too
    assertThat(fixture.statusErrors()).isEmpty();
    assertThat(records).hasSize(EVENTS);
    assertThat(sent).contains("[REDACTED:password-assignment]", "[REDACTED:github-pat-classic]",
        "[REDACTED:test-aws-key]", "**********");
    assertThat(records.get(4).getAttributes().get(AttributeKey.stringKey("password")))
        .isEqualTo("[REDACTED:password-assignment]");
    assertThat(records.get(5).getAttributes().get(AttributeKey.stringKey("log4j.map_message.gh")))
        .isEqualTo("[REDACTED:github-pat-classic]");
    LogRecordData error = records.get(7);
    assertThat(error.getAttributes().get(AttributeKey.stringKey("exception.type")))
        .as("the exception is still sent").isEqualTo("java.lang.IllegalStateException");
    assertThat(error.getAttributes().get(AttributeKey.stringKey("exception.message")))
        .isEqualTo("failed for password=[REDACTED:password-assignment]");
    assertThat(error.getAttributes().get(AttributeKey.stringKey("exception.stacktrace")))
        .contains("Caused by: java.io.IOException: cause token [REDACTED:github-pat-classic]")
        .contains("Suppressed: java.lang.RuntimeException: suppressed key [REDACTED:test-aws-key]");
  }

  @Test
  void misconfiguredRewriteShipsPlaceholders() {
    InMemoryLogRecordExporter exporter = InMemoryLogRecordExporter.create();
    List<LogRecordData> records;
    Log4jFixture fixture = start("otel-misconfigured", 0);
    try (OpenTelemetrySdk otel = OpenTelemetrySdk.builder().setLoggerProvider(SdkLoggerProvider.builder()
        .addLogRecordProcessor(SimpleLogRecordProcessor.create(exporter)).build()).build()) {
      ((OpenTelemetryAppender) fixture.context.getConfiguration().getAppender("OTelRaw")).setOpenTelemetry(otel);
      logAll(fixture.context.getLogger("app.Service"));
      records = exporter.getFinishedLogRecordItems();
    } finally {
      fixture.close();
    }
    assertThat(fixture.statusErrors()).anyMatch(e -> e.contains("no-such-rule"));
    assertThat(records).hasSize(EVENTS).allSatisfy(r -> {
      assertThat(r.getBodyValue().asString()).isEqualTo("[REDACTION FAILED]");
      for (String secret : Log4jFixture.planted()) {
        assertThat(r.getAttributes().asMap().toString()).doesNotContain(secret);
      }
    });
  }

  @Test
  void sentryAppenderBehindRewrite() throws IOException {
    List<String> envelopes = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
        body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
      }
      envelopes.add(new String(body, StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    Log4jFixture fixture = start("sentry", server.getAddress().getPort());
    try {
      Logger log = fixture.context.getLogger("app.Service");
      logAll(log);
      log.warn("last event, carrying every breadcrumb");
      Sentry.flush(5000);
    } finally {
      fixture.close();
      Sentry.close();
      server.stop(0);
    }
    String sent = String.join("\n", envelopes);
    Files.writeString(dir.resolve("sentry.txt"), sent);
    assertThat(fixture.statusErrors()).isEmpty();
    List<JsonNode> events = sentryEvents(envelopes);
    assertThat(events).hasSize(3); // the aws key warning, the error, the last warning
    JsonNode error = events.get(1);
    assertThat(error.at("/message/formatted").asText()).isEqualTo("request failed");
    JsonNode exceptions = error.at("/exception/values");
    assertThat(exceptions.size()).as("the exception chain is still sent: %s", error).isGreaterThanOrEqualTo(2);
    assertThat(exceptions.toString())
        .contains("failed for password=[REDACTED:password-assignment]")
        .contains("cause token [REDACTED:github-pat-classic]")
        .contains("\"IllegalStateException\"");
    assertThat(events.get(2).at("/breadcrumbs").toString()).contains("[REDACTED:password-assignment]")
        .contains("[REDACTED:github-pat-classic]");
    assertThat(sent).contains("[REDACTED:test-aws-key]");
  }

  /** docs/log4j2.md's "Shipping logs to other services" example, copied out of the page. */
  @Test
  void docsExampleWorksAsWritten() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "log4j2.md"));
    int section = page.indexOf("## Shipping logs to other services");
    assertThat(section).isNotNegative();
    int start = page.indexOf("```xml\n", section) + "```xml\n".length();
    String example = page.substring(start, page.indexOf("```", start));
    List<String> envelopes = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
        body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
      }
      envelopes.add(new String(body, StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    String xml = example.replace("${env:SENTRY_DSN}",
            "http://0123456789abcdef0123456789abcdef@localhost:" + server.getAddress().getPort() + "/1")
        .replace("/etc/myapp/", "@DIR@/").replace("\"logs/", "\"@DIR@/logs/");
    Files.writeString(dir.resolve("redact4j.rules"),
        "rule.test-aws-key.regex = AKIA[0-9A-Z]{16}\nrule.test-aws-key.keywords = AKIA\n");
    Log4jFixture fixture = Log4jFixture.startText(xml, "ShippingTest-docs.xml", dir);
    try {
      logAll(fixture.context.getLogger("app.Service"));
      Sentry.flush(5000);
    } finally {
      fixture.close();
      Sentry.close();
      server.stop(0);
    }
    Files.writeString(dir.resolve("sentry.txt"), String.join("\n", envelopes));
    assertThat(fixture.statusErrors()).isEmpty();
    List<JsonNode> events = sentryEvents(envelopes);
    assertThat(events).hasSize(2); // the aws key warning and the error
    assertThat(events.get(1).at("/exception/values").toString())
        .contains("failed for password=[REDACTED:password-assignment]");
    List<JsonNode> ecs = fixture.readJson("logs/app.ecs.json");
    assertThat(ecs).hasSize(EVENTS);
    assertThat(ecs.get(7).get("error.message").asText()).isEqualTo("failed for password=[REDACTED:password-assignment]");
  }

  static List<JsonNode> sentryEvents(List<String> envelopes) throws IOException {
    List<JsonNode> events = new ArrayList<>();
    for (String envelope : envelopes) {
      String[] lines = envelope.split("\n");
      for (int i = 1; i + 1 < lines.length; i += 2) {
        if ("event".equals(JSON.readTree(lines[i]).path("type").asText())) {
          events.add(JSON.readTree(lines[i + 1]));
        }
      }
    }
    return events;
  }

  @Test
  void ecsLayoutInsideRedactingLayout() {
    Log4jFixture fixture = start("ecs", 0);
    try {
      logAll(fixture.context.getLogger("app.Service"));
    } finally {
      fixture.close();
    }
    assertThat(fixture.statusErrors()).isEmpty();
    List<JsonNode> lines = fixture.readJson("ecs.json");
    assertThat(lines).hasSize(EVENTS);
    assertThat(lines.get(4).get("password").asText()).isEqualTo("[REDACTED:password-assignment]");
    assertThat(lines.toString()).contains("[REDACTED:github-pat-classic]", "[REDACTED:test-aws-key]");
    JsonNode error = lines.get(7);
    assertThat(error.get("error.type").asText()).isEqualTo("java.lang.IllegalStateException");
    assertThat(error.get("error.message").asText()).isEqualTo("failed for password=[REDACTED:password-assignment]");
    assertThat(error.get("error.stack_trace").asText())
        .contains("Caused by: java.io.IOException: cause token [REDACTED:github-pat-classic]");
  }

  @Test
  void gelfLayoutInsideRedactingLayout() throws IOException {
    Log4jFixture fixture = start("gelf", 0);
    try {
      logAll(fixture.context.getLogger("app.Service"));
    } finally {
      fixture.close();
    }
    assertThat(fixture.statusErrors()).isEmpty();
    List<JsonNode> tcp = new ArrayList<>();
    for (String frame : fixture.read("gelf-tcp.bin").split("\0")) {
      if (!frame.isBlank()) {
        tcp.add(JSON.readTree(frame));
      }
    }
    assertThat(tcp).hasSize(EVENTS);
    assertThat(tcp.get(4).get("_password").asText()).isEqualTo("[REDACTED:password-assignment]");
    assertThat(tcp.get(4).get("_requestToken").asText()).isEqualTo("[REDACTED:github-pat-classic]");
    assertThat(tcp.get(7).get("full_message").asText())
        .contains("failed for password=[REDACTED:password-assignment]")
        .contains("cause token [REDACTED:github-pat-classic]");

    // The compressed variant: RedactingLayout formats GelfLayout's text, so what it writes is that
    // JSON uncompressed (GELF inputs accept it), and redacted like the rest.
    // One datagram per event; in the file they follow each other with no delimiter.
    List<JsonNode> udp = JSON.readerFor(JsonNode.class).<JsonNode>readValues(fixture.read("gelf-udp.bin")).readAll();
    assertThat(udp).hasSize(EVENTS);
    assertThat(udp.get(4).get("_password").asText()).isEqualTo("[REDACTED:password-assignment]");
    assertThat(udp.get(7).get("full_message").asText()).contains("cause token [REDACTED:github-pat-classic]");
  }
}
