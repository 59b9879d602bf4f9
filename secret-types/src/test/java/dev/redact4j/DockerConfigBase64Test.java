package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Docker registry config in base64 whose {@code "auths"} is not its first key
 * ({@code {"credsStore":...,"auths":...}}), or the legacy {@code .dockercfg} of a
 * {@code kubernetes.io/dockercfg} Secret ({@code {"<registry>":{"auth":"<base64 user:password>"}}}):
 * hidden when its decoded JSON holds an {@code "auth"} key. Other base64 JSON stays.
 */
class DockerConfigBase64Test {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String AUTH = b64("deploy:" + "Xk9fake2" + "Lm4Np");

  private static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"credsStore\":\"desktop\",\"auths\":{\"ghcr.io\":{\"auth\":\"%s\"}}}",
      "{\"ghcr.io\":{\"auth\":\"%s\",\"email\":\"ci@example.com\"}}",
      "{\n  \"HttpHeaders\": {\"User-Agent\": \"ci\"},\n  \"auths\": {\n    \"registry.example.com\": {\n      \"auth\": \"%s\"\n    }\n  }\n}"})
  void aConfigWithAnAuthEntryIsHidden(String json) {
    String encoded = b64(String.format(json, AUTH));
    for (String line : new String[] {"data:\n  .dockercfg: " + encoded + "\ntype: kubernetes.io/dockercfg",
        "{\"data\":{\".dockerconfigjson\":\"" + encoded + "\"}}", "secret " + encoded + " applied"}) {
      String out = REDACTOR.redact(line);
      assertThat(out).as(line).contains("[REDACTED:docker-config-json-base64]").doesNotContain(encoded.substring(8, 40))
          .doesNotContain(encoded.substring(encoded.length() - 24));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"name\":\"app\",\"version\":\"1.2.3\",\"replicas\":3}",
      "{\"author\":\"bob\",\"title\":\"Release notes for 1.2\"}", "{\"authenticated\":true,\"user\":\"bob\"}",
      "{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"id\":\"550e8400-e29b-41d4-a716-446655440000\"}"})
  void otherBase64JsonStays(String json) {
    String line = "payload=" + b64(json) + " sha256=e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
