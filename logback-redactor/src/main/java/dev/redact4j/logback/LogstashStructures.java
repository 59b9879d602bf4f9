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
 * {@code Markers.append}, {@code array}) and {@code MapEntriesAppendingMarker} ({@code entries},
 * {@code Markers.appendEntries}). The copy has no marker references; the caller adds them.
 */
final class LogstashStructures {
  private static final String PACKAGE = "net.logstash.logback.marker.";

  private LogstashStructures() {
  }

  /** How to rebuild one class; null in the class value when it is not a handled type. */
  private record Kind(@Nullable Method fieldName, @Nullable Field value, @Nullable Field pattern,
      Constructor<?> constructor) {
  }

  private static final ClassValue<@Nullable Kind> KINDS = new ClassValue<>() {
    @Override
    protected @Nullable Kind computeValue(Class<?> type) {
      try {
        switch (type.getName()) {
          case PACKAGE + "ObjectAppendingMarker": {
            Class<?> single = type.getSuperclass();
            Field value = type.getDeclaredField("fieldValue");
            value.setAccessible(true);
            Field pattern = single.getDeclaredField("messageFormatPattern");
            pattern.setAccessible(true);
            return new Kind(single.getMethod("getFieldName"), value, pattern,
                type.getConstructor(String.class, Object.class, String.class));
          }
          case PACKAGE + "MapEntriesAppendingMarker": {
            Field map = type.getDeclaredField("map");
            map.setAccessible(true);
            return new Kind(null, map, null, type.getConstructor(Map.class));
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
        copy = kind.constructor().newInstance(name, values.apply(name, value), kind.pattern().get(structured));
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

  @SuppressWarnings("deprecation") // SLF4J 2.0.x offers no other way to walk marker references
  private static boolean hasReferences(Marker m) {
    Iterator<Marker> it = m.iterator();
    return it.hasNext();
  }
}
