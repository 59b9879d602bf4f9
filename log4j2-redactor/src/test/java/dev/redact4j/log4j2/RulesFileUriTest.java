package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rules file named by a {@code file:} URI or a {@code classpath:} resource, the forms Log4j takes for
 * other locations, and a fingerprint key file named by a {@code file:} URI: each failed closed with
 * "check the path and its permissions" for a file that was there.
 */
@ExtendWith(Log4jFixture.CanaryCheck.class)
class RulesFileUriTest {
  @TempDir
  Path dir;

  @Test
  void fileUrisAndClassPathResourcesAreRead() throws IOException {
    try (InputStream rules = getClass().getResourceAsStream("RulesFileUriTest.rules")) {
      Files.write(dir.resolve("redact4j.rules"), rules.readAllBytes());
    }
    Files.writeString(dir.resolve("fp.key"), "a-fake-fingerprint-key-for-tests\n");
    String key = Log4jFixture.plant("acme_" + "0123456789abcdef".repeat(2));
    Log4jFixture fixture = Log4jFixture.start(getClass(), dir);
    try {
      fixture.context.getLogger("app").info("key {}", key);
    } finally {
      fixture.close();
    }

    String nl = System.lineSeparator();
    for (String file : new String[] {"file-uri.log", "classpath.log", "rewrite.log"}) {
      assertThat(fixture.read(file)).as(file).isEqualTo("key [REDACTED:acme-api-key]" + nl);
    }
    assertThat(fixture.read("key-file-uri.log")).matches("key \\[REDACTED:acme-api-key:[0-9a-f]{8}]" + nl);
    assertThat(fixture.read("missing.log"))
        .isEqualTo("[REDACTION FAILED] <RedactingLayout> is misconfigured; see the Log4j status log" + nl);
    assertThat(fixture.statusErrors()).singleElement().asString()
        .contains("<RedactingLayout>: classpath:no/such/redact4j.rules: no such resource on the class path");
  }
}
