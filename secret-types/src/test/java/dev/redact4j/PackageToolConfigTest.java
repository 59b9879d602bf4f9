package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What version-control, package-manager and build tools print while their configuration is debugged: a
 * registry's password given as a command's positional argument, and the look-alikes around it (a user
 * name, a repository's name, a reference to where the secret is kept) that stay. Secrets are generated
 * from a seeded generator at run time.
 */
class PackageToolConfigTest {
  private static final Redactor REDACTOR = Redactor.defaults();
  private static final Random RANDOM = new Random(20266);

  /** A password with symbols, as people choose them: letters, digits and punctuation mixed. */
  private static String password() {
    return FakeSecrets.mixed(RANDOM, 4) + "!" + FakeSecrets.mixed(RANDOM, 4) + "&" + FakeSecrets.mixed(RANDOM, 3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"poetry config http-basic.foo bob %s", "composer config http-basic.repo.example.com bob %s",
      "+ composer config --global http-basic.repo.example.com ci-bot %s",
      "$ poetry config http-basic.acme-nexus deploy '%s'"})
  void theSecondArgumentAfterAnHttpBasicKeyIsThePassword(String shape) {
    String secret = password();
    String line = String.format(shape, secret);

    String out = REDACTOR.redact(line);

    assertThat(out).doesNotContain(secret).contains("http-basic.").contains("[REDACTED:");
    assertThat(out.substring(0, out.indexOf("[REDACTED:"))).isEqualTo(line.substring(0, line.indexOf(secret)));
  }

  @Test
  void composersAuthFlagStillLetsThePasswordBeFound() {
    String secret = password();

    String out = REDACTOR.redact("composer config --global --auth http-basic.repo.example.com ci-bot " + secret);

    assertThat(out).doesNotContain(secret).contains(" ci-bot [REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"poetry config http-basic.foo bob", "poetry config http-basic.foo --unset",
      "composer config http-basic.repo.example.com bob", "composer config --global http-basic.repo.example.com",
      "Run composer config http-basic.repo.example.com username password to store them."})
  void anHttpBasicKeyWithoutAPasswordStays(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"token = \"@env:CARGO_TOKEN\"", "  password = \"@env:AC_PASSWORD\"",
      "\"certificatePassword\": \"@env:CERT_PASSWORD\","})
  void anAtEnvReferenceNamesWhereTheSecretIsKept(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @Test
  void anAtEnvPrefixBeforeAValueIsNoReference() {
    String secret = password();

    assertThat(REDACTOR.redact("password = \"@env:" + secret + "\"")).doesNotContain(secret);
  }

  @ParameterizedTest
  @ValueSource(strings = {"credentials \"app.terraform.io\" {", "  secret \"vault-kv\" {"})
  void aQuotedLabelThatOpensABlockIsNoValue(String line) {
    assertThat(REDACTOR.redact(line)).isEqualTo(line);
  }

  @Test
  void theTokenInsideATerraformCredentialsBlockIsHidden() {
    String secret = FakeSecrets.mixed(RANDOM, 14) + ".atlasv1." + FakeSecrets.mixed(RANDOM, 67);
    String block = "credentials \"app.terraform.io\" {\n  token = \"" + secret + "\"\n}\n";

    String out = REDACTOR.redact(block);

    assertThat(out).doesNotContain(secret).startsWith("credentials \"app.terraform.io\" {\n");
  }
}
