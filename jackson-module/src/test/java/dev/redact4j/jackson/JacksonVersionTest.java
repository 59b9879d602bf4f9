package dev.redact4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Jackson 2 too old to mask every surface is refused at registration, naming the minimum. */
class JacksonVersionTest {
  private static Version databind(int major, int minor, int patch) {
    return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-databind");
  }

  @Test
  void aJacksonOlderThan216IsRefusedWithTheMinimumAndTheReasonNamed() {
    assertThatThrownBy(() -> RedactionModule.requireSupported(databind(2, 15, 4)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs jackson-databind 2.16 or later, found 2.15.4")
        .hasMessageContaining("INCLUDE_SOURCE_IN_LOCATION");
    assertThatThrownBy(() -> RedactionModule.requireSupported(databind(2, 12, 0)))
        .hasMessageContaining("2.16 or later");
  }

  @Test
  void theTestedVersionsAndUnknownOnesAreAccepted() {
    // 2.16 to 2.18: Spring Boot 3.2 to 3.4.
    assertThatCode(() -> RedactionModule.requireSupported(databind(2, 16, 0))).doesNotThrowAnyException();
    assertThatCode(() -> RedactionModule.requireSupported(databind(2, 17, 2))).doesNotThrowAnyException();
    assertThatCode(() -> RedactionModule.requireSupported(databind(2, 18, 2))).doesNotThrowAnyException();
    assertThatCode(() -> RedactionModule.requireSupported(databind(2, 19, 0))).doesNotThrowAnyException();
    assertThatCode(() -> RedactionModule.requireSupported(databind(2, 23, 0))).doesNotThrowAnyException();
    assertThatCode(() -> RedactionModule.requireSupported(Version.unknownVersion())).doesNotThrowAnyException();
  }

  @Test
  void theJacksonOnTheClassPathIsAcceptedAndMasks() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new RedactionModule());
    assertThat(mapper.valueToTree(Map.of("password", "x")).get("password").asText()).isNotEqualTo("x");
  }
}
