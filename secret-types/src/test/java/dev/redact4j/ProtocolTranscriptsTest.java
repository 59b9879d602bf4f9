package dev.redact4j;

import static dev.redact4j.RedactionAssertions.CATALOG;
import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Protocol transcripts and agent configuration as people paste them (POP3 and FTP sessions, server logs,
 * Fluent Bit sections): a password after the protocol's verb or an aligned key is hidden whatever symbols
 * it holds; the replies, prompts and masks around it pass unchanged.
 */
class ProtocolTranscriptsTest {

  /** A password with {@code =} and another symbol inside, as generators print them: {@code Ab3x*=Kd9q}. */
  private static String equalsPassword(long seed) {
    Random r = new Random(seed);
    return FakeSecrets.mixed(r, 7) + "*=" + FakeSecrets.mixed(r, 6);
  }

  @Test
  void aPasswordHoldingAnEqualsSignIsHiddenAfterThePassVerb() {
    String pw = equalsPassword(2001);
    assertHidden("+OK Dovecot ready.\nUSER bob\n+OK\nPASS " + pw + "\n+OK Logged in.", pw);
    assertHidden("PASS " + pw, pw);
    assertHidden("(000001) 11/30/2026 10:01:02 AM - (not logged in) (192.0.2.5)> PASS " + pw, pw);
    String leadingDigit = "4=" + FakeSecrets.mixed(new Random(2002), 10) + "!";
    assertHidden("> PASS " + leadingDigit, leadingDigit);
  }

  @Test
  void aPasswordHoldingAnEqualsSignIsHiddenAfterAnAlignedKey() {
    String pw = equalsPassword(2003);
    assertHidden("[OUTPUT]\n    Name            es\n    HTTP_User       elastic\n    HTTP_Passwd     " + pw
        + "\n    tls             On", pw);
  }

  @Test
  void anSnmpClientsCommunityOrPassPhraseIsHidden() {
    Random r = new Random(2004);
    String community = FakeSecrets.mixed(r, 14);
    assertHidden("snmpwalk -v2c -c " + community + " 192.0.2.1 system", community);
    assertHidden("$ snmpget -v 2c -c '" + community + "' 10.0.0.1 sysUpTime.0", community);
    String auth = FakeSecrets.mixed(r, 12) + "!";
    assertHidden("snmpwalk -v3 -l authNoPriv -u monitor -a SHA -A " + auth + " 10.0.0.1", auth);
    String priv = FakeSecrets.mixed(r, 12) + "~";
    assertHidden("snmpbulkwalk -v3 -l authPriv -u monitor -X " + priv + " -x AES 10.0.0.1", priv);
  }

  @Test
  void anExpectScriptsAnswerToAPasswordPromptIsHidden() {
    String pw = FakeSecrets.mixed(new Random(2005), 12) + "._!";
    assertHidden("expect \"Password:\" { send \"" + pw + "\\r\" }", pw);
    assertHidden("expect \"password:\"\nsend -- \"" + pw + "\\r\"\nexpect eof", pw);
    String prompt = "expect \"Password:\"\nexpect eof";
    assertThat(CATALOG.redact(prompt)).isSameAs(prompt);
  }

  @Test
  void aPasswordAfterItsStorageSchemeIsHidden() {
    String pw = FakeSecrets.mixed(new Random(2006), 14) + "^.";
    assertHidden("dovecot: auth: Debug: client passdb out: OK\tuser=bob\tpassword={PLAIN}" + pw, pw);
    assertHidden("password = {CLEARTEXT}" + pw, pw);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "snmpwalk -v2c -c public 192.0.2.1 system",
    "snmpd -c /etc/snmp/snmpd.local.conf -Lf /var/log/snmpd.log",
    "snmptrapd -c /etc/snmp/snmptrapd.conf -f -Lo",
    "snmp-server community public RO",
    "a1 LOGIN bob {8}",
    "C: A0002 LOGIN \"jdoe@example.com\" {12+}",
    "PASS ****",
    "---> PASS XXXX",
    "331 Password required for bob",
    "    HTTP_User       elastic",
    "password reset for user=bob2024 done",
    "password check failed: attempts=3 limit=5",
    "password ESC[0m=value2Fx and more",
    // Zeek's x509.log: a certificate subject's next field after a comma, not a password holding =
    "CN=TeleSec ServerPass DE-1,street=Untere Industriestr. 20,L=Netphen,postalCode=57250,ST=NRW",
  })
  void transcriptLinesWithoutAPasswordPassUnchanged(String clean) {
    assertThat(CATALOG.redact(clean)).as(clean).isSameAs(clean);
  }
}
