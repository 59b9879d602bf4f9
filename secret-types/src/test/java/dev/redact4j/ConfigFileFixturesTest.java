package dev.redact4j;

import static dev.redact4j.RedactionAssertions.CATALOG;
import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Configuration files as secret scanners' fixtures write them, quoted whole in logs (a {@code cat}-ed file in CI
 * output, a config dump): each format's way of giving a value to a named secret.
 */
class ConfigFileFixturesTest {
  /**
   * PHP's {@code define('DB_PASSWORD', '...')} (WordPress's {@code wp-config.php}) gives the constant's value as
   * an assignment does: any password, not only one that looks generated. Other constants' values still must
   * look generated (WordPress ships {@code AUTH_KEY} as a phrase asking for one).
   */
  @ParameterizedTest
  @ValueSource(strings = {"Orders" + "2026x", "bluefin" + "42", "Kx9#vb2" + "Wq"})
  void aPhpConstantsPasswordIsHiddenAsAnAssignmentsIs(String password) {
    assertHidden(String.format("define('DB_PASSWORD', '%s');", password), password);
    assertHidden(String.format("define( \"DB_PASSWORD\", \"%s\" );", password), password);
    assertHidden(String.format("define(\"smtp_password\", \"%s\", true);", password), password);
    assertHidden(String.format("  DEFINE('MAIL_PASS', '%s');", password), password);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "define('DB_PASSWORD', getenv('DB_PASSWORD'));",
    "define('DB_PASSWORD', '');",
    "define('DB_PASSWORD', '{password}');",
    "define('DB_USER', 'wordpress');",
    "define('PASSWORD_MIN_LENGTH', 12);",
    "define('AUTH_KEY', 'put your unique phrase here');",
  })
  void phpConstantsWithoutAPasswordPassUnchanged(String clean) {
    assertThat(CATALOG.redact(clean)).isSameAs(clean);
  }
}
