package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What security tools print when they find credentials, such as Kerberoast and AS-REP hashes (Impacket's
 * GetUserSPNs, Rubeus), Windows password hashes under their labels (mimikatz, Responder) and the
 * {@code user:rid:lmhash:nthash:::} rows of SAM and NTDS dumps (secretsdump, hashdump). An NT hash is a
 * password equivalent (pass-the-hash), and a captured Kerberos or NTLMv2 response is cracked offline, so
 * all of them are secrets; the empty LM and NT hashes, tool banners and failure lines are not.
 */
class SecurityToolOutputTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String HEX = "0123456789abcdef";
  private static final String EMPTY_LM = "aad3b435b51404eeaad3b435b51404ee";
  private static final String EMPTY_NT = "31d6cfe0d16ae931b73c59d7e0c089c0";

  private static String hex(Random r, int n) {
    return FakeSecrets.chars(r, HEX, n);
  }

  @Test
  void aKerberoastHashWithItsStarredServiceNameIsHiddenWhole() {
    Random r = new Random(4101);
    // GetUserSPNs.py -request and Rubeus print $krb5tgs$<etype>$*<user>$<REALM>$<spn>*$<checksum>$<cipher>
    String hash = "$krb5tgs$23$*svc_sql$CORP.LOCAL$corp.local/svc_sql*$" + hex(r, 32).toUpperCase() + "$"
        + hex(r, 96).toUpperCase();
    assertThat(REDACTOR.redact(hash)).isEqualTo("[REDACTED:password-hash-other]");
    assertThat(REDACTOR.redact("[*] Hash                   : " + hash))
        .isEqualTo("[*] Hash                   : [REDACTED:password-hash-other]");
    // hashcat --show adds the cracked password after a colon; it goes too
    String cracked = REDACTOR.redact(hash + ":Fake-Winter2024!");
    assertThat(cracked).doesNotContain("krb5tgs$23$*svc").doesNotContain("Winter2024");
  }
  @Test
  void anNtHashUnderItsLabelIsHidden() {
    Random r = new Random(4102);
    String nt = hex(r, 32);
    // mimikatz sekurlsa::logonpasswords (msv) and lsadump::sam / dcsync, pypykatz, a report's "NT hash:"
    assertThat(REDACTOR.redact("         * NTLM     : " + nt)).isEqualTo("         * NTLM     : [REDACTED:password-hash-ntlm]");
    assertThat(REDACTOR.redact("  Hash NTLM: " + nt)).isEqualTo("  Hash NTLM: [REDACTED:password-hash-ntlm]");
    assertThat(REDACTOR.redact("\t\tNT: " + nt)).isEqualTo("\t\tNT: [REDACTED:password-hash-ntlm]");
    assertThat(REDACTOR.redact("NT hash: " + nt)).isEqualTo("NT hash: [REDACTED:password-hash-ntlm]");
    // John's and hashcat's pot lines: the hash and the cracked password after it
    assertThat(REDACTOR.redact("$NT$" + nt + ":Fake#Pass 2024")).isEqualTo("$NT$[REDACTED:password-hash-ntlm]");
  }

  @Test
  void aCapturedNtlmResponseIsHidden() {
    Random r = new Random(4103);
    String response = "bob::CORP:" + hex(r, 16) + ":" + hex(r, 32).toUpperCase() + ":" + hex(r, 160).toUpperCase();
    // Responder prints the client, the user and then the response hashcat cracks (mode 5600)
    assertThat(REDACTOR.redact("[SMB] NTLMv2-SSP Hash     : " + response))
        .isEqualTo("[SMB] NTLMv2-SSP Hash     : [REDACTED:password-hash-ntlm]");
    assertThat(REDACTOR.redact("[HTTP] NTLMv2 Hash     : " + response))
        .isEqualTo("[HTTP] NTLMv2 Hash     : [REDACTED:password-hash-ntlm]");
  }

  @Test
  void ntlmWordsWithoutAHashStay() {
    for (String line : new String[] {
        "         * NTLM     : (null)",
        "[SMB] NTLMv2-SSP Client   : 10.0.0.7",
        "[SMB] NTLMv2-SSP Username : CORP\\bob",
        "10.0.0.5  10.0.0.5  445/tcp (smb)  bob  NTLM hash     nt,lm",
        "NTLM: enabled, NTLMv2: required",
        "NTFS volume C: 4a7d1ed414474e4033ac29ccb8653d9b", // a volume id after NTFS
        "Auth methods: NTLM, Negotiate",
        "Hash.Mode........: 1000 (NTLM)",
        "LM hash: " + EMPTY_LM}) {
      assertThat(REDACTOR.redact(line)).as(line).isEqualTo(line);
    }
  }

  @Test
  void aPwdumpRowHidesItsNtHash() {
    Random r = new Random(4104);
    String nt = hex(r, 32);
    // secretsdump (SAM and NTDS), Meterpreter hashdump, CrackMapExec --sam: user:rid:lmhash:nthash:::
    assertThat(REDACTOR.redact("localadmin:1001:" + EMPTY_LM + ":" + nt + ":::"))
        .isEqualTo("localadmin:1001:" + EMPTY_LM + ":[REDACTED:password-hash-pwdump]:::");
    assertThat(REDACTOR.redact("corp.local\\bob_history0:1104:" + EMPTY_LM + ":" + nt + ":::"))
        .isEqualTo("corp.local\\bob_history0:1104:" + EMPTY_LM + ":[REDACTED:password-hash-pwdump]:::");
    String smb = "SMB         10.0.0.5        445    DC01             ";
    assertThat(REDACTOR.redact(smb + "Administrator:500:" + EMPTY_LM + ":" + nt + ":::"))
        .isEqualTo(smb + "Administrator:500:" + EMPTY_LM + ":[REDACTED:password-hash-pwdump]:::");
    // an old LM hash is cracked in minutes: it goes with the NT hash
    String lm = hex(r, 32);
    assertThat(REDACTOR.redact("legacy:1003:" + lm + ":" + nt + ":::"))
        .isEqualTo("legacy:1003:[REDACTED:password-hash-pwdump]:::");
    // gMSADumper: the account name, three colons, the NT hash
    assertThat(REDACTOR.redact("svc_gmsa$:::" + nt)).isEqualTo("svc_gmsa$:::[REDACTED:password-hash-pwdump]");
  }

  @Test
  void pwdumpRowsOfEmptyPasswordsAndOtherTripleColonsStay() {
    for (String line : new String[] {
        "Guest:501:" + EMPTY_LM + ":" + EMPTY_NT + ":::",
        "DefaultAccount:503:" + EMPTY_LM + ":" + EMPTY_NT + ":::",
        "[*] Dumping local SAM hashes (uid:rid:lmhash:nthash)",
        "tcp6       0      0 :::22                   :::*                    LISTEN",
        "root:*:19000:0:99999:7:::",
        "sshd:!:19000::::::",
        "key = a1b2c3d4e5f60718293a4b5c6d7e8f90:::cafe"}) {
      assertThat(REDACTOR.redact(line)).as(line).isEqualTo(line);
    }
  }

  @Test
  void aKerberosKeyUnderItsEncryptionTypeIsHidden() {
    Random r = new Random(4105);
    String aes256 = hex(r, 64);
    String aes128 = hex(r, 32);
    // secretsdump's "Kerberos keys grabbed" rows and an $MACHINE.ACC's keys
    assertThat(REDACTOR.redact("krbtgt:aes256-cts-hmac-sha1-96:" + aes256))
        .isEqualTo("krbtgt:aes256-cts-hmac-sha1-96:[REDACTED:kerberos-key]");
    assertThat(REDACTOR.redact("CORP\\WS01$:aes128-cts-hmac-sha1-96:" + aes128))
        .isEqualTo("CORP\\WS01$:aes128-cts-hmac-sha1-96:[REDACTED:kerberos-key]");
    // mimikatz lsadump::dcsync / sekurlsa::ekeys, and Rubeus hash
    assertThat(REDACTOR.redact("      aes256_hmac       (4096) : " + aes256))
        .isEqualTo("      aes256_hmac       (4096) : [REDACTED:kerberos-key]");
    assertThat(REDACTOR.redact("       rc4_hmac_nt       " + aes128))
        .isEqualTo("       rc4_hmac_nt       " + aes128); // no colon: a table cell, not a labelled key
    assertThat(REDACTOR.redact("       rc4_hmac_nt       : " + aes128))
        .isEqualTo("       rc4_hmac_nt       : [REDACTED:kerberos-key]");
    assertThat(REDACTOR.redact("[*]       aes128_cts_hmac_sha1 : " + aes128.toUpperCase()))
        .isEqualTo("[*]       aes128_cts_hmac_sha1 : [REDACTED:kerberos-key]");
  }

  @Test
  void encryptionTypeNamesWithoutAKeyStay() {
    for (String line : new String[] {
        "Supported etypes: aes256-cts-hmac-sha1-96, aes128-cts-hmac-sha1-96, rc4-hmac",
        "default_tkt_enctypes = aes256-cts-hmac-sha1-96",
        "      aes256_hmac       (4096) : (null)",
        "Kerberos keys: aes256-cts-hmac-sha1-96:enabled"}) {
      assertThat(REDACTOR.redact(line)).as(line).isEqualTo(line);
    }
  }

  @Test
  void aDpapiMachineKeyIsHidden() {
    Random r = new Random(4106);
    String machine = hex(r, 40);
    // secretsdump's [*] DPAPI_SYSTEM section: the key that opens every machine DPAPI master key
    assertThat(REDACTOR.redact("dpapi_machinekey:0x" + machine)).doesNotContain(machine.substring(0, 8))
        .doesNotContain(machine.substring(32));
    assertThat(REDACTOR.redact("machinekey=" + machine)).isEqualTo("machinekey=[REDACTED:api-key-assignment]");
    assertThat(REDACTOR.redact("[*] DPAPI_SYSTEM ")).isEqualTo("[*] DPAPI_SYSTEM ");
  }
}
