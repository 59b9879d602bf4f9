package dev.redact4j;

import static dev.redact4j.RedactionAssertions.CATALOG;
import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Java HTTP clients print when wire or header logging is on: Apache HttpClient 4 and 5 ({@code
 * http-outgoing-0 >> "Name: value[\r][\n]"} and the headers log), OkHttp's and Feign's loggers, Spring's
 * {@code WebClient} and request logging filter. The secrets of headers and bodies are hidden; handshake
 * nonces, digests and subprotocol names stay byte for byte.
 */
class HttpWireLogsTest {
  private static final String WIRE = "2026-12-01 03:58:13.412 DEBUG [main] org.apache.http.wire - http-outgoing-0 >> ";
  private static final String HEADERS =
      "2026-12-01 03:58:13.412 DEBUG [main] org.apache.http.headers - http-outgoing-0 ";

  private static String base64(Random r, int bytes) {
    byte[] b = new byte[bytes];
    r.nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  private static String digest(String algorithm, Random r) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
          .digest(FakeSecrets.mixed(r, 12).getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String jwt(Random r) {
    return FakeSecrets.base64url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "."
        + FakeSecrets.base64url("{\"sub\":\"" + FakeSecrets.uuid(r) + "\",\"exp\":1796000000}") + "."
        + FakeSecrets.chars(r, FakeSecrets.TOKEN, 86);
  }

  /** A key whose last word names a hash algorithm holds that key's digest: S3's SSE-C key MD5 header. */
  @Test
  void aDigestUnderAKeyEndingInItsAlgorithmPasses() {
    Random r = new Random(2301);
    String md5 = base64(r, 16);
    for (String clean : new String[] {
        HEADERS + "<< x-amz-server-side-encryption-customer-key-MD5: " + md5,
        WIRE + "\"x-amz-copy-source-server-side-encryption-customer-key-MD5: " + md5 + "[\\r][\\n]\"",
        "api_key_sha256: " + digest("SHA-256", r), "X-Api-Key-SHA256: " + digest("SHA-256", r),
        "{\"token_sha1\":\"" + digest("SHA-1", r) + "\",\"scopes\":[\"repo\"]}"}) {
      assertThat(CATALOG.redact(clean)).isEqualTo(clean);
    }
  }

  @Test
  void theKeyItselfAndAPasswordsDigestStayHidden() {
    Random r = new Random(2302);
    String key = base64(r, 32);
    assertHidden(HEADERS + ">> x-amz-server-side-encryption-customer-key: " + key, key);
    String hash = digest("SHA-256", r);
    assertHidden("password_sha256: " + hash, hash); // an unsalted password hash can be cracked
    String secret = digest("SHA-256", r);
    assertHidden("HMAC_SHA256_SECRET=" + secret, secret); // the algorithm says what the secret is for
    String mac = base64(r, 32);
    assertHidden("X-Shopify-Hmac-Sha256: " + mac, mac); // the MAC, named by the hash it uses
    String signing = digest("SHA-256", r);
    assertHidden("webhook_secret_sha256=" + signing, signing);
    String token = FakeSecrets.mixed(r, 40);
    assertHidden("api_key_sha256: " + token, token); // no digest's shape
  }

  /** RFC 6455's handshake nonce: 16 random bytes in base64, sent in the clear and answered in the clear. */
  @Test
  void aWebSocketHandshakeKeyPasses() {
    Random r = new Random(2303);
    for (String clean : new String[] {
        HEADERS + ">> Sec-WebSocket-Key: " + base64(r, 16),
        WIRE + "\"Sec-WebSocket-Key: " + base64(r, 16) + "[\\r][\\n]\"",
        "sec-websocket-key: " + base64(r, 16),
        "[6a3c1b2e] HTTP GET wss://stream.corp.net/v1/events, headers=[Upgrade:\"websocket\", Sec-WebSocket-Key:\""
            + base64(r, 16) + "\", Sec-WebSocket-Version:\"13\"]"}) {
      assertThat(CATALOG.redact(clean)).isEqualTo(clean);
    }
    String key = FakeSecrets.mixed(r, 40);
    assertHidden("websocket_api_key=" + key, key);
  }

  /** Browsers cannot set Authorization on a WebSocket, so clients pass the token as a subprotocol. */
  @ParameterizedTest
  @ValueSource(strings = {"Sec-WebSocket-Protocol: access_token, %s", "Sec-WebSocket-Protocol: bearer, %s",
      "sec-websocket-protocol: wamp.2.json, %s", "Sec-WebSocket-Protocol: %s",
      HEADERS + ">> Sec-WebSocket-Protocol: graphql-transport-ws, %s",
      WIRE + "\"Sec-WebSocket-Protocol: access_token, %s[\\r][\\n]\"",
      "[6a3c1b2e] HTTP GET wss://stream.corp.net/v1/events, headers=[Sec-WebSocket-Protocol:\"access_token, %s\"]"})
  void aTokenPassedAsAWebSocketSubprotocolIsHidden(String shape) {
    Random r = new Random(shape.hashCode());
    String token = FakeSecrets.mixed(r, 40);
    assertHidden(shape.formatted(token), token);
    String jwt = jwt(r);
    assertHidden(shape.formatted(jwt), jwt);
  }

  @Test
  void aJwtAfterALabelInASubprotocolIsHiddenAndTheLineKept() {
    String jwt = jwt(new Random(2304));
    assertThat(CATALOG.redact("Sec-WebSocket-Protocol: graphql-transport-ws, Authorization." + jwt))
        .startsWith("Sec-WebSocket-Protocol: graphql-transport-ws, ").doesNotContain(jwt).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sec-WebSocket-Protocol: v12.stomp, v11.stomp, v10.stomp",
      "Sec-WebSocket-Protocol: graphql-transport-ws", "Sec-WebSocket-Protocol: wamp.2.json, wamp.2.msgpack",
      "Sec-WebSocket-Protocol: base64.binary.k8s.io, v4.channel.k8s.io, channel.k8s.io",
      "sec-websocket-protocol: mqtt", "Sec-WebSocket-Protocol: access_token, [REDACTED]",
      "Sec-WebSocket-Protocol: com.microsoft.azure.signalr.v1, json",
      "http-outgoing-0 >> \"Sec-WebSocket-Protocol: soap, wamp[\\r][\\n]\""})
  void subprotocolNamesStay(String clean) {
    assertThat(CATALOG.redact(clean)).isEqualTo(clean);
  }

  /**
   * RFC 7235's auth-params after any scheme, {@code Hawk id="...", mac="..."}: the credentials are the whole
   * list, as for Digest, not the first parameter's name. ({@code %1$s} is the header's name, filled in at run time
   * so that the repository's self-scan does not read these shapes as credentials.)
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "%1$s: Hawk id=\"dh37fgj492je\", ts=\"1796000000\", nonce=\"j4h3g2\", ext=\"orders\", mac=\"%2$s\"",
      HEADERS + ">> %1$s: Acme-HMAC keyId=\"orders-2026\", algorithm=\"hmac-sha256\", signature=\"%2$s\"",
      WIRE + "\"%1$s: Hawk id=\"dh37fgj492je\", ts=\"1796000000\", nonce=\"Ab3x9q\", mac=\"%2$s\"[\\r][\\n]\""})
  void anAuthParamListAfterAnySchemeIsHiddenWhole(String shape) {
    String mac = base64(new Random(shape.hashCode()), 32);
    String out = CATALOG.redact(shape.formatted("Authorization", mac));
    assertThat(out).doesNotContain(mac).contains("[REDACTED:authorization-header]")
        .doesNotContain("[REDACTED:authorization-header]\"");
    if (shape.startsWith(WIRE)) {
      assertThat(out).endsWith("[\\r][\\n]\"");
    }
  }

  /** HttpClient's wire log prints a multipart body in one chunk, its line breaks as {@code [\r][\n]}. */
  @Test
  void aMultipartFieldInAWireChunkIsHidden() {
    Random r = new Random(2305);
    String password = FakeSecrets.mixed(r, 14);
    assertThat(CATALOG.redact(WIRE + "\"--a1b2c3d4e5[\\r][\\n]Content-Disposition: form-data; name=\"password\""
        + "[\\r][\\n][\\r][\\n]" + password + "[\\r][\\n]--a1b2c3d4e5--[\\r][\\n]\""))
        .isEqualTo(WIRE + "\"--a1b2c3d4e5[\\r][\\n]Content-Disposition: form-data; name=\"password\""
            + "[\\r][\\n][\\r][\\n][REDACTED:password-assignment][\\r][\\n]--a1b2c3d4e5--[\\r][\\n]\"");
    String token = FakeSecrets.mixed(r, 40);
    assertHidden(WIRE + "\"--X-BOUNDARY[\\n]Content-Disposition: form-data; name=\"api_token\"[\\n][\\n]" + token
        + "[\\n]\"", token);
    String clean = WIRE + "\"--a1b2c3d4e5[\\r][\\n]Content-Disposition: form-data; name=\"password\";"
        + " filename=\"p.txt\""
        + "[\\r][\\n]Content-Type: text/plain[\\r][\\n][\\r][\\n]\"";
    assertThat(CATALOG.redact(clean)).isEqualTo(clean);
  }
}
