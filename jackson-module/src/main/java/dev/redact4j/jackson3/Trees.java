package dev.redact4j.jackson3;

import dev.redact4j.jackson.internal.RedactionSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** Copy-on-write masking of {@code JsonNode} trees: the caller's tree is never changed. */
final class Trees {
  private static final StringNode MASK = StringNode.valueOf(RedactionSettings.MASK);

  private Trees() {}

  /** Returns {@code node} itself when nothing in it needs masking, otherwise a masked copy. */
  static JsonNode mask(JsonNode node, RedactionSettings settings) {
    if (node.isObject()) {
      return maskObject((ObjectNode) node, settings);
    }
    if (node.isArray()) {
      return maskArray((ArrayNode) node, settings);
    }
    if (node.isString() && settings.scansStrings()) {
      String text = node.stringValue();
      String redacted = settings.redactor().redact(text);
      return redacted == text ? node : StringNode.valueOf(redacted);
    }
    return node;
  }

  static JsonNode maskObject(ObjectNode object, RedactionSettings settings) {
    List<Map.Entry<String, JsonNode>> seen = null;
    ObjectNode copy = null;
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      JsonNode child = e.getValue();
      JsonNode masked = !child.isNull() && !child.isMissingNode() && settings.isSensitiveName(e.getKey())
          ? MASK : mask(child, settings);
      if (copy == null && masked != child) {
        copy = new ObjectNode(JsonNodeFactory.instance);
        if (seen != null) {
          for (Map.Entry<String, JsonNode> s : seen) {
            copy.set(s.getKey(), s.getValue());
          }
        }
      }
      if (copy != null) {
        copy.set(e.getKey(), masked);
      } else {
        if (seen == null) {
          seen = new ArrayList<>();
        }
        seen.add(e);
      }
    }
    return copy != null ? copy : object;
  }

  private static JsonNode maskArray(ArrayNode array, RedactionSettings settings) {
    ArrayNode copy = null;
    for (int i = 0, n = array.size(); i < n; i++) {
      JsonNode child = array.get(i);
      JsonNode masked = mask(child, settings);
      if (copy == null && masked != child) {
        copy = new ArrayNode(JsonNodeFactory.instance, n);
        for (int j = 0; j < i; j++) {
          copy.add(array.get(j));
        }
      }
      if (copy != null) {
        copy.add(masked);
      }
    }
    return copy != null ? copy : array;
  }
}
