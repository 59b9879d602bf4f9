package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credentials that people write in sentences (chat, tickets, e-mail), in English and other languages:
 * {@code the new password for the staging DB is <v>}, {@code das Passwort ist <v>}. The value must have a
 * secret's make-up; sentences that only mention a password stay as they are.
 */
class HumanProseSecretsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  /** A generated password made of letters of both cases, digits and a symbol, from a seeded generator. */
  private static String password(Random r) {
    return FakeSecrets.mixed(r, 10) + "#" + FakeSecrets.chars(r, FakeSecrets.DIGITS, 2);
  }

  /** A Wi-Fi style key: lower-case letters and digits only, 12 long, at least one of each. */
  private static String lowerKey(Random r) {
    return FakeSecrets.chars(r, "abcdefghjkmnpqrstuvwxyz", 6) + FakeSecrets.chars(r, FakeSecrets.DIGITS, 2)
        + FakeSecrets.chars(r, "abcdefghjkmnpqrstuvwxyz0123456789", 4);
  }

  static Stream<Function<String, String>> passwordAfterACopulaFurtherOn() {
    return Stream.of(
        v -> "[17:07] erin: the new password for the staging DB is " + v,
        v -> "ok the pw for jenkins is " + v + " !",
        v -> "User: la nuova password è " + v,
        v -> "le nouveau mot de passe est " + v,
        v -> "a senha do banco é " + v + ".",
        v -> "la contraseña del servidor es " + v,
        v -> "das neue Passwort für die Staging-DB ist " + v,
        v -> "Passwort ist " + v + ", bitte nicht weitergeben",
        v -> "Bob (Customer) \u2014 11:42\npass for the jump host = " + v,
        v -> "password for the vault ui -> " + v);
  }

  @ParameterizedTest
  @MethodSource("passwordAfterACopulaFurtherOn")
  void aGeneratedPasswordAfterIsFurtherOnIsHidden(Function<String, String> line) {
    String value = password(new Random(line.apply("").hashCode()));
    String out = REDACTOR.redact(line.apply(value));
    assertThat(out).as(line.apply(value)).doesNotContain(value).contains("[REDACTED:password-assignment]");
  }

  static Stream<Function<String, String>> passwordAfterAnotherLanguagesCopula() {
    return Stream.of(
        v -> "Das Passwort lautet " + v,
        v -> "Ihr neues Kennwort f\u00fcr den VPN-Zugang lautet " + v + ".",
        v -> "heslo je " + v,
        v -> "\u043f\u0430\u0440\u043e\u043b\u044c \u2014 " + v,
        v -> "\u043f\u0430\u0440\u043e\u043b\u044c \u0432\u0456\u0434 \u0431\u0430\u0437\u0438 \u2014 " + v,
        v -> "password \u2013 " + v);
  }

  @ParameterizedTest
  @MethodSource("passwordAfterAnotherLanguagesCopula")
  void aPasswordAfterLautetJeOrADashIsHidden(Function<String, String> line) {
    String value = password(new Random(line.apply("").hashCode()));
    String out = REDACTOR.redact(line.apply(value));
    assertThat(out).as(line.apply(value)).doesNotContain(value).contains("[REDACTED:password-assignment]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Das Passwort lautet wie immer.", "Passwort lautet: siehe KeePass",
      "heslo je \u0161patn\u011b", "\u043f\u0430\u0440\u043e\u043b\u044c \u2014 \u0432 vault",
      "password \u2014 see the vault", "the password \u2014 it expired on 2026-11-30 \u2014 was reset"})
  void sentencesWithLautetJeOrADashStay(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  static Stream<Function<String, String>> passwordEndingAJsonString() {
    return Stream.of(
        v -> "{\"type\":\"message\",\"user\":\"U04ABC045\",\"text\":\"Passwort ist " + v + "\",\"ts\":\"1764800045.46\"}",
        v -> "{\"type\":\"message\",\"text\":\"la password \u00e8 " + v + "\",\"ts\":\"1764800073.22\"}",
        v -> "{\"text\":\"Ihr neues Kennwort lautet: " + v + "\",\"ts\":\"1764800168.12\"}",
        v -> "{\"post\":{\"message\":\"je nieuwe wachtwoord is " + v + "\"}}",
        v -> "[{\"body\":\"the new password for jenkins is " + v + "\"}]");
  }

  @ParameterizedTest
  @MethodSource("passwordEndingAJsonString")
  void aPasswordThatEndsAChatExportsJsonStringIsHidden(Function<String, String> line) {
    String value = password(new Random(line.apply("").hashCode()));
    String out = REDACTOR.redact(line.apply(value));
    assertThat(out).as(line.apply(value)).doesNotContain(value.substring(0, 8))
        .contains("[REDACTED:password-assignment]\"").doesNotContain("\"ts\":\"[REDACTED");
  }

  static Stream<Function<String, String>> lowerCaseKeyAfterIs() {
    return Stream.of(
        v -> "[12:36] carol: wifi password is " + v,
        v -> "the wifi pw is " + v + " \uD83D\uDCF6",
        v -> "le mot de passe wifi est " + v);
  }

  @ParameterizedTest
  @MethodSource("lowerCaseKeyAfterIs")
  void lowerCaseLettersAndDigitsAfterAPasswordWordAndIsAreHidden(Function<String, String> line) {
    String value = lowerKey(new Random(line.apply("").hashCode()));
    String out = REDACTOR.redact(line.apply(value));
    assertThat(out).as(line.apply(value)).doesNotContain(value).contains("[REDACTED:password-assignment]");
  }

  static Stream<Function<String, String>> userSlashPassword() {
    return Stream.of(
        v -> "[09:02] frank: creds: admin / " + v,
        v -> "- creds: admin / " + v,
        v -> "frank: password: deploy / " + v + " (rotated)",
        v -> "creds: admin / " + v);
  }

  @ParameterizedTest
  @MethodSource("userSlashPassword")
  void thePasswordOfAUserSlashPasswordPairAfterACredentialsKeyIsHidden(Function<String, String> line) {
    String value = password(new Random(line.apply("").hashCode()));
    String out = REDACTOR.redact(line.apply(value));
    assertThat(out).as(line.apply(value)).doesNotContain(value).contains("[REDACTED:");
  }

  /**
   * Under a key that names a password, the first of {@code X / Y} may be the password itself (a generated
   * suffix after it, a second password): both halves are hidden, whatever the second one looks like.
   */
  @ParameterizedTest
  @ValueSource(strings = {"password=%s / abc", "password=%s / =_/a.\"b", "pwd: %s / Xy7pQ9wLmK2z",
      "login failed, password=%s / retry"})
  void aPasswordKeysFirstHalfOfASlashPairIsHiddenToo(String shape) {
    String value = FakeSecrets.mixed(new Random(shape.hashCode()), 12); // letters and digits, as a user name may be
    String out = REDACTOR.redact(shape.formatted(value));
    assertThat(out).as(shape.formatted(value)).doesNotContain(value).contains("[REDACTED:password-assignment]");
  }

  static Stream<Function<String, String>> pinInProse() {
    return Stream.of(
        v -> "commit 0c75c9716410 fix: the PIN is " + v,
        v -> "> your PIN: " + v + "\nthanks, that worked",
        v -> "PIN for the card reader is " + v + ".",
        v -> "door code PIN " + v + ", alarm is off",
        v -> "die PIN ist " + v,
        v -> "le code PIN est " + v,
        v -> "PIN-Code: " + v,
        v -> "pin = " + v);
  }

  @ParameterizedTest
  @MethodSource("pinInProse")
  void aPinOfSixDigitsOrMoreAfterItsWordIsHidden(Function<String, String> line) {
    Random r = new Random(line.apply("").hashCode());
    String value = FakeSecrets.chars(r, FakeSecrets.DIGITS, 6 + r.nextInt(3));
    String out = REDACTOR.redact(line.apply(value));
    assertThat(out).as(line.apply(value)).doesNotContain(value).contains("[REDACTED:pin-code]");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "PIN entry timed out after 30000 ms",
    "reset PIN flow is confusing",
    "PIN changed for account 12345678",
    "see https://www.pinterest.com/pin/123456789012/",
    "mapping 1234567 rows took 12 s",
    "spinning for 120000 ms",
    "PIN must have 6 digits",
    "gpio pin 17 is high",
    "PIN 12345 rejected",
    "PIN: 2024-11-30",
    "PIN 123456.78 is no pin",
    "SIM_PIN 1234567",
    "order 17 pin=909090 paid",
  })
  void sentencesAboutAPinStay(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @org.junit.jupiter.api.Test
  void jenkinsInitialPasswordAfterABlankLineKeepsItsOwnRule() {
    String hex = FakeSecrets.chars(new Random(7), "0123456789abcdef", 32);
    String out = REDACTOR.redact("Please use the following password to proceed to installation:\n\n" + hex + "\n");
    assertThat(out).isEqualTo(
        "Please use the following password to proceed to installation:\n\n[REDACTED:jenkins-initial-admin-password]\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"User: Password below:\n%s", "commit a57e24072805 fix: Password below:\r\n%s\r\n",
      "[OPS-9909] comment by oscar: API key below:\n%s", "the token below:\n%s\nthanks"})
  void aGeneratedValueAloneOnTheLineAfterBelowIsHidden(String format) {
    String value = FakeSecrets.mixed(new Random(format.hashCode()), 24);
    String out = REDACTOR.redact(String.format(format, value));
    assertThat(out).as(format).doesNotContain(value).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Your new password:\n%s", "Password:\n%s\n", "password:\n  %s", "Your password:\n\n%s",
      "db:\n  password:\n    %s", "client_secret:\r\n%s\r\n"})
  void aGeneratedValueAloneOnTheLineBelowItsKeyIsHidden(String format) {
    String value = FakeSecrets.mixed(new Random(format.hashCode()), 20);
    String out = REDACTOR.redact(String.format(format, value));
    assertThat(out).as(format).doesNotContain(value).contains("[REDACTED:");
  }

  /**
   * A {@code Password:} prompt in a terminal transcript is followed by the output of the command it ran: a
   * kernel's or a package's version, a host, file or class name, a pod's name. Alone on its line, it has a
   * secret's make-up (letters and digits), but it is a name.
   */
  @ParameterizedTest
  @ValueSource(strings = {"[sudo] password for bob:\n5.15.0-89-generic\n$ ", "Enter password:\nmysql-8.0.33-debian-11",
      "[sudo] password for bob:\nip-10-0-1-23.ec2.internal", "Password:\nnginx-deployment-66b6c48dd5-4jw2h\n",
      "Password:\n\nlog4j2-spring.xml", "Enter password:\n  spring-boot-starter-3.2.1",
      "Your new password:\nbob.smith42@example.com", "client_secret:\nmy-release-postgresql-0",
      "Password:\n'rijndael-vaes-avx2-amd64.S'.", "Password:\nbackup-2024-05-01.tar.bz2", "Password:\nuse_ppc9le_crypto",
      "Password:\n--enable-fips140-mode", "Password:\n0003-MODSIGN-checking-the-hash-before-loading-a-module"})
  void aNameAPromptsCommandPrintsOnTheLineBelowStays(String text) {
    assertThat(REDACTOR.redact(text)).isEqualTo(text);
  }

  @Test
  void aUuidAHexTokenOrAPassphraseAloneBelowItsKeyIsStillHidden() {
    Random random = new Random(42);
    String uuid = new java.util.UUID(random.nextLong(), random.nextLong()).toString();
    String hex = FakeSecrets.chars(random, FakeSecrets.HEX, 40);
    String phrase = "saddle-quartz-island-garden" + (10 + random.nextInt(90));
    for (String value : new String[] {uuid, hex, phrase}) {
      String out = REDACTOR.redact("Your new password:\n" + value + "\n");
      assertThat(out).as(value).doesNotContain(value).contains("[REDACTED:");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"password:\nWelcome to Ubuntu 22.04.3 LTS", "Password:\nSUCCESS", "password:\n  user: bob",
      "secret:\n  name: db-credentials", "password:\n\n\nlogin ok"})
  void whatFollowsAKeyOnTheNextLinesWithoutASecretsMakeUpStays(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"password is %s (all lowercase)", "the new passphrase is %s", "Passwort ist %s.",
      "password is %s, don't share it"})
  void aPassphraseOfHyphenatedWordsAfterPasswordIsIsHidden(String format) {
    Random r = new Random(format.hashCode());
    String[] words = {"amber", "anchor", "basket", "candle", "copper", "dolphin", "falcon", "garden", "harbor"};
    // built at run time from a seeded generator: a placeholder word such as Fake would mark it as no value
    String value = "Sample-" + words[r.nextInt(words.length)] + "-" + words[r.nextInt(words.length)] + "-"
        + words[r.nextInt(words.length)];
    String out = REDACTOR.redact(String.format(format, value));
    assertThat(out).as(format).doesNotContain(value.substring(7)).contains("[REDACTED:password-assignment]");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Password below:\nplease use the vault from now on",
    "Password below:\nSee ticket OPS-4521",
    "the password is one-time-use only",
    "the password is case-sensitive",
    "password is auto-generated-by-the-installer",
    "the password is stored in vault.example.com",
    "API key below:\nhttps://example.com/docs/keys",
  })
  void sentencesAfterBelowOrIsStay(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  /** A recovery code of the xxxx-xxxx shape, with a digit, from a seeded generator. */
  private static String recoveryCode(Random r) {
    String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
    return FakeSecrets.chars(r, alphabet, 3) + FakeSecrets.chars(r, "23456789", 1) + "-"
        + FakeSecrets.chars(r, alphabet, 4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"- my 2FA recovery codes: %s %s", "recovery code %s", "here are the backup codes %s %s",
      "> backup codes below:\n> %s %s\nthanks, that worked", "MFA codes: %s, %s."})
  void recoveryCodesAreHidden(String format) {
    Random r = new Random(format.hashCode());
    String first = recoveryCode(r);
    String second = recoveryCode(r);
    String out = REDACTOR.redact(String.format(format, first, second));
    assertThat(out).as(format).doesNotContain(first).doesNotContain(second).contains("[REDACTED:recovery-codes]");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "recovery codes were regenerated, print them",
    "backup codes are in the safe",
    "backup code rotation scheduled for 2024-11-30",
    "exit code 1 after 12 s",
    "recovery code-path refactoring-done",
    "status code 404 for /recovery",
  })
  void sentencesAboutRecoveryCodesStay(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "the password for user admin2024 is locked",
    "password for user admin2024 was reset",
    "the password policy is v2 since 2024",
    "the password is in the vault, ask Erin",
    "password is required",
    "das Passwort ist abgelaufen",
    "le mot de passe est expiré depuis 3 jours",
    "the password field is masked in build 20241130",
    "password is sha256hashed before storage",
    "password for the vault ui -> see the runbook",
    "pass for build 4521 = ok",
    "and so is `pass` turned into `password` by `suffix = \"word\"` (a prefix can",
    // an e-mail's subject that ends in login is no .netrc login token before the body's first word
    "Subject: login\nnew password must contain 12 characters",
    "Re: login\r\nnew password must be set today",
  })
  void sentencesAboutAPasswordStay(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }
}
