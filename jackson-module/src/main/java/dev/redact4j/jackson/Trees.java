package dev.redact4j.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Copy-on-write masking of {@code JsonNode} trees: the caller's tree is never changed. */
final class Trees {
  private static final TextNode MASK = TextNode.valueOf(RedactionSettings.MASK);

  private Trees() {}

  /** Returns {@code node} itself when nothing in it needs masking, otherwise a masked copy. */
  static JsonNode mask(JsonNode node, RedactionSettings settings) {
    if (node.isObject()) {
      return maskObject((ObjectNode) node, settings);
    }
    if (node.isArray()) {
      return maskArray((ArrayNode) node, settings);
    }
    if (node.isTextual() && settings.scansStrings()) {
      String text = node.textValue();
      String redacted = settings.redactor().redact(text);
      return redacted == text ? node : TextNode.valueOf(redacted);
    }
    return node;
  }

  private static JsonNode maskObject(ObjectNode object, RedactionSettings settings) {
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
