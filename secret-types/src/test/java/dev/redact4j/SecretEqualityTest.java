package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** equals/hashCode contracts, and a hash that is not an oracle for the value. */
class SecretEqualityTest {
  @Provide
  Arbitrary<String> texts() {
    return SecretFixtures.secretTexts();
  }

  @Provide
  Arbitrary<byte[]> byteArrays() {
    return SecretFixtures.secretByteArrays();
  }

  @Property(tries = 300)
  void equalValuesMakeEqualSecretsWithEqualHashes(@ForAll("texts") String value) {
    SecretString a = SecretString.of(value);
    SecretString b = SecretString.of(new StringBuilder(value));
    SecretString c = SecretString.of(value.toCharArray());
    assertThat(a).isEqualTo(a).isEqualTo(b).isEqualTo(c);
    assertThat(b).isEqualTo(a);
    assertThat(c).isEqualTo(b);
    assertThat(a.hashCode()).isEqualTo(b.hashCode()).isEqualTo(c.hashCode());
  }

  @Property(tries = 300)
  void differentValuesMakeDifferentSecrets(@ForAll("texts") String x, @ForAll("texts") String y) {
    Assume.that(!x.equals(y));
    assertThat(SecretString.of(x)).isNotEqualTo(SecretString.of(y));
    assertThat(SecretString.of(y)).isNotEqualTo(SecretString.of(x));
  }

  @Property(tries = 300)
  void prefixesAreNotEqual(@ForAll("texts") String value) {
    Assume.that(!value.isEmpty());
    SecretString whole = SecretString.of(value);
    assertThat(whole).isNotEqualTo(SecretString.of(value.substring(0, value.length() - 1)));
    assertThat(whole).isNotEqualTo(SecretString.of(value + "\0"));
  }

  @Property(tries = 300)
  void equalBytesMakeEqualSecretsWithEqualHashes(@ForAll("byteArrays") byte[] value) {
    SecretBytes a = SecretBytes.of(value);
    SecretBytes b = SecretBytes.of(value.clone());
    assertThat(a).isEqualTo(a).isEqualTo(b);
    assertThat(b).isEqualTo(a);
    assertThat(a.hashCode()).isEqualTo(b.hashCode());
  }

  @Property(tries = 300)
  void differentBytesMakeDifferentSecrets(
      @ForAll("byteArrays") byte[] x, @ForAll("byteArrays") byte[] y) {
    Assume.that(!java.util.Arrays.equals(x, y));
    assertThat(SecretBytes.of(x)).isNotEqualTo(SecretBytes.of(y));
    assertThat(SecretBytes.of(y)).isNotEqualTo(SecretBytes.of(x));
  }

  @Example
  void aSecretNeverEqualsAPlainValueOrTheOtherSecretType() {
    SecretString text = SecretString.of("pa55word");
    SecretBytes bytes = SecretBytes.of("pa55word".getBytes(StandardCharsets.UTF_16BE));
    assertThat(text).isNotEqualTo("pa55word").isNotEqualTo(bytes).isNotEqualTo(null);
    assertThat(bytes).isNotEqualTo("pa55word".getBytes(StandardCharsets.UTF_16BE))
        .isNotEqualTo(text).isNotEqualTo(null);
    assertThat(SecretString.of("")).isNotEqualTo(SecretBytes.of(new byte[0]));
  }

  @Example
  void distinctValuesAlmostNeverShareAHash() {
    Random random = new Random(42);
    Set<Integer> textHashes = new HashSet<>();
    Set<Integer> byteHashes = new HashSet<>();
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      // Distinct by construction: the counter is part of the value.
      String value = i + "-" + Long.toHexString(random.nextLong());
      textHashes.add(SecretString.of(value).hashCode());
      byteHashes.add(SecretBytes.of(value.getBytes(StandardCharsets.UTF_8)).hashCode());
    }
    // 32-bit hashes of 20,000 values: about 0.05 collisions expected.
    assertThat(textHashes).hasSizeGreaterThan(n - 5);
    assertThat(byteHashes).hasSizeGreaterThan(n - 5);
  }

  @Example
  void theHashIsNotTheValuesPublicHash() {
    Random random = new Random(7);
    int same = 0;
    for (int i = 0; i < 1_000; i++) {
      byte[] raw = new byte[12];
      random.nextBytes(raw);
      String value = java.util.HexFormat.of().formatHex(raw);
      if (SecretString.of(value).hashCode() == value.hashCode()) {
        same++;
      }
      if (SecretBytes.of(raw).hashCode() == java.util.Arrays.hashCode(raw)) {
        same++;
      }
    }
    assertThat(same).isLessThanOrEqualTo(1);
    // Nor a public function of the length: equal-length values get different hashes.
    assertThat(SecretString.of("aaaa").hashCode()).isNotEqualTo(SecretString.of("aaab").hashCode());
  }

  @Example
  void destroyedSecretsEqualOnlyThemselvesAndKeepTheirHash() {
    SecretString a = SecretString.of("token-1234");
    SecretString b = SecretString.of("token-1234");
    int hash = a.hashCode();
    a.destroy();
    assertThat(a).isEqualTo(a).isNotEqualTo(b);
    assertThat(b).isNotEqualTo(a);
    assertThat(a.hashCode()).isEqualTo(hash);

    SecretBytes c = SecretBytes.of(new byte[] {1, 2, 3});
    SecretBytes d = SecretBytes.of(new byte[] {1, 2, 3});
    int bytesHash = c.hashCode();
    c.destroy();
    assertThat(c).isEqualTo(c).isNotEqualTo(d);
    assertThat(d).isNotEqualTo(c);
    assertThat(c.hashCode()).isEqualTo(bytesHash);
  }
}
