package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request and response bodies as structured (JSON) logs and HTTP clients print them: a value in a
 * shape of the body itself (a Go header map, a multipart field, a rendered message whose quotes a
 * JSON string escapes) is hidden like the same value in a plain key/value pair.
 */
class StructuredBodiesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final Random RANDOM = new Random(1130);
  private static final String TOKEN = FakeSecrets.mixed(RANDOM, 36);
  private static final String PASSWORD = "Fake" + FakeSecrets.mixed(RANDOM, 10) + "!x";

  static Stream<String> goHeaderMaps() {
    return Stream.of(
        "&http.Request{Method:\"POST\", Header:http.Header{\"X-Auth-Token\":[]string{\"" + TOKEN + "\"}}}",
        "Header:http.Header{\"Authorization\":[]string{\"Bearer " + TOKEN + "\"}, \"Accept\":[]string{\"*/*\"}}",
        "hdr: http.Header{\"DD-API-KEY\":[]string{\"" + TOKEN + "\"}}");
  }

  @ParameterizedTest
  @MethodSource("goHeaderMaps")
  void aValueInAGoStringSliceIsHidden(String line) {
    assertThat(REDACTOR.redact(line)).as(line).contains("[REDACTED:").doesNotContain(TOKEN.substring(8, 20));
  }

  static Stream<String> escapedQuotesInRenderedMessages() {
    return Stream.of(
        "{\"@t\":\"2026-11-30T06:00:00Z\",\"@m\":\"Authenticating with token \\\"" + TOKEN + "\\\"\",\"@l\":\"Debug\"}",
        "{\"@m\":\"Authenticating with adminPassword \\\"" + PASSWORD + "\\\"\",\"@l\":\"Debug\"}",
        "{\"msg\":\"login with password \\\"" + PASSWORD + "\\\" failed\"}");
  }

  @ParameterizedTest
  @MethodSource("escapedQuotesInRenderedMessages")
  void aQuotedValueAfterAKeyWordInsideAJsonStringIsHidden(String line) {
    assertThat(REDACTOR.redact(line)).as(line).contains("[REDACTED:")
        .doesNotContain(TOKEN.substring(8, 20)).doesNotContain(PASSWORD.substring(4, 12));
  }

  static Stream<String> multipartFields() {
    return Stream.of(
        "{\"msg\":\"multipart body\",\"body\":\"--XyZ\\r\\nContent-Disposition: form-data; name=\\\"password\\\"\\r\\n"
            + "\\r\\n" + PASSWORD + "\\r\\n--XyZ--\\r\\n\"}",
        "body: --XyZ\\r\\nContent-Disposition: form-data; name=\"api_key\"\\r\\n\\r\\n" + TOKEN + "\\r\\n--XyZ--",
        "--XyZ\r\nContent-Disposition: form-data; name=\"client_secret\"\r\n\r\n" + TOKEN + "\r\n--XyZ--",
        "--XyZ\nContent-Disposition: form-data; name=\"password\"\n\n" + PASSWORD + "\n--XyZ--");
  }

  @ParameterizedTest
  @MethodSource("multipartFields")
  void theValueOfAMultipartFieldNamedAfterASecretIsHidden(String body) {
    assertThat(REDACTOR.redact(body)).as(body).contains("[REDACTED:")
        .doesNotContain(TOKEN.substring(8, 20)).doesNotContain(PASSWORD.substring(4, 12));
  }

  static Stream<String> keysAsTheWholeUserinfo() {
    String hex = FakeSecrets.chars(RANDOM, "0123456789abcdef", 32);
    return Stream.of(
        "{\"level\":\"info\",\"msg\":\"sentry init\",\"dsn\":\"https://" + hex + "@o4504.ingest.example.test/42\"}",
        "remote: https://" + hex + "fa11cafe@github.example.test/org/repo.git",
        "{\"url\":\"https://" + TOKEN + "@api.example.test/v1\"}");
  }

  @ParameterizedTest
  @MethodSource("keysAsTheWholeUserinfo")
  void aGeneratedKeyThatIsTheWholeUserinfoOfAUrlIsHidden(String line) {
    String hidden = REDACTOR.redact(line);
    assertThat(hidden).as(line).contains("[REDACTED:").doesNotContain(TOKEN.substring(8, 20));
    assertThat(hidden.replaceAll("\\[REDACTED:[^]]*]", "")).as(line).doesNotContainPattern("[0-9a-f]{12}");
  }

  static Stream<String> urlsWithEscapedSlashes() {
    return Stream.of("{\"dsn\":\"postgres:\\/\\/app:" + PASSWORD + "@db.example.test:5432\\/app\"}",
        "{\"context\":{\"remote\":\"https:\\/\\/deploy:" + TOKEN + "@git.example.test\\/org\\/repo.git\"}}",
        "{\"url\":\"https:\\/\\/" + TOKEN + "@api.example.test\\/v1\"}");
  }

  @ParameterizedTest
  @MethodSource("urlsWithEscapedSlashes")
  void theCredentialsOfAUrlWhoseSlashesAJsonEncoderEscapedAreHidden(String line) {
    assertThat(REDACTOR.redact(line)).as(line).contains("[REDACTED:url-credentials]")
        .doesNotContain(TOKEN.substring(8, 20)).doesNotContain(PASSWORD.substring(4, 12)).contains("@");
  }

  static Stream<String> typedValueWrappers() {
    return Stream.of(
        "{\"eventName\":\"INSERT\",\"dynamodb\":{\"NewImage\":{\"userId\":{\"S\":\"u-1\"},\"apiToken\":{\"S\":\""
            + TOKEN + "\"}}}}",
        "{\"user\":{\"name\":{\"string\":\"bob\"},\"password\":{\"string\":\"" + PASSWORD + "\"}}}",
        "{\"fields\":{\"password\":{\"stringValue\":\"" + PASSWORD + "\"}}}",
        "{\"messageAttributes\":{\"apiKey\":{\"stringValue\":\"" + TOKEN + "\",\"dataType\":\"String\"}}}",
        "{\"MessageAttributes\":{\"AuthToken\":{\"DataType\":\"String\",\"StringValue\":\"" + TOKEN + "\"}}}",
        "{\"attributes\":[{\"key\":\"db.password\",\"value\":{\"stringValue\":\"" + PASSWORD + "\"}}]}");
  }

  @ParameterizedTest
  @MethodSource("typedValueWrappers")
  void aValueInATypedWrapperObjectIsHidden(String line) {
    assertThat(REDACTOR.redact(line)).as(line).contains("[REDACTED:")
        .doesNotContain(TOKEN.substring(8, 20)).doesNotContain(PASSWORD.substring(4, 12));
  }

  static Stream<String> jsonPatches() {
    return Stream.of("[{\"op\":\"replace\",\"path\":\"/password\",\"value\":\"" + PASSWORD + "\"}]",
        "{\"patch\":[{\"op\":\"add\",\"path\":\"/data/api_key\",\"value\":\"" + TOKEN + "\"}]}",
        "{\"body\":\"[{\\\"op\\\":\\\"add\\\",\\\"path\\\":\\\"/spec/clientSecret\\\",\\\"value\\\":\\\"" + TOKEN
            + "\\\"}]\"}");
  }

  @ParameterizedTest
  @MethodSource("jsonPatches")
  void theValueOfAJsonPatchOperationOnASecretIsHidden(String line) {
    assertThat(REDACTOR.redact(line)).as(line).contains("[REDACTED:")
        .doesNotContain(TOKEN.substring(8, 20)).doesNotContain(PASSWORD.substring(4, 12));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"username\":\"bob\",\"credentials\":[{\"type\":\"password\",\"value\":\"%s\",\"temporary\":false}]}",
      "{\"credentials\":[{\"temporary\":true,\"type\":\"password\",\"value\":\"%s\"}]}"})
  void theValueOfACredentialTypedAsAPasswordIsHidden(String shape) {
    String line = String.format(shape, PASSWORD);
    assertThat(REDACTOR.redact(line)).as(line).contains("[REDACTED:").doesNotContain(PASSWORD.substring(4, 12));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"msg\":\"body\",\"body\":\"--XyZ\\r\\nContent-Disposition: form-data; name=\\\"password\\\"\\r\\n\\r\\n"
          + "\\r\\n--XyZ--\"}",
      "--XyZ\r\nContent-Disposition: form-data; name=\"token\"; filename=\"token.txt\"\r\n\r\nhello world\r\n",
      "{\"@m\":\"Rotating the token \\\"nightly\\\" now\"}",
      "{\"message\":\"MountVolume.SetUp failed for volume \\\"creds\\\" : secret \\\"billing-db\\\" not found\"}",
      "{\"msg\":\"synced from secret \\\"prod/billing/db\\\"\"}",
      "{\"cmd\":\"wpa_passphrase \\\"My Home\\\" %s\"}",
      "Header:http.Header{\"Accept\":[]string{\"*/*\"}, \"X-Request-Id\":[]string{\"abc\"}}",
      "hdr: http.Header{\"X-Api-Key\":[]string{}}",
      "git clone ssh://git@github.example.test/org/repo.git",
      "GET https://john.doe@example.test/profile and https://0123abcd@cdn.example.test/x",
      "fetch https://release-bot-automation-account@git.example.test/org/repo.git",
      "{\"password\":{\"S\":{\"nested\":1}},\"token\":{\"string\":null},\"secret\":{\"N\":\"12\"}}",
      "[{\"op\":\"remove\",\"path\":\"/password\"},{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"bob\"}]",
      "{\"path\":\"/oauth/token\",\"status\":200,\"value\":\"cache-hit\"}",
      "{\"type\":\"password\",\"value\":\"\"}, {\"type\":\"string\",\"name\":\"password\",\"value\":\"********\"}",
      "{\"url\":\"https:\\/\\/john.doe@example.test\\/profile\",\"next\":\"mailto:\\/\\/ops@example.test\"}"})
  void lookAlikesPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }

  static Stream<String> openTelemetryAttributes() {
    return Stream.of(
        "{\"key\":\"http.request.header.x_api_key\",\"value\":{\"arrayValue\":{\"values\":[{\"stringValue\":\""
            + TOKEN + "\"}]}}}",
        "{\"key\": \"db.password\", \"value\": {\"arrayValue\": {\"values\": [{\"stringValue\": \"" + PASSWORD
            + "\"}]}}}",
        "Resource attributes:\n     -> process.env.API_TOKEN: Str(" + TOKEN + ")\n     -> host.name: Str(web-1)",
        "     -> app.client_secret: Str(" + TOKEN + ")",
        "     -> http.request.header.x-api-key: Slice([\"" + TOKEN + "\"])");
  }

  @ParameterizedTest
  @MethodSource("openTelemetryAttributes")
  void aSecretAttributeAsOtlpJsonOrTheCollectorsDebugExporterPrintsItIsHidden(String line) {
    assertThat(REDACTOR.redact(line)).as(line).contains("[REDACTED:")
        .doesNotContain(TOKEN.substring(8, 20)).doesNotContain(PASSWORD.substring(4, 12));
  }

  @ParameterizedTest
  @ValueSource(strings = {"     -> db.system: Str(postgresql)", "     -> token.type: Str(Bearer)",
      "     -> password.length: Int(12)", "{\"key\":\"token.kind\",\"value\":{\"arrayValue\":{\"values\":[]}}}"})
  void anOrdinaryOpenTelemetryAttributeStays(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  static Stream<String> protobufTextHeaders() {
    return Stream.of(
        "ext_authz check: attributes { request { http { headers { key: \"x-api-key\" value: \"" + TOKEN
            + "\" } } } }",
        "http_request { headers { key: \"x-auth-token\" value: \"" + TOKEN + "\" } }",
        "metadata { key: \"password\" value: \"" + PASSWORD + "\" }");
  }

  @ParameterizedTest
  @MethodSource("protobufTextHeaders")
  void aHeaderValueInProtobufTextFormatIsHidden(String line) {
    assertThat(REDACTOR.redact(line)).as(line).contains("[REDACTED:")
        .doesNotContain(TOKEN.substring(8, 20)).doesNotContain(PASSWORD.substring(4, 12));
  }

  @ParameterizedTest
  @ValueSource(strings = {"headers { key: \"x-api-key\" value: \"\" }",
      "headers { key: \"x-request-id\" value: \"0f8e2c1a-5b7d-4e3f-9a1b-2c3d4e5f6a7b\" }",
      "headers { key: \"password\" present: true value: \"Fake\" }"})
  void otherProtobufTextHeadersStay(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @ParameterizedTest
  @ValueSource(ints = {22, 48, 60, 64})
  void aVendorKeyInAHeaderListIsHiddenWhateverItsLengthBeforeTheNextHeader(int length) {
    String key = FakeSecrets.chars(new Random(length), FakeSecrets.ALNUM, length);
    String line = "OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=" + key + ",x-honeycomb-dataset=prod";
    assertThat(REDACTOR.redact(line)).as(line).contains("[REDACTED:").contains(",x-honeycomb-dataset=prod")
        .doesNotContain(key.substring(4, 16));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tag(key='db.password', vType=0, vStr='%s', vDouble=None)",
      "Tag(key=http.request.header.x-api-key, vType=STRING, vStr=%s)"})
  void aJaegerThriftTagsStringValueIsHidden(String shape) {
    String line = shape.formatted(TOKEN);
    assertThat(REDACTOR.redact(line)).as(line).contains("[REDACTED:").doesNotContain(TOKEN.substring(8, 20));
  }
}
