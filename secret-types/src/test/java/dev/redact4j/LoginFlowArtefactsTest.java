package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * OAuth 2.0, OpenID Connect and SAML login flows as authorization servers, relying parties and proxies log
 * them: the flow's bearer artefacts (session cookies, codes, PKCE verifiers, SAML messages) are hidden, while
 * its public parameters ({@code state}, {@code code_challenge}, {@code RelayState}) stay.
 */
class LoginFlowArtefactsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  /** Go's {@code http.Header} prints as {@code map[Cookie:[a=b; c=d]]} (oauth2-proxy's request dumps). */
  @ParameterizedTest
  @ValueSource(strings = {"request headers map[Cookie:[_oauth2_proxy=%s] User-Agent:[Mozilla/5.0]]",
      "&{GET /oauth2/auth HTTP/1.1 1 1 map[Accept:[*/*] Cookie:[lang=en; _oauth2_proxy=%s]]}"})
  void aSessionCookieInAGoHeaderMapIsHidden(String line) {
    Random r = new Random(line.length());
    String value = FakeSecrets.mixed(r, 120) + "|1767222000|" + FakeSecrets.mixed(r, 43);
    assertThat(REDACTOR.redact(line.formatted(value)))
        .isEqualTo(line.formatted("[REDACTED:cookie-header-value]"));
  }

  /**
   * A code whose parameters go on with {@code &state=}: a {@code response_mode=form_post} body or a query
   * logged apart from its URL (Ory Hydra's {@code query:code=...}), and a device flow's {@code device_code}.
   */
  @ParameterizedTest
  @ValueSource(strings = {"POST /signin-oidc body: code=%s&state=K9nTdJLgFakeState&session_state=x",
      "http_request=\"map[method:GET path:/callback query:code=%s&scope=openid+offline&state=FakeState1]\"",
      "params {\"code=%s&state=FakeState2\"}",
      "POST /login/oauth/access_token client_id=Iv1.fake&device_code=%s&grant_type=device_code",
      "grant_type=urn%%3Aietf%%3Aparams%%3Aoauth%%3Agrant-type%%3Adevice_code&device_code=%s&client_id=cli"})
  void anAuthorizationOrDeviceCodeOutsideAUrlIsHidden(String line) {
    String code = FakeSecrets.chars(new Random(line.length()), "0123456789abcdef", 40);
    assertThat(REDACTOR.redact(line.formatted(code)))
        .isEqualTo(line.formatted("[REDACTED:oauth-authorization-code]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"exit code=137&state=terminated", "body: code=ERR_TIMEOUT&state=failed",
      "error_code=invalid_grant_0123456789&state=x", "status: code=200&state=ok",
      "device flow user_code=WDJB-MJHT verification_uri=https://example.test/device"})
  void codesThatAreNoCredentialStay(String clean) {
    assertThat(REDACTOR.redact(clean)).isEqualTo(clean);
  }

  /** PKCE's {@code code_verifier} redeems the code it was made for; its {@code code_challenge} is public. */
  @ParameterizedTest
  @ValueSource(strings = {"grant_type=authorization_code&code_verifier=%s&redirect_uri=https%%3A%%2F%%2Fapp.example",
      "Writing [{grant_type=[authorization_code], code_verifier=[%s]}] as \"application/x-www-form-urlencoded\"",
      "{\"grant_type\":\"authorization_code\",\"code_verifier\":\"%s\"}", "pkce codeVerifier=%s"})
  void aPkceCodeVerifierIsHidden(String line) {
    String verifier = FakeSecrets.mixed(new Random(line.length()), 43);
    assertThat(REDACTOR.redact(line.formatted(verifier)))
        .isEqualTo(line.formatted("[REDACTED:secret-assignment]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256",
      "code_id=\"25e60089-0911-4332-a7c3-71b17b038be5\", client_auth_method=\"client-secret\"",
      "code_challenge_method=S256 code_verifier_length=43", "error_code=invalid_grant",
      "hostnameVerifier=org.apache.http.conn.ssl.NoopHostnameVerifier", "verifier=StrictHostnameVerifier",
      "email_verifier=enabled", "\"verifier\": \"hostname\""})
  void pkceChallengesCodeMetadataAndNamedVerifiersStay(String clean) {
    assertThat(REDACTOR.redact(clean)).isEqualTo(clean);
  }

  /**
   * A SAML response is the signed assertion itself, a bearer credential until it expires, and so is an
   * artifact that resolves to one: base64 in a POST body, deflated and percent-encoded in a redirect, or a
   * HAR export's name/value entry. {@code RelayState} and a {@code SAMLRequest} stay.
   */
  @ParameterizedTest
  @ValueSource(strings = {"POST /saml/SSO body: SAMLResponse=%s&RelayState=%%2Fdashboard",
      "SAMLProcessingFilter - SAMLResponse=%s", "GET /Shibboleth.sso/SAML2/Redirect?SAMLResponse=%s&RelayState=ss",
      "{\"name\": \"SAMLResponse\", \"value\": \"%s\"}", "{\"SAMLResponse\":\"%s\",\"RelayState\":\"/\"}",
      "GET /saml/SSO?SAMLart=%s&RelayState=%%2Fhome"})
  void aSamlResponseOrArtifactIsHidden(String line) {
    Random r = new Random(line.length());
    String message = FakeSecrets.chars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 600)
        .replace("+", "%2B").replace("/", "%2F") + "%3D";
    assertThat(REDACTOR.redact(line.formatted(message))).isEqualTo(line.formatted("[REDACTED:saml-message]"));
  }

  @Test
  void aLargeEncryptedSamlResponseIsHiddenWhole() {
    // an encrypted assertion with the IdP's certificate and many attributes: 30 KiB of base64 and more
    String message = FakeSecrets.chars(new Random(77), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
        40_000) + "=";
    String line = "POST /saml/SSO body: SAMLResponse=" + message + "&RelayState=%2F";
    assertThat(REDACTOR.redact(line)).isEqualTo("POST /saml/SSO body: SAMLResponse=[REDACTED:saml-message]&RelayState=%2F");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET /idp/SSO?SAMLRequest=fZJNT8MwDIb%2FSuR7l7bQMqK104TQpEl8SDDBhEta-pe-Fake&RelayState=x",
      "RelayState=ss:mem:0123456789abcdef0123456789abcdef", "SAML Response is not valid for this audience",
      "Invalid SAMLResponse: signature check failed", "SAMLResponse missing from the request",
      "urn:oasis:names:tc:SAML:2.0:status:Success", "SAMLart=${artifact}"})
  void samlRequestsRelayStateAndMessagesAboutResponsesStay(String clean) {
    assertThat(REDACTOR.redact(clean)).isEqualTo(clean);
  }

  /** A JSON Web Key's private members, as key loaders and JWKS endpoints of test servers print them. */
  @ParameterizedTest
  @ValueSource(strings = {"loaded key {\"kty\":\"RSA\",\"kid\":\"k1\",\"n\":\"%1$s\",\"e\":\"AQAB\",\"d\":\"%2$s\"}",
      "jwk {\"kty\": \"EC\", \"crv\": \"P-256\", \"x\": \"%1$s\", \"y\": \"%1$s\", \"d\": \"%2$s\"}",
      "{\"d\":\"%2$s\",\"kty\":\"oct\"}", "{\"kty\":\"oct\",\"kid\":\"hs1\",\"k\":\"%2$s\",\"alg\":\"HS256\"}",
      "\"message\":\"key {\\\"kty\\\":\\\"OKP\\\",\\\"crv\\\":\\\"Ed25519\\\",\\\"d\\\":\\\"%2$s\\\"}\""})
  void aJsonWebKeysPrivatePartIsHidden(String line) {
    Random r = new Random(line.length());
    String pub = FakeSecrets.mixed(r, 86);
    String priv = FakeSecrets.mixed(r, 43);
    assertThat(REDACTOR.redact(line.formatted(pub, priv))).isEqualTo(line.formatted(pub, "[REDACTED:jwk-private-key]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jwks {\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"n\":\"%s\",\"e\":\"AQAB\"}]}",
      "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"%1$s\",\"y\":\"%1$s\"}", "the kty of %s is RSA",
      "{\"kty\":\"EC\",\"x\":\"%1$s\",\"d\":\"<d>\"}", "{\"kty\":\"oct\",\"k\":\"\"}"})
  void aPublicJsonWebKeyStays(String line) {
    String clean = line.formatted(FakeSecrets.mixed(new Random(line.length()), 43));
    assertThat(REDACTOR.redact(clean)).isEqualTo(clean);
  }

  /** oauth2-proxy's auth log prints the session as a Go struct ({@code Session{email:... token:true}}). */
  @ParameterizedTest
  @ValueSource(strings = {
      "[AuthSuccess] Authenticated via OAuth2: Session{email:ada@example.test user:ada PreferredUsername:ada"
          + " token:true id_token:true refresh_token:true}",
      "[AuthFailure] Invalid authentication via OAuth2: Session{email:bob@example.test user:bob token:false}"})
  void aGoStructPrintAfterAnAuthWordStays(String clean) {
    assertThat(REDACTOR.redact(clean)).isEqualTo(clean);
  }
}
