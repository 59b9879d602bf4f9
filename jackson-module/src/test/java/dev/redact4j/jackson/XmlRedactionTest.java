package dev.redact4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import dev.redact4j.SecretString;
import dev.redact4j.jackson.Fixtures.PasswordHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jackson 2's {@code XmlMapper}, which writes lists through its own property writers. */
class XmlRedactionTest {
  private static final String MASK = SecretString.MASK;
  private static final XmlMapper PLAIN = new XmlMapper();
  private static final XmlMapper MAPPER = XmlMapper.builder().addModule(new RedactionModule()).build();

  private final FakeSecrets fakes = new FakeSecrets(20261129L);

  @Test
  void wrappedListsUnderSensitiveNamesAndRedactedAreMasked() throws Exception {
    String old = fakes.password();
    String older = fakes.password();
    String code = fakes.password();
    PasswordHistory history = new PasswordHistory(List.of(old, older), List.of(code));

    String xml = MAPPER.writeValueAsString(history);

    assertThat(xml).doesNotContain(old).doesNotContain(older).doesNotContain(code);
    JsonNode read = PLAIN.readTree(xml);
    assertThat(read.get("user").asText()).isEqualTo("alice");
    assertThat(read.get("passwords").asText()).isEqualTo(MASK);
    assertThat(read.get("recoveryCodes").asText()).isEqualTo(MASK);
  }

  @Test
  void wrappedListsAreWrittenAsPlainJacksonWritesThemWhenRevealedOrNull() throws Exception {
    PasswordHistory history = new PasswordHistory(List.of(fakes.password()), List.of(fakes.password()));
    assertThat(RedactionModule.revealing(MAPPER.writer()).writeValueAsString(history))
        .isEqualTo(PLAIN.writeValueAsString(history));
    PasswordHistory none = new PasswordHistory(null, null);
    assertThat(MAPPER.writeValueAsString(none)).isEqualTo(PLAIN.writeValueAsString(none));
  }
}
