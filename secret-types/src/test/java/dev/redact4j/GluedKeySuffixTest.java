package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A key word with an index and an environment's name glued on in camel case ({@code password2Prod},
 * {@code apiToken3Staging}): the digits end the key word as they do at the key's end ({@code password2}).
 */
class GluedKeySuffixTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {"password2Prod", "dbPassword1Staging", "apiToken3Dev", "clientSecret2Prod"})
  void anIndexThenAnEnvironmentAfterTheKeyWordStillNamesTheSecret(String key) {
    String value = FakeSecrets.mixed(new Random(key.hashCode()), 14) + "7";
    assertThat(REDACTOR.redact("using " + key + "=" + value + " for bob")).doesNotContain(value.substring(0, 8));
    assertThat(REDACTOR.redact("{\"" + key + "\":\"" + value + "\"}")).doesNotContain(value.substring(0, 8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"password2Length=14", "token3Expiry=3600", "sha256Digest=ok", "password2Prod=${DB_PASSWORD}",
    // a mail's Message-ID: a short key word glued inside a generated id is chance, not a key
    "In-Reply-To: <CAHp75Vd5u1jHKPALfBTTqEoXf-4OAdLhsn3A-fzPw3Me=Ab5cD@mail.gmail.com>"})
  void metadataAndPlaceholdersUnderSuchKeysPassUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
