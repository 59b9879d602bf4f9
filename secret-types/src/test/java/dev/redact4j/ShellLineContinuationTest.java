package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A token broken by a shell line continuation: a backslash at the end of a line joins the next line's
 * first word to the token ({@code ghp_abc\}, newline, {@code def} is {@code ghp_abcdef}), as scripts
 * wrapped at a column and {@code set -x} traces show them. A continuation followed by an indented
 * line starts a new word, which stays.
 */
class ShellLineContinuationTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String HEAD = "ghp_FakeXk9Lm2Np4Qr6" + "St8Uv0Wx2Yz4";
  private static final String TAIL = "Ab6Cd8Ef0G";

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n"})
  void theContinuedPartOfATokenIsHiddenWithIt(String newline) {
    for (String line : new String[] {"export GITHUB_TOKEN=" + HEAD + "\\" + newline + TAIL + " && make",
        "+ git clone https://x:" + HEAD + "\\" + newline + TAIL + "@github.com/o/r.git",
        "curl -H 'X-Token: " + HEAD + "\\" + newline + TAIL + "' https://api.example.com"}) {
      assertThat(REDACTOR.redact(line)).as(line).contains("[REDACTED:").doesNotContain(TAIL);
    }
  }

  @Test
  void anIndentedNextLineIsANewWordAndStays() {
    String line = "docker run -e GITHUB_TOKEN=" + HEAD + TAIL + " \\\n  --rm image:1.2 \\\n  --verbose";
    assertThat(REDACTOR.redact(line))
        .isEqualTo("docker run -e GITHUB_TOKEN=[REDACTED:github-pat-classic] \\\n  --rm image:1.2 \\\n  --verbose");
  }

  @ParameterizedTest
  @ValueSource(strings = {"cp build/out.tar.gz \\\n/srv/releases/",
      "sha256sum e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\\\nother",
      "C:\\Users\\bob\\\nnext line", "id=550e8400-e29b-41d4-a716-446655440000\\\nnext=1"})
  void continuationsWithoutATokenPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
