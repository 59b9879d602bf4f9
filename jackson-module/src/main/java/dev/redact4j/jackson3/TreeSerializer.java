package dev.redact4j.jackson3;

import dev.redact4j.jackson.internal.RedactionSettings;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes {@code JsonNode} trees with sensitive fields (and, when scanning, secrets in string nodes)
 * masked. A tree that needs nothing masked is written by the node itself, as Jackson would.
 */
final class TreeSerializer extends StdSerializer<JsonNode> {
  private final RedactionSettings settings;

  TreeSerializer(RedactionSettings settings) {
    super(JsonNode.class);
    this.settings = settings;
  }

  @Override
  public boolean isEmpty(SerializationContext ctxt, JsonNode value) {
    return value.isEmpty(ctxt);
  }

  @Override
  public void serialize(JsonNode value, JsonGenerator gen, SerializationContext ctxt) {
    masked(value, ctxt).serialize(gen, ctxt);
  }

  @Override
  public void serializeWithType(JsonNode value, JsonGenerator gen, SerializationContext ctxt, TypeSerializer typeSer) {
    masked(value, ctxt).serializeWithType(gen, ctxt, typeSer);
  }

  private JsonNode masked(JsonNode value, SerializationContext ctxt) {
    return SecretSerializers.reveals(ctxt) ? value : Trees.mask(value, settings);
  }
}
