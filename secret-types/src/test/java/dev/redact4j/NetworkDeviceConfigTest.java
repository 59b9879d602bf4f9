package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Secrets in network devices' running configurations as they reach logs, config backups and CI output
 * (Cisco IOS and Arista EOS, FortiOS, Junos): hidden, while the commands around them pass unchanged.
 */
class NetworkDeviceConfigTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  /** A Cisco type 7 string: two decimal digits (the key's offset), then pairs of upper-case hex digits. */
  private static String ciscoType7(Random r) {
    return r.nextInt(10) + "" + r.nextInt(10) + FakeSecrets.chars(r, "0123456789ABCDEF", 2 * (6 + r.nextInt(8)));
  }

  @Test
  void iosPasswordsAfterTheirEncryptionTypeAreHidden() {
    Random r = new Random(1501);
    for (int i = 0; i < 20; i++) {
      String plain = FakeSecrets.mixed(r, 10 + r.nextInt(8));
      String type7 = ciscoType7(r);
      for (String line : new String[] {
        "username admin privilege 15 password 0 " + plain,
        "username netops secret 0 " + plain,
        "username admin privilege 15 role network-admin secret 0 " + plain,
        "enable password 0 " + plain,
      }) {
        assertThat(REDACTOR.redact(line)).as(line).doesNotContain(plain);
      }
      for (String line : new String[] {
        "username admin privilege 15 password 7 " + type7,
        " password 7 " + type7,
        "enable password 7 " + type7,
      }) {
        assertThat(REDACTOR.redact(line)).as(line).doesNotContain(type7);
      }
    }
  }

  @Test
  void fortiOsEncryptedPasswordsAreHidden() {
    Random r = new Random(1502);
    for (int i = 0; i < 20; i++) {
      String enc = FakeSecrets.chars(r, FakeSecrets.B64, 88) + "==";
      String sh2 = "SH2" + FakeSecrets.chars(r, FakeSecrets.B64, 60);
      for (String line : new String[] {
        "        set passwd ENC " + enc,
        "        set psksecret ENC " + enc,
        "    set password ENC " + sh2,
      }) {
        String value = line.substring(line.indexOf("ENC ") + 4);
        assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value.substring(0, 12));
      }
    }
  }

  /** A Junos {@code $9$} string: reversible, so a secret; its alphabet is letters, digits and {@code ./-}. */
  private static String junos9(Random r) {
    return "$9$" + FakeSecrets.chars(r, FakeSecrets.ALNUM + "./-", 16 + r.nextInt(24));
  }

  @Test
  void junosReversibleSecretsAreHidden() {
    Random r = new Random(1503);
    for (int i = 0; i < 20; i++) {
      String secret = junos9(r);
      for (String line : new String[] {
        "set protocols bgp group ext neighbor 192.0.2.1 authentication-key \"" + secret + "\"",
        "set security ike policy ike-pol pre-shared-key ascii-text \"" + secret + "\"",
        "            authentication-key \"" + secret + "\"; ## SECRET-DATA",
        "    secret \"" + secret + "\"; ## SECRET-DATA",
      }) {
        assertThat(REDACTOR.redact(line)).as(line).doesNotContain(secret.substring(3));
      }
    }
  }

  @Test
  void dollarNineOutsideAQuotedJunosValueStays() {
    for (String clean : new String[] {
      "echo $9$HOME-and-more-than-sixteen",
      "price \"$9$\" per month",
      "awk '{print $9$10}' access.log",
    }) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }

  @Test
  void devicePasswordCommandsWithoutAValueStay() {
    for (String clean : new String[] {
      "service password-encryption",
      "username admin privilege 15 secret 9 <removed>",
      "Failed password 7 times for admin",
      "password 0 of 3 attempts left",
      "set password ENC",
      "password 7 attempts, then locked",
    }) {
      assertThat(REDACTOR.redact(clean)).as(clean).isSameAs(clean);
    }
  }
}
