package dev.redact4j.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.redact4j.jackson.internal.RedactionSettings;
import java.util.Iterator;
import java.util.Map;

/** Copy-on-write masking of {@code JsonNode} trees: the caller's tree is never changed. */
final class Trees {
  private static final TextNode MASK = TextNode.valueOf(RedactionSettings.MASK);

  /** Whether an object is a name/value entry naming a secret: not looked at yet, yes, no. */
  private static final int UNDECIDED = 0;
  private static final int SECRET = 1;
  private static final int NOT_SECRET = 2;

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
    ObjectNode copy = null;
    int index = 0;
    // Whether this object is a name/value entry naming a secret; decided at its first value field.
    int entry = UNDECIDED;
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      String name = e.getKey();
      JsonNode child = e.getValue();
      boolean present = !child.isNull() && !child.isMissingNode();
      boolean hidden = present && settings.isSensitiveName(name);
      if (present && !hidden && settings.masksNames() && RedactionSettings.isEntryValueField(name)) {
        if (entry == UNDECIDED) {
          entry = namesSecret(object, settings) ? SECRET : NOT_SECRET;
        }
        hidden = entry == SECRET;
      }
      JsonNode masked = hidden ? MASK : mask(child, settings);
      if (copy == null && masked != child) {
        copy = copyOfFirst(object, index);
      }
      if (copy != null) {
        copy.set(name, masked);
      }
      index++;
    }
    return copy != null ? copy : object;
  }

  /**
   * Whether a {@code name} or {@code key} field of {@code object} holds a sensitive name, as in
   * {@code {"name":"DB_PASSWORD","value":"..."}}. Looked at only for objects with a value field,
   * wherever the name field is.
   */
  static boolean namesSecret(ObjectNode object, RedactionSettings settings) {
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      JsonNode child = e.getValue();
      if (child.isTextual() && RedactionSettings.isEntryNameField(e.getKey())
          && settings.isSensitiveEntryName(child.textValue())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A new object node with the first {@code count} fields of {@code object}. Re-reading them only
   * when something is masked keeps the clean path free of allocations.
   */
  private static ObjectNode copyOfFirst(ObjectNode object, int count) {
    ObjectNode copy = new ObjectNode(JsonNodeFactory.instance);
    Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
    for (int i = 0; i < count; i++) {
      Map.Entry<String, JsonNode> e = fields.next();
      copy.set(e.getKey(), e.getValue());
    }
    return copy;
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
