package dev.redact4j.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.KnownSecrets;
import dev.redact4j.SecretString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;

/**
 * Generated fake secrets (password values, GitHub tokens, AWS key ids caught by a custom rule,
 * KnownSecrets values), placed in the message, a parameter, the ThreadContext map and stack and an
 * exception's cause, never reach any output: RedactingLayout around PatternLayout and
 * JsonTemplateLayout, and %scrub.
 */
class NoSecretSurvivesTest {
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static Path dir;
  private static Log4jFixture fixture;
  private static final SecretString KNOWN = SecretString.of("known-" + "Zq8wN2xV7mK4pL9rT3yB");

  @BeforeContainer
  static void start() throws IOException {
    dir = Files.createTempDirectory("redact4j-property");
    Files.writeString(dir.resolve("custom.rules"), "rule.test-aws-key.regex = AKIA[0-9A-Z]{16}\n"
        + "rule.test-aws-key.keywords = AKIA\n");
    KnownSecrets.global().register(KNOWN);
    fixture = Log4jFixture.start(NoSecretSurvivesTest.class, dir);
  }

  @AfterContainer
  static void stop() {
    fixture.close();
    KnownSecrets.global().unregister(KNOWN);
  }

  @Provide
  Arbitrary<String> secrets() {
    Arbitrary<String> github = Arbitraries.strings().withChars(ALNUM).ofLength(36).map(s -> "ghp_" + s);
    Arbitrary<String> aws = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofLength(16)
        .map(s -> "AKIA" + s);
    Arbitrary<String> password = Arbitraries.strings().withChars(ALNUM).ofMinLength(8).ofMaxLength(24);
    return Arbitraries.oneOf(github, aws, Arbitraries.just(KNOWN.reveal()),
        password.map(p -> "password=" + p));
  }

  @Provide
  Arbitrary<String> filler() {
    // No "{}": in a message pattern it would take the parameter meant for the placeholder after it,
    // gluing the secret to letters of the filler (a different case from the one each surface tests).
    return Arbitraries.strings().withChars("abc xyz-_.:/{}\"\\,=").ofMaxLength(20).filter(s -> !s.contains("{}"));
  }

  @Property(tries = 150)
  void noGeneratedSecretReachesOutput(@ForAll("secrets") String secret, @ForAll("filler") String before,
      @ForAll("filler") String after, @ForAll("surfaces") int surface) {
    String value = secretPart(secret);
    Logger log = fixture.context.getLogger("prop");
    try {
      switch (surface) {
        case 0:
          log.info(before + " " + secret + " " + after);
          break;
        case 1:
          log.info(before + " {} " + after, secret);
          break;
        case 2:
          ThreadContext.put("k", before + " " + secret);
          log.info("context map");
          break;
        case 3:
          ThreadContext.push(secret + " " + after);
          log.info("context stack");
          break;
        default:
          log.warn("failed", new IllegalStateException("outer " + before,
              new IllegalArgumentException(after + " " + secret)));
          break;
      }
    } finally {
      ThreadContext.clearAll();
    }
    for (String file : List.of("pattern.log", "json.log", "scrub.log")) {
      assertThat(fixture.read(file)).as(file).doesNotContain(value);
    }
    fixture.readJson("json.log"); // every line still parses
  }

  @Provide
  Arbitrary<Integer> surfaces() {
    return Arbitraries.integers().between(0, 4);
  }

  /** The part that must be hidden: the value of {@code password=value}, else the whole token. */
  private static String secretPart(String secret) {
    return secret.startsWith("password=") ? secret.substring("password=".length()) : secret;
  }

}
