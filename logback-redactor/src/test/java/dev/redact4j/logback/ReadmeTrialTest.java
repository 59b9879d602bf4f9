package dev.redact4j.logback;

import static net.logstash.logback.argument.StructuredArguments.array;
import static net.logstash.logback.argument.StructuredArguments.kv;
import static net.logstash.logback.argument.StructuredArguments.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.core.status.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.redact4j.logback.CanaryCheck.Canaries;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.logstash.logback.marker.Markers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.helpers.BasicMarkerFactory;

/**
 * The configurations a user writes after reading only README.md ("For ops: Logback") and
 * docs/logback.md: words that cut text, the throwable Logback appends, keys substituted into the
 * wrong element, structured arguments on events holding a secret, markers with references, and
 * appenders that name files after MDC values.
 */
@ExtendWith(CanaryCheck.class)
class ReadmeTrialTest {
  @TempDir Path dir;

  /**
   * A thread named after the request it serves, printed by words that keep only its end: what is
   * left of the token no longer has a token's shape, so only a check of the whole name finds it.
   */
  @Test
  void wordsThatCutTextCannotCutASecretOutOfSight(Canaries canaries) throws Exception {
    canaries.watch(dir);
    String token = canaries.plant(canaries.fakes().githubToken());
    canaries.plant(token.substring(token.length() - 20)); // any cut that shows 20 of its characters
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "truncate", Map.of("DIR", dir.toString()))) {
      assertThat(fx.errors()).isEmpty();
      Thread t = new Thread(() -> fx.logger("app").info("calling the partner api now, with a long tail"),
          "GET /hook?token=" + token);
      t.start();
      t.join();
    }
    assertThat(LogbackFixture.read(dir.resolve("encoder.log")))
        .isEqualTo("INFO  [=[REDACTED:github-pat-classic]] calling the partner api now, w\n");
    assertThat(LogbackFixture.read(dir.resolve("layout.log")))
        .isEqualTo("INFO  [=[REDACTED:github-pat-classic]] tner api now, with a long tail\n");
    assertThat(LogbackFixture.read(dir.resolve("converter.log"))).startsWith("INFO  [=[REDACTED:github-pat-classic]] ")
        .endsWith(" /hook?token=[REDACTED:github-pat-classic]\n");
  }

  /**
   * Clean events come out of every component exactly as plain Logback writes them, stack traces
   * included: where the pattern has no throwable word, Logback prints the trace at the very end of
   * the line, and so must {@code %redact}.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "%-5level %msg [%X{req}]%n                     | %-5level %redact(%msg) [%X{req}]%n",
      "%msg %kvp%n                                   | %redact(%msg) %kvp%n",
      "%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %msg%n | %d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} - %redact(%msg){}%n",
      "%msg%n                                        | %redact(%msg%n)",
      "%msg%n%ex{short}                              | %redact(%msg%n%ex{short})",
      "%msg%n%rEx                                    | %redact(%msg%n%rEx)",
      "%msg%n%xEx                                    | %redact(%msg%n%xEx)",
      "%msg%nopex%n                                  | %redact(%msg%nopex){}%n",
      "%msg [%caller{1}]%n                           | %redact(%msg [%caller{1}]){}%n",
      "%highlight(%-5level) %cyan(%msg){}%n          | %highlight(%-5level) %redact(%cyan(%msg){}%n)",
      "%-5level %cyan(%msg%n%ex)                     | %-5level %cyan(%redact(%msg%n%ex))"})
  void cleanEventsAreWrittenAsPlainLogbackWritesThem(String plain, String redacted) throws Exception {
    String plainPattern = plain.strip();
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "parity",
        Map.of("DIR", dir.toString(), "PLAIN", plainPattern, "REDACTED", redacted.strip()))) {
      fx.assertNoErrors();
      Logger log = fx.logger("app.Service");
      fx.mdc().put("req", "r-17");
      log.info("hello {}", "world");
      IllegalStateException ex = new IllegalStateException("outer", new IOException("inner"));
      ex.addSuppressed(new RuntimeException("also"));
      log.error("failed", ex);
      log.atWarn().addKeyValue("attempt", 2).addKeyValue("user", "bob").log("retrying");
      fx.mdc().clear();
      log.info("done");
      fx.assertNoErrors();
    }
    String expected = LogbackFixture.read(dir.resolve("plain.log"));
    if (!plainPattern.contains("%nopex")) {
      assertThat(expected).contains("java.lang.IllegalStateException");
    }
    for (String file : List.of("encoder.log", "layout.log", "appender.log")) {
      assertThat(LogbackFixture.read(dir.resolve(file))).as(file).isEqualTo(expected);
    }
    assertThat(LogbackFixture.read(dir.resolve("converter.log"))).as("converter.log").isEqualTo(expected);
  }

  /**
   * The fingerprint key substituted (${FINGERPRINT_KEY}) where its variable's name, a file or a
   * mask belongs: the error names the fix but never repeats the key.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "key-in-env        | RedactingEncoder cannot start: <fingerprintKeyEnv>",
      "key-in-file       | RedactingLayout cannot start: <fingerprintKeyFile>",
      "key-in-mask       | RedactingAppender [REDACT] cannot start: <mask>: Unknown mask",
      "key-in-option     | %redact cannot start: Option",
      "key-in-env-option | %redact cannot start: option fingerprintKeyEnv="})
  void aKeyInTheWrongPlaceIsNotRepeatedInTheStatusLog(String variant, String hint, Canaries canaries) {
    canaries.watch(dir);
    String key = canaries.plant("fp" + canaries.fakes().chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 30));
    try (LogbackFixture fx = LogbackFixture.load(getClass(), variant, Map.of("DIR", dir.toString(), "FINGERPRINT_KEY", key))) {
      assertThat(fx.errors()).anySatisfy(e -> assertThat(e).contains(hint));
      // Logback itself logs each substituted value at INFO ("value ... substituted for ${...}"): not ours.
      assertThat(fx.statuses(Status.WARN)).allSatisfy(s -> assertThat(s).doesNotContain(key));
      fx.logger("app").info("password={}", canaries.plant(canaries.fakes().password()));
    }
  }

  /** A leaked token written into a broken {@code <regex>}: the error names the rule, not the token. */
  @Test
  void aTokenInABrokenRegexIsNotRepeatedInTheStatusLog(Canaries canaries) {
    canaries.watch(dir);
    String token = canaries.plant(canaries.fakes().githubToken());
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "token-in-bad-regex", Map.of("DIR", dir.toString(), "TOKEN", token))) {
      assertThat(fx.errors()).anySatisfy(e -> assertThat(e).contains("RedactingEncoder cannot start: <rule> leaked-token"));
      assertThat(fx.statuses(Status.WARN)).allSatisfy(s -> assertThat(s).doesNotContain(token));
    }
  }

  /** What a name looks like is still quoted, so the error stays useful. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "key-in-env        | REDACT4J_TRIAL_UNSET_VARIABLE | Environment variable REDACT4J_TRIAL_UNSET_VARIABLE (fingerprint key) is not set",
      "key-in-file       | /etc/no-such-app/fingerprint.key | Cannot read the fingerprint key file /etc/no-such-app/fingerprint.key",
      "key-in-mask       | fingerprnt                       | Unknown mask 'fingerprnt'",
      "key-in-option     | mask:typed                       | Option 'mask:typed' is not name=value"})
  void aNameInTheWrongPlaceIsStillQuoted(String variant, String value, String expected) {
    try (LogbackFixture fx = LogbackFixture.load(getClass(), variant, Map.of("DIR", dir.toString(), "FINGERPRINT_KEY", value))) {
      assertThat(fx.errors()).anySatisfy(e -> assertThat(e).contains(expected));
    }
  }

  /**
   * logstash-logback-encoder's structured arguments and SLF4J key-value pairs keep their JSON types
   * on an event that holds a secret elsewhere, and clean events behind a RedactingAppender are
   * written as plain Logback writes them.
   */
  @Test
  void structuredValuesKeepTheirJsonTypes(Canaries canaries) throws Exception {
    canaries.watch(dir.resolve("encoder.json"));
    canaries.watch(dir.resolve("appender.json"));
    String password = canaries.plant(canaries.fakes().password());
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "logstash-types", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      Logger log = fx.logger("app");
      Map<String, Object> attrs = new LinkedHashMap<>();
      attrs.put("n", 1);
      attrs.put("ok", true);
      attrs.put("none", null);
      attrs.put("list", List.of(1, 2.5, "x"));
      attrs.put("nested", Map.of("deep", List.of(Map.of("k", false))));
      for (String tail : new String[] {"", " password=" + password}) {
        log.info("order {} {} {}" + tail, kv("attrs", attrs), array("ids", 1, 2, 3), kv("count", 5));
        log.atInfo().addKeyValue("ids", List.of(1, 2)).addKeyValue("m", Map.of("a", 1)).log("pairs" + tail);
      }
      // A secret inside a structure is hidden there, and the structure stays a structure.
      log.info("nested {}", kv("creds", Map.of("user", "bob", "password", canaries.plant(canaries.fakes().password()))));
      fx.assertNoErrors();
    }
    List<JsonNode> plain = RedactingEncoderTest.parseLines(LogbackFixture.read(dir.resolve("plain.json")));
    String behindAppender = LogbackFixture.read(dir.resolve("appender.json"));
    for (String file : List.of("encoder.json", "appender.json")) {
      List<JsonNode> events = RedactingEncoderTest.parseLines(LogbackFixture.read(dir.resolve(file)));
      assertThat(events).as(file).hasSize(5);
      for (int i = 0; i < 4; i++) {
        ObjectNode expected = (ObjectNode) plain.get(i).deepCopy();
        ObjectNode actual = (ObjectNode) events.get(i).deepCopy();
        if (i >= 2) {
          assertThat(actual.get("message").asText()).endsWith("password=[REDACTED:password-assignment]");
          expected.remove("message");
          actual.remove("message");
        }
        assertThat(actual).as("%s event %d", file, i).isEqualTo(expected);
      }
      JsonNode creds = events.get(4).get("creds");
      assertThat(creds.isObject()).as("%s creds %s", file, creds).isTrue();
      assertThat(creds.get("user").asText()).isEqualTo("bob");
      assertThat(creds.get("password").asText()).startsWith("[REDACTED:");
    }
    // Clean events behind a RedactingAppender: byte for byte.
    String[] plainLines = LogbackFixture.read(dir.resolve("plain.json")).split("\n");
    String[] appenderLines = behindAppender.split("\n");
    assertThat(appenderLines[0]).isEqualTo(plainLines[0]);
    assertThat(appenderLines[1]).isEqualTo(plainLines[1]);
  }

  /**
   * logstash-logback-encoder's raw JSON ({@code Markers.appendRaw}, {@code StructuredArguments.raw})
   * on an event holding a secret elsewhere stays a field with its JSON value; raw JSON holding a
   * secret becomes a JSON string with the secret masked, so the line stays valid JSON.
   */
  @Test
  void rawJsonStaysAFieldOnAnEventHoldingASecret(Canaries canaries) throws Exception {
    canaries.watch(dir.resolve("encoder.json"));
    canaries.watch(dir.resolve("appender.json"));
    String password = canaries.plant(canaries.fakes().password());
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "logstash-types", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      Logger log = fx.logger("app");
      for (String tail : new String[] {"", " password=" + password}) {
        log.info(Markers.appendRaw("payload", "{\"a\":[1,true,null]}").and(Markers.append("n", 5)),
            "raw {}" + tail, raw("r", "[1,2]"));
      }
      log.info("raw secret {}", raw("creds", "{\"password\":\"" + canaries.plant(canaries.fakes().password()) + "\"}"));
      fx.assertNoErrors();
    }
    List<JsonNode> plain = RedactingEncoderTest.parseLines(LogbackFixture.read(dir.resolve("plain.json")));
    for (String file : List.of("encoder.json", "appender.json")) {
      List<JsonNode> events = RedactingEncoderTest.parseLines(LogbackFixture.read(dir.resolve(file)));
      assertThat(events).as(file).hasSize(3);
      assertThat(events.get(0)).as(file).isEqualTo(plain.get(0));
      ObjectNode expected = (ObjectNode) plain.get(1).deepCopy();
      ObjectNode actual = (ObjectNode) events.get(1).deepCopy();
      assertThat(actual.remove("message").asText()).endsWith("password=[REDACTED:password-assignment]");
      expected.remove("message");
      assertThat(actual).as(file).isEqualTo(expected);
      assertThat(actual.get("payload").get("a").size()).isEqualTo(3);
      assertThat(events.get(2).get("creds").asText()).as(file)
          .isEqualTo("{\"password\":\"[REDACTED:password-assignment]\"}");
    }
  }

  /** A marker that refers to a secret-named one: the copy keeps the references, so filters and %marker work. */
  @Test
  @SuppressWarnings("deprecation") // SLF4J 2.0.x offers no other way to build marker references
  void markersKeepTheirReferences(Canaries canaries) throws Exception {
    canaries.watch(dir);
    BasicMarkerFactory markers = new BasicMarkerFactory();
    Marker audit = markers.getMarker("AUDIT");
    Marker secret = markers.getDetachedMarker("token " + canaries.plant(canaries.fakes().githubToken()));
    Marker request = markers.getDetachedMarker("REQ");
    request.add(audit);
    request.add(secret);
    Marker auditWithChild = markers.getDetachedMarker("AUDIT");
    auditWithChild.add(secret);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "markers", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      Logger log = fx.logger("app");
      log.info(audit, "plain audit");
      log.info(request, "audit by reference");
      log.info(auditWithChild, "audit with a child");
      log.info("no marker");
    }
    String expected = "AUDIT plain audit\nREQ [ AUDIT, token [REDACTED:github-pat-classic] ] audit by reference\n"
        + "AUDIT [ token [REDACTED:github-pat-classic] ] audit with a child\n";
    assertThat(LogbackFixture.read(dir.resolve("audit.log"))).isEqualTo(expected);
    assertThat(LogbackFixture.read(dir.resolve("encoder.log"))).isEqualTo(expected + " no marker\n");
    assertThat(LogbackFixture.read(dir.resolve("converter.log"))).isEqualTo(expected + " no marker\n");
  }

  /**
   * An AsyncAppender with includeCallerData behind a RedactingAppender: the caller is the logging
   * method, for clean events and redacted copies alike, and the MDC is the one at the call.
   */
  @Test
  void asyncAppenderBehindARedactingAppenderKeepsCallerDataAndMdc(Canaries canaries) {
    canaries.watch(dir);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "async", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      Logger log = fx.logger("app");
      fx.mdc().put("req", "r-1");
      log.info("clean line");
      fx.mdc().put("password", canaries.plant(canaries.fakes().password()));
      log.info("token {}", canaries.plant(canaries.fakes().githubToken()));
      fx.mdc().clear();
    }
    assertThat(LogbackFixture.read(dir.resolve("app.log"))).isEqualTo(
        "INFO  [main] ReadmeTrialTest.asyncAppenderBehindARedactingAppenderKeepsCallerDataAndMdc - clean line [r-1] []\n"
        + "INFO  [main] ReadmeTrialTest.asyncAppenderBehindARedactingAppenderKeepsCallerDataAndMdc - token"
        + " [REDACTED:github-pat-classic] [r-1] [[REDACTED:password-assignment]]\n");
  }

  /** docs/logback.md: a RedactingAppender in front of a SiftingAppender keeps MDC secrets out of file names. */
  @Test
  void siftingBehindARedactingAppenderNamesNoFileAfterASecret(Canaries canaries) throws Exception {
    canaries.watch(dir);
    String token = canaries.plant(canaries.fakes().githubToken());
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "sifting", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      fx.mdc().put("tenant", token);
      fx.logger("app").info("hello");
      fx.mdc().put("tenant", "acme");
      fx.logger("app").info("hello acme");
      fx.mdc().clear();
      assertThat(fx.statuses(0)).allSatisfy(s -> assertThat(s).doesNotContain(token));
    }
    try (Stream<Path> files = Files.list(dir)) {
      // Logback 1.5 names the file after the mask; 1.6 refuses a value with characters unsafe in a path
      // (the mask's ':') and takes the discriminator's default. Either way no file is named after the secret.
      Set<String> names = files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
      assertThat(names).isIn(Set.of("tenant-[REDACTED:github-pat-classic].log", "tenant-acme.log"),
          Set.of("tenant-none.log", "tenant-acme.log"));
    }
    assertThat(LogbackFixture.read(dir.resolve("tenant-acme.log"))).isEqualTo("acme hello acme\n");
  }
  /**
   * JSON encoders with a prefix, a suffix, custom fields and a pattern provider: an event holding
   * secrets stays valid JSON with its delimiters, clean events are byte-identical to plain output.
   */
  @Test
  void jsonWithDelimitersStaysJson(Canaries canaries) throws Exception {
    for (String file : List.of("encoder.json", "encoder-logback.json", "composite.json")) {
      canaries.watch(dir.resolve(file)); // plain*.json hold the secrets, for comparison
    }
    FakeSecrets fakes = canaries.fakes();
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "json-delimiters", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      Logger log = fx.logger("app");
      log.info("clean {} x", "arg");
      fx.mdc().put("password", canaries.plant(fakes.password()));
      fx.mdc().put("api_key", canaries.plant(fakes.chars("abcdef0123456789", 24)));
      log.atInfo().addKeyValue("secret", canaries.plant(fakes.password()))
          .log("token {} at the end of a long message here", canaries.plant(fakes.githubToken()));
      fx.mdc().clear();
      log.info("clean again");
    }
    for (String[] pair : new String[][] {{"plain.json", "encoder.json"}, {"plain-logback.json", "encoder-logback.json"}}) {
      String[] plain = LogbackFixture.read(dir.resolve(pair[0])).split("\n", -1);
      String[] redacted = LogbackFixture.read(dir.resolve(pair[1])).split("\n", -1);
      assertThat(redacted).hasSize(4);
      assertThat(redacted[0]).isEqualTo(plain[0]);
      assertThat(redacted[2]).isEqualTo(plain[2]);
      assertThat(redacted[3]).isEmpty();
      String line = redacted[1];
      if (pair[0].equals("plain.json")) {
        assertThat(line).startsWith("[app]{").endsWith("};");
        line = line.substring("[app]".length(), line.length() - 1);
      }
      JsonNode event = RedactingEncoderTest.parseLines(line).get(0);
      assertThat(event.toString()).contains("[REDACTED:github-pat-classic]", "[REDACTED:password-assignment]",
          "[REDACTED:api-key-assignment]", "[REDACTED:secret-assignment]");
    }
    List<JsonNode> composite = RedactingEncoderTest.parseLines(LogbackFixture.read(dir.resolve("composite.json")));
    assertThat(composite).hasSize(3);
    assertThat(composite.get(1).get("pw").asText()).isEqualTo("[REDACTED:password-assignment]");
    assertThat(composite.get(1).get("key").asText()).isEqualTo("[REDACTED:api-key-assignment]");
    assertThat(composite.get(1).get("msg").asText()).isEqualTo("the end of a long message here");
  }

  /**
   * logstash-logback-encoder prints an MDC or key-value entry under the name its
   * {@code mdcKeyFieldName} / {@code keyFieldName} gives it: a value judged clean under its own key
   * ({@code sess}) is a password under the printed one ({@code "password":...}).
   */
  @Test
  void entriesPrintedUnderAnotherNameAreJudgedByIt(Canaries canaries) throws Exception {
    canaries.watch(dir);
    String ref = canaries.fakes().password(); // a secret only where printed as api_key (composite.json)
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "renamed-fields", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      fx.mdc().put("sess", canaries.plant(canaries.fakes().password()));
      fx.logger("app").atInfo().addKeyValue("ref", ref).log("renamed");
      fx.mdc().clear();
      fx.assertNoErrors();
    }
    for (String file : List.of("logstash.json", "composite.json")) {
      JsonNode event = RedactingEncoderTest.parseLines(LogbackFixture.read(dir.resolve(file))).get(0);
      assertThat(event.get("password").asText()).as(file).startsWith("[REDACTED:");
    }
    JsonNode composite = RedactingEncoderTest.parseLines(LogbackFixture.read(dir.resolve("composite.json"))).get(0);
    assertThat(composite.get("api_key").asText()).startsWith("[REDACTED:");
    assertThat(LogbackFixture.read(dir.resolve("composite.json"))).doesNotContain(ref);
  }

  /**
   * A SyslogAppender sends each stack trace line itself, bypassing its pattern: {@code %redact} in
   * the pattern is told so (a status warning naming the fix) and, as the pattern starts with
   * {@code %nopex}, prints no stack trace into the message; a RedactingAppender in front covers
   * every datagram.
   */
  @Test
  void syslogStackTracesNeedARedactingAppenderInFront(Canaries canaries) throws Exception {
    FakeSecrets fakes = canaries.fakes();
    try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      socket.setSoTimeout(300);
      Map<String, String> props = Map.of("PORT", String.valueOf(socket.getLocalPort()));
      try (LogbackFixture fx = LogbackFixture.load(getClass(), "syslog", props)) {
        fx.assertNoErrors();
        assertThat(fx.statuses(Status.WARN)).anySatisfy(w -> assertThat(w)
            .contains("SyslogAppender sends each stack trace line itself")
            .contains("put a dev.redact4j.logback.RedactingAppender in front of it"));
        fx.logger("app").error("failed", new IllegalStateException("token " + fakes.githubToken()));
      }
      List<String> datagrams = receive(socket);
      // As plain Logback writes this pattern: the message alone; the appender then sends the trace lines.
      assertThat(datagrams.get(0)).endsWith("[main] app failed");
      assertThat(datagrams.get(1)).contains("java.lang.IllegalStateException: token ");

      String password = canaries.plant(fakes.password());
      try (LogbackFixture fx = LogbackFixture.load(getClass(), "syslog-appender", props)) {
        fx.assertNoErrors();
        fx.mdc().put("password", password);
        fx.logger("app").error("failed", new IllegalStateException("token " + canaries.plant(fakes.githubToken()),
            new IOException("password=" + canaries.plant(fakes.password()))));
        fx.mdc().clear();
      }
      datagrams = receive(socket);
      assertThat(datagrams.get(0)).endsWith("[main] app failed [[REDACTED:password-assignment]]");
      assertThat(datagrams).anySatisfy(d -> assertThat(d)
          .endsWith("trace [[REDACTED:password-assignment]]java.lang.IllegalStateException: token [REDACTED:github-pat-classic]"));
      assertThat(datagrams).anySatisfy(d -> assertThat(d)
          .endsWith("Caused by: java.io.IOException: password=[REDACTED:password-assignment]"));
      for (String secret : canaries.planted()) {
        assertThat(datagrams).allSatisfy(d -> assertThat(d).doesNotContain(secret));
      }
    }
  }

  /**
   * An HTMLLayout prints each stack trace itself, in a row below its pattern's, so {@code %redact}
   * in the pattern claims none (it printed the trace a second time, in a column of its own); the
   * layout's own trace is raw (docs/logback.md says so: Logback gives an HTMLLayout's words no
   * context, so no status message can), and a RedactingLayout around the HTMLLayout covers it.
   */
  @Test
  void htmlLayoutStackTracesNeedARedactingLayoutAround(Canaries canaries) {
    canaries.watch(dir.resolve("wrapped.html"));
    FakeSecrets fakes = canaries.fakes();
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "html", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      fx.logger("app").error("failed", new IllegalStateException("token " + canaries.plant(fakes.githubToken())));
    }
    String word = LogbackFixture.read(dir.resolve("word.html"));
    // As plain Logback writes this pattern: three columns, the trace once, in the layout's own row.
    assertThat(word).contains("<td class=\"Redacting\">failed</td>").doesNotContain("ClaimedThrowable")
        .containsOnlyOnce("java.lang.IllegalStateException: token ");
    assertThat(LogbackFixture.read(dir.resolve("wrapped.html")))
        .contains("java.lang.IllegalStateException: token [REDACTED:github-pat-classic]");
  }

  /**
   * logstash-logback-encoder's pattern providers print no stack trace (its own providers do), so
   * {@code %redact} in one claims none: the field holds the message alone, as without it.
   */
  @Test
  void aLogstashPatternFieldHoldsNoStackTrace(Canaries canaries) throws Exception {
    canaries.watch(dir);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "logstash-pattern", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      fx.logger("app").error("failed password={}", canaries.plant(canaries.fakes().password()),
          new IllegalStateException("token " + canaries.plant(canaries.fakes().githubToken())));
    }
    JsonNode event = RedactingEncoderTest.parseLines(LogbackFixture.read(dir.resolve("app.json"))).get(0);
    assertThat(event.get("msg").asText()).isEqualTo("failed password=[REDACTED:password-assignment]");
    assertThat(event.get("stack_trace").asText()).startsWith(
        "java.lang.IllegalStateException: token [REDACTED:github-pat-classic]");
  }

  /** docs/logback.md: a named group {@code secret} written in XML, escaped or in CDATA, hides only that group. */
  @Test
  void aNamedGroupInXmlHidesOnlyThatGroup(Canaries canaries) {
    canaries.watch(dir);
    String pin = canaries.plant("40" + canaries.fakes().chars("0123456789", 6));
    String voucher = canaries.plant("VC" + canaries.fakes().chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10));
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "named-group", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      fx.logger("app").info("order pin={} voucher={}", pin, voucher);
    }
    assertThat(LogbackFixture.read(dir.resolve("app.log")))
        .isEqualTo("order pin=[REDACTED:order-pin] voucher=[REDACTED:voucher-code]\n");
  }

  /**
   * A request body serialized by Gson, which escapes {@code =}, {@code &} and {@code '} inside JSON
   * strings as unicode escapes by default, logged as an argument and as a key-value pair: the
   * password and token after an escaped {@code =} leaked through every component.
   */
  @Test
  void gsonEscapedFormBodiesAndUrlsAreHidden(Canaries canaries) throws Exception {
    canaries.watch(dir.resolve("encoder.json"));
    canaries.watch(dir.resolve("appender.json"));
    FakeSecrets fakes = canaries.fakes();
    String body = "{\"body\":\"grant_type\\u003dpassword\\u0026username\\u003dbob\\u0026password\\u003d"
        + canaries.plant(fakes.password()) + "\\u0026scope\\u003dread\"}";
    String request = "{\"url\":\"https://api.example.com/v1/orders?access_token\\u003d"
        + canaries.plant(fakes.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32)) + "\"}";
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "logstash-types", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      fx.logger("app").info("token request {}", body);
      fx.logger("app").atInfo().addKeyValue("request", request).log("calling partner");
    }
    for (String file : List.of("encoder.json", "appender.json")) {
      List<JsonNode> events = RedactingEncoderTest.parseLines(LogbackFixture.read(dir.resolve(file)));
      assertThat(events.get(0).get("message").asText()).as(file).isEqualTo("token request {\"body\":\"grant_type"
          + "\\u003dpassword\\u0026username\\u003dbob\\u0026password\\u003d[REDACTED:password-assignment]"
          + "\\u0026scope\\u003dread\"}");
      assertThat(events.get(1).get("request").asText()).as(file)
          .isEqualTo("{\"url\":\"https://api.example.com/v1/orders?access_token\\u003d[REDACTED:token-assignment]\"}");
    }
  }

  /** The datagrams sent to {@code socket} so far. */
  private static List<String> receive(DatagramSocket socket) throws IOException {
    List<String> out = new ArrayList<>();
    byte[] buffer = new byte[65536];
    while (true) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (SocketTimeoutException e) {
        return out;
      }
      out.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
    }
  }

  /**
   * A large message with many secrets and a short argument that recurs in it: each argument is
   * judged in the context of the formatted message, which once compared every place the argument
   * occurs with every secret found (a 400 KB message took about a minute, on the logging thread).
   */
  @Test
  void anArgumentRecurringInALargeMessageWithManySecretsCostsLinearTime(Canaries canaries) {
    canaries.watch(dir);
    String password = canaries.plant(canaries.fakes().password());
    String payload = "id=7 x ".repeat(25_000) + ("password=" + password + " ").repeat(25_000);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "big-message", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      assertTimeoutPreemptively(Duration.ofSeconds(10),
          () -> fx.logger("app").info("batch {} from client {}: {}", 7, "c-7", payload));
      fx.assertNoErrors();
    }
    String out = LogbackFixture.read(dir.resolve("app.log"));
    assertThat(out).startsWith("INFO  batch 7 from client c-7: id=7 x id=7 x ")
        .contains("password=[REDACTED:password-assignment] ");
  }
}
