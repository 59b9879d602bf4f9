package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * BIP32 extended private keys (and SLIP-132's segwit versions) are Base58Check of 78 bytes: 4 version bytes,
 * depth, parent fingerprint, child number, chain code, {@code 0x00} and the 32-byte key; 111 characters
 * whose version bytes spell {@code xprv}, {@code tprv}, {@code yprv}, {@code zprv}, {@code Yprv} or {@code Zprv}.
 * Each is hidden bare; the public forms ({@code xpub}, ...) are not secrets and stay. Keys are built at run
 * time from seeded random bytes with a valid checksum, as a wallet would print them.
 */
class ExtendedWalletKeyTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final String RULE = "[REDACTED:bip32-extended-private-key]";

  /** Version bytes (BIP32, SLIP-132) and the four letters they spell, private then public. */
  private static final int XPRV = 0x0488ADE4;
  private static final int TPRV = 0x04358394;
  private static final int YPRV = 0x049D7878;
  private static final int ZPRV = 0x04B2430C;
  private static final int YPRV_MULTISIG = 0x0295B005;
  private static final int ZPRV_MULTISIG = 0x02AA7A99;
  private static final int XPUB = 0x0488B21E;
  private static final int ZPUB = 0x04B24746;

  static String extendedKey(Random r, int version, boolean isPrivate) {
    byte[] payload = new byte[82];
    for (int i = 0; i < 4; i++) {
      payload[i] = (byte) (version >>> (24 - 8 * i));
    }
    byte[] rest = new byte[74];
    r.nextBytes(rest);
    System.arraycopy(rest, 0, payload, 4, 74);
    payload[4] = 3; // depth
    payload[45] = isPrivate ? 0 : (byte) (2 + r.nextInt(2)); // 0x00 before a private key, 02/03 a public one
    byte[] check = sha256(sha256(Arrays.copyOf(payload, 78)));
    System.arraycopy(check, 0, payload, 78, 4);
    StringBuilder sb = new StringBuilder();
    BigInteger n = new BigInteger(1, payload);
    BigInteger fiftyEight = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(fiftyEight);
      sb.append(BASE58.charAt(qr[1].intValue()));
      n = qr[0];
    }
    return sb.reverse().toString();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void fixturesHaveTheFormatsLengthAndPrefix() {
    Random r = new Random(71);
    assertThat(extendedKey(r, XPRV, true)).hasSize(111).startsWith("xprv");
    assertThat(extendedKey(r, TPRV, true)).hasSize(111).startsWith("tprv");
    assertThat(extendedKey(r, ZPRV_MULTISIG, true)).hasSize(111).startsWith("Zprv");
    assertThat(extendedKey(r, XPUB, false)).hasSize(111).startsWith("xpub");
  }

  @Test
  void extendedPrivateKeysAreHiddenBare() {
    Random r = new Random(73);
    for (int version : List.of(XPRV, TPRV, YPRV, ZPRV, YPRV_MULTISIG, ZPRV_MULTISIG)) {
      String key = extendedKey(r, version, true);
      for (String line : List.of("wallet export: %s", "{\"xpriv\":\"%s\"}", "%s",
          "importdescriptors wpkh(%s/84h/0h/0h/0/*)")) {
        assertThat(REDACTOR.redact(line.formatted(key))).as(line + " " + key.substring(0, 4))
            .isEqualTo(line.formatted(RULE));
      }
    }
  }

  @Test
  void publicExtendedKeysStay() {
    Random r = new Random(79);
    for (int version : List.of(XPUB, ZPUB)) {
      String line = "watch-only wallet imported " + extendedKey(r, version, false);
      assertThat(REDACTOR.redact(line)).isSameAs(line);
    }
  }

  @Test
  void lookAlikesStay() {
    String key = extendedKey(new Random(83), XPRV, true);
    List<String> lines = List.of(
        "wallet export: " + key.substring(0, 110) + " (cut)", // one short
        "wallet export: " + key + "Q", // one too many
        "wallet export: " + key.substring(0, 60) + "0" + key.substring(61), // 0 is not base58
        "wallet export: a" + key, // inside a word
        "xprv = bip32.derive(seed, path)",
        "let xprv: ExtendedPrivKey = ExtendedPrivKey::new_master(network, &seed)?;");
    for (String line : lines) {
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"xprv", "tprv", "zprv", "Yprv"})
  void thePrefixAloneStays(String prefix) {
    String line = "wallet.export(format=\"" + prefix + "\") returned " + prefix.toUpperCase() + "_OK";
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
