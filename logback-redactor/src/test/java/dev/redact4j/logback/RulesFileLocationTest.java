package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.logback.CanaryCheck.Canaries;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rules file named the way Logback and Spring users name files: a {@code classpath:} resource (a
 * rules file shipped in the application's jar, as {@code logback-spring.xml} names its own) and a
 * {@code file:} URI, in every component, as the Log4j adapter takes them. Both failed closed as an
 * unreadable path ("check the path and its permissions") for a file that was there.
 */
@ExtendWith(CanaryCheck.class)
class RulesFileLocationTest {
  @TempDir Path dir;

  @Test
  void classpathResourcesAndFileUrisAreRead(Canaries canaries) throws Exception {
    canaries.watch(dir);
    String uri = getClass().getResource("test.rules").toURI().toString();
    assertThat(uri).startsWith("file:/");
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "", Map.of("DIR", dir.toString(), "RULES_URI", uri))) {
      fx.assertNoErrors();
      fx.logger("app").info("partner key {}", canaries.plant(canaries.fakes().acmeToken()));
    }
    for (String file : List.of("encoder.log", "layout.log", "converter.log", "appender.log")) {
      assertThat(LogbackFixture.read(dir.resolve(file))).as(file).isEqualTo("partner key [REDACTED:acme-token]\n");
    }
  }

  @Test
  void aMissingResourceIsNamedAsOne(Canaries canaries) {
    canaries.watch(dir);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "missing", Map.of("DIR", dir.toString()))) {
      assertThat(fx.errors()).anySatisfy(e -> assertThat(e).contains(
          "RedactingEncoder cannot start: <rulesFile>: classpath:redact4j.rules: no such resource on the class path;"
          + " check its name, or give a file path"));
      fx.logger("app").info("password={}", canaries.plant(canaries.fakes().password()));
    }
    assertThat(LogbackFixture.read(dir.resolve("encoder.log"))).isEqualTo("[REDACTION FAILED]\n");
  }
}
