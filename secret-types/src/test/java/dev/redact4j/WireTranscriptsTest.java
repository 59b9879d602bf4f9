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

  @Test
  void imapLoginCommandPasswordIsHidden() {
    String pw = password(1603);
    // curl -v, JavaMail, Python imaplib (debug 4), MailKit's protocol log: the tagged LOGIN command
    assertThat(REDACTOR.redact("a001 LOGIN alice@example.com " + pw))
        .isEqualTo("a001 LOGIN alice@example.com [REDACTED:imap-login-password]");
    assertThat(REDACTOR.redact("A1 LOGIN \"alice\" \"" + pw + "\""))
        .isEqualTo("A1 LOGIN \"alice\" \"[REDACTED:imap-login-password]\"");
    assertThat(REDACTOR.redact("  18:24.61 > b'DKPD1 LOGIN alice \"" + pw + "\"'"))
        .isEqualTo("  18:24.61 > b'DKPD1 LOGIN alice \"[REDACTED:imap-login-password]\"'");
    assertThat(REDACTOR.redact("a login alice " + pw)).isEqualTo("a login alice [REDACTED:imap-login-password]");
    assertThat(REDACTOR.redact("C: A00000001 LOGIN alice " + pw))
        .isEqualTo("C: A00000001 LOGIN alice [REDACTED:imap-login-password]");
    assertThat(REDACTOR.redact("    Request: 2 login alice " + pw + "\\r\\n"))
        .isEqualTo("    Request: 2 login alice [REDACTED:imap-login-password]\\r\\n");
    assertThat(REDACTOR.redact("{\"msg\":\"A1 LOGIN \\\"alice\\\" \\\"" + pw + "\\\"\"}"))
        .isEqualTo("{\"msg\":\"A1 LOGIN \\\"alice\\\" \\\"[REDACTED:imap-login-password]\\\"\"}");
    // masks, prose, other commands and a LOGIN with more words pass
    for (String clean : new String[] {"A1 LOGIN \"alice@example.com\" ****", "C: A00000001 LOGIN ******** ********",
        "LOGIN command disabled on cleartext connections", "A1 OK LOGIN completed", "a003 SELECT INBOX",
        "Step 2 LOGIN to the console with your account", "the login alice Summer2024 was refused",
        "A1 LOGIN alice <password>", "5 login attempts remaining", "Found 2 login attempts failed",
        "There were 3 LOGIN events today", "after 3 LOGIN retries: Locked", "see {@code a001 LOGIN alice <password>}.",
        "    \"5 login attempts remaining\",", "it is invoked as a login shell (see",
        "Run it as a login shell, e.g.: bash --login"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void redisAuthInTheProtocolsFramingIsHidden() {
    String pw = password(1604);
    String len = "$" + pw.length();
    // redis-py's debug log and captures print RESP with CR LF escaped; the argument's length frames it
    assertThat(REDACTOR.redact("*2\\r\\n$4\\r\\nAUTH\\r\\n" + len + "\\r\\n" + pw + "\\r\\n"))
        .isEqualTo("*2\\r\\n$4\\r\\nAUTH\\r\\n" + len + "\\r\\n[REDACTED:redis-auth-command]\\r\\n");
    assertThat(REDACTOR.redact("send_packed_command: b'*3\\r\\n$4\\r\\nAUTH\\r\\n$7\\r\\ndefault\\r\\n" + len + "\\r\\n"
        + pw + "\\r\\n'")).isEqualTo("send_packed_command: b'*3\\r\\n$4\\r\\nAUTH\\r\\n$7\\r\\ndefault\\r\\n" + len
        + "\\r\\n[REDACTED:redis-auth-command]\\r\\n'");
    assertThat(REDACTOR.redact("*2\r\n$4\r\nAUTH\r\n" + len + "\r\n" + pw + "\r\n"))
        .isEqualTo("*2\r\n$4\r\nAUTH\r\n" + len + "\r\n[REDACTED:redis-auth-command]\r\n");
    // typed at redis-cli's prompt
    assertThat(REDACTOR.redact("127.0.0.1:6379> AUTH " + pw))
        .isEqualTo("127.0.0.1:6379> AUTH [REDACTED:redis-auth-command]");
    assertThat(REDACTOR.redact("cache:6379[2]> auth default " + pw))
        .isEqualTo("cache:6379[2]> auth default [REDACTED:redis-auth-command]");
    // MONITOR's MIGRATE ... "AUTH" "<password>" "KEYS" ...: the argument after AUTH, not the KEYS word
    String migrate = "1701340800.5 [0 10.0.0.5:51234] \"MIGRATE\" \"10.0.0.9\" \"6379\" \"\" \"0\" \"5000\""
        + " \"AUTH\" \"";
    assertThat(REDACTOR.redact(migrate + pw + "\" \"KEYS\" \"a\" \"b\""))
        .isEqualTo(migrate + "[REDACTED:token-assignment]\" \"KEYS\" \"a\" \"b\"");
    // other commands, a wrong length, the bare prompt and prose pass
    for (String clean : new String[] {"*2\\r\\n$3\\r\\nGET\\r\\n$10\\r\\nsession:42\\r\\n", "127.0.0.1:6379> AUTH",
        "*2\\r\\n$4\\r\\nAUTH\\r\\n$40\\r\\n" + pw + "\\r\\n", "127.0.0.1:6379> AUTH one two three",
        "Redis AUTH failed: check the password", "redis 6379> auth pending",
        "1701340800.1 [0 10.0.0.5:5] \"AUTH\" \"(redacted)\""}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void postgresPasswordMessageInALibpqTraceIsHidden() {
    String pw = password(1605);
    // PQtrace (PostgreSQL 14+): direction, length, message name, then the password as a quoted string
    assertThat(REDACTOR.redact("F\t" + (pw.length() + 5) + "\tPasswordMessage\t \"" + pw + "\""))
        .isEqualTo("F\t" + (pw.length() + 5) + "\tPasswordMessage\t \"[REDACTED:postgres-password-message]\"");
    String md5 = "md5" + FakeSecrets.chars(new Random(1606), "0123456789abcdef", 32);
    assertThat(REDACTOR.redact("F\t40\tPasswordMessage\t \"" + md5 + "\""))
        .isEqualTo("F\t40\tPasswordMessage\t \"[REDACTED:postgres-password-message]\"");
    for (String clean : new String[] {"B\t8\tAuthenticationCleartextPassword", "FE=> Password(password=<not shown>)",
        "F\t9\tPasswordMessage\t \"\"", "the PasswordMessage carries the password"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void nickServIdentifyPasswordIsHidden() {
    String pw = password(1607);
    // an IRC client's raw log (>> what it sends) and a typed command
    assertThat(REDACTOR.redact(">> PRIVMSG NickServ :IDENTIFY " + pw))
        .isEqualTo(">> PRIVMSG NickServ :IDENTIFY [REDACTED:nickserv-identify-password]");
    assertThat(REDACTOR.redact(":alice!~alice@host PRIVMSG NickServ :IDENTIFY alice " + pw + "\r\n"))
        .isEqualTo(":alice!~alice@host PRIVMSG NickServ :IDENTIFY alice [REDACTED:nickserv-identify-password]\r\n");
    assertThat(REDACTOR.redact("/msg nickserv identify " + pw))
        .isEqualTo("/msg nickserv identify [REDACTED:nickserv-identify-password]");
    for (String clean : new String[] {"Please identify yourself to NickServ",
        "-NickServ- You are now identified for alice.", "PRIVMSG NickServ :IDENTIFY",
        "PRIVMSG NickServ :IDENTIFY <password>", "we could not identify the user alice S3cretx9",
        "{@code /msg NickServ IDENTIFY <password>}."}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void authLoginPasswordLineAfterThePasswordPromptIsHidden() {
    String user = b64("alice@example.com");
    String pw = b64(password(1608));
    // smtplib (debug level 1): the prompt, smtplib's echo of it, then the base64 password it sends
    String smtplib = "send: 'AUTH LOGIN " + user + "\\r\\n'\nreply: b'334 UGFzc3dvcmQ6\\r\\n'\n"
        + "reply: retcode (334); Msg: b'UGFzc3dvcmQ6'\nsend: '" + pw + "\\r\\n'\nreply: b'235 2.7.0 Accepted\\r\\n'\n";
    assertThat(REDACTOR.redact(smtplib)).isEqualTo(smtplib.replace(pw, "[REDACTED:sasl-login-password]"));
    String swaks = " -> AUTH LOGIN\n<-  334 VXNlcm5hbWU6\n -> " + user + "\n<-  334 UGFzc3dvcmQ6\n -> " + pw
        + "\n<-  235 2.7.0 Authentication successful\n";
    assertThat(REDACTOR.redact(swaks)).isEqualTo(swaks.replace(pw, "[REDACTED:sasl-login-password]"));
    // the prompt alone, and a server's answer after it, pass
    for (String clean : new String[] {"334 UGFzc3dvcmQ6", "334 UGFzc3dvcmQ6\n535 5.7.8 Authentication failed\n",
        "334 UGFzc3dvcmQ6\r\n235 2.7.0 Accepted\r\n", "334 UGFzc3dvcmQ6\n*\n"}) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }
}
