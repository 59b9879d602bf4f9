package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A multipart/form-data body, as an HTTP wire or debug log prints it, puts each field's value two lines
 * below its {@code Content-Disposition} header, after a blank line; the CLI hands the three lines to the
 * engine together, which judges the value by the field's name.
 */
class MultipartFieldTest {
  private final FakeSecrets fake = new FakeSecrets(43);

  @Test
  void aSecretFieldsValueIsHiddenAndTheOtherFieldsStay() {
    String pw = fake.password();
    for (String eol : new String[] {"\n", "\r\n"}) {
      String input = String.join(eol, "--boundary7MA4YWxk", "Content-Disposition: form-data; name=\"username\"", "",
          "alice", "--boundary7MA4YWxk", "Content-Disposition: form-data; name=\"password\"", "", pw,
          "--boundary7MA4YWxk", "Content-Disposition: form-data; name=\"avatar\"; filename=\"a.png\"", "",
          "PNG-bytes-here", "--boundary7MA4YWxk--", "");

      CliRun run = CliRun.of(input);

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).doesNotContain(pw).contains(eol + "alice" + eol).contains(eol + "PNG-bytes-here" + eol)
          .contains("name=\"password\"" + eol + eol + "[REDACTED:");
      assertThat(run.out().split(eol, -1)).hasSameSizeAs(input.split(eol, -1));
    }
  }
}
