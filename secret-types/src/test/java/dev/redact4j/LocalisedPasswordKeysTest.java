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
}
