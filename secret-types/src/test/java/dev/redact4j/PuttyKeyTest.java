package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * PuTTY {@code .ppk} key files: the private lines and the MAC are hidden, with real line breaks, CRLF
 * and literal {@code \n} inside a JSON string; the header, comment and public lines stay.
 */
class PuttyKeyTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final Random R = new Random(20240501);
  private static final String PUBLIC = "AAAAC3NzaC1lZDI1NTE5AAAAI" + FakeSecrets.chars(R, FakeSecrets.B64, 43);
  private static final String PRIVATE_1 = FakeSecrets.chars(R, FakeSecrets.B64, 64);
  private static final String PRIVATE_2 = FakeSecrets.chars(R, FakeSecrets.B64, 20) + "==";
  private static final String MAC = FakeSecrets.chars(R, FakeSecrets.HEX, 64);

  private static String ppk(String nl) {
    return String.join(nl, "PuTTY-User-Key-File-3: ssh-ed25519", "Encryption: none",
        "Comment: ed25519-key-EXAMPLE", "Public-Lines: 2", PUBLIC.substring(0, 40), PUBLIC.substring(40),
        "Private-Lines: 2", PRIVATE_1, PRIVATE_2, "Private-MAC: " + MAC) + nl;
  }

  @Test
  void privateLinesAndMacAreHiddenWithAnyLineBreak() {
    for (String nl : new String[] {"\n", "\r\n", "\\n", "\\r\\n"}) {
      String text = "{\"key\": \"" + ppk(nl) + "\"}";
      String out = REDACTOR.redact(text);
      assertThat(out).as(nl).doesNotContain(PRIVATE_1.substring(10, 30)).doesNotContain(PRIVATE_2.substring(0, 12))
          .doesNotContain(MAC.substring(0, 16)).contains("Private-Lines: 2" + nl + "[REDACTED:putty-private-key]")
          .contains(PUBLIC.substring(40)).contains("Comment: ed25519-key-EXAMPLE");
    }
  }

  /** A key file uploaded as a form field and logged URL-encoded, once or twice ({@code %0D%0A}, {@code %2B}). */
  @Test
  void aUrlEncodedKeyFileIsHiddenToo() {
    String once = java.net.URLEncoder.encode(ppk("\r\n"), java.nio.charset.StandardCharsets.UTF_8);
    String twice = java.net.URLEncoder.encode(once, java.nio.charset.StandardCharsets.UTF_8);
    for (String encoded : new String[] {once, twice, once.replace("+", "%20")}) {
      String out = REDACTOR.redact("POST /keys body=name%3Dci%26ppk%3D" + encoded + "&submit=1");
      assertThat(out).as(encoded).doesNotContain(PRIVATE_1.substring(10, 30)).doesNotContain(PRIVATE_2.substring(0, 12))
          .doesNotContain(MAC.substring(0, 16)).contains("[REDACTED:putty-private-key]").contains("Comment")
          .endsWith("&submit=1");
    }
    String clean = "GET /help?q=Private-Lines%3A+2%0D%0Ahow+many";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void aBlockCutShortIsHiddenAsFarAsItGoes() {
    String out = REDACTOR.redact("Private-Lines: 14\n" + PRIVATE_1 + "\n" + PRIVATE_1.substring(0, 30));
    assertThat(out).isEqualTo("Private-Lines: 14\n[REDACTED:putty-private-key]");
  }

  @Test
  void theWordsAloneStay() {
    for (String clean : new String[] {"Private-Lines: 0", "Private-Lines: 2 (see below)", "Private-Lines:\nnone"}) {
      assertThat(REDACTOR.redact(clean)).isSameAs(clean);
    }
  }
}
