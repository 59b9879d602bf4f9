package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * System logs print session <em>numbers</em> under a session key: Windows CBS
 * ({@code Session: 30546173_4261722401 initialized by client ...}), ZooKeeper and its clients
 * ({@code sessionid: 0x14ede63a5a70002}, a 64-bit integer in hex), MarkLogic ({@code sessionKey=<digits>}).
 * Those are counters and ids, not the random tokens a session cookie holds: they pass. A session value
 * with letters (JSESSIONID hex, PHP and ASP.NET ids, base64 cookies) stays hidden under the same keys.
 */
class SessionIdentifiersTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {
    "2016-09-28 04:30:31, Info  CBS    Session: 30512345_4261700001 initialized by client WindowsUpdateAgent.",
    "CBS    Session: 30512345_4261700001 finalized. Reboot required: no",
    "Processed session termination for sessionid: 0x14ede00000a70002",
    "Session establishment complete on server zk/10.0.0.5:2181, sessionid = 0x1000ec00000b0004, negotiated timeout",
    "Got ping response for sessionid: 0x1000ec00000b0004 after 6ms",
    "session_id=0XFFFF0000",
    "session=12-3456-7890",
    "transaction: name=forest-09, sessionKey=3931600000000041057, commit=1",
    "{\"sessionKey\": \"11481900000000067723\"}",
  })
  void sessionNumbersPass(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "sessionId=%s", "Session: %s initialized", "sessionid: %s", "session=%s", "\"sessionKey\": \"%s\"",
    "PHPSESSID=%s", "ASP.NET_SessionId=%s",
  })
  void sessionTokensWithLettersStayHidden(String shape) {
    Random r = new Random(shape.hashCode());
    String[] values = {
      FakeSecrets.mixed(r, 24),
      FakeSecrets.chars(r, FakeSecrets.LOWER + FakeSecrets.DIGITS, 26) + "x1",
      FakeSecrets.chars(r, "0123456789ABCDEF", 31) + "F",
      // hex without 0x, or longer than a 64-bit number, is no integer's print
      FakeSecrets.chars(r, FakeSecrets.HEX, 31) + "a",
      "0x" + FakeSecrets.chars(r, FakeSecrets.HEX, 23) + "f",
      FakeSecrets.chars(r, FakeSecrets.DIGITS, 8) + "_" + FakeSecrets.mixed(r, 12),
    };
    for (String value : values) {
      String line = String.format(shape, value);
      assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
    }
  }
}
