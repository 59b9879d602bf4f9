package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text that systems and their changelogs print with a key word before a colon, found in Debian's changelogs and
 * a process dump: the signal masks of {@code /proc/<pid>/status} and a test harness's verdicts quoted in a
 * changelog. They pass unchanged; a value beside the same words stays hidden. (Git's one-line commit subjects
 * under a component, {@code credential: fix grammar}, stay hidden: plain words after a credential's key are
 * read as a passphrase, see {@code NamedProseValuesTest}.)
 */
class SystemTextLookAlikesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @ParameterizedTest
  @ValueSource(strings = {
    "SigQ:\t0/63422", "SigPnd:\t0000000000000000", "ShdPnd:\t0000000000000000", "SigBlk:\t0000000000010000",
    "SigIgn:\t0000000000384004", "SigCgt:\t000000004b813efb",
    "  secret: use timeout for rotation",
    "\t| PASS: config.sub checks (864 tests)",
    "\t| PASS: " + "config.guess checks (136 tests)",
    "> PASS: t/t0001-init.sh",
    // the verb before code: a constant, a pointer type, an expression
    "\t(send_request): Pass HTTP_FLAG_IGNORE_IPv4 if opt.disable_v4 is set.",
    "    fontconfig API, and fixes warnings where we pass FcChar8* pointers in",
    "\t* mpfr/out_str.c: Pass strlen+1 for the block size to free.",
    "code after the verb (`Pass HTTP_FLAG_IGNORE_IPv4`, `pass FcChar8* pointers`, `Pass strlen+1`; not after PASS)",
  })
  void passesUnchanged(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @Test
  void aValueBesideTheSameWordsStaysHidden() {
    String token = FakeSecrets.mixed(new Random(1202), 24);
    RedactionAssertions.assertHidden("Sig: " + token, token);
    RedactionAssertions.assertHidden("sig=" + token, token);
    String value = "use4" + "Me!2025";
    RedactionAssertions.assertHidden("password: " + value, value);
    RedactionAssertions.assertHidden("| PASS: " + token, token);
    RedactionAssertions.assertHidden("login failed with pass " + value, value);
    RedactionAssertions.assertHidden("ssh bob@host with pass " + token, token);
    String snake = "my_" + "garden_pw2024";
    RedactionAssertions.assertHidden("login with pass " + snake, snake);
    String constant = "SPRING_" + "FALL_2024";
    RedactionAssertions.assertHidden("PASS " + constant, constant); // POP3, FTP
  }
}
