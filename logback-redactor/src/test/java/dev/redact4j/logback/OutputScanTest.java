package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.status.Status;
import dev.redact4j.logback.CanaryCheck.Canaries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import net.logstash.logback.argument.StructuredArguments;
import net.logstash.logback.marker.Markers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/**
 * When the output of the nested encoder or layout is scanned besides the event: by default only
 * for components whose output is unknown (or configured with secret-looking text) and for events a
 * serializer renders as objects; for every event with {@code <scanOutput>true</scanOutput>}.
 */
@ExtendWith(CanaryCheck.class)
class OutputScanTest {
  private static final String BUILD_PROPERTY = "redact4j.test.build";
  private static final String GH_MASK = "[REDACTED:github-pat-classic]";

  /** What the unknown test components add to each line; set by the test that uses them. */
  static volatile String buildInfo = "";

  @TempDir Path dir;

  @Test
  void knownNestedComponentsAreTrustedAndSaySo() {
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "json", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      assertThat(fx.statuses(Status.INFO))
          .anyMatch(s -> s.startsWith("RedactingEncoder: LogstashEncoder with its own providers")
              && s.contains("its output only when"))
          .anyMatch(s -> s.startsWith("RedactingEncoder: LoggingEventCompositeJsonEncoder with its own providers"))
          .anyMatch(s -> s.startsWith("RedactingEncoder: Logback JsonEncoder"));
    }
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "thread", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      assertThat(fx.statuses(Status.INFO))
          .anyMatch(s -> s.startsWith("RedactingEncoder: PatternLayout with Logback's own conversion words")
              && s.contains("its output only when"))
          .anyMatch(s -> s.startsWith("RedactingEncoder: PatternLayout") && s.contains("<scanOutput> is on"))
          .anyMatch(s -> s.startsWith("RedactingLayout: PatternLayout") && s.contains("<scanOutput> is on"));
    }
  }

  @Test
  void scanOutputCatchesASecretInAThreadName(Canaries canaries) throws Exception {
    canaries.watch(dir);
    String token = canaries.plant(canaries.fakes().githubToken());
    String password = canaries.plant(canaries.fakes().password());
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "thread", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      Thread worker = new Thread(() -> fx.logger("app").info("from a worker"), "worker " + token);
      worker.start();
      worker.join();
      // A logger named after what it serves; the patterns do not print it, the JSON encoder does.
      fx.logger("jobs.postgres://app:" + password + "@db.example/orders").info("job started");
      fx.assertNoErrors();
    }
    assertThat(LogbackFixture.read(dir.resolve("scanned/app.log")))
        .startsWith("[worker " + GH_MASK + "] from a worker" + CoreConstants.LINE_SEPARATOR);
    assertThat(LogbackFixture.read(dir.resolve("scanned/layout.log")))
        .startsWith("[worker " + GH_MASK + "] from a worker" + CoreConstants.LINE_SEPARATOR);
    // Without scanOutput too: thread names are judged whole, once per name (a thread named after the
    // request URL it serves once printed its token, as the output was not scanned by default).
    assertThat(LogbackFixture.read(dir.resolve("default/app.log")))
        .startsWith("[worker " + GH_MASK + "] from a worker" + CoreConstants.LINE_SEPARATOR);
    assertThat(LogbackFixture.read(dir.resolve("default/app.json")))
        .contains("\"loggerName\":\"jobs.postgres://app:[REDACTED:").doesNotContain(password);
  }

  @Test
  void unknownNestedComponentsGetTheirOutputScanned(Canaries canaries) {
    canaries.watch(dir);
    String token = canaries.plant(canaries.fakes().githubToken());
    buildInfo = "build token " + token;
    System.setProperty(BUILD_PROPERTY, token);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "unknown", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      assertThat(fx.statuses(Status.INFO).stream().filter(s -> s.startsWith("Redacting")))
          .hasSize(6)
          .allMatch(s -> s.endsWith("its output is scanned for every event"), "every output scanned")
          .anyMatch(s -> s.contains("encoder dev.redact4j.logback.OutputScanTest$BuildInfoEncoder is not one"))
          .anyMatch(s -> s.contains("layout dev.redact4j.logback.OutputScanTest$BuildInfoLayout is not one"))
          .anyMatch(s -> s.contains("pattern word %build"))
          .anyMatch(s -> s.contains("pattern word %property"))
          .anyMatch(s -> s.contains("the pattern's own text"))
          .anyMatch(s -> s.contains("custom fields"));
      fx.logger("app").info("clean message");
      fx.assertNoErrors();
    } finally {
      System.clearProperty(BUILD_PROPERTY);
      buildInfo = "";
    }
    assertThat(LogbackFixture.read(dir.resolve("encoder.log"))).isEqualTo("clean message build token " + GH_MASK + "\n");
    assertThat(LogbackFixture.read(dir.resolve("layout.log"))).isEqualTo("clean message build token " + GH_MASK + "\n");
    assertThat(LogbackFixture.read(dir.resolve("word.log"))).contains("clean message build token " + GH_MASK);
    assertThat(LogbackFixture.read(dir.resolve("property.log"))).contains("clean message " + GH_MASK);
    assertThat(LogbackFixture.read(dir.resolve("literal.log"))).contains("clean message deployed by " + GH_MASK);
    assertThat(LogbackFixture.read(dir.resolve("custom-fields.json"))).contains("\"build\":\"" + GH_MASK + "\"");
  }

  /**
   * {@code %replace} rewrites what it prints with a regex of the user's: joining lines puts a key
   * next to a value the event check saw on a line of its own, so its output is scanned.
   */
  @Test
  void replaceRewritesTextSoItsOutputIsScanned(Canaries canaries) {
    canaries.watch(dir);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "replace", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      assertThat(fx.statuses(Status.INFO).stream().filter(s -> s.startsWith("Redacting")))
          .hasSize(2)
          .allMatch(s -> s.contains("pattern word %replace") && s.endsWith("its output is scanned for every event"));
      fx.logger("app").info("settings:\n  password:\n    {}", canaries.plant(canaries.fakes().password()));
      fx.assertNoErrors();
    }
    for (String file : new String[] {"encoder.log", "layout.log", "word.log"}) {
      assertThat(LogbackFixture.read(dir.resolve(file))).as(file)
          .isEqualTo("INFO  settings: password: [REDACTED:password-assignment]\n");
    }
  }

  /**
   * A pattern's literal text can label a value as a secret that the event's fields do not show as one:
   * {@code password=%X{p}} prints an MDC value under a name it does not have in the event, and
   * {@code Authorization: Bearer %msg} a message that is no secret alone. Such output is scanned; an
   * ordinary pattern ({@code %X{password}} is judged with its own key) keeps the cheap path.
   */
  @Test
  void aValueThePatternLabelsAsASecretIsHidden(Canaries canaries) {
    canaries.watch(dir);
    String password = canaries.plant(canaries.fakes().password());
    // Not planted: a plain message prints as it is where no label stands before it (encoder.log).
    String token = canaries.fakes().password();
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "label", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      assertThat(fx.statuses(Status.INFO).stream().filter(s -> s.startsWith("Redacting")))
          .hasSize(3)
          .anyMatch(s -> s.startsWith("RedactingEncoder: the pattern's text labels a value as a secret")
              && s.endsWith("its output is scanned for every event"))
          .anyMatch(s -> s.startsWith("RedactingLayout: the pattern's text labels a value as a secret"))
          .anyMatch(s -> s.startsWith("RedactingEncoder: PatternLayout with Logback's own conversion words")
              && s.contains("its output only when"));
      fx.mdc().put("p", password);
      try {
        fx.logger("app").info(token);
      } finally {
        fx.mdc().clear();
      }
      fx.assertNoErrors();
    }
    assertThat(LogbackFixture.read(dir.resolve("encoder.log")))
        .isEqualTo("INFO  password=[REDACTED:password-assignment] - " + token + "\n");
    assertThat(LogbackFixture.read(dir.resolve("layout.log")))
        .isEqualTo("INFO  Authorization: Bearer [REDACTED:authorization-header]\n");
    assertThat(LogbackFixture.read(dir.resolve("ordinary.log"))).contains(" - " + token + " ");
  }

  /** The appender hands on copies judged field by field: it names an appender behind it that labels values. */
  @Test
  void theAppenderWarnsOfAnAppenderBehindItThatLabelsValues() {
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "label-appender", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      assertThat(fx.statuses(Status.WARN).stream().filter(s -> s.startsWith("RedactingAppender")))
          .singleElement().asString()
          .startsWith("RedactingAppender [REDACT]: appender [FILE] behind it prints with a pattern whose text labels")
          .contains("wrap that appender's encoder in dev.redact4j.logback.RedactingEncoder");
    }
  }

  /** A JSON field named after a secret labels its value as the pattern text does: the appender warns of it too. */
  @Test
  void appenderWarnsOfJsonFieldsBehindItThatLabelAValue() {
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "label-appender-json", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      assertThat(fx.statuses(Status.WARN).stream().filter(s -> s.startsWith("RedactingAppender")))
          .singleElement().asString()
          .startsWith("RedactingAppender [REDACT]: appender [JSON] behind it prints")
          .contains("wrap that appender's encoder in dev.redact4j.logback.RedactingEncoder");
    }
  }

  @Test
  void jsonEncodersHideObjectsTheySerializeThemselves(Canaries canaries) throws Exception {
    canaries.watch(dir);
    String pw1 = canaries.plant(canaries.fakes().password());
    String pw2 = canaries.plant(canaries.fakes().password());
    String pw3 = canaries.plant(canaries.fakes().password());
    String pw4 = canaries.plant(canaries.fakes().password());
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "json", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      Logger log = fx.logger("app");
      // toString hides the password; Jackson, which logstash-logback-encoder uses, writes it.
      log.info("signed in {}", StructuredArguments.value("user", new Credentials(pw1)));
      log.atInfo().addKeyValue("user", new Credentials(pw2)).log("kv object");
      log.info(Markers.append("user", new Credentials(pw3)), "marker object");
      // An argument no placeholder consumes, written apart by includeNonStructuredArguments.
      log.info("extra argument", "password=" + pw4);
      fx.assertNoErrors();
    }
    for (String file : new String[] {"logstash.json", "composite.json", "logback.json"}) {
      String out = LogbackFixture.read(dir.resolve(file));
      assertThat(RedactingEncoderTest.parseLines(out)).as(file).hasSize(4);
      assertThat(out).as(file).contains("[REDACTED:");
    }
    assertThat(LogbackFixture.read(dir.resolve("logstash.json"))).contains("\"arg0\":\"password=[REDACTED:");
  }

  @Test
  void contextPropertiesThatLookLikeSecretsAreHidden(Canaries canaries) throws Exception {
    canaries.watch(dir);
    String token = canaries.plant(canaries.fakes().githubToken());
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "json",
        Map.of("DIR", dir.toString(), "DEPLOY_TOKEN", token))) {
      fx.assertNoErrors();
      // What the appender cannot redact (encoders reading the live context) is named at start.
      assertThat(fx.statuses(Status.WARN))
          .anyMatch(s -> s.startsWith("RedactingAppender [APPENDER]: the logger context property 'DEPLOY_TOKEN'")
              && s.contains("RedactingEncoder") && !s.contains(token));
      fx.logger("app").info("clean message");
      fx.context.putProperty("LATER_TOKEN", canaries.plant(canaries.fakes().githubToken()));
      fx.logger("app").info("after a property change");
      fx.assertNoErrors();
    }
    for (String file : new String[] {"logstash.json", "composite.json", "logback.json", "appender.json"}) {
      String out = LogbackFixture.read(dir.resolve(file));
      assertThat(RedactingEncoderTest.parseLines(out)).as(file).hasSize(2);
      assertThat(out).as(file).contains(GH_MASK).contains("clean message");
    }
  }

  /** A value whose text hides the password but whose JSON form (a bean getter) shows it. */
  public static final class Credentials {
    private final String password;

    Credentials(String password) {
      this.password = password;
    }

    public String getPassword() {
      return password;
    }

    @Override
    public String toString() {
      return "Credentials(***)";
    }
  }

  /** An encoder redact4j cannot know: it adds build information to each line. */
  public static final class BuildInfoEncoder extends EncoderBase<ILoggingEvent> {
    @Override
    public byte @Nullable [] headerBytes() {
      return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
      return (event.getFormattedMessage() + " " + buildInfo + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte @Nullable [] footerBytes() {
      return null;
    }
  }

  /** A layout redact4j cannot know: it adds build information to each line. */
  public static final class BuildInfoLayout extends LayoutBase<ILoggingEvent> {
    @Override
    public String doLayout(ILoggingEvent event) {
      return event.getFormattedMessage() + " " + buildInfo + "\n";
    }
  }

  /** A conversion word redact4j cannot know ({@code %build}). */
  public static final class BuildInfoConverter extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
      return buildInfo;
    }
  }
}
