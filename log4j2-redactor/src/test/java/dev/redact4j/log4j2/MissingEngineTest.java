package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.Redactor;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ops engineer who copies jars by hand may add log4j2-redactor without the engine it needs
 * ({@code dev.redact4j:secret-types}). Log4j then drops each plugin whose builder throws and gives the
 * appender its default layout, or the Rewrite appender no policy: raw events. Every component must
 * instead fail closed and say in the status log which jar is missing.
 */
class MissingEngineTest {
  @TempDir
  Path dir;

  @Test
  void withoutTheEngineEveryComponentFailsClosedAndNamesTheMissingJar() throws Exception {
    Log4jFixture.Secrets secrets = new Log4jFixture.Secrets(31);
    String token = secrets.githubToken();
    String password = secrets.password();
    String config;
    try (InputStream in = getClass().getResourceAsStream("MissingEngineTest.xml")) {
      Path file = dir.resolve("MissingEngineTest.xml");
      Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("@DIR@", dir.toString()));
      config = file.toUri().toString();
    }
    URL[] urls = {
      LogManager.class.getProtectionDomain().getCodeSource().getLocation(),
      LoggerContext.class.getProtectionDomain().getCodeSource().getLocation(),
      RedactingLayout.class.getProtectionDomain().getCodeSource().getLocation(),
      IsolatedLog4jProbe.class.getProtectionDomain().getCodeSource().getLocation(),
    };
    String[] errors;
    try (URLClassLoader isolated = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
      assertThat(isolated.getResource(Redactor.class.getName().replace('.', '/') + ".class")).isNull();
      assertThat(isolated.getResource("dev/redact4j/log4j2/RedactingLayout.class")).isNotNull();
      Method run = isolated.loadClass(IsolatedLog4jProbe.class.getName())
          .getMethod("run", String.class, String.class, String.class);
      errors = (String[]) run.invoke(null, config, "token " + token, "password=" + password);
    }

    String failed = "ERROR [REDACTION FAILED]" + System.lineSeparator();
    assertThat(Files.readString(dir.resolve("layout.log")))
        .isEqualTo("[REDACTION FAILED] <RedactingLayout> is misconfigured; see the Log4j status log"
            + System.lineSeparator());
    assertThat(Files.readString(dir.resolve("scrub.log"))).isEqualTo(failed);
    assertThat(Files.readString(dir.resolve("rewrite.log"))).isEqualTo(failed);
    assertThat(String.join("\n", errors))
        .contains("<RedactingLayout>: the redact4j engine is missing from the class path")
        .contains("%scrub: the redact4j engine is missing from the class path")
        .contains("<RedactingRewritePolicy>: the redact4j engine is missing from the class path")
        .contains("put dev.redact4j:secret-types, of the same version as log4j2-redactor, next to it")
        .doesNotContain(token).doesNotContain(password);
  }
}
