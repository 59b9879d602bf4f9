package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * FIX messages as trading engines log them (QuickFIX/J's file and SLF4J logs, QuickFIX/n, Artio): the
 * Logon ({@code 35=A}) and User Request ({@code 35=BE}) carry the session's credentials in tags 554
 * (Password), 925 (NewPassword), 1400/1402 (EncryptedPassword, EncryptedNewPassword) and 96 (RawData after
 * its length 95). Whatever separator the engine printed, only the value is hidden; other tags, the same
 * numbers outside a FIX message and other fields' values pass.
 */
class FixProtocolCredentialsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String MASK = "[REDACTED:fix-credential-field]";
  /** How engines print SOH between fields: the byte itself, a pipe, caret-A, an escape, a name, ; or a blank. */
  private static final List<String> SEPARATORS = List.of("\u0001", "|", "^A", "\\u0001", "<SOH>", ";", " ", " | ");

  /** A password with symbols and an {@code =} inside, as people choose them: {@code Fake=Abcd#efgh12}. */
  private static String password(long seed) {
    String s = FakeSecrets.mixed(new Random(seed), 12);
    return "Fake=" + s.substring(0, 4) + "#" + s.substring(4) + "!";
  }

  private static String message(String sep, String version, String type, String... fields) {
    StringBuilder sb = new StringBuilder("8=").append(version).append(sep).append("9=112").append(sep)
        .append("35=").append(type).append(sep).append("34=1").append(sep).append("49=CLIENT").append(sep)
        .append("52=20260101-10:00:00.000").append(sep).append("56=BROKER");
    for (String f : fields) {
      sb.append(sep).append(f);
    }
    return sb.append(sep).append("10=123").append(sep).toString();
  }

  @Test
  void logonPasswordIsHiddenWhateverTheSeparator() {
    long seed = 2101;
    for (String sep : SEPARATORS) {
      String pw = password(seed++);
      String line = "<20260101-10:00:00, FIX.4.4:CLIENT->BROKER, outgoing> ("
          + message(sep, "FIX.4.4", "A", "98=0", "108=30", "553=trader1", "554=" + pw) + ")";
      assertThat(REDACTOR.redact(line)).as(sep).isEqualTo(line.replace(pw, MASK));
    }
  }

  @Test
  void newAndEncryptedPasswordsAreHidden() {
    long seed = 2201;
    for (String sep : SEPARATORS) {
      String pw = password(seed++);
      String next = password(seed++);
      String logon = "FIX.4.4:CLIENT->BROKER: "
          + message(sep, "FIXT.1.1", "A", "98=0", "108=30", "141=Y", "553=trader1", "554=" + pw, "925=" + next);
      assertThat(REDACTOR.redact(logon)).as(sep).isEqualTo(logon.replace(pw, MASK).replace(next, MASK));
      String request = "OUT: " + message(sep, "FIX.4.4", "BE", "923=r1", "924=3", "553=u1", "554=" + pw, "925=" + next);
      assertThat(REDACTOR.redact(request)).as(sep).isEqualTo(request.replace(pw, MASK).replace(next, MASK));
      String encrypted = FakeSecrets.chars(new Random(seed++), "0123456789abcdef", 40);
      String encryptedNew = FakeSecrets.chars(new Random(seed++), "0123456789abcdef", 40);
      String change = message(sep, "FIX.4.4", "A", "553=u1", "1400=" + encrypted, "1401=2", "1402=" + encryptedNew);
      assertThat(REDACTOR.redact(change)).as(sep)
          .isEqualTo(change.replace(encrypted, MASK).replace(encryptedNew, MASK));
    }
  }

  @Test
  void logonRawDataIsHiddenAsLongAsItsLengthSays() {
    long seed = 2301;
    for (String sep : SEPARATORS) {
      String raw = password(seed++);
      String logon = "Sending logon: " + message(sep, "FIX.4.2", "A", "98=0", "108=30", "95=" + raw.length(),
          "96=" + raw) + " to broker";
      assertThat(REDACTOR.redact(logon)).as(sep).isEqualTo(logon.replace(raw, MASK));
    }
  }

  @Test
  void aLogWithoutBodyLengthIsReadToo() {
    String pw = password(2401);
    String line = "8=FIX.4.4|35=A|553=trader1|554=" + pw + "|10=123|";
    assertThat(REDACTOR.redact(line)).isEqualTo("8=FIX.4.4|35=A|553=trader1|554=" + MASK + "|10=123|");
  }

  @Test
  void aMessageAfterAnotherOnTheSameLineIsReadToo() {
    for (String sep : SEPARATORS) {
      String pw = password(2501);
      // a JSON log field or a capture holds the heartbeat and the Logon one after the other
      String line = "{\"msg\":\"" + message(sep, "FIX.4.4", "0") + message(sep, "FIX.4.4", "A", "554=" + pw) + "\"}";
      assertThat(REDACTOR.redact(line)).as(sep).isEqualTo(line.replace(pw, MASK));
    }
  }

  @Test
  void otherTagsAndTheSameNumbersOutsideAMessagePass() {
    for (String sep : SEPARATORS) {
      for (String clean : new String[] {
          message(sep, "FIX.4.4", "A", "98=0", "108=30", "553=trader1"),
          message(sep, "FIX.4.4", "D", "11=ORD1", "55=AAPL", "54=1", "38=100", "44=154.25", "5554=v1", "1554=abc"),
          message(sep, "FIX.4.4", "8", "150=F", "31=1554.00", "32=554", "6=554.5", "9254=x", "14000=y"),
          message(sep, "FIX.4.4", "B", "148=Headline", "95=5", "96=hello"), // RawData of news, not a Logon
          message(sep, "FIX.4.4", "A", "98=0", "108=30", "554=********"),
          message(sep, "FIX.4.4", "A", "553=<user>", "554=<password>")}) {
        assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
      }
    }
    for (String clean : new String[] {"RTSP stream on port 554=rtsp default", "x=1;554=abc;y=2", "id|554=foo|bar",
        "tag 1400 is EncryptedPassword in FIX 5.0", "a=b 925=9 c=d", "ratio 96=0.5 95=3",
        "version 8=FIX.4.4 then 554=x", "8=FIX.4.4|9=5|35=0|10=123| port 554=rtsp", "8=FIX.4.4 9=5 35=0 10=123 port 554=rtsp"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }
}
