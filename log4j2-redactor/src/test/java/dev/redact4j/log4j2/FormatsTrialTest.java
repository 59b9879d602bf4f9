package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.MarkerManager;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.message.MessageFormatMessage;
import org.apache.logging.log4j.message.ObjectMessage;
import org.apache.logging.log4j.message.StringFormattedMessage;
import org.apache.logging.log4j.message.StringMapMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fourth README trial: one configuration written in {@code log4j2.yaml}, {@code log4j2.properties}
 * and {@code log4j2.json}, with every redact4j component (RedactingLayout with a fingerprint mask whose
 * key is a lookup, {@code %scrub} with options, a Rewrite policy, an Async appender on a
 * LinkedTransferQueue), nested rules (one with a {@code secret} group), a rules file named through a
 * configuration property, and events of the message types, lookups and exceptions an application
 * logs. No planted secret (nor the key) may reach a file, each component applies its own rules, and
 * Log4j reports no error.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class FormatsTrialTest {
  private static final String KEY_PROPERTY = "redact4j.trial4.key";

  @TempDir
  Path dir;

  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(404);

  @AfterEach
  void clear() {
    ThreadContext.clearAll();
    System.clearProperty(KEY_PROPERTY);
  }

  record Account(String user, String apiToken) {}

  @ParameterizedTest
  @ValueSource(strings = {"yaml", "properties", "json"})
  void everyComponentRedactsInEveryFormat(String format) throws IOException {
    Files.writeString(dir.resolve("redact4j.rules"),
        "rule.acme-api-key.regex = acme_[a-z0-9]{32}\nrule.acme-api-key.keywords = acme_\n");
    System.setProperty(KEY_PROPERTY, Log4jFixture.plant("Fk" + secrets.password() + "+q/Z"));
    Log4jFixture fixture = Log4jFixture.startFormat(getClass(), format, dir);
    try {
      logEverySurface(fixture.context.getLogger("trial"));
    } finally {
      fixture.close();
    }

    String pattern = fixture.read("pattern.log");
    String fp = "\\[REDACTED:github-pat-classic:[0-9a-f]{8}]";
    assertThat(pattern).containsPattern("INFO trial  - token " + fp + " ")
        .containsPattern("ids \\[REDACTED:acme-api-key:[0-9a-f]{8}] \\[REDACTED:acme-debug-id:[0-9a-f]{8}] pin=123456")
        .containsPattern("with context \\[\\{password=\\[REDACTED:password-assignment:[0-9a-f]{8}], token=" + fp
            + "}] \\[ndc " + fp + "] \\[\\[REDACTED:password-assignment:[0-9a-f]{8}]] \\[" + fp + "]")
        .containsPattern("password=\"\\[REDACTED:password-assignment:[0-9a-f]{8}]\" user=\"bob\" .* "
            + "\\[\\[REDACTED:password-assignment:[0-9a-f]{8}]]")
        .containsPattern("API call failed: token=" + fp)
        .contains("INFO trial  - clean event [{}] [] [] [${ctx:token}] []");
    // one key, one fingerprint for one token, wherever it was printed
    assertThat(pattern.replaceAll("(?s).*?(" + fp + ")", "$1\n").lines().filter(l -> l.startsWith("[REDACTED"))
        .distinct()).hasSize(1);

    String scrub = fixture.read("scrub.log");
    assertThat(scrub).contains("INFO trial - token *** [{}] []")
        .contains("INFO trial - ids *** dbg-0123456789abcdef01234567 pin=123456")
        .contains("INFO trial - login password=*** [{}] []")
        .contains("WARN trial - builder *** [{}] []")
        .contains("API call failed: token=***");
    assertThat(fixture.read("rewrite.log"))
        .contains("INFO  ids [REDACTED:acme-api-key] [REDACTED:acme-debug-id] pin=[REDACTED:acme-pin] ")
        .contains("INFO  password=\"[REDACTED:password-assignment]\" user=\"bob\" [{}] [] [REDACTED:password-assignment]")
        .contains("INFO  Account[user=bob, apiToken=[REDACTED:github-pat-classic]]")
        .contains("Caused by: [CIRCULAR REFERENCE: java.lang.IllegalStateException: first [REDACTED:github-pat-classic]]");
    assertThat(fixture.read("async.log")).contains("INFO supplied [REDACTED:github-pat-classic] [{}]")
        .contains("INFO ids [REDACTED:acme-api-key] dbg-0123456789abcdef01234567 pin=123456 [{}]")
        .contains("INFO clean event [{}]");
    assertThat(fixture.statusErrors()).isEmpty();
  }

  private void logEverySurface(Logger log) {
    String token = secrets.githubToken();
    String password = secrets.password();
    String aws = secrets.awsKeyId();
    String acme = Log4jFixture.plant("acme_" + "0123456789abcdef".repeat(2));
    log.info("token {}", token);
    // the acme key is every component's (rules file); the debug id and pin rules are nested in some only
    log.info("ids {} dbg-0123456789abcdef01234567 pin=123456", acme);
    ThreadContext.put("password", password);
    ThreadContext.put("token", token);
    ThreadContext.push("ndc " + token);
    log.info("with context");
    ThreadContext.clearAll();
    log.info(new StringMapMessage().with("password", password).with("user", "bob"));
    log.info(new MessageFormatMessage("login password={0}", password));
    log.info(new StringFormattedMessage("key %s", aws));
    log.info(new ObjectMessage(new Account("bob", token)));
    log.info("supplied {}", () -> token);
    log.atWarn().withMarker(MarkerManager.getMarker("AUDIT"))
        .withThrowable(new LocalizedMessageTest.ApiException("token=" + token)).log("builder {}", aws);
    IllegalStateException first = new IllegalStateException("first " + token);
    IllegalArgumentException second = new IllegalArgumentException("second password=" + password, first);
    first.initCause(second);
    log.error("cyclic", first);
    log.info("clean event");
  }
}
