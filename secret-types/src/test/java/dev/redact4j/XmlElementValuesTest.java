package dev.redact4j;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code <key>value</key>} is judged like every other key/value shape: by its key and its value. */
class XmlElementValuesTest {
  private final Redactor redactor = Redactor.defaults();

  @Test
  void secretElementsAreHidden() {
    String value = "hunter2" + "horse" + 42;
    assertThat(redactor.redact("<password>" + value + "</password>"))
        .isEqualTo("<password>[REDACTED:password-assignment]</password>");
    assertThat(redactor.redact("<apiToken>aB3dE5fG7hJ9kL1mN3</apiToken>")).doesNotContain("aB3dE5fG7hJ9kL1mN3");
  }

  @Test
  void elementsWhoseNameMerelyContainsAKeyWordPassThrough() {
    for (String clean : new String[] {
        "<relativePath>../pom.xml</relativePath>",
        "<fileNamePattern>logs/app.%d{yyyy-MM-dd}.json.gz</fileNamePattern>",
        "<tokenizer>standard</tokenizer>",
        "<passwordPolicy>strict</passwordPolicy>"}) {
      assertThat(redactor.redact(clean)).isSameAs(clean);
    }
  }
}
