package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chinese, Japanese and Korean programs name a key or a token in their own script:
 * {@code 密钥}, {@code 秘钥}, {@code 私钥}, {@code 令牌}, {@code トークン}, {@code 秘密鍵}, {@code 토큰},
 * {@code 비밀키}, and a password {@code 口令}, {@code 暗証番号};
 * French and Turkish {@code jeton}, Spanish {@code clave}, Portuguese {@code chave}, Polish {@code klucz},
 * Turkish {@code anahtar} and German {@code Schlüssel} ("key") too. A generated value under such a key is hidden as under
 * {@code token}; a plain word or a message is not, since the words are common in ordinary text.
 */
class LocalisedTokenKeysTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String TOKEN = FakeSecrets.mixed(new Random(72), 32);

  @ParameterizedTest
  @ValueSource(strings = {
    "密钥：%s",
    "app.密钥=%s",
    "{\"应用密钥\": \"%s\"}",
    "2026-11-30 12:00:01 INFO [main] c.e.App - 秘钥: %s",
    "访问令牌=%s",
    "토큰: %s",
    "액세스 토큰=%s",
    "私钥=%s",
    "秘密鍵=%s",
    "{\"비밀키\": \"%s\"}",
    "새 시크릿：%s",
    "app.トークン=%s",
    "新しいアクセストークンは: %s",
    "シークレット: %s",
    "Schlüssel: %s",
    "{\"API-Schlüssel\": \"%s\"}",
    "jeton: %s",
    "{\"jeton\": \"%s\"}",
    "app.clave=%s",
    "chave: %s",
    "klucz=%s",
    "anahtar: %s",
    "erişim anahtarı=%s",
  })
  void aGeneratedValueUnderALocalisedTokenKeyIsHidden(String template) {
    assertThat(REDACTOR.redact(template.formatted(TOKEN)))
        .isEqualTo(template.formatted("[REDACTED:token-assignment]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"口令: %s", "{\"口令\": \"%s\"}", "数据库口令=%s", "暗証番号: %s"})
  void aPasswordUnderKouLingOrAnshoBangoIsHidden(String template) {
    String password = FakeSecrets.mixed(new Random(73), 14);
    assertThat(REDACTOR.redact(template.formatted(password)))
        .isEqualTo(template.formatted("[REDACTED:password-assignment]"));
  }

  /**
   * A letter beyond ASCII makes a value a word only without a digit: a token that a display mark or
   * mojibake runs into ({@code …} read as Latin-1) stays hidden whole.
   */
  @ParameterizedTest
  @ValueSource(strings = {"access_token=%s\u00e2\u20ac\u00a6", "\"refresh_token\": \"%s\u00e9x\"", "token: %s\u00e2"})
  void aGeneratedTokenThatALetterBeyondAsciiRunsIntoStaysHidden(String template) {
    String line = template.formatted(TOKEN);
    assertThat(REDACTOR.redact(line)).doesNotContain(TOKEN.substring(0, 8)).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "密钥：未配置",
    "密钥文件不存在",
    "令牌已过期，请重新登录",
    "令牌：无效",
    "令牌: expired",
    "口令错误",
    "口令长度不足8位",
    "토큰: 만료됨",
    "토큰이 만료되었습니다",
    "密钥: ${APP_SECRET}",
    "токен: истёк",
    "Токен недействителен",
    "секрет: не задан",
    "секретный ключ: отсутствует",
    "jeton : expiré",
    "clave: no encontrada",
    "palabra clave: contraseña",
    "chave: inválida",
    "klucz: nie znaleziono",
    "anahtar: bulunamadı",
    "Anahtar kelime: şifreleme",
    "API anahtarı: geçersiz",
    "ключ: значение",
    "Ключ: не найден",
    "トークン: 無効",
    "トークンの有効期限が切れました",
    "私钥：已加载",
    "비밀키: 없음",
    "암호는 UTF-8이어야 합니다",
    "Schlüssel: nicht gefunden",
    "Öffentlicher Schlüssel: ssh-ed25519",
    "token: inválido",
    "access_token: ungültig",
  })
  void localisedTextWithoutAGeneratedValuePassesUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }
}
