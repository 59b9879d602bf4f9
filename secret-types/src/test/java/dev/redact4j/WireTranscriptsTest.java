package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What protocol clients print with their debug switch on (mail, FTP, Redis, IMAP transcripts), where a
 * credential appears in the protocol's own framing: a command verb, a length-prefixed argument, an
 * escaped line break. Each secret is hidden; the transcript's other lines and masks pass unchanged.
 */
class WireTranscriptsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  /** A password with a symbol, as people choose them: {@code Abcd#efgh12}. */
  private static String password(long seed) {
    String s = FakeSecrets.mixed(new Random(seed), 12);
    return s.substring(0, 4) + "#" + s.substring(4);
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void saslPlainTypedInLowerCaseIsHidden() {
    String plain = b64("\0alice@example.com\0" + password(1601));
    // openssl s_client / telnet sessions: the commands as a person types them
    assertThat(REDACTOR.redact("auth plain " + plain)).isEqualTo("auth plain [REDACTED:sasl-initial-response]");
    assertThat(REDACTOR.redact("a1 authenticate plain " + plain))
        .isEqualTo("a1 authenticate plain [REDACTED:sasl-initial-response]");
    String clean = "auth plain " + b64("no separators here") + " auth login dXNlckBleGFtcGxlLmNvbQ==";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void passwordCommandBeforeAnEscapedLineBreakIsHidden() {
    String pw = password(1602);
    // Wireshark's packet details and Python reprs print the command's CR LF escaped
    assertThat(REDACTOR.redact("PASS " + pw + "\\r\\n")).isEqualTo("PASS [REDACTED:password-assignment]\\r\\n");
    assertThat(REDACTOR.redact("send: 'PASS " + pw + "\\r\\n'"))
        .isEqualTo("send: 'PASS [REDACTED:password-assignment]\\r\\n'");
    String clean = "    Request command: PASS\\r\\n PASS the build\\r\\n";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
