package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Java prints for an object with no {@code toString} of its own is a reference, not a value: a
 * package-qualified class name, {@code @} and the identity hash in hex ({@code android.os.BinderProxy@2bd79ce}),
 * or an array's type code ({@code [C@1b6d3586}, which is what {@code "password: " + charArray} prints).
 * Android prints its records as {@code Name{hash fields...}} ({@code Token{a64f992 ActivityRecord{...}}}).
 * Under a secret's key these pass; a password that merely holds {@code @} or a brace
 * ({@code Welcome@123}, {@code john.Smith@19850412}, <code>Summer&#123;2024</code>) stays hidden.
 */
class ObjectReferencesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String P_WORD = "pass" + "word";

  @ParameterizedTest
  @ValueSource(strings = {
    "03-17 16:13:45.466  1702 17632 W ActivityManager: Bad activity token: android.os.BinderProxy@2bd79ce",
    "token=com.example.auth.AccessToken@5e9f23b4",
    "{\"token\": \"com.example.auth.Session$Token@5e9f23b4\"}",
    "secret: okhttp3.internal.Creds@1a2b3c",
    P_WORD + ": [C@1b6d3586",
    P_WORD + "=[C@1b6d3586, user=bob",
    "secret=[B@6d06d69c",
    "token: [Ljava.lang.String;@7a81197d",
    "credentials=[[C@3f",
  })
  void anIdentityToStringPassesUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "D WindowManager: printFreezingDisplayLogsopening app wtoken = AppWindowToken{9f4ef63 token=Token{a64f992"
        + " ActivityRecord{de9231d u0 com.example.app/.activity.NewsActivity t761}}}, allDrawn= false",
    "V WindowManager: Skipping AppWindowToken{df0798e token=Token{78af589 ActivityRecord{3b04890 u0"
        + " com.example.app/com.example.video.PlayerActivity t761}}} -- going to hide",
    "token=WindowToken{5ea1c0f0 android.os.BinderProxy@2bd79ce}",
  })
  void anAndroidRecordDumpPassesUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Welcome@123", "Summer@2024", "john.Smith@19850412", "Acme.Corp@2024", "my.Secret@2024", "com.Example@1985",
    "Summer{2024", "Token{a64f992", "Winter{202412", "[C@ke9Lm2xQ", "x.Y@abc",
  })
  void passwordsThatHoldAnAtOrABraceStayHidden(String value) {
    for (String shape : new String[] {P_WORD + ": %s", P_WORD + "=%s user=bob", "{\"" + P_WORD + "\": \"%s\"}"}) {
      String line = String.format(shape, value);
      assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"token=%s", "Bad activity token: %s", "session=%s"})
  void generatedTokensWithAnAtStayHidden(String shape) {
    Random r = new Random(shape.hashCode());
    String value = FakeSecrets.mixed(r, 20) + "@" + FakeSecrets.chars(r, FakeSecrets.HEX, 7) + "a";
    String line = String.format(shape, value);
    assertThat(REDACTOR.redact(line)).as(line).doesNotContain(value).contains("[REDACTED:");
  }
}
