package dev.redact4j;

import static dev.redact4j.RedactionAssertions.assertHidden;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code make check} and the test harnesses of C, C++ and Perl projects (Automake, DejaGnu, TAP) print one
 * verdict per test, {@code PASS: <test>}, into every build log of such a project: the test's name is no
 * password. A password under an upper-case {@code PASS} that names no test stays hidden.
 */
class TestHarnessVerdictsTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {
    "PASS: t0001-init.sh",
    "PASS: t/t5551-http-fetch-smart.sh 12 - clone with auth header",
    "PASS: tests/test_parser",
    "PASS: test-strings",
    "PASS: config.sub canonicalise each config.guess testcase (136 tests)",
    "PASS: gcc.dg/pr12345.c (test for excess errors)",
    "\tPASS: libgcrypt/t-kdf",
    "  PASS: test_token_expiry",
  })
  void aTestsVerdictPasses(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void aPasswordUnderPassStaysHidden() {
    String value = FakeSecrets.mixed(new Random(43), 16);
    assertHidden("PASS: " + value, value);
    assertHidden("PASS: hunter" + "2024", "hunter" + "2024");
    assertHidden("USER: admin PASS: tests/x.sh", "tests/x.sh"); // not at the start of its line
    assertHidden("pass: t0001-init.sh", "t0001-init.sh"); // a harness writes its verdicts in capitals
  }
}
