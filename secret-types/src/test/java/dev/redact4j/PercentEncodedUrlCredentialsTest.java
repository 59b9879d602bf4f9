package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A URL with a password passed whole as a query parameter or a form field is percent-encoded, its
 * {@code ://}, {@code :} and {@code @} too: {@code next=https%3A%2F%2Fbob%3A<pw>%40host%2Fhome}. The password
 * (its own escapes included) is hidden; the user, the host and URLs without a password stay.
 */
class PercentEncodedUrlCredentialsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = FakeSecrets.mixed(new Random(97), 12) + "%21";

  @ParameterizedTest
  @ValueSource(strings = {
    "GET /login?next=https%%3A%%2F%%2Fbob%%3A%s%%40app.example.com%%2Fhome HTTP/1.1",
    "redirect=https%%3A%%2F%%2Fdeploy%%3A%s%%40git.example.com%%2Frepo.git&x=1",
    "url=postgres%%3a%%2f%%2fapp%%3a%s%%40db.example.com%%3a5432%%2forders",
    "target=ftp%%3A%%2F%%2Fbob%%40corp.example%%3A%s%%40files.example.com",
    "{\"callback\":\"https%%3A%%2F%%2Fci%%3A%s%%40hooks.example.com\"}",
  })
  void thePasswordOfAnEncodedUrlIsHidden(String template) {
    assertThat(REDACTOR.redact(template.formatted(PW)))
        .isEqualTo(template.formatted("[REDACTED:url-credentials]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "GET /oauth/authorize?redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&state=xyz HTTP/1.1",
    "next=https%3A%2F%2Fbob%40example.com",
    "next=https%3A%2F%2Fhost.example.com%3A8443%2Fpath%40v2",
    "u=https%3A%2F%2Fbob%3A%40host.example.com",
    "a%3A%2F%2Fb%3Ac%40d e%3A%2F%2F",
  })
  void encodedUrlsWithoutAPasswordStay(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
