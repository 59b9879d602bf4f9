package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Command lines that put a password in an argument, found by anchors that already exist
 * ({@code openssl}, {@code pass}): only the password is hidden, and prose about the same tools passes.
 */
class RemainingCommandLinesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = "Xk9" + "fake2Lm";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "openssl passwd -6 %s|cli-openssl-passwd",
    "openssl passwd -1 -salt abcd %s|cli-openssl-passwd",
    "$ openssl passwd -apr1 '%s' >> .htpasswd|cli-openssl-passwd",
    "openssl passwd %s|cli-openssl-passwd",
    "wpa_passphrase MySSID %s|password-assignment",
    "wpa_passphrase \"My Home\" %s >> /etc/wpa_supplicant.conf|password-assignment",
    "wpa_passphrase MySSID '%s'|password-assignment",
    "unrar x -p%s a.rar|cli-rar-password",
    "rar a -hp%s a.rar docs|cli-rar-password",
    "C:\\> WinRAR a -p%s backup.rar|cli-rar-password",
    "rar a -m5 -hp'%s' a.rar|cli-rar-password",
    "hdbsql -u SYSTEM -p %s|cli-hana-password",
    "hdbsql -n hana:30015 -i 00 -u SYSTEM -p '%s' \"SELECT 1 FROM DUMMY\"|cli-hana-password",
  })
  void thePasswordArgumentIsHidden(String template, String rule) {
    assertThat(REDACTOR.redact(template.formatted(PW))).isEqualTo(template.formatted("[REDACTED:" + rule + "]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "openssl passwd -6 -stdin < pw.txt",
    "openssl passwd -6 -in passwords.txt",
    "openssl passwd computes a hash for /etc/shadow",
    "use openssl passwd -6 with a salt",
    "the password argument of openssl passwd (not with -stdin or -in)",
    "openssl passwd",
    "openssl rand -hex 16",
    "wpa_passphrase MySSID",
    "unrar x -p a.rar",
    "hdbsql -U BACKUP_KEY \"SELECT 1 FROM DUMMY\"",
    "psql -h db -p 5432 -U app",
    "hdbsql -u SYSTEM -p",
    "PostgreSQL -p 5432 ready",
    "unrar x -p- a.rar",
    "rar a -hp a.rar docs",
    "the rar -p option prompts",
    "a Ferrar -pXk9fake2Lm",
    "library -pXk9fake2Lm",
    "wpa_passphrase MySSID < passphrase.txt",
    "wpa_passphrase prints a network block for the ssid",
    "run wpa_passphrase MySSID short",
  })
  void prosePlaceholdersAndOtherInputsPass(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
