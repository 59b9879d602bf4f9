package dev.redact4j.logback;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;

/**
 * logstash-logback-encoder's structured arguments and markers ({@code StructuredArguments.kv},
 * {@code Markers.append}, {@code Markers.appendEntries}, ...), rebuilt with checked values so that a
 * JSON encoder still writes them as fields. Found by class name and used through reflection, because
 * logstash-logback-encoder is optional; any other type, or any failure, gives null and the caller
 * falls back to the checked text.
 *
 * <p>Handled: {@code ObjectAppendingMarker} (a field name and a value: {@code kv}, {@code v},
 * {@code Markers.append}, {@code array}), {@code RawJsonAppendingMarker} (a field name and a JSON
 * text: {@code raw}, {@code Markers.appendRaw}) and {@code MapEntriesAppendingMarker}
 * ({@code entries}, {@code Markers.appendEntries}). The copy has no marker references; the caller
 * adds them.
 */
final class LogstashStructures {
  private static final String PACKAGE = "net.logstash.logback.marker.";

  private LogstashStructures() {
  }

  /**
   * How to rebuild one class; null in the class value when it is not a handled type. With
   * {@code rawJson}, the value is JSON text that the encoder writes as it is.
   */
  private record Kind(@Nullable Method fieldName, @Nullable Field value, @Nullable Field pattern,
      Constructor<?> constructor, boolean rawJson) {
  }

  private static final ClassValue<@Nullable Kind> KINDS = new ClassValue<>() {
    @Override
    protected @Nullable Kind computeValue(Class<?> type) {
      try {
        switch (type.getName()) {
          case PACKAGE + "ObjectAppendingMarker":
          case PACKAGE + "RawJsonAppendingMarker": {
            boolean raw = type.getName().endsWith("RawJsonAppendingMarker");
            Class<?> single = type.getSuperclass();
            Field value = type.getDeclaredField(raw ? "rawJson" : "fieldValue");
            value.setAccessible(true);
            Field pattern = single.getDeclaredField("messageFormatPattern");
            pattern.setAccessible(true);
            return new Kind(single.getMethod("getFieldName"), value, pattern,
                type.getConstructor(String.class, raw ? String.class : Object.class, String.class), raw);
          }
          case PACKAGE + "MapEntriesAppendingMarker": {
            Field map = type.getDeclaredField("map");
            map.setAccessible(true);
            return new Kind(null, map, null, type.getConstructor(Map.class), false);
          }
          default:
            return null;
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null; // another version of the library, or a module that keeps its fields closed
      }
    }
  };

  /** Whether {@link #fields} and {@link #rebuild} can handle this object. */
  static boolean handles(@Nullable Object o) {
    return o != null && o.getClass().getName().startsWith(PACKAGE) && KINDS.get(o.getClass()) != null;
  }

  /**
   * The fields {@code structured} writes, name to value, in order; null when it is not a handled
   * type or cannot be read.
   */
  static @Nullable Map<String, @Nullable Object> fields(Object structured) {
    Kind kind = KINDS.get(structured.getClass());
    if (kind == null || kind.value() == null) {
      return null;
    }
    try {
      Object value = kind.value().get(structured);
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      if (kind.fieldName() != null) {
        out.put(String.valueOf(kind.fieldName().invoke(structured)), value);
      } else if (value instanceof Map<?, ?> map) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
          out.put(String.valueOf(e.getKey()), e.getValue());
        }
      }
      return out;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * A copy of {@code structured} (without marker references) whose values are
   * {@code values.apply(fieldName, value)}; null when it is not a handled type or rebuilding fails.
   */
  static @Nullable Marker rebuild(Object structured, BiFunction<String, @Nullable Object, @Nullable Object> values) {
    Kind kind = KINDS.get(structured.getClass());
    if (kind == null || kind.value() == null) {
      return null;
    }
    try {
      Object value = kind.value().get(structured);
      Object copy;
      if (kind.fieldName() != null && kind.pattern() != null) {
        String name = String.valueOf(kind.fieldName().invoke(structured));
        Object checked = values.apply(name, value);
        if (kind.rawJson() && checked != value) {
          // Raw JSON with a secret masked may no longer be JSON: write the checked text as a string.
          checked = checked == null ? "null" : jsonString(String.valueOf(checked));
        }
        copy = kind.constructor().newInstance(name, checked, kind.pattern().get(structured));
      } else {
        Map<Object, @Nullable Object> entries = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
          for (Map.Entry<?, ?> e : map.entrySet()) {
            entries.put(e.getKey(), values.apply(String.valueOf(e.getKey()), e.getValue()));
          }
        }
        copy = kind.constructor().newInstance(entries);
      }
      return copy instanceof Marker m && !hasReferences(m) ? m : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** {@code text} as a JSON string literal. */
  static String jsonString(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  @SuppressWarnings("deprecation") // SLF4J 2.0.x offers no other way to walk marker references
  private static boolean hasReferences(Marker m) {
    Iterator<Marker> it = m.iterator();
    return it.hasNext();
  }
}
