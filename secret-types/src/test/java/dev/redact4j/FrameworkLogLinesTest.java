package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Lines that Java libraries print at DEBUG/TRACE, in the exact shapes their format strings produce:
 * Apache HttpClient's wire log, the MongoDB driver's settings dump, Apache CXF's SOAP payloads, Spring's
 * {@code MultiValueMap} as {@code RestTemplate} logs a form. Each secret is hidden; the rest of the line,
 * and the library's own masking, pass unchanged.
 */
class FrameworkLogLinesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String WIRE = "2024-05-14 09:21:33.412 DEBUG [main] org.apache.http.wire - ";

  @Test
  void httpClientWireLogHidesAHeaderValueBeforeTheEscapedLineBreak() {
    String key = FakeSecrets.mixed(new Random(61), 29);
    // org.apache.http.wire: http-outgoing-<n> >> "<bytes with \r as [\r] and \n as [\n]>"
    assertThat(REDACTOR.redact(WIRE + "http-outgoing-0 >> \"X-API-Key: " + key + "[\\r][\\n]\""))
        .isEqualTo(WIRE + "http-outgoing-0 >> \"X-API-Key: [REDACTED:api-key-assignment][\\r][\\n]\"");
    assertThat(REDACTOR.redact(WIRE + "http-outgoing-0 >> \"X-Auth-Token: " + key + "[\\r][\\n]\""))
        .isEqualTo(WIRE + "http-outgoing-0 >> \"X-Auth-Token: [REDACTED:token-assignment][\\r][\\n]\"");
    String clean = WIRE + "http-outgoing-0 << \"x-amz-request-id: 4442587FB7D0A2F9[\\r][\\n]\"";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void cookieValueInTheWireLogEndsBeforeTheEscapedLineBreak() {
    String session = FakeSecrets.chars(new Random(163), "0123456789ABCDEF", 32);
    // org.apache.http.wire prints a request's Cookie header with its line break as [\r][\n]
    assertThat(REDACTOR.redact(WIRE + "http-outgoing-0 >> \"Cookie: JSESSIONID=" + session + "[\\r][\\n]\""))
        .isEqualTo(WIRE + "http-outgoing-0 >> \"Cookie: JSESSIONID=[REDACTED:cookie-header-value][\\r][\\n]\"");
  }

  @Test
  void awsSignatureInTheWireLogKeepsTheEscapedLineBreak() {
    Random r = new Random(62);
    String signature = FakeSecrets.chars(r, "0123456789abcdef", 64);
    String line = WIRE + "http-outgoing-3 >> \"Authorization: AWS4-HMAC-SHA256 Credential=AKIA"
        + FakeSecrets.chars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16) + "/20240514/us-east-1/s3/aws4_request, "
        + "SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=" + signature + "[\\r][\\n]\"";
    assertThat(REDACTOR.redact(line)).doesNotContain(signature)
        .endsWith("AWS4-HMAC-SHA256 [REDACTED:authorization-header][\\r][\\n]\"");
    // a payload digest beside it is not a secret
    String digest = WIRE + "http-outgoing-3 >> \"x-amz-content-sha256: "
        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855[\\r][\\n]\"";
    assertThat(REDACTOR.redact(digest)).isSameAs(digest);
  }

  @Test
  void mongoDriverSettingsDumpPassesUnchanged() {
    // org.mongodb.driver.client at INFO, on every start: the driver masks the password itself
    String line = "INFO org.mongodb.driver.client - MongoClient with metadata {\"driver\": {\"name\": \"mongo-java-driver|sync\","
        + " \"version\": \"4.11.1\"}} created with settings MongoClientSettings{readPreference=primary, writeConcern="
        + "WriteConcern{w=majority, wTimeout=null ms, journal=null}, credential=MongoCredential{mechanism=null,"
        + " userName='app', source='admin', password=<hidden>, mechanismProperties=<hidden>}, retryWrites=true}";
    assertThat(REDACTOR.redact(line)).isSameAs(line);
    String lombok = "Loaded DataSourceConfig(url=jdbc:postgresql://db/app, credentials=DbCredentials(user=app))";
    assertThat(REDACTOR.redact(lombok)).isSameAs(lombok);
  }

  @Test
  void anObjectDumpAfterASecretKeyStillHidesItsOwnPassword() {
    String pw = FakeSecrets.mixed(new Random(63), 14);
    assertThat(REDACTOR.redact("credential=MongoCredential{mechanism=SCRAM-SHA-256, userName='app', password=" + pw + "}"))
        .isEqualTo("credential=MongoCredential{mechanism=SCRAM-SHA-256, userName='app', password=[REDACTED:password-assignment]}");
  }

  @Test
  void aPasswordWithEmptyBracesInItIsNoObjectDump() {
    // found by SymbolPasswordsTest: a generated password read as an empty object (Name{}) and kept
    assertThat(REDACTOR.redact("password=UTzE8Yjte{}dT8sU retrying")).isEqualTo("password=[REDACTED:password-assignment] retrying");
    assertThat(REDACTOR.redact("password=Pq7Lm2Xw(){}Rt9v")).isEqualTo("password=[REDACTED:password-assignment]");
    String empty = "credential=MongoCredential{}, retryWrites=true";
    assertThat(REDACTOR.redact(empty)).isSameAs(empty);
  }

  @Test
  void wsSecurityUsernameTokenInACxfPayloadHidesThePassword() {
    String pw = FakeSecrets.mixed(new Random(64), 16);
    String type = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";
    assertThat(REDACTOR.redact("Payload: <soap:Envelope><soap:Header><wsse:Security><wsse:UsernameToken wsu:Id=\"UsernameToken-1\">"
        + "<wsse:Username>alice</wsse:Username><wsse:Password Type=\"" + type + "\">" + pw
        + "</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header>"))
        .isEqualTo("Payload: <soap:Envelope><soap:Header><wsse:Security><wsse:UsernameToken wsu:Id=\"UsernameToken-1\">"
            + "<wsse:Username>alice</wsse:Username><wsse:Password Type=\"" + type + "\">[REDACTED:password-assignment]"
            + "</wsse:Password></wsse:UsernameToken></wsse:Security></soap:Header>");
    assertThat(REDACTOR.redact("<ns2:password>" + pw + "</ns2:password>"))
        .isEqualTo("<ns2:password>[REDACTED:password-assignment]</ns2:password>");
    // a prefixed element whose name merely contains a key word, and the nonce, pass
    String clean = "<wsse:Nonce EncodingType=\"...#Base64Binary\">LKqI6G/AikKCQrN0zqZFlg==</wsse:Nonce>"
        + "<ns2:passwordPolicy>strict</ns2:passwordPolicy><wsse:Password Type=\"" + type + "\"/>";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void springMultiValueMapHidesAOneElementPasswordList() {
    String pw = FakeSecrets.mixed(new Random(65), 14);
    // RestTemplate at DEBUG: Writing [<MultiValueMap.toString()>] as "<content type>"
    assertThat(REDACTOR.redact("DEBUG o.s.web.client.RestTemplate - Writing [{grant_type=[password], username=[alice],"
        + " password=[" + pw + "]}] as \"application/x-www-form-urlencoded\""))
        .isEqualTo("DEBUG o.s.web.client.RestTemplate - Writing [{grant_type=[password], username=[alice],"
            + " password=[[REDACTED:password-assignment]]}] as \"application/x-www-form-urlencoded\"");
    // Spring Security's own masking, and lists that are not values, pass
    String clean = "User [Username=alice, Password=[PROTECTED], Enabled=true], password=[], passwords=[a, b]";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
  @Test
  void springMultiValueMapHidesAOneElementValueThatHoldsAnEqualsSignAQuoteOrAComma() {
    Random r = new Random(165);
    String form = "DEBUG o.s.web.client.RestTemplate - Writing [{grant_type=[password], username=[alice], ";
    // a password with =, ' or a comma (List.toString puts a blank after its own) in it, and a base64 secret padded with =, printed by MultiValueMap.toString()
    for (String entry : new String[] {"password=[" + FakeSecrets.mixed(r, 6) + "=" + FakeSecrets.mixed(r, 5),
        "password=[" + FakeSecrets.mixed(r, 5) + "'" + FakeSecrets.mixed(r, 6),
        "password=[" + FakeSecrets.mixed(r, 5) + "," + FakeSecrets.mixed(r, 6),
        "client_secret=[" + FakeSecrets.mixed(r, 30) + "=="}) {
      String key = entry.substring(0, entry.indexOf('=') + 2);
      String rule = key.startsWith("password") ? "password-assignment" : "secret-assignment";
      assertThat(REDACTOR.redact(form + entry + "]}] as \"application/x-www-form-urlencoded\""))
          .isEqualTo(form + key + "[REDACTED:" + rule + "]]}] as \"application/x-www-form-urlencoded\"");
    }
    // a list of key=value pairs, and one that holds a key=value pair and another element, pass
    String clean = "Writing [{scope=[read=all, write=none], password=[mode=basic, x]}]";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  @Test
  void springFieldErrorHidesTheRejectedValueOfASecretField() {
    String pw = FakeSecrets.mixed(new Random(66), 15) + "]x";
    // Spring MVC logs MethodArgumentNotValidException at WARN; FieldError.toString():
    // Field error in object '<object>' on field '<field>': rejected value [<value>]; <resolvable>
    String before = "WARN 4242 --- [nio-8080-exec-1] .w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework"
        + ".web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in public ResponseEntity<?> "
        + "com.example.AuthController.register(com.example.RegisterRequest): [Field error in object 'registerRequest' "
        + "on field 'password': rejected value [";
    String after = "]; codes [Size.registerRequest.password,Size.password,Size.java.lang.String,Size]; arguments "
        + "[org.springframework.context.support.DefaultMessageSourceResolvable: codes [registerRequest.password,password];"
        + " arguments []; default message [password],64,8]; default message [size must be between 8 and 64]] ]";
    assertThat(REDACTOR.redact(before + pw + after)).isEqualTo(before + "[REDACTED:password-assignment]" + after);
    // another field, and an empty secret field, pass unchanged
    String clean = "Field error in object 'user' on field 'username': rejected value [alice]; codes [NotBlank.user.username]"
        + " Field error in object 'user' on field 'password': rejected value [null]; codes [NotNull.user.password]";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
  @Test
  void saslInitialResponsesInMailTracesAreHidden() {
    String pw = FakeSecrets.mixed(new Random(67), 16);
    String plain = b64("\0alice@example.com\0" + pw);
    // JavaMail with mail.debug.auth=true, Python smtplib, curl -v: the client's AUTH command
    assertThat(REDACTOR.redact("AUTH PLAIN " + plain)).isEqualTo("AUTH PLAIN [REDACTED:sasl-initial-response]");
    assertThat(REDACTOR.redact("send: 'AUTH PLAIN " + plain + "\\r\\n'"))
        .isEqualTo("send: 'AUTH PLAIN [REDACTED:sasl-initial-response]\\r\\n'");
    String xoauth2 = b64("user=alice@example.com\001auth=Bearer " + FakeSecrets.mixed(new Random(68), 40) + "\001\001");
    assertThat(REDACTOR.redact("A1 AUTHENTICATE XOAUTH2 " + xoauth2))
        .isEqualTo("A1 AUTHENTICATE XOAUTH2 [REDACTED:sasl-initial-response]");
    // the server's prompts, AUTH LOGIN (whose response is the user name), and base64 of other text pass
    String clean = "AUTH LOGIN dXNlckBleGFtcGxlLmNvbQ== 334 UGFzc3dvcmQ6 AUTH PLAIN " + b64("no separators here")
        + " DEBUG SMTP: AUTH LOGIN command trace suppressed";
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
