package dev.redact4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.io.IOException;

/**
 * Writes {@code JsonNode} trees with sensitive fields (and, when scanning, secrets in text nodes)
 * masked. A tree that needs nothing masked is written by the node itself, as Jackson would.
 */
@SuppressWarnings("serial") // Holds the settings; mappers carrying this module are not Java-serialized.
final class TreeSerializer extends StdSerializer<JsonNode> {
  private final RedactionSettings settings;

  TreeSerializer(RedactionSettings settings) {
    super(JsonNode.class);
    this.settings = settings;
  }

  @Override
  public boolean isEmpty(SerializerProvider provider, JsonNode value) {
    return value.isEmpty(provider);
  }

  @Override
  public void serialize(JsonNode value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    masked(value, provider).serialize(gen, provider);
  }

  @Override
  public void serializeWithType(JsonNode value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
      throws IOException {
    masked(value, provider).serializeWithType(gen, provider, typeSer);
  }

  private JsonNode masked(JsonNode value, SerializerProvider provider) {
    return RedactionSettings.reveals(provider.getAttribute(RedactionSettings.REVEAL))
        ? value : Trees.mask(value, settings);
  }
}
