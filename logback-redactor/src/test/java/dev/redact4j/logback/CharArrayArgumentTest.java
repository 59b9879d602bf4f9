package dev.redact4j.logback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/**
 * A token held as Java holds secret text, in a {@code char[]} (Console.readPassword,
 * PasswordAuthentication), logged as an argument: SLF4J prints it one character at a time
 * ({@code [g, h, p, _, ...]}), a shape no rule knows, so the argument is judged by the text it holds.
 */
class CharArrayArgumentTest {
  private static final List<String> FILES =
      List.of("encoder.log", "json.log", "layout.log", "converter.log", "appender.log");

  @TempDir
  Path dir;

  @Test
  void aCharArrayHoldingATokenIsJudgedByItsText() {
    char[] token = new FakeSecrets(61).githubToken().toCharArray();
    String spelled = java.util.Arrays.toString(token);
    try (LogbackFixture fx = LogbackFixture.load(getClass(), "", Map.of("DIR", dir.toString()))) {
      fx.assertNoErrors();
      Logger log = fx.logger("app");
      log.info("read token {} from the console", token);
    }
    for (String file : FILES) {
      String text = LogbackFixture.read(dir.resolve(file));
      // Logback's JsonEncoder prints the pattern and the arguments apart.
      assertThat(text).as(file).contains(file.equals("json.log") ? "\"arguments\": [\"[REDACTED:github-pat-classic]\"]"
          : "read token [REDACTED:github-pat-classic] from the console")
          .doesNotContain(spelled).doesNotContain(new String(token));
    }
  }
}
