package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Localised programs and their users name a password in their own script: {@code пароль}, {@code 密码},
 * {@code パスワード}, {@code 비밀번호}, {@code hasło}, {@code şifre}. Such a key hides its value as
 * {@code password} does, with the full-width colon an input method types; the word inflected in a
 * sentence, or a compound that is not a password ({@code 密码错误}, "wrong password"), passes.
 */
class LocalisedPasswordKeysTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = FakeSecrets.mixed(new Random(71), 14);

  @ParameterizedTest
  @ValueSource(strings = {
    "пароль: %s",
    "Пароль=%s",
    "ПАРОЛЬ: %s",
    "2026-11-30 12:00:01 INFO  Подключение к БД: пользователь=app, пароль=%s",
    "Неверный пароль: %s",
    "{\"логин\":\"admin\",\"пароль\":\"%s\"}",
    "db.пароль = \"%s\"",
    "用户名: admin 密码: %s",
    "密码：%s",
    "数据库密码=%s",
    "密碼: %s",
    "パスワード=%s",
    "管理者パスワード：%s",
    "비밀번호: %s",
    "hasło=%s",
    "Hasło: %s",
    "şifre=%s",
    "Yeni Şifre: %s",
    "jelszó: %s",
    "lösenord=%s",
    "slaptažodis: %s",
    "סיסמה: %s",
    "passord=%s",
    "parola: %s",
  })
  void aPasswordUnderALocalisedKeyIsHidden(String template) {
    assertThat(REDACTOR.redact(template.formatted(PW)))
        .isEqualTo(template.formatted("[REDACTED:password-assignment]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Новый пароль установлен",
    "Смена пароля: успешно",
    "Введите пароль:",
    "пароль: ${DB_PASSWORD}",
    "密码: ******",
    "密码错误: admin",
    "パスワードを変更しました",
    "비밀번호를 잊으셨나요?",
    "Hasła nie pasują do siebie",
    "Заказ 4417 оформлен, пользователь admin вошёл в систему",
  })
  void localisedTextWithoutAPasswordPassesUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /**
   * A translated message under a password key is text: i18n catalogs and localised programs' output
   * ({@code passwd：密码未更改}, shadow's {@code passwd(1)} in Chinese) write the message in Han, kana
   * or Hangul, in which nobody types a password.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "changePassword: '修改密码',",
    "invalidUsernameOrPassword: '用户名或密码错误',",
    "pleaseInputPasswordTips: '请输入密码（若密码为空，将生成随机密码）',",
    "msgstr \"passwd：密码未更改\\n\"",
    "msgstr \"passwd：密碼成功變更\\n\"",
    "\"为了“密码：”)。如果设置了此变量，提示不会被翻译。\"",
    "password: 変更されませんでした",
    "비밀번호: 변경되지 않음",
  })
  void aTranslatedMessageUnderAPasswordKeyPassesUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"密码：%s", "password: %s", "密碼=%s"})
  void aPasswordMixingHanWithAsciiIsStillHidden(String template) {
    String mixed = "密" + PW;
    assertThat(REDACTOR.redact(template.formatted(mixed)))
        .isEqualTo(template.formatted("[REDACTED:password-assignment]"));
  }

  /**
   * Chinese writes "the password is: v" with the copula after the word ({@code 初始密码为：v},
   * {@code 您的密码是：v}), Japanese and Korean with a topic particle ({@code パスワードは: v},
   * {@code 비밀번호는: v}); such a word still names the value. "Is empty" ({@code 密码为空}) is no key.
   */
  @ParameterizedTest
  @ValueSource(strings = {"初始密码为：%s", "您的密码是：%s", "用户的登录密码是: %s", "新しいパスワードは: %s",
      "비밀번호는: %s", "访问令牌为：%s"})
  void aPasswordAfterACopulaOrATopicParticleIsHidden(String template) {
    String hidden = template.formatted(PW);
    assertThat(REDACTOR.redact(hidden)).doesNotContain(PW).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"密码为空", "密码为：空", "密码是否正确：否", "您的密码是：******", "パスワードは変更されました"})
  void aCopulaWithoutAValuePassesUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  /** sudo's catalogs print a timeout as minutes and seconds: specifiers joined by a dot, not a value. */
  @ParameterizedTest
  @ValueSource(strings = {"msgstr \"Expiração do pedido de senha: %d.%d minutos\"",
      "msgstr \"Timeout per inserimento password: %d.%d minuti\"", "пароль: %d.%d минут", "password: %s:%s"})
  void formatSpecifiersJoinedByPunctuationPassUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
