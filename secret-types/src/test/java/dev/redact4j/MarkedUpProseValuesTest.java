package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credentials that chat, issue trackers and HTML e-mail store with formatting around the value: Markdown
 * emphasis ({@code password: **<v>**}), a code fence ({@code ```<v>```}), an inline HTML element
 * ({@code Your new password is <strong><v></strong>}) or a non-breaking blank ({@code Kennwort:&nbsp;<v>}).
 * The formatting is no part of the value and must not hide it; masks and words in the same formatting stay.
 */
class MarkedUpProseValuesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  /** A generated password of letters of both cases, digits and a symbol, from a seeded generator. */
  private static String password(Random r) {
    return FakeSecrets.mixed(r, 10) + "$" + FakeSecrets.chars(r, FakeSecrets.DIGITS, 2);
  }

  static Stream<Function<String, String>> formattedValues() {
    return Stream.of(
        v -> "password: **" + v + "**",
        v -> "Passwort: *" + v + "*",
        v -> "contraseña: *" + v + "*.",
        v -> "mot de passe : ```" + v + "```",
        v -> "pw: __" + v + "__ (rotate after)",
        v -> "{\"text\":\"prod db password: *" + v + "* \\u2014 rotate after\"}",
        v -> "<p>Password: <strong>" + v + "</strong></p>",
        v -> "<p>Temporary password: <code>" + v + "</code></p>",
        v -> "<p>Kennwort:&nbsp;" + v + "</p>",
        v -> "<p>Your new password is <strong>" + v + "</strong></p>",
        v -> "<p>Votre mot de passe est <b>" + v + "</b></p>",
        v -> "<p>Su contraseña es <span style=\"font-family:monospace\">" + v + "</span></p>",
        v -> "the password is **" + v + "**.",
        v -> "the password is ```" + v + "```.",
        v -> "**Password:** " + v,
        v -> "> **password:** " + v + " (rotate after)",
        v -> "__Kennwort:__ " + v,
        v -> "<p><b>Password:</b> " + v + "</p>",
        v -> "<p>ssh bob@grafana with password " + v + "</p>",
        v -> "<div>the new password for jenkins is " + v + "</div>",
        v -> "{\"type\":\"message\",\"text\":\"Passwort: *" + v + "*\",\"ts\":\"1764800280.99\"}",
        v -> "{\"body\":\"prod pw is _" + v + "_\",\"author\":{\"name\":\"jdoe\"}}");
  }

  @ParameterizedTest
  @MethodSource("formattedValues")
  void aPasswordInsideMarkdownOrHtmlFormattingIsHidden(Function<String, String> line) {
    String value = password(new Random(line.apply("").hashCode()));
    String out = REDACTOR.redact(line.apply(value));
    assertThat(out).as(line.apply(value)).doesNotContain(value).doesNotContain(value.substring(0, 8))
        .contains("[REDACTED:password-assignment]");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Password: ********",
      "password: **redacted**",
      "password: *hidden*",
      "**Password:** see 1Password",
      "pw: *in vault*",
      "<p>Forgot your password? <a href=\"https://example.com/reset\">Reset it</a></p>",
      "<p>Your password was changed on <strong>30 Nov 2026</strong>.</p>",
      "<p>Password: <strong>required</strong></p>",
      "the password is **wrong**.",
      "<p>Passwort:&nbsp;********</p>",
      "\tcontrib/git-credential-gnome-keyring.c: *style* use \"if ()\" not \"if()\" etc."})
  void masksAndWordsInFormattingStay(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }
}
