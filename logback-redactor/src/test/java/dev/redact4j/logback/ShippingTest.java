package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.redact4j.logback.CanaryCheck.Canaries;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.instrumentation.logback.appender.v1_0.OpenTelemetryAppender;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.sdk.testing.exporter.InMemoryLogRecordExporter;
import io.sentry.Sentry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Third-party components that ship logs to other services, wired as {@code docs/logback.md}'s
 * "Shipping logs to other services" says, pointed at something local, fed every surface, and read
 * back: what they would send holds no planted secret, and the structured fields they build from the
 * event (attributes, extras, exception values, additional fields) hold the masks.
 */
@ExtendWith(CanaryCheck.class)
class ShippingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void openTelemetryAppenderBehindRedactingAppender(Canaries canaries) throws IOException {
    canaries.watch(dir);
    InMemoryLogRecordExporter exporter = InMemoryLogRecordExporter.create();
    List<LogRecordData> records;
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "otel", Map.of());
         OpenTelemetrySdk otel = OpenTelemetrySdk.builder().setLoggerProvider(SdkLoggerProvider.builder()
             .addLogRecordProcessor(SimpleLogRecordProcessor.create(exporter)).build()).build()) {
      fx.assertNoErrors();
      RedactingAppender redact = (RedactingAppender) fx.context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("REDACT");
      ((OpenTelemetryAppender) redact.getAppender("OTEL")).setOpenTelemetry(otel);
      Surfaces.logAll(fx.logger("app.Service"), fx.mdc(), canaries.fakes()).forEach(canaries::plant);
      fx.assertNoErrors();
      records = exporter.getFinishedLogRecordItems(); // before close: shutting down clears the exporter
    }
    StringBuilder sent = new StringBuilder();
    for (LogRecordData r : records) {
      sent.append(r.getBodyValue()).append(' ').append(r.getAttributes().asMap()).append('\n');
    }
    Files.writeString(dir.resolve("otel.txt"), sent); // the canary check reads it too
    assertThat(records).hasSize(11);
    assertThat(sent).contains(Surfaces.EXPECTED_MASKS);
    assertThat(records.get(7).getAttributes().get(AttributeKey.stringKey("password")))
        .isEqualTo("[REDACTED:password-assignment]");
    assertThat(records.get(8).getAttributes().get(AttributeKey.stringKey("gh")))
        .isEqualTo("[REDACTED:github-pat-classic]");
    LogRecordData error = records.get(10);
    assertThat(error.getAttributes().get(AttributeKey.stringKey("exception.type")))
        .as("the exception is still sent").isEqualTo("java.lang.IllegalStateException");
    assertThat(error.getAttributes().get(AttributeKey.stringKey("exception.message")))
        .isEqualTo("failed for password=[REDACTED:password-assignment]");
    assertThat(error.getAttributes().get(AttributeKey.stringKey("exception.stacktrace")))
        .contains("Caused by: java.io.IOException: cause token [REDACTED:github-pat-classic]")
        .contains("Suppressed: java.lang.RuntimeException: suppressed key [REDACTED:test-aws-key]")
        .contains("at dev.redact4j.logback.Surfaces.logAll");
  }

  @Test
  void theShippedThrowableIsARedactedCopyAndTheCallersIsUntouched(Canaries canaries) {
    canaries.watch(dir);
    InMemoryLogRecordExporter exporter = InMemoryLogRecordExporter.create();
    String token = canaries.plant(canaries.fakes().githubToken());
    IllegalStateException thrown = new IllegalStateException("token " + token);
    StackTraceElement[] frames = thrown.getStackTrace();
    List<LogRecordData> records;
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "otel", Map.of());
         OpenTelemetrySdk otel = OpenTelemetrySdk.builder().setLoggerProvider(SdkLoggerProvider.builder()
             .addLogRecordProcessor(SimpleLogRecordProcessor.create(exporter)).build()).build()) {
      RedactingAppender redact = (RedactingAppender) fx.context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("REDACT");
      ((OpenTelemetryAppender) redact.getAppender("OTEL")).setOpenTelemetry(otel);
      fx.logger("app.Service").error("failed", thrown);
      records = exporter.getFinishedLogRecordItems();
    }
    assertThat(thrown.getMessage()).isEqualTo("token " + token);
    assertThat(thrown.getStackTrace()).isEqualTo(frames);
    assertThat(thrown.getCause()).isNull();
    assertThat(records).hasSize(1);
    assertThat(records.get(0).getAttributes().get(AttributeKey.stringKey("exception.message")))
        .isEqualTo("token [REDACTED:github-pat-classic]");
  }

  @Test
  void misconfiguredRedactingAppenderShipsNothing(Canaries canaries) {
    canaries.watch(dir);
    InMemoryLogRecordExporter exporter = InMemoryLogRecordExporter.create();
    List<LogRecordData> records;
    List<String> errors;
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "otel-misconfigured", Map.of());
         OpenTelemetrySdk otel = OpenTelemetrySdk.builder().setLoggerProvider(SdkLoggerProvider.builder()
             .addLogRecordProcessor(SimpleLogRecordProcessor.create(exporter)).build()).build()) {
      RedactingAppender redact = (RedactingAppender) fx.context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("REDACT");
      ((OpenTelemetryAppender) redact.getAppender("OTEL")).setOpenTelemetry(otel);
      Surfaces.logAll(fx.logger("app.Service"), fx.mdc(), canaries.fakes()).forEach(canaries::plant);
      records = exporter.getFinishedLogRecordItems();
      errors = fx.errors();
    }
    assertThat(errors).anyMatch(e -> e.contains("no-such-rule"));
    assertThat(records).isEmpty();
  }

  @Test
  void sentryAppenderBehindRedactingAppender(Canaries canaries) throws IOException {
    canaries.watch(dir);
    List<String> envelopes = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
        body = new GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
      }
      envelopes.add(new String(body, StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "sentry",
        Map.of("PORT", String.valueOf(server.getAddress().getPort())))) {
      fx.assertNoErrors();
      Surfaces.logAll(fx.logger("app.Service"), fx.mdc(), canaries.fakes()).forEach(canaries::plant);
      fx.logger("app.Service").warn("last event, carrying every breadcrumb");
      Sentry.flush(5000);
      fx.assertNoErrors();
    } finally {
      Sentry.close();
      server.stop(0);
    }
    String sent = String.join("\n", envelopes);
    Files.writeString(dir.resolve("sentry.txt"), sent);
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
    JsonNode last = events.get(2);
    assertThat(last.at("/breadcrumbs").toString()).contains("[REDACTED:password-assignment]")
        .contains("[REDACTED:github-pat-classic]");
    assertThat(sent).contains("[REDACTED:test-aws-key]");
  }

  /** docs/logback.md's "Shipping logs to other services" example, copied out of the page. */
  @Test
  void docsExampleWorksAsWritten(Canaries canaries) throws Exception {
    canaries.watch(dir);
    Path docs = Path.of("..", "docs", "logback.md");
    String xml = DocsExampleTest.block(docs, "## Shipping logs to other services", "xml", 0);
    List<String> envelopes = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
        body = new GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
      }
      envelopes.add(new String(body, StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    String rules = Path.of(getClass().getResource("test.rules").toURI()).toString();
    try (LogbackFixture fx = LogbackFixture.fromText("docs/logback.md shipping", xml, Map.of(
        "SENTRY_DSN", "http://0123456789abcdef0123456789abcdef@localhost:" + server.getAddress().getPort() + "/1",
        "REDACT_RULES", rules, "LOG_DIR", dir.toString()))) {
      fx.assertNoErrors();
      Surfaces.logAll(fx.logger("app.Service"), fx.mdc(), canaries.fakes()).forEach(canaries::plant);
      Sentry.flush(5000);
      fx.assertNoErrors();
    } finally {
      Sentry.close();
      server.stop(0);
    }
    Files.writeString(dir.resolve("sentry.txt"), String.join("\n", envelopes));
    List<JsonNode> events = sentryEvents(envelopes);
    assertThat(events).hasSize(2);
    assertThat(events.get(1).at("/exception/values").toString())
        .contains("failed for password=[REDACTED:password-assignment]");
    List<JsonNode> ecs = RedactingEncoderTest.parseLines(LogbackFixture.read(dir.resolve("app.ecs.json")));
    assertThat(ecs).hasSize(11);
    assertThat(ecs.get(10).get("error.message").asText()).isEqualTo("failed for password=[REDACTED:password-assignment]");
  }

  private static List<JsonNode> sentryEvents(List<String> envelopes) throws IOException {
    List<JsonNode> events = new ArrayList<>();
    for (String envelope : envelopes) {
      String[] lines = envelope.split("\n");
      for (int i = 1; i + 1 < lines.length; i += 2) {
        JsonNode header = JSON.readTree(lines[i]);
        if ("event".equals(header.path("type").asText())) {
          events.add(JSON.readTree(lines[i + 1]));
        }
      }
    }
    return events;
  }

  @Test
  void loki4jAppenderBehindRedactingAppender(Canaries canaries) throws Exception {
    canaries.watch(dir);
    List<String> pushes = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
        body = new GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
      }
      pushes.add(new String(body, StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "loki",
        Map.of("PORT", String.valueOf(server.getAddress().getPort())))) {
      fx.assertNoErrors();
      Surfaces.logAll(fx.logger("app.Service"), fx.mdc(), canaries.fakes()).forEach(canaries::plant);
      fx.assertNoErrors();
    } finally {
      server.stop(0); // the context's stop above drains Loki4j's batch first
    }
    String sent = String.join("\n", pushes);
    Files.writeString(dir.resolve("loki.txt"), sent);
    List<JsonNode> values = new ArrayList<>();
    for (String push : pushes) {
      for (JsonNode stream : JSON.readTree(push).path("streams")) {
        stream.path("values").forEach(values::add);
      }
    }
    assertThat(values).hasSize(11);
    assertThat(sent).contains(Surfaces.EXPECTED_MASKS);
    assertThat(values.toString()).contains("\"password\":\"[REDACTED:password-assignment]\"")
        .contains("\"requestToken\":\"[REDACTED:github-pat-classic]\"")
        .contains("gh=\\\"[REDACTED:github-pat-classic]\\\"") // %kvp quotes, JSON escapes
        .contains("Caused by: java.io.IOException: cause token [REDACTED:github-pat-classic]");
  }

  @Test
  void ecsEncoderInsideRedactingEncoder(Canaries canaries) throws Exception {
    canaries.watch(dir);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "ecs", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      Surfaces.logAll(fx.logger("app.Service"), fx.mdc(), canaries.fakes()).forEach(canaries::plant);
      fx.assertNoErrors();
    }
    List<JsonNode> lines = RedactingEncoderTest.parseLines(LogbackFixture.read(dir.resolve("ecs.json")));
    assertThat(lines).hasSize(11);
    assertThat(lines.toString()).contains(Surfaces.EXPECTED_MASKS);
    assertThat(lines.get(7).get("password").asText()).isEqualTo("[REDACTED:password-assignment]");
    JsonNode error = lines.get(10);
    assertThat(error.get("error.type").asText()).isEqualTo("java.lang.IllegalStateException");
    assertThat(error.get("error.message").asText()).isEqualTo("failed for password=[REDACTED:password-assignment]");
    assertThat(error.get("error.stack_trace").asText())
        .contains("Caused by: java.io.IOException: cause token [REDACTED:github-pat-classic]");
  }

  @Test
  void gelfEncoderInsideRedactingEncoder(Canaries canaries) throws Exception {
    canaries.watch(dir);
    List<String> messages = new CopyOnWriteArrayList<>();
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> readNullDelimited(server, messages));
      acceptor.setDaemon(true);
      acceptor.start();
      try (LogbackFixture fx = LogbackFixture.load(getClass(), "gelf",
          Map.of("PORT", String.valueOf(server.getLocalPort())))) {
        fx.assertNoErrors();
        Surfaces.logAll(fx.logger("app.Service"), fx.mdc(), canaries.fakes()).forEach(canaries::plant);
        fx.assertNoErrors();
      }
      for (int i = 0; i < 100 && messages.size() < 11; i++) {
        Thread.sleep(50);
      }
    }
    Files.writeString(dir.resolve("gelf.txt"), String.join("\n", messages));
    assertThat(messages).hasSize(11);
    List<JsonNode> gelf = new ArrayList<>();
    for (String m : messages) {
      gelf.add(JSON.readTree(m));
    }
    assertThat(gelf.toString()).contains(Surfaces.EXPECTED_MASKS);
    // Pooled connections may deliver out of order: find each message by its text.
    assertThat(gelfMessage(gelf, "with mdc").get("_password").asText()).isEqualTo("[REDACTED:password-assignment]");
    assertThat(gelfMessage(gelf, "with mdc").get("_requestToken").asText()).isEqualTo("[REDACTED:github-pat-classic]");
    assertThat(gelfMessage(gelf, "with kv").get("_gh").asText()).isEqualTo("[REDACTED:github-pat-classic]");
    JsonNode error = gelfMessage(gelf, "request failed");
    assertThat(error.get("_root_cause_message").asText()).isEqualTo("cause token [REDACTED:github-pat-classic]");
    assertThat(error.get("full_message").asText())
        .contains("java.lang.IllegalStateException: failed for password=[REDACTED:password-assignment]");
  }

  private static JsonNode gelfMessage(List<JsonNode> gelf, String shortMessage) {
    return gelf.stream().filter(m -> shortMessage.equals(m.path("short_message").asText())).findFirst()
        .orElseThrow(() -> new AssertionError("no GELF message " + shortMessage));
  }

  /** Reads null-delimited GELF frames from every connection (the appender keeps a pool of them). */
  private static void readNullDelimited(ServerSocket server, List<String> messages) {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        Thread reader = new Thread(() -> readFrames(socket, messages));
        reader.setDaemon(true);
        reader.start();
      } catch (IOException e) {
        return; // closed at the end of the test
      }
    }
  }

  private static void readFrames(Socket socket, List<String> messages) {
    try (socket; InputStream in = socket.getInputStream()) {
      ByteArrayOutputStream current = new ByteArrayOutputStream();
      for (int b; (b = in.read()) != -1; ) {
        if (b == 0) {
          messages.add(current.toString(StandardCharsets.UTF_8));
          current.reset();
        } else {
          current.write(b);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
