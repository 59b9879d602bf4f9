package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name that holds a key word (a file, a function, a subsystem), then a colon and a sentence: the
 * way changelogs and application logs say what changed or what a function is doing. The sentence is
 * no value; the same shapes with a value in them still hide it. Found by redacting Debian changelogs.
 */
class NamedProseValuesTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();
  private static final String PW = "Xk9" + "fake2Lm!";

  @ParameterizedTest
  @ValueSource(strings = {
    "      credential: refuse to operate when missing host or protocol",
    "      credential: add function for parsing url components",
    "    psk: save the username on auth info struct under TLS1.3",
    "    PSK: set the hint in DHE-PSK and ECDHE-PSK ciphersuites",
    "    privkey: set the key parameters algorithm prior to returning success",
    "    pre_shared_key: do not send extension when no identities are present",
    "    ext_master_secret: return proper error code on decoding error",
    "\t* src/passwd.c: Fix a typo in the usage of the option.",
    "\t* man/passwd.1.xml: Document the files used for PAM and the login.defs.",
    "    _gnutls_check_key_purpose: in CA certificates treat the SGC key purpose as a server",
    "password: this is not the value you are looking for",
  })
  void aSentenceAfterTheColonIsNoValue(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "    gnutls_x509_privkey_import: eliminated dead code",
    "    gnutls_x509_privkey_export: avoid use-after-free around realloc",
    "    _gnutls_pkcs12_string_to_key: allow SHA384 and SHA512",
    "    decode_private_key_info: eliminate memory leaks on error path",
    "\t* src/chpasswd.c: Report failure to unlock files.",
    "\t* agent/preset-passphrase.c: Include sysutils.h",
    "      contrib/git-credential-gnome-keyring.c: remove unused die() function",
    "      tests/openpgp/tofu-keys-secret.asc: New file.",
    "\t* src/chpasswd.c: Likewise.",
    "\t* sm/passphrase.h: New.",
    "\t* man/chpasswd.8.xml: Likewise.",
    "validateApiKey: invalid signature for request",
    "checkPassword: comparing hashes",
    "getSecret: fetching from vault",
    "{\"level\":\"info\",\"msg\":\"getSecret: fetching from vault\"}",
  })
  void aPhraseAfterAFileOrFunctionNameIsNoValue(String line) {
    assertThat(REDACTOR.redact(line)).isSameAs(line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "password: %s",
    "db_password: %s",
    "credential: %s",
    "getPassword: %s",
    "password: %s is the value",
    "tls.key: %s",
    "credentials.json: %s",
    "passwd.c: %s.",
    "passwd.c: %s",
    "aws_secret_access_key: Ftnccb %s ftnccb, retrying in 5s", // found by SecretFamiliesPropertyTest
    "credential: Bob and %s for the deploy job",
  })
  void aValueStaysHidden(String line) {
    String input = line.formatted(PW);
    assertThat(REDACTOR.redact(input)).doesNotContain(PW).contains("[REDACTED:");
  }

  /** Passphrases and values with blanks: plain words without the words sentences are made of. */
  @ParameterizedTest
  @ValueSource(strings = {
    "password: correct horse battery staple",
    "aws_secret_access_key: value with spaces",
    "aws_secret_access_key: value with quotes and spaces",
    "password: two words",
    "db_root_password: eliminated dead code",
    "credential: apply helper config",
  })
  void passphrasesStayHidden(String line) {
    String value = line.substring(line.indexOf(": ") + 2);
    assertThat(REDACTOR.redact(line)).doesNotContain(value).contains("[REDACTED:");
  }

  @org.junit.jupiter.api.Test
  void aWordWithDigitsAfterACodeNameIsAValue() {
    // Words after a setter's name are prose only without digits: hunter123 is a value.
    String line = "setPassword: temp hunter" + "123";

    assertThat(REDACTOR.redact(line)).isEqualTo("setPassword: [REDACTED:password-assignment]");
  }
}
