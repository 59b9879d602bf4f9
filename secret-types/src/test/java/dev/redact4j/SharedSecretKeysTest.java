package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Secrets under key words that have a plain meaning too: RabbitMQ's Erlang cookie, a password hash's
 * pepper, an MFA or TOTP seed, and a wallet's recovery phrase ({@code mnemonic}, {@code seed phrase}),
 * hidden whole. The plain meanings stay: a random generator's seed, an assembler mnemonic, a pepper on a
 * menu, an HTTP cookie.
 */
class SharedSecretKeysTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String COOKIE = "SWQOKODSQA" + "LRPCLNMEQG";
  private static final String PEPPER = "f9Kq2vX7pL" + "3mN8rT1wZ5";
  private static final String OTP_SEED = "JBSWY3DPEH" + "PK3PXP";
  /** The BIP-39 test vectors' phrases: published, and never a wallet's. */
  private static final String PHRASE_12 = "legal winner thank year wave sausage " + "worth useful legal winner thank yellow";
  private static final String PHRASE_24 = "letter advice cage absurd amount doctor acoustic avoid letter advice cage "
      + "absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic bless";

  @ParameterizedTest
  @ValueSource(strings = {"RABBITMQ_ERLANG_COOKIE=" + COOKIE, "  RABBITMQ_ERLANG_COOKIE: \"" + COOKIE + "\"",
      "erlang.cookie = " + COOKIE, "{\"rabbitmq-erlang-cookie\": \"" + COOKIE + "\"}",
      "cat /var/lib/rabbitmq/.erlang.cookie: " + COOKIE, "erl -sname rabbit -setcookie " + COOKIE + " -noshell"})
  void erlangCookiesAreHidden(String line) {
    assertThat(REDACTOR.redact(line)).doesNotContain(COOKIE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PASSWORD_PEPPER=" + PEPPER, "pepper: " + PEPPER, "app.security.pepper=" + PEPPER,
      "{\"hash_pepper\": \"" + PEPPER + "\"}"})
  void peppersAreHidden(String line) {
    assertThat(REDACTOR.redact(line)).doesNotContain(PEPPER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MFA_SEED=" + OTP_SEED, "mfa_seed: " + OTP_SEED, "TOTP_SEED=\"" + OTP_SEED + "\"",
      "{\"otpSeed\": \"" + OTP_SEED + "\"}", "totp_secret: " + OTP_SEED, "otp_secret=" + OTP_SEED,
      "scan otpauth://totp/ACME:alice@example.com?secret=" + OTP_SEED + "&issuer=ACME"})
  void oneTimePasswordSeedsAreHidden(String line) {
    assertThat(REDACTOR.redact(line)).doesNotContain(OTP_SEED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mnemonic: " + PHRASE_12, "{\"mnemonic\": \"" + PHRASE_12 + "\"}",
      "WALLET_MNEMONIC=\"" + PHRASE_24 + "\"", "seed phrase: " + PHRASE_12, "recovery phrase = " + PHRASE_24,
      "seed_phrase=" + PHRASE_12 + " wallet=hot", "wallet created, mnemonic=" + PHRASE_12 + ", accounts=1",
      "{\\\"seedPhrase\\\":\\\"" + PHRASE_12 + "\\\"}"})
  void recoveryPhrasesAreHiddenWhole(String line) {
    String out = REDACTOR.redact(line);
    for (String word : new String[] {"winner", "sausage", "yellow", "acoustic", "bless"}) {
      assertThat(out).as(line).doesNotContain(word);
    }
  }

  @Test
  void theKeyAndWhatFollowsThePhraseStay() {
    assertThat(REDACTOR.redact("seed_phrase=" + PHRASE_12 + " wallet=hot"))
        .isEqualTo("seed_phrase=[REDACTED:mnemonic-assignment] wallet=hot");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pepper: jalapeno", "a `pepper: jalapeno` note", "erlang_cookie: chocolate: no", "{\"topping\": \"pepper\", \"pepper\": \"cayenne\"}",
      "random seed: 42", "seed=1234567890", "--seed 20240501 --epochs 10", "np.random.seed(42)",
      "\"seed\": \"a1b2c3d4e5f6a7b8\"", "seeds: [1, 2, 3]", "mnemonic=invokevirtual",
      "{\"mnemonic\":\"CMPXCHG\",\"opcode\":\"0FB1\"}", "instruction mnemonic: vpaddd ymm0 ymm1 ymm2",
      "seed: the quick brown fox jumps over the lazy dog again and again", "recovery phrase: not set",
      "Set-Cookie: theme=dark; Path=/", "erlang cookie mismatch on node rabbit@host",
      "RABBITMQ_ERLANG_COOKIE=${ERLANG_COOKIE}", "erlang.cookie: /var/lib/rabbitmq/.erlang.cookie",
      "erl -setcookie $COOKIE", "mfa_seed_length=32", "totp_seed: ${TOTP_SEED}"})
  void plainMeaningsPassUnchanged(String clean) {
    assertThat(REDACTOR.redact(clean)).isSameAs(clean);
  }
}
