package dev.redact4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redact4j.SecretString;
import dev.redact4j.jackson.FakeSecrets;
import dev.redact4j.jackson.Fixtures.PasswordHistory;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.xml.XmlMapper;

/** Jackson 3's {@code XmlMapper}, which writes lists through its own property writers. */
class XmlRedactionTest {
  private static final String MASK = SecretString.MASK;
  private static final XmlMapper PLAIN = XmlMapper.builder().build();
  private static final XmlMapper MAPPER = XmlMapper.builder().addModule(new RedactionModule()).build();

  private final FakeSecrets fakes = new FakeSecrets(20261129L);

  @Test
  void wrappedListsUnderSensitiveNamesAndRedactedAreMasked() {
    String old = fakes.password();
    String older = fakes.password();
    String code = fakes.password();
    PasswordHistory history = new PasswordHistory(List.of(old, older), List.of(code));

    String xml = MAPPER.writeValueAsString(history);

    assertThat(xml).doesNotContain(old).doesNotContain(older).doesNotContain(code);
    JsonNode read = PLAIN.readTree(xml);
    assertThat(read.get("user").asString()).isEqualTo("alice");
    assertThat(read.get("passwords").asString()).isEqualTo(MASK);
    assertThat(read.get("recoveryCodes").asString()).isEqualTo(MASK);
  }

  @Test
  void wrappedListsAreWrittenAsPlainJacksonWritesThemWhenRevealedOrNull() {
    PasswordHistory history = new PasswordHistory(List.of(fakes.password()), List.of(fakes.password()));
    assertThat(RedactionModule.revealing(MAPPER.writer()).writeValueAsString(history))
        .isEqualTo(PLAIN.writeValueAsString(history));
    PasswordHistory none = new PasswordHistory(null, null);
    assertThat(MAPPER.writeValueAsString(none)).isEqualTo(PLAIN.writeValueAsString(none));
  }
}
