package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Secrets of ecosystems at the edge of a Java shop that still reach its logs and CI output: IoT
 * configuration (Zigbee2MQTT, LoRaWAN), web3 endpoint URLs and key files, and the look-alikes beside
 * them. Values are generated at run time from a seeded generator, never written as literals.
 */
class EdgeEcosystemSecretsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String LOWER_ALNUM = FakeSecrets.LOWER + FakeSecrets.DIGITS;

  /** {@code n} numbers of 0..255, as a YAML or JSON list prints them with {@code separator}. */
  private static String byteList(Random r, int n, String separator) {
    StringJoiner list = new StringJoiner(separator, "[", "]");
    for (int k = 0; k < n; k++) {
      list.add(Integer.toString(r.nextInt(256)));
    }
    return list.toString();
  }

  /** Key material written as a list of bytes under a key that names a secret is hidden whole. */
  @Test
  void aListOfBytesUnderASecretKeyIsHidden() {
    Random r = new Random(41);
    String networkKey = byteList(r, 16, ", ");
    assertThat(REDACTOR.redact("  network_key: " + networkKey)).doesNotContain(networkKey.substring(1, 12))
        .startsWith("  network_key: [REDACTED:");
    String keypair = byteList(r, 64, ",");
    assertThat(REDACTOR.redact("\"secretKey\": " + keypair + ",")).doesNotContain(keypair.substring(1, 20))
        .endsWith("],");
    String hexBytes = "[0x4E, 0x5B, 0x3B, 0x22, 0x4E, 0xAE, 0x94, 0xE0, 0x2D, 0xF5, 0x99, 0xC5, 0x4D, 0xDC, 0xF1, 0x64]";
    assertThat(REDACTOR.redact("private_key = " + hexBytes)).doesNotContain("0x2D, 0xF5");
  }

  /** Lists of numbers that are not key material, or not under a secret's key, pass unchanged. */
  @Test
  void otherListsOfNumbersPassUnchanged() {
    Random r = new Random(42);
    for (String line : new String[] {"  ext_pan_id: " + byteList(r, 8, ", "), "  channels: " + byteList(r, 16, ", "),
        "  network_key: [11, 15, 20, 25]", "secret_sizes: [128, 192, 256]",
        "  network_key: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 300]", "  network_key: GENERATE"}) {
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
  }

  /** LoRaWAN's session keys end in an acronym's capital then Key: {@code NwkSKey}, {@code AppSKey}. */
  @Test
  void aKeyAfterAnAcronymsCapitalIsAKey() {
    Random r = new Random(43);
    String nwk = FakeSecrets.chars(r, "0123456789ABCDEF", 32);
    assertThat(REDACTOR.redact("NwkSKey=" + nwk)).doesNotContain(nwk.substring(0, 8));
    String line = "MONKEY=" + nwk.substring(0, 6);
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /** Infura serves WebSocket clients on /ws/v3/ with the same key as on /v3/. */
  @Test
  void anInfuraKeyInAWebSocketUrlIsHidden() {
    String key = FakeSecrets.chars(new Random(44), FakeSecrets.HEX, 32);
    assertThat(REDACTOR.redact("Connecting to wss://sepolia.infura.io/ws/v3/" + key + " ..."))
        .isEqualTo("Connecting to wss://sepolia.[REDACTED:infura-api-key] ...");
  }

  /** An EdgeGrid host name starts with a token-like label; the tokens beside it are still hidden. */
  @Test
  void anEdgeGridHostNameIsNotAToken() {
    Random r = new Random(45);
    String label = "ak" + "ab-" + FakeSecrets.chars(r, LOWER_ALNUM, 16) + "-" + FakeSecrets.chars(r, LOWER_ALNUM, 16);
    String host = "host = " + label + ".luna.akamaiapis.net";
    assertThat(REDACTOR.redact(host)).isSameAs(host);
    assertThat(REDACTOR.redact("access_token = " + label)).isEqualTo("access_token = [REDACTED:akamai-edgegrid-token]");
    assertThat(REDACTOR.redact("token " + label + ". Next")).doesNotContain(label);
  }

  /** {@code b2 authorize-account}: its second argument, after the key's id, is Backblaze B2's application key. */
  @Test
  void aB2ApplicationKeyOnTheCommandLineIsHidden() {
    Random r = new Random(46);
    String keyId = "005" + FakeSecrets.chars(r, FakeSecrets.HEX, 12) + "0000000001";
    String appKey = "K005" + FakeSecrets.chars(r, FakeSecrets.B64, 27);
    assertThat(REDACTOR.redact("b2 authorize-account " + keyId + " " + appKey))
        .isEqualTo("b2 authorize-account " + keyId + " [REDACTED:cli-b2-application-key]");
    assertThat(REDACTOR.redact("$ b2 account authorize " + keyId + " " + appKey + " && b2 ls my-bucket"))
        .doesNotContain(appKey.substring(4, 12)).contains(keyId);
    String prose = "ERROR: Missing account data, please run: b2 authorize-account";
    assertThat(REDACTOR.redact(prose)).isSameAs(prose);
  }

  /** A QuickNode endpoint carries its token as the URL's first path segment: 40 hex digits. */
  @Test
  void aQuickNodeEndpointTokenIsHidden() {
    Random r = new Random(47);
    String token = FakeSecrets.chars(r, FakeSecrets.HEX, 40);
    assertThat(REDACTOR.redact("QUICKNODE_RPC=https://fake-words-here.quiknode.pro/" + token + "/"))
        .isEqualTo("QUICKNODE_RPC=https://fake-words-here.[REDACTED:quicknode-endpoint-token]/");
    String docs = "see https://www.quiknode.pro/docs for endpoints";
    assertThat(REDACTOR.redact(docs)).isSameAs(docs);
  }

  /** Hardhat's network accounts are private keys, 64 hex digits after 0x; addresses and hashes stay. */
  @Test
  void hardhatAccountKeysAreHidden() {
    Random r = new Random(48);
    String one = FakeSecrets.chars(r, FakeSecrets.HEX, 64);
    String two = FakeSecrets.chars(r, FakeSecrets.HEX, 64);
    assertThat(REDACTOR.redact("      accounts: [\"0x" + one + "\"],")).doesNotContain(one.substring(0, 16));
    String both = REDACTOR.redact("accounts: ['0x" + one + "', '" + two + "']");
    assertThat(both).doesNotContain(one.substring(0, 16)).doesNotContain(two.substring(0, 16));
    for (String line : new String[] {"      accounts: [\"0x" + one.substring(0, 40) + "\"],",
        "      accounts: [process.env.PRIVATE_KEY],", "accounts_root: 0x" + two, "Transaction hash: 0x" + one,
        "      accounts: { mnemonic: process.env.MNEMONIC },"}) {
      assertThat(REDACTOR.redact(line)).as(line).isSameAs(line);
    }
  }

  /**
   * A Steam game server login token (GSLT, 32 upper-case hex digits) on a dedicated server's command line
   * (srcds, Counter-Strike, Garry's Mod) or in its config; the server's other arguments pass.
   */
  @Test
  void aSteamGameServerTokenAfterSvSetSteamAccountIsHidden() {
    String gslt = FakeSecrets.chars(new Random(43), "0123456789ABCDEF", 32);
    String line = "./srcds_run -game csgo +map de_dust2 +sv_setsteamaccount %s -port 27015";
    assertThat(REDACTOR.redact(line.formatted(gslt))).isEqualTo(line.formatted("[REDACTED:steam-game-server-token]"));
    String cfg = "sv_setsteamaccount \"%s\" // GSLT";
    assertThat(REDACTOR.redact(cfg.formatted(gslt))).isEqualTo(cfg.formatted("[REDACTED:steam-game-server-token]"));
    String clean = "./srcds_run -game csgo +map de_dust2 +sv_setsteamaccount $GSLT -port 27015";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
