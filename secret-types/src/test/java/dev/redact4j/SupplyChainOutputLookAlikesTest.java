package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Public material that build, package and supply-chain tools print, found by running lockfiles, signed
 * commits, Sigstore bundles, TUF metadata and key listings of public repositories through the engine:
 * signatures, integrity hashes, dependency versions and key-file paths are not secrets. Each clean line
 * sits beside a look-alike that holds a secret and stays hidden.
 */
class SupplyChainOutputLookAlikesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final Random RANDOM = new Random(1717);

  /** A DER-encoded ECDSA signature (SEQUENCE of two INTEGERs), as Sigstore, DSSE and TUF carry them. */
  private static byte[] derSignature(int scalarBytes) {
    byte[] r = new byte[scalarBytes];
    byte[] s = new byte[scalarBytes];
    RANDOM.nextBytes(r);
    RANDOM.nextBytes(s);
    r[0] = (byte) (r[0] | 0x80); // a high bit set: the INTEGER takes a leading zero
    s[0] = (byte) (s[0] & 0x7f);
    int rl = scalarBytes + 1;
    int sl = scalarBytes;
    byte[] der = new byte[2 + 2 + rl + 2 + sl];
    int i = 0;
    der[i++] = 0x30;
    der[i++] = (byte) (der.length - 2);
    der[i++] = 0x02;
    der[i++] = (byte) rl;
    der[i++] = 0;
    System.arraycopy(r, 0, der, i, scalarBytes);
    i += scalarBytes;
    der[i++] = 0x02;
    der[i++] = (byte) sl;
    System.arraycopy(s, 0, der, i, sl);
    return der;
  }

  private static String base64(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  private static void assertClean(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @Test
  void aDerEncodedEcdsaSignatureInAJsonDocumentIsPublic() {
    String p256 = Base64.getEncoder().encodeToString(derSignature(32));
    String p384 = Base64.getEncoder().encodeToString(derSignature(48));
    String hex = HexFormat.of().formatHex(derSignature(32));
    // Sigstore bundles and DSSE envelopes ("sig"), Rekor entries ("signature"), TUF metadata (hex "sig").
    assertClean("        \"sig\": \"" + p256 + "\"");
    assertClean("    \"signature\": \"" + p384 + "\"");
    assertClean("{\"keyid\":\"" + HexFormat.of().formatHex(new byte[32]).replace('0', 'f') + "\",\"sig\":\"" + hex
        + "\"},");
    assertClean("signature: \"" + p256 + "\"");
  }

  @Test
  void aSignedUrlSignatureStaysHiddenWhateverItEncodes() {
    String der = Base64.getEncoder().encodeToString(derSignature(32));
    // In a query string the signature grants access, whatever its algorithm: hidden, quoted or not.
    assertThat(REDACTOR.redact("https://cdn.example.com/a.tgz?Expires=1700000000&Signature=" + der + "&Key-Pair-Id=K1"))
        .doesNotContain(der);
    assertThat(REDACTOR.redact("sig=" + der)).doesNotContain(der);
    // A random base64 value under "signature" may be an HMAC: still hidden.
    String hmac = base64(32);
    assertThat(REDACTOR.redact("    \"signature\": \"" + hmac + "\"")).doesNotContain(hmac);
    // A DER header whose length does not match the value is no signature.
    String forged = "MEUCIQ" + base64(66).substring(6);
    assertThat(REDACTOR.redact("    \"sig\": \"" + forged + "\"")).doesNotContain(forged);
  }

  @Test
  void aVendorPrefixInsideALongerBase64RunIsNoToken() {
    // A PGP signature or key line (64 characters, armored) and an npm integrity hash that happen to hold
    // "/AP<hex digit>..." or "+AP..." (JFrog's prefix) or "/YC..." (Yandex Cloud's).
    String armor = "Q" + base64(18).substring(1, 20) + "/AP1" + FakeSecrets.mixed(RANDOM, 20) + "+"
        + FakeSecrets.mixed(RANDOM, 19);
    assertThat(armor).hasSize(64);
    assertClean(" " + armor);
    assertClean(armor);
    String integrity = base64(64);
    integrity = integrity.substring(0, 40) + "+APE" + integrity.substring(44);
    assertClean("    resolution: {integrity: sha512-" + integrity + "}");
    String yandex = base64(18).substring(0, 23) + "/YC" + FakeSecrets.mixed(RANDOM, 38);
    assertClean(" " + yandex);
    // An armor line may start with '/'.
    assertClean(" /" + armor.substring(1));
    // An armor line that starts with the prefix and leaves only a short tail after a '/'.
    assertClean("AP7" + FakeSecrets.mixed(RANDOM, 56) + "/" + FakeSecrets.mixed(RANDOM, 4));
  }

  @Test
  void aVendorTokenStandingAloneOrAfterAPathStaysHidden() {
    String jfrog = "AP1" + FakeSecrets.mixed(RANDOM, 30);
    assertThat(REDACTOR.redact("X-JFrog-Art-Api: " + jfrog)).doesNotContain(jfrog);
    assertThat(REDACTOR.redact("token " + jfrog)).doesNotContain(jfrog);
    assertThat(REDACTOR.redact("password=" + jfrog)).doesNotContain(jfrog);
    // A path of an HTTP request line starts with '/' and is shorter than an armor line: still a token.
    assertThat(REDACTOR.redact("GET /v2/Repo3Local/" + jfrog + " HTTP/1.1")).doesNotContain(jfrog);
    // After a path segment in a URL: not a base64 run (it starts at a dot), so still a token.
    assertThat(REDACTOR.redact("https://repo.example.com/artifactory/api/npm/" + jfrog + "/pkg")).doesNotContain(jfrog);
    String yandex = "YC" + FakeSecrets.mixed(RANDOM, 38);
    assertThat(REDACTOR.redact("secret: " + yandex)).doesNotContain(yandex);
    // Alone on a line, a whole armor line and a token look the same: hidden (fail closed).
    String line = "AP4" + FakeSecrets.mixed(RANDOM, 61);
    assertThat(REDACTOR.redact(" " + line)).doesNotContain(line);
    // A short tail after '+' is too little base64 to call the token a fragment.
    String short1 = "AP5" + FakeSecrets.mixed(RANDOM, 17);
    assertThat(REDACTOR.redact(" +" + short1)).doesNotContain(short1);
  }

  @Test
  void aDependencyVersionUnderAPackageNamedForASecretIsNoSecret() {
    // package-lock.json, yarn.lock, pnpm-lock.yaml, requirements.txt and go.sum entries.
    assertClean("        \"js-tokens\": \"^3.0.0 || ^4.0.0\"");
    assertClean("    js-tokens: \"npm:^4.0.0\"");
    assertClean("        \"@inquirer/password\": \"^4.0.23\",");
    assertClean("        \"parse-passwd\": \"^1.0.0\"");
    assertClean("        \"@aws-sdk/credential-provider-ini\": \"3.734.0\",");
    assertClean("      '@inquirer/password': 5.1.2(@types/node@22.19.19)");
    assertClean("datadog-beyondtrust-password-safe==1.0.0");
    assertClean("github.com/example/go-libsecret v0.0.0-20161001094733-a6f4afe4910c h1:"
        + base64(32));
    assertClean("github.com/example/go-http-auth v0.4.1-0.20200324110947-a37a7636d23e/go.mod h1:" + base64(32));
  }

  @Test
  void aSecretShapedLikeAVersionIsStillHiddenWhereItCouldBeOne() {
    String pw = "Fake" + FakeSecrets.chars(RANDOM, FakeSecrets.LOWER, 4) + "1.0.0";
    assertThat(REDACTOR.redact("\"password\": \"" + pw + "\"")).doesNotContain(pw);
    // A bare version under a password key could be a (weak) password: kept hidden.
    assertThat(REDACTOR.redact("password: 1.2.3")).doesNotContain("1.2.3");
    // One number after a v or a caret is no version a lockfile writes: it may be a password.
    assertThat(REDACTOR.redact("password: v20240917")).doesNotContain("20240917");
    assertThat(REDACTOR.redact("password=^19450508")).doesNotContain("19450508");
    String token = FakeSecrets.mixed(RANDOM, 32);
    assertThat(REDACTOR.redact("\"token\": \"^" + token + "\"")).doesNotContain(token);
    assertThat(REDACTOR.redact("secret v0.0.0-" + token)).doesNotContain(token);
  }

  @Test
  void aPathToAKeyFileIsNoKey() {
    // certbot's renewal configuration and a kubectl command line name files, not keys.
    assertClean("privkey = MAGICDIR/live/example.com/privkey.pem");
    assertClean("privkey = sample-config/live/a.example.com/privkey.pem");
    assertClean("kubectl create secret tls server-tls --cert=path/to/tls.cert --key=path/to/tls.key");
    String key = base64(32);
    assertThat(REDACTOR.redact("privkey = " + key)).doesNotContain(key);
    assertThat(REDACTOR.redact("\"tls_key\": \"" + key + "\"")).doesNotContain(key);
  }

  @Test
  void aPublicOrVerifyingKeyIsPublic() {
    String pub = base64(32);
    assertClean("\"pubKey\": \"" + pub + "\"");
    assertClean("\"verifyKey\": \"" + pub + "\"");
    assertClean("verifying_key: " + pub);
    String priv = base64(32);
    assertThat(REDACTOR.redact("\"privKey\": \"" + priv + "\"")).doesNotContain(priv);
    assertThat(REDACTOR.redact("\"signingKey\": \"" + priv + "\"")).doesNotContain(priv);
  }

  @Test
  void aKeyFingerprintNamedInProseIsPublic() {
    // git log --show-signature, release notes: the fingerprint or long id of the key that signed.
    byte[] digest = new byte[20];
    RANDOM.nextBytes(digest);
    String fingerprint = HexFormat.of().withUpperCase().formatHex(digest);
    assertClean("signed with PGP key " + fingerprint);
    assertClean("Good signature, GPG key " + fingerprint.substring(24));
    assertClean("import the OpenPGP key `" + fingerprint + "` first");
    String secret = FakeSecrets.mixed(RANDOM, 40);
    assertThat(REDACTOR.redact("signed with PGP key " + secret)).doesNotContain(secret);
    assertThat(REDACTOR.redact("the API key " + fingerprint)).doesNotContain(fingerprint);
  }

  @Test
  void aCertificatesDecimalSerialNumberIsNoCard() {
    // openssl x509 -text prints a serial of up to 8 bytes in decimal, then in hex.
    String serial = FakeSecrets.luhnCard(RANDOM, "4", 16);
    assertClean("            Serial Number: " + serial + " (0x" + Long.toHexString(Long.parseLong(serial)) + ")");
    assertClean("Serial number: " + serial);
    assertThat(REDACTOR.redact("Card Number: " + serial)).doesNotContain(serial);
    assertThat(REDACTOR.redact("paid with " + serial)).doesNotContain(serial);
  }
}
