package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every key of docs/rules-file.md as written there, and errors that name the file, line and fix. */
class RulesFileTest {
  private static final String GITHUB = FakeSecrets.github(new java.util.Random(7), "ghp_");

  private static Redactor read(String text) {
    return Redactor.newBuilder().rules(new StringReader(text), "redact.properties").build();
  }

  @Test
  void theDocumentedExampleWorksAsWritten() {
    String example = String.join("\n",
        "# redact.properties",
        "# comments sit on their own line; a # after a value is part of the value",
        "disable = payment-card-number",
        "enable  = aws-unique-id, twilio-account-sid",
        "mask    = typed",
        "mask.github-pat-classic = prefix",
        "mask.password-assignment = fixed:****",
        "regex.budget = 64",
        "rule.internal-ticket-token.regex = TCK-[A-Z0-9]{24}",
        "rule.internal-ticket-token.keywords = TCK-",
        "rule.order-pin.regex = pin=(?<secret>[0-9]{4,8})",
        "rule.order-pin.keywords = pin=",
        "! a comment in the other style",
        "");
    Redactor redactor = read(example);
    assertThat(redactor.redact("token " + GITHUB + " password=hunter2-correct-horse"
        + " TCK-ABCDEFGHIJKL012345678901 order pin=123456 card 4111 1111 1111 1111"))
        .isEqualTo("token ghp_[REDACTED:github-pat-classic] password=****"
            + " [REDACTED:internal-ticket-token] order pin=[REDACTED:order-pin]"
            + " card 4111 1111 1111 1111");
    assertThat(redactor.rules()).extracting(RuleDescription::id)
        .contains("aws-unique-id", "twilio-account-sid").doesNotContain("payment-card-number");
  }

  @Test
  void customRulesAreDisabledByIdOrByTheGroupCustom() {
    String rule = "rule.ticket.regex = XQ-[0-9]{6}\n";
    assertThat(read(rule).redact("XQ-123456")).isEqualTo("[REDACTED:ticket]");
    assertThat(read(rule + "disable = ticket\n").redact("XQ-123456")).isEqualTo("XQ-123456");
    assertThat(read("disable = custom\n" + rule).redact("XQ-123456")).isEqualTo("XQ-123456");
  }

  @Test
  void everyMaskSpecIsAccepted() {
    for (Map.Entry<String, String> e : Map.of(
        "typed", "[REDACTED:github-pat-classic]",
        "fixed:****", "****",
        "prefix", "ghp_[REDACTED:github-pat-classic]",
        "last:4", "[REDACTED:github-pat-classic:..." + GITHUB.substring(36) + "]",
        "last:4:16", "[REDACTED:github-pat-classic:..." + GITHUB.substring(36) + "]").entrySet()) {
      assertThat(read("mask = " + e.getKey()).redact(GITHUB)).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(read("mask = fingerprint").redact(GITHUB)).matches("\\[REDACTED:github-pat-classic:[0-9a-f]{8}]");
    assertThat(read("mask.known-secret = fixed:XX").toString()).startsWith("Redactor[");
  }

  @Test
  void errorsNameTheLineAndTheFix() {
    assertError("enable = github\n\n\n\n\nbogus = 1\n", 6, "Unknown key 'bogus'; known keys: enable,");
    assertError("\n\nmask = sparkles\n", 3, "Unknown mask 'sparkles'; use one of: typed,");
    assertError("\ndisable = githb\n", 2, "did you mean 'github'?");
    assertError("# x\nrule.slow.regex = (a+)+$\n", 2, "repeats a group that already repeats");
    assertError("regex.budget = lots\n", 1, "regex.budget must be a whole number");
    assertError("enable\n", 1, "Expected 'key = value'");
  }

  @Test
  void aMaskForARuleThatEndsUpDisabledNamesItsLine() {
    assertError("disable = github\n# the mask below cannot apply\nmask.github-pat-classic = prefix\n", 3,
        "A mask is set for rule 'github-pat-classic', which is not enabled; enable it or remove the mask");
    // aws-unique-id is off by default.
    assertError("\nmask.aws-unique-id = prefix\n", 2, "which is not enabled");
  }

  private static void assertError(String text, int line, String message) {
    assertThatThrownBy(() -> read(text))
        .isInstanceOfSatisfying(RedactionConfigException.class, e -> {
          assertThat(e.source()).isEqualTo("redact.properties");
          assertThat(e.line()).isEqualTo(line);
          assertThat(e.getMessage()).startsWith("redact.properties:" + line + ": ").contains(message);
        });
  }
}
