package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A token printed right after a word (a parameter without a space before it) is still hidden when its
 * prefix is distinctive: four characters or more with a separator. Short prefixes keep their word
 * boundary, so that {@code pdf_...} is not read as a Hugging Face token.
 */
class GluedTokenTest {
  private static final Redactor REDACTOR = Redactor.newBuilder().knownSecrets(null).build();

  @Test
  void distinctivePrefixesAreFoundGluedToAWord() {
    String github = "ghp_" + "FakeFakeFake0123456789FakeFakeFake01";
    String gitlab = "glpat-" + "FakeFake0123456789Ab";
    String slack = "xoxb-" + "123456789012-1234567890123-FakeFakeFakeFakeFakeFake";
    for (String token : new String[] {github, gitlab, slack}) {
      String line = "id=userby" + token + "= done";
      assertThat(REDACTOR.redact(line)).as(token).doesNotContain(token.substring(6)).startsWith("id=userby[REDACTED:")
          .endsWith("= done");
    }
  }

  @Test
  void shortPrefixesKeepTheirWordBoundary() {
    String hf = "hf_" + "FakeFakeFakeFakeFakeFakeFakeFakeAb";
    assertThat(REDACTOR.redact("token " + hf)).doesNotContain(hf);
    String glued = "pdf_" + hf.substring(3);
    assertThat(REDACTOR.redact(glued)).isSameAs(glued);
  }
}
