package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.logback.CanaryCheck.Canaries;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/**
 * An argument whose toString() throws prints as SLF4J prints it, {@code [FAILED toString()]}: the
 * redacted copy once failed whole, so the event, secret or not, became {@code [REDACTION FAILED]}.
 */
@ExtendWith(CanaryCheck.class)
class ThrowingToStringTest {
  @TempDir Path dir;

  /** Like a lazily loaded entity outside its session. */
  static final class Detached {
    @Override
    public String toString() {
      throw new IllegalStateException("no session");
    }
  }

  /** Like a proxy whose class failed to initialize: an Error, which SLF4J catches too. */
  static final class Unloadable {
    @Override
    public String toString() {
      throw new NoClassDefFoundError("com/example/LazyProxy");
    }
  }

  /** Like Lombok's {@code @SneakyThrows}: a checked exception no {@code throws} clause names. */
  static final class Sneaky {
    @Override
    public String toString() {
      throw Sneaky.<RuntimeException>sneaky(new java.io.IOException("closed"));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
      throw (T) t;
    }
  }

  /** Like an entity whose toString() fails and says why, with the value it could not handle. */
  static final class Failing {
    private final String reason;

    Failing(String reason) {
      this.reason = reason;
    }

    @Override
    public String toString() {
      throw new IllegalStateException(reason);
    }
  }

  /**
   * SLF4J, formatting the message, prints the exception of an argument whose toString() throws to
   * standard error, message and all: a password in that message reached the console although the
   * RedactingAppender hid it in what it handed on (found by the surfaces trial). The appender now
   * formats such an event itself, before anything hands it to SLF4J.
   */
  @Test
  void exceptionOfAFailingToStringDoesNotReachStandardErrorBehindTheAppender(Canaries canaries) {
    canaries.watch(dir);
    String password = canaries.plant(canaries.fakes().password());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "appender-only", Map.of("DIR", dir.toString()))) {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      try {
        fx.logger("app").info("order {} for {}", 42, new Failing("bad password=" + password));
      } finally {
        System.setErr(saved);
      }
      fx.assertNoErrors();
    }

    assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(password);
    assertThat(LogbackFixture.read(dir.resolve("appender.log"))).isEqualTo("INFO order 42 for [FAILED toString()]\n");
  }

  /**
   * SLF4J prints {@code [FAILED toString()]} for any Throwable a toString() throws; the logging
   * call threw the Error (or the sneaky checked exception) out of the RedactingAppender and the
   * RedactingEncoder instead, for arguments and for a logstash marker's value alike.
   */
  @Test
  void argumentWhoseToStringThrowsAnErrorPrintsAsSlf4jPrintsIt(Canaries canaries) {
    canaries.watch(dir);
    String password = canaries.plant(canaries.fakes().password());
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "", Map.of("DIR", dir.toString()))) {
      Logger log = fx.logger("app");
      log.info("order {} for {}", new Unloadable(), new Sneaky());
      log.info("login password={} for {}", password, new Unloadable());
      log.info(net.logstash.logback.marker.Markers.append("user", new Unloadable()), "marked");
      log.atInfo().addKeyValue("user", new Unloadable()).log("paired");
      fx.assertNoErrors();
    }

    assertThat(LogbackFixture.read(dir.resolve("appender.log"))).isEqualTo(
        "INFO order [FAILED toString()] for [FAILED toString()]\n"
        + "INFO login password=[REDACTED:password-assignment] for [FAILED toString()]\n"
        + "INFO marked\n"
        + "INFO paired\n");
    assertThat(LogbackFixture.read(dir.resolve("encoder.json")))
        .contains("\"message\":\"order [FAILED toString()] for [FAILED toString()]\"")
        .contains("\"message\":\"login password=[REDACTED:password-assignment] for [FAILED toString()]\"")
        .contains("\"message\":\"marked\"");
    // Logback's JsonEncoder calls toString() on arguments, markers and key-value values itself: the
    // Error escaped the logging call (found by the surfaces trial).
    assertThat(LogbackFixture.read(dir.resolve("logback.json")))
        .contains("\"arguments\": [\"[FAILED toString()]\",\"[FAILED toString()]\"]")
        .contains("\"markers\": [\"user=[FAILED toString()]\"]")
        .contains("\"kvpList\": [{\"user\":\"[FAILED toString()]\"}]")
        .doesNotContain(Placeholder.TEXT);
  }

  @Test
  void argumentWhoseToStringThrowsPrintsAsSlf4jPrintsIt(Canaries canaries) {
    canaries.watch(dir);
    String password = canaries.plant(canaries.fakes().password());
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "", Map.of("DIR", dir.toString()))) {
      Logger log = fx.logger("app");
      log.info("order {} for {}", 42, new Detached());
      log.info("login password={} for {}", password, new Detached());
      fx.assertNoErrors();
    }

    assertThat(LogbackFixture.read(dir.resolve("appender.log"))).isEqualTo(
        "INFO order 42 for [FAILED toString()]\n"
        + "INFO login password=[REDACTED:password-assignment] for [FAILED toString()]\n");
    assertThat(LogbackFixture.read(dir.resolve("encoder.json")))
        .contains("\"message\":\"order 42 for [FAILED toString()]\"")
        .contains("\"message\":\"login password=[REDACTED:password-assignment] for [FAILED toString()]\"");
    // Logback's JsonEncoder calls each argument's toString() itself and threw: the whole event was
    // written as [REDACTION FAILED] (found by the surfaces trial).
    assertThat(LogbackFixture.read(dir.resolve("logback.json")))
        .contains("\"arguments\": [\"42\",\"[FAILED toString()]\"]")
        .doesNotContain(Placeholder.TEXT);
  }
}
