package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.MarkerManager;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.Test;

/**
 * RedactingLayout judges clean events by their fields (message, parameters, ThreadContext, thrown)
 * instead of scanning the nested layout's output: secrets on those surfaces are still hidden, in
 * PatternLayout and JsonTemplateLayout; what only the output shows is scanned where it has to be
 * ({@code <replace>}) or on request ({@code scanOutput="true"}).
 */
class FieldJudgingTest extends FixtureTest {
  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(11);

  @Test
  void judgesAContextValueWithItsKey() {
    String password = secrets.password();
    ThreadContext.put("password", password);
    ThreadContext.put("request", "r-7");
    fixture.context.getLogger("app").info("signed in");
    fixture.close();

    assertThat(fixture.read("pattern.log"))
        .contains("password=[REDACTED:password-assignment]")
        .contains("[[REDACTED:password-assignment]]")
        .contains("request=r-7");
    JsonNode mdc = fixture.readJson("json.log").get(0).get("mdc");
    assertThat(mdc.get("password").asText()).startsWith("[REDACTED");
    assertThat(mdc.get("request").asText()).isEqualTo("r-7");
  }

  @Test
  void scansTheOutputWhenACustomConverterIsNestedInAnOwnOne() {
    String token = secrets.githubToken();
    BuildInfoConverter.text = "build " + token;
    try {
      fixture.context.getLogger("nested").info("clean message");
    } finally {
      BuildInfoConverter.text = "";
    }
    fixture.close();

    assertThat(fixture.read("nested.log")).contains("build [REDACTED:github-pat-classic]").contains("clean message");
  }

  @Test
  void judgesTheMarkerAndItsParents() {
    String token = secrets.githubToken();
    String password = secrets.password();
    Marker parent = MarkerManager.getMarker("password=" + password);
    fixture.context.getLogger("marker").info(MarkerManager.getMarker("deploy " + token), "first");
    fixture.context.getLogger("marker").info(MarkerManager.getMarker("release-" + Long.toHexString(password.hashCode()))
        .setParents(parent), "second");
    fixture.close();

    assertThat(fixture.read("marker.log"))
        .contains("[REDACTED:github-pat-classic] - first")
        .contains(" - second");
  }

  @Test
  void judgesParametersAJsonLayoutPrintsOnTheirOwn() {
    String token = secrets.githubToken();
    // One placeholder, two parameters: the token is in no formatted message, only in "params".
    fixture.context.getLogger("app").info("only {}", "first", token);
    fixture.close();

    assertThat(fixture.read("pattern.log")).contains("only first");
    JsonNode event = fixture.readJson("json.log").get(0);
    assertThat(event.get("message").asText()).isEqualTo("only first");
    assertThat(event.get("params").toString()).contains("[REDACTED:github-pat-classic]");
  }

  @Test
  void hidesAParameterThatIsASecretOnlyInItsPlaceholdersContext() {
    String password = secrets.password();
    fixture.context.getLogger("app").info("login with password={} for {}", password, "alice");
    fixture.close();

    // alone the password has no shape; after its key it is one, and a messageParameter resolver prints it alone
    JsonNode event = fixture.readJson("json.log").get(0);
    assertThat(event.get("message").asText()).isEqualTo("login with password=[REDACTED:password-assignment] for alice");
    assertThat(event.get("params").toString()).isEqualTo("[\"[REDACTED:password-assignment]\",\"alice\"]");
  }

  @Test
  void printsWhatWasJudgedEvenIfAParameterChangesItsText() {
    String password = secrets.password();
    AtomicInteger calls = new AtomicInteger();
    Object sly = new Object() {
      @Override
      public String toString() {
        return calls.getAndIncrement() == 0 ? "nothing here" : "password=" + password;
      }
    };
    fixture.context.getLogger("app").info("value {}", sly);
    fixture.close();

    // The secret appears only from the second toString(): the pattern prints the judged text, the
    // JSON layout (which prints parameters itself) gets its output scanned.
    assertThat(fixture.read("pattern.log")).contains("value nothing here");
    assertThat(fixture.readJson("json.log")).hasSize(1);
  }

  @Test
  void hidesSecretsInObjectParametersContextStackAndExceptionChains() {
    String password = secrets.password();
    String token = secrets.githubToken();
    String stackToken = secrets.githubToken();
    String suppressed = secrets.githubToken();
    Object holder = new Object() {
      @Override
      public String toString() {
        return "Holder[password=" + password + "]";
      }
    };
    ThreadContext.push("batch " + stackToken);
    IllegalStateException top = new IllegalStateException("outer", new IllegalArgumentException("inner " + token));
    top.addSuppressed(new RuntimeException("also " + suppressed));
    Logger log = fixture.context.getLogger("app");
    log.info("got {}", holder);
    log.error("failed", top);
    fixture.close();

    String pattern = fixture.read("pattern.log");
    assertThat(pattern).contains("got Holder[password=[REDACTED:password-assignment]]")
        .contains("batch [REDACTED:github-pat-classic]")
        .contains("Caused by: java.lang.IllegalArgumentException: inner [REDACTED:github-pat-classic]")
        .contains("Suppressed: java.lang.RuntimeException: also [REDACTED:github-pat-classic]");
    List<JsonNode> json = fixture.readJson("json.log");
    assertThat(json).hasSize(2);
    assertThat(json.get(0).get("message").asText()).isEqualTo("got Holder[password=[REDACTED:password-assignment]]");
    assertThat(json.get(1).get("error").asText()).contains("inner [REDACTED:github-pat-classic]")
        .contains("also [REDACTED:github-pat-classic]");
  }

  @Test
  void judgesTheMementosAnAsyncAppenderHandsOn() {
    String token = secrets.githubToken();
    String password = secrets.password();
    ThreadContext.put("password", password);
    Logger log = fixture.context.getLogger("async");
    log.info("clean {} of {}", "one", 2);
    log.info("token {}", token);
    fixture.close();

    assertThat(fixture.read("async.log")).isEqualTo(
        "[{password=[REDACTED:password-assignment]}] clean one of 2" + System.lineSeparator()
        + "[{password=[REDACTED:password-assignment]}] token [REDACTED:github-pat-classic]" + System.lineSeparator());
  }

  @Test
  void judgesTheThreadNameWithOrWithoutScanOutput() throws InterruptedException {
    String name = "worker password=" + Log4jFixture.plant("Thr3adNam3Secr3t");
    Thread thread = new Thread(() -> fixture.context.getLogger("thread").info("hello"), name);
    thread.start();
    thread.join();
    fixture.close();

    assertThat(fixture.read("thread-scanned.log")).isEqualTo(
        "[worker password=[REDACTED:password-assignment]] hello" + System.lineSeparator());
    assertThat(fixture.read("thread-default.log")).isEqualTo(
        "[worker password=[REDACTED:password-assignment]] hello" + System.lineSeparator());
  }

  @Test
  void scansTheOutputOfAPatternLayoutWithReplace() {
    fixture.context.getLogger("replace").info("MAGIC");
    fixture.close();

    assertThat(fixture.read("replace.log")).isEqualTo("password=[REDACTED:password-assignment]" + System.lineSeparator());
    assertThat(fixture.statusErrors()).isEmpty();
  }
}
