package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A value the engine finds under its key is hidden where it repeats in the same line, so that no echo
 * of it shows ({@code password=<v> ... login failed for <v>}); a value that is a plain word is hidden
 * only where it stands as a word, not inside a longer one.
 */
class RepeatedValuesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @Test
  void aValueFoundUnderItsKeyIsHiddenWhereTheLineRepeatsIt() {
    String value = FakeSecrets.mixed(new Random(31), 14);

    String out = REDACTOR.redact("connect password=" + value + " user=bob: login failed for " + value + ".");

    assertThat(out).isEqualTo("connect password=[REDACTED:password-assignment] user=bob: login failed for "
        + "[REDACTED:password-assignment].");
  }

  @Test
  void aValueThatTakesTheCommaOfItsListIsHiddenWhereItRepeatsWithout() {
    // password= at the start of a line owns the line up to the next key: the list's comma goes with it
    String value = FakeSecrets.mixed(new Random(53), 16);

    String out = REDACTOR.redact("password=" + value + ", user=bob login failed for " + value);

    assertThat(out).doesNotContain(value).endsWith("login failed for [REDACTED:password-assignment]");
  }

  @Test
  void aPasswordThatIsItsOwnKeysWordLeavesTheKeyReadable() {
    // Maven's settings.xml templates and docker-compose files: the password is the word password
    assertThat(REDACTOR.redact("<password>password</password>"))
        .isEqualTo("<password>[REDACTED:password-assignment]</password>");
    assertThat(REDACTOR.redact("password=password user=bob"))
        .isEqualTo("password=[REDACTED:password-assignment] user=bob");
    assertThat(REDACTOR.redact("{\"password\": \"password\"}"))
        .isEqualTo("{\"password\": \"[REDACTED:password-assignment]\"}");
    assertThat(REDACTOR.redact("  password: password\n  user: bob"))
        .isEqualTo("  password: [REDACTED:password-assignment]\n  user: bob");
    // the same word as a value elsewhere in the line is still the value's repeat
    assertThat(REDACTOR.redact("{\"password\": \"password\", \"hint\": \"was password\"}"))
        .isEqualTo("{\"password\": \"[REDACTED:password-assignment]\", "
            + "\"hint\": \"was [REDACTED:password-assignment]\"}");
  }

  @Test
  void aPlainWordValueIsHiddenAsAWordNotInsideALongerOne() {
    // supabase status: the local database's password is its user's name and its database's name
    String out = REDACTOR.redact("DB URL: postgresql://postgres:postgres@127.0.0.1:54322/postgres");

    assertThat(out).isEqualTo("DB URL: postgresql://[REDACTED:url-credentials]:[REDACTED:url-credentials]"
        + "@127.0.0.1:54322/[REDACTED:url-credentials]");
  }

  @Test
  void aGeneratedValueIsHiddenWhereverItRepeatsEvenGluedToOtherCharacters() {
    String value = FakeSecrets.mixed(new Random(32), 16);

    String out = REDACTOR.redact("password=" + value + " cache key user1" + value + "x");

    assertThat(out).doesNotContain(value);
  }
}
