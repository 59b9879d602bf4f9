package dev.redact4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Lines from a trial of {@code redact} on real logs: each hides its password and gives back the rest
 * of the line (a shell prefix's command, a keyword argument that names a variable, a printed argument
 * list's bracket), and command lines that put a password in an argument hide it.
 */
class OverRedactionTest {
  private static final String PW = "Xk9" + "fake2Lm";

  @Test
  void theRestOfTheLineComesBack() {
    String input = "PGPASSWORD=" + PW + " psql -h db -U app\n"
        + "password=" + PW + " bob\n"
        + "[mysql, -u, root, -p" + PW + "]\n"
        + "conn = psycopg2.connect(host=h, password=password)\n"
        + "password=self.password\n"
        + "password=os.environ[\"DB_PASSWORD\"]\n";

    CliRun run = CliRun.of(input);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("PGPASSWORD=[REDACTED:password-assignment] psql -h db -U app\n"
        + "password=[REDACTED:password-assignment] bob\n"
        + "[mysql, -u, root, -p[REDACTED:cli-password-attached]]\n"
        + "conn = psycopg2.connect(host=h, password=password)\n"
        + "password=self.password\n"
        + "password=os.environ[\"DB_PASSWORD\"]\n");
  }

  @Test
  void configLinesKeepTheirWholeValues() {
    String input = "password: two words\nexport PASSWORD=two words\nDB_PASSWORD=correct horse battery\n";

    assertThat(CliRun.of(input).out())
        .isEqualTo("password: [REDACTED:password-assignment]\nexport PASSWORD=two words\n"
            + "DB_PASSWORD=[REDACTED:password-assignment]\n");
  }

  @Test
  void commandLinePasswordsAreHidden() {
    String input = "unrar x -p" + PW + " a.rar\n"
        + "rar a -hp" + PW + " a.rar\n"
        + "hdbsql -u SYSTEM -p " + PW + "\n"
        + "openssl passwd -6 " + PW + "\n"
        + "wpa_passphrase MySSID " + PW + "\n";

    CliRun run = CliRun.of(input);

    assertThat(run.out()).doesNotContain(PW);
    assertThat(run.out()).isEqualTo("unrar x -p[REDACTED:cli-rar-password] a.rar\n"
        + "rar a -hp[REDACTED:cli-rar-password] a.rar\n"
        + "hdbsql -u SYSTEM -p [REDACTED:cli-hana-password]\n"
        + "openssl passwd -6 [REDACTED:cli-openssl-passwd]\n"
        + "wpa_passphrase MySSID [REDACTED:password-assignment]\n");
  }
}
