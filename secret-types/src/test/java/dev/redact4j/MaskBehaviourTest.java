package dev.redact4j;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every mask of docs/rules-file.md through Redactor.Builder: output, keys, and a second pass. */
class MaskBehaviourTest {
  private static final String GITHUB = FakeSecrets.github(new Random(5), "ghp_");
  private static final byte[] KEY = "fake-fingerprint-key-0001".getBytes(UTF_8);

  private static final List<String> INPUTS = List.of(
      "password=hunter2-correct-horse",
      "token " + GITHUB,
      "{\"password\":\"Xk9#mQ2!zR\",\"apiKey\":\"" + GITHUB + "\"}",
      "apiKey=" + GITHUB + " user=bob",
      "export GITHUB_TOKEN=" + GITHUB,
      "postgres://bob:Xk9mQ2zRpw@db:5432/app",
      "secret: Xk9mQ2zRpwLong");

  private static final List<Mask> MASKS = List.of(Mask.typed(), Mask.fixed("****"), Mask.fixed("<hidden>"),
      Mask.keepPrefix(), Mask.keepLast(4, 16), Mask.keepLast(8, 32), Mask.fingerprint());

  @Test
  void redactingTwiceChangesNothingWithAnyMask() {
    for (Mask mask : MASKS) {
      Redactor redactor = Redactor.newBuilder().mask(mask).fingerprintKey(KEY).build();
      for (String input : INPUTS) {
        String once = redactor.redact(input);
        assertThat(redactor.redact(once)).as("%s on %s", mask, input).isEqualTo(once);
      }
    }
  }

  @Test
  void fingerprintsAreEqualForEqualSecretsAndDifferUnderAnotherKey() {
    Redactor one = Redactor.newBuilder().mask(Mask.fingerprint()).fingerprintKey(KEY).build();
    Redactor same = Redactor.newBuilder().mask(Mask.fingerprint())
        .fingerprintKey(SecretString.of(new String(KEY, UTF_8))).build();
    Redactor other = Redactor.newBuilder().mask(Mask.fingerprint())
        .fingerprintKey("fake-fingerprint-key-0002".getBytes(UTF_8)).build();
    String text = "token " + GITHUB + " again " + GITHUB;
    String out = one.redact(text);
    assertThat(out).matches("token \\[REDACTED:github-pat-classic:([0-9a-f]{8})] again \\[REDACTED:github-pat-classic:\\1]");
    assertThat(same.redact(text)).isEqualTo(out);
    assertThat(other.redact(text)).isNotEqualTo(out);
    assertThat(one.scan(text)).extracting(Finding::fingerprint).containsOnly(out.substring(35, 43));
    assertThat(one.redact("token " + FakeSecrets.github(new Random(6), "ghp_"))).isNotEqualTo(out.substring(0, 44));
  }

  @Test
  void keysShorterThan16BytesAreRefused() {
    assertThatThrownBy(() -> Redactor.newBuilder().fingerprintKey("fifteen-chars-k".getBytes(UTF_8)))
        .isInstanceOf(RedactionConfigException.class)
        .hasMessage("The fingerprint key needs at least 16 bytes, had 15");
  }

  @Test
  void keepLastShowsTheEndOfLongSecretsOnlyAndPrefixAtMostAThird() {
    Redactor last = Redactor.newBuilder().mask(Mask.keepLast(4, 16)).build();
    assertThat(last.redact("token " + GITHUB))
        .isEqualTo("token [REDACTED:github-pat-classic:..." + GITHUB.substring(GITHUB.length() - 4) + "]");
    assertThat(last.redact("password=Xk9#mQ2!zR")).isEqualTo("password=[REDACTED:password-assignment]");
    assertThat(Redactor.newBuilder().mask(Mask.keepPrefix()).build().redact("token " + GITHUB))
        .isEqualTo("token ghp_[REDACTED:github-pat-classic]");
  }
}
