package dev.redact4j.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.Redactor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A detector may reject its anchor by the character after it ({@code auth} in {@code Authenticate});
 * the engine then never calls it there, wherever the text is cut into chunks. Key rules use this
 * only where no term goes on with that letter, so every key they found before is still found.
 */
class AnchorFollowerTest {
  /** Records where it is called; rejects "ab" before a lower-case 'x'. */
  private static final class Recording implements Detector {
    final List<Integer> calls = new ArrayList<>();

    @Override
    public long match(CharSequence text, int anchorStart, int anchorEnd) {
      calls.add(anchorStart);
      return NO_MATCH;
    }

    @Override
    public int window() {
      return 0;
    }

    @Override
    public boolean rejectsAnchorFollowedBy(String literal, char c) {
      return literal.equals("ab") && c == 'x';
    }
  }

  private static List<Integer> calls(String text) {
    Recording detector = new Recording();
    Engine engine = Engine.compile(List.of(new Rule("ab", "test", "ab", "", List.of(Anchor.anyCase("ab")), detector,
        null, 0)));
    assertThat(engine.find(text)).isNull();
    return detector.calls;
  }

  @Test
  void anAnchorIsTriedUnlessItsFollowerIsRejected() {
    // followed by a blank, by a rejected 'x', by an upper-case 'X' (not rejected), by the end of the text
    assertThat(calls("ab abx abX ab")).containsExactly(0, 7, 11);
  }

  @Test
  void theFollowerMayLieInTheNextChunk() {
    String head = "-".repeat(2048 - 2); // the chunk ends right after "ab"
    assertThat(calls(head + "abx ab")).containsExactly(head.length() + 4);
    assertThat(calls(head + "ab ab")).containsExactly(head.length(), head.length() + 3);
  }

  @ParameterizedTest
  @CsvSource({"pass, w, true", "pass, p, true", "pass, e, true", "pass, i, false", "auth, e, false", "auth, o, false",
      "pat, h, false", "pat, t, false", "session, i, true", "session, k, true", "secret, o, true", "key, s, true",
      "key, b, false", "sig, n, true", "token, s, true", "token, i, false"})
  void aTermGoesOnOnlyWithTheLettersOfALongerTerm(String literal, char c, boolean goesOn) {
    assertThat(KeyNames.termGoesOn(literal, c)).isEqualTo(goesOn);
  }

  /** A token's first segment starts right after its anchor: with its separator or a character of its class. */
  @Test
  void aTokenRejectsAnAnchorItsFirstSegmentCannotFollow() {
    TokenDetector digits = TokenDetector.spec().then(CharClass.of("0-9/"), 16, 40).build();
    assertThat(digits.rejectsAnchorFollowedBy("1/", 'u')).isTrue(); // /v1/users
    assertThat(digits.rejectsAnchorFollowedBy("1/", '7')).isFalse();
    TokenDetector dotted = TokenDetector.spec().then('.', CharClass.ALNUM, 22, 22).build();
    assertThat(dotted.rejectsAnchorFollowedBy("SG", 'x')).isTrue();
    assertThat(dotted.rejectsAnchorFollowedBy("SG", '.')).isFalse();
    TokenDetector optional = TokenDetector.spec().optionalRest().then('.', CharClass.ALNUM, 8, 8).build();
    assertThat(optional.rejectsAnchorFollowedBy("eyJ", ' ')).isFalse(); // the anchor alone may be the token
  }

  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  /** Keys whose term word goes on as a longer term: their values are still hidden. */
  @ParameterizedTest
  @ValueSource(strings = {"passwd=Xq7#kLm2Vb", "password: Xq7#kLm2Vb", "passphrase=\"Xq7#kLm2Vb\"",
      "passcode=Xq7#kLm2Vb", "secrete=Xq7#kLm2Vb9", "sessionid=Zq8Wm3Kd7Lp2Xr5Tn", "sessionkey=Zq8Wm3Kd7Lp2Xr5Tn",
      "signature=Zq8Wm3Kd7Lp2Xr5Tn", "tokens=Zq8Wm3Kd7Lp2Xr5Tn", "api_keys: Zq8Wm3Kd7Lp2Xr5Tn9",
      "authToken=Zq8Wm3Kd7Lp2Xr5Tn", "patToken=Zq8Wm3Kd7Lp2Xr5Tn", "Passwort=Xq7#kLm2Vb", "db.passwort: Xq7#kLm2Vb",
      "password2=Xq7#kLm2Vb", "token1=Zq8Wm3Kd7Lp2Xr5Tn"})
  void keysWithLongerTermsAreStillFound(String assignment) {
    String value = assignment.substring(assignment.indexOf(assignment.contains("=") ? '=' : ':') + 1).trim()
        .replace("\"", "");
    assertThat(REDACTOR.redact("config " + assignment + " loaded")).doesNotContain(value);
  }

  /** Words that start with a key word name nothing; the hits on them are dropped, not judged. */
  @ParameterizedTest
  @ValueSource(strings = {"path=/var/lib/app/data", "pattern=yyyy-MM-dd", "authenticated=true", "passed=42",
      "keyboard=us-intl", "tokenizer=whitespace", "WWW-Authenticate: Bearer realm=\"api\"",
      "secret2025-03-14T10:00:00.000Z cafe word"})
  void wordsThatStartWithAKeyWordPassThrough(String text) {
    assertThat(REDACTOR.redact(text)).isEqualTo(text);
  }
}
