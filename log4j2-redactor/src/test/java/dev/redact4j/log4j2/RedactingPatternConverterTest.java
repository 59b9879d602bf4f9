package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.plugins.util.PluginManager;
import org.apache.logging.log4j.core.config.plugins.util.PluginType;
import org.apache.logging.log4j.core.pattern.ConverterKeys;
import org.apache.logging.log4j.core.pattern.PatternConverter;
import org.apache.logging.log4j.message.StructuredDataMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(Log4jFixture.CanaryCheck.class)
class RedactingPatternConverterTest {
  @TempDir
  Path dir;

  private final Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(7);

  @Test
  void redactsItsSubPatternAndTheExceptionItRendersForTheMessage() {
    String token = secrets.githubToken();
    String ctx = secrets.password();
    String cause = secrets.githubToken();
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    try {
      ThreadContext.put("auth", "password=" + ctx);
      Logger log = fixture.context.getLogger("app");
      log.info("token {}", token);
      log.error("failed", new IllegalStateException("outer", new RuntimeException("cause " + cause)));
      fixture.close();

      String scrub = fixture.read("scrub.log");
      assertThat(scrub).contains("INFO app - token [REDACTED:github-pat-classic] [password=[REDACTED:password-assignment]]")
          .contains("Caused by: java.lang.RuntimeException: cause [REDACTED:github-pat-classic]")
          .contains("java.lang.IllegalStateException: outer")
          // on its own line, as PatternLayout appends it, not glued to the message
          .contains("ERROR app - failed [password=[REDACTED:password-assignment]]" + System.lineSeparator()
              + "java.lang.IllegalStateException: outer");
      assertThat(fixture.read("fingerprint.log")).containsPattern("token \\[REDACTED:github-pat-classic:[0-9a-f]{8}]");
      assertThat(fixture.statusErrors()).isEmpty();
    } finally {
      fixture.close();
      ThreadContext.clearAll();
    }
  }

  @Test
  void rendersTheExceptionWhenTheMessageIsNestedInAnotherConverter() {
    String top = secrets.password();
    String cause = secrets.githubToken();
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    try {
      fixture.context.getLogger("app").error("failed",
          new IllegalStateException("password=" + top, new RuntimeException("cause " + cause)));
    } finally {
      fixture.close();
    }

    // Without claiming the exception, PatternLayout would append it raw after the line.
    for (String file : new String[] {"nested.log", "nested-limit.log"}) {
      assertThat(fixture.read(file)).as(file)
          .startsWith("ERROR failed" + System.lineSeparator()
              + "java.lang.IllegalStateException: password=[REDACTED:password-assignment]")
          .contains("Caused by: java.lang.RuntimeException: cause [REDACTED:github-pat-classic]");
    }
    assertThat(fixture.statusErrors()).isEmpty();
  }

  @Test
  void hidesSecretsThatAnEncodingInsideEscapes() {
    String body = secrets.password();
    String structured = secrets.password();
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    try {
      Logger log = fixture.context.getLogger("app");
      log.info("response {}", "{\"user\":\"bob\",\"password\":\"" + body + "\"}");
      log.info(new StructuredDataMessage("audit@32473", "login", "Audit").with("password", structured));
      log.info("a <clean> line");
    } finally {
      fixture.close();
    }

    assertThat(fixture.read("html.log")).isEqualTo(String.join(System.lineSeparator(),
        "response {&quot;user&quot;:&quot;bob&quot;,&quot;password&quot;:&quot;[REDACTED:password-assignment]&quot;}",
        "Audit [audit@32473 password=&quot;[REDACTED:password-assignment]&quot;] login",
        "a &lt;clean&gt; line", ""));
    assertThat(fixture.statusErrors()).isEmpty();
  }

  /** The reason for the key: no built-in converter key may be a prefix of it, or Log4j would use that one. */
  @Test
  void noConverterOnTheClassPathClaimsAPrefixOfTheKey() {
    PluginManager manager = new PluginManager(PatternConverter.CATEGORY);
    manager.collectPlugins();
    Set<String> keys = new TreeSet<>();
    for (Map.Entry<String, PluginType<?>> e : manager.getPlugins().entrySet()) {
      ConverterKeys ck = e.getValue().getPluginClass().getAnnotation(ConverterKeys.class);
      if (ck != null && e.getValue().getPluginClass() != RedactingPatternConverter.class) {
        keys.addAll(Arrays.asList(ck.value()));
      }
    }
    assertThat(keys).as("built-in keys were found").contains("m", "red", "replace");
    for (int i = 1; i <= RedactingPatternConverter.KEY.length(); i++) {
      assertThat(keys).doesNotContain(RedactingPatternConverter.KEY.substring(0, i));
    }
  }

  /**
   * Runs Log4j in a class loader without redact4j: {@code %scrub{%m}} prints no part of the message,
   * while the tempting {@code %redact{%m}} falls back to {@code %red} and prints it raw.
   */
  @Test
  void withoutThePluginLog4jPrintsNoRawTextForTheKey() throws Exception {
    String token = secrets.githubToken();
    URL[] urls = {
      LogManager.class.getProtectionDomain().getCodeSource().getLocation(),
      LoggerContext.class.getProtectionDomain().getCodeSource().getLocation(),
      IsolatedLog4jProbe.class.getProtectionDomain().getCodeSource().getLocation(),
    };
    try (URLClassLoader isolated = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      assertThat(isolated.getResource("dev/redact4j/log4j2/RedactingPatternConverter.class")).isNull();
      Method format = isolated.loadClass(IsolatedLog4jProbe.class.getName()).getMethod("format", String.class,
          String.class);

      String[] scrub = (String[]) format.invoke(null, "%p %scrub{%m}%n", "token " + token);
      assertThat(scrub[0]).doesNotContain(token).doesNotContain("token");
      assertThat(String.join("\n", Arrays.asList(scrub).subList(1, scrub.length)))
          .contains("Unrecognized format specifier [scrub]");

      String[] trap = (String[]) format.invoke(null, "%p %redact{%m}%n", "token " + token);
      assertThat(trap[0]).as("the trap this key avoids").contains(token);
    }
  }
}
