package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No text form of a secret shows its value or its length: every form equals the mask's. */
class SecretTextFormsTest {
  private static final Map<String, Function<Object, String>> FORMS = SecretFixtures.textForms();

  @Provide
  Arbitrary<String> texts() {
    return SecretFixtures.secretTexts();
  }

  @Provide
  Arbitrary<byte[]> byteArrays() {
    return SecretFixtures.secretByteArrays();
  }

  @Property
  void everyTextFormOfSecretStringIsTheMasksForm(@ForAll("texts") String value) {
    SecretString secret = SecretString.of(value);
    assertMasked(secret, value);
  }

  @Property(tries = 300)
  void aDestroyedSecretStringStillShowsOnlyTheMask(@ForAll("texts") String value) {
    SecretString secret = SecretString.of(value);
    secret.destroy();
    assertMasked(secret, value);
  }

  @Property(tries = 300)
  void everyTextFormOfSecretBytesIsTheMasksForm(@ForAll("byteArrays") byte[] value) {
    SecretBytes secret = SecretBytes.of(value);
    // The readings of the bytes a leak would most likely produce.
    assertMasked(secret, new String(value, StandardCharsets.ISO_8859_1));
    assertMasked(secret, new String(value, StandardCharsets.UTF_8));
    assertMasked(secret, java.util.HexFormat.of().formatHex(value));
    assertMasked(secret, java.util.Base64.getEncoder().encodeToString(value));
  }

  @Example
  void theMaskIsTheSameForEmptyShortAndLongValues() {
    assertThat(SecretString.of("").toString())
        .isEqualTo(SecretString.of("x").toString())
        .isEqualTo(SecretString.of("x".repeat(100_000)).toString())
        .isEqualTo(SecretBytes.of(new byte[0]).toString())
        .isEqualTo(SecretBytes.of(new byte[4096]).toString())
        .isEqualTo("**********");
  }

  @Example
  void formattingWidthAndPrecisionDoNotRevealLength() {
    SecretString shortOne = SecretString.of("ab");
    SecretString longOne = SecretString.of("abcdefghijklmnopqrstuvwxyz0123456789");
    assertThat(String.format("[%-40s][%.3s]", shortOne, shortOne))
        .isEqualTo(String.format("[%-40s][%.3s]", longOne, longOne))
        .isEqualTo("[**********                              ][***]");
  }

  private static void assertMasked(Object secret, String value) {
    FORMS.forEach((name, form) -> {
      String expected = form.apply(SecretFixtures.MASK_STAND_IN);
      String actual = form.apply(secret);
      assertThat(actual).as(name).isEqualTo(expected);
      if (!value.isEmpty() && !expected.contains(value)) {
        assertThat(actual).as(name).doesNotContain(value);
      }
    });
  }
}
